/**
 * Cell sides of unpadded cells and of a table's one row carried onto a page of its own, wiped
 * (ocr/ruling.ts `clean`, `cellSides`), on a real scan: fixtures/forms/scan-real/
 * lw-2019-unpadded-150-gray.pdf holds two crops of the 150 dpi grey scan
 * ../shared/tools/make-forms.sh makes of layout lw (`scripts/measure/layouts.py`, a 2019 report
 * whose cells have no padding), the page images as `pdfimages -png` gives them back, cut round
 * ruled rows, `img2pdf` at 150 dpi: page 1, 表二's rows from 第二十条第（一）项 to 第二十条第（八）项
 * (block headings spanning the table break every side into pieces three rows long, each digit
 * touching the side left of it); page 2, 表四's one row of values, alone at the top of the page.
 *
 * The sides had stayed in the picture the engine reads: 表二 read as blank rows, 表四's
 * `|2 |0 |0 …` as 1 15 1 2 5 (the whole report: 30 cells wrong).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../../test/helpers.js';
import { centreIn, noPaddle, noPoppler, scanPages } from '../../../test/ocr-helpers.js';
import { readPagePaddle } from './paddle.js';
import type { Gray } from './raster.js';
import { clean, ruledPage } from './ruling.js';

const file = join(root, 'fixtures/forms/scan-real/lw-2019-unpadded-150-gray.pdf');

const shown = noPoppler ? [] : await scanPages(file);
/** The ruled cells of a page (`labels`: the label column's too), top to bottom, left to right. */
const valueCells = (g: Gray, labels = false) => {
  const { img, wipe } = clean(g);
  const page = ruledPage(img, wipe);
  const cells = page.cells.filter((c) => labels || c.box[0] > g.w * 0.3).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  return { page, cells };
};

describe('cell sides of unpadded cells: the cleaning', { skip: noPoppler }, () => {
  it('表二: every side between block headings is ruling, so each value has a ruled cell of its own', () => {
    // Nine rows of four columns (the 信息内容 rows and the six rows of values): three value cells each.
    assert.equal(valueCells(shown[0]!).cells.length, 27);
  });
  it('表四\'s one row alone on a page: its fifteen cells are closed', () => {
    const g = shown[1]!;
    const { page } = valueCells(g, true);
    assert.equal(page.cells.filter((c) => c.box[2] - c.box[0] < g.w / 10).length, 15);
  });
});

describe('cell sides of unpadded cells: read by PP-OCR', { skip: noPoppler || noPaddle }, () => {
  async function numbers(g: Gray, labels = false): Promise<string[]> {
    const { page, cells } = valueCells(g, labels);
    const words = await readPagePaddle(page, { end: Date.now() + 120_000 });
    return cells.map((c) => words.filter((w) => centreIn(w.box, c.box)).map((w) => w.text).join(' ')).filter((t) => /^[\d.]+$/.test(t));
  }
  it('表二: every value right (the rows had read blank)', async () => {
    assert.deepEqual(await numbers(shown[0]!), ['49', '49', '87', '61', '61', '126', '490', '422', '94335', '86', '44', '12204', '681', '219', '15833', '7', '0', '68']);
  });
  it('表四: every value right (had read 1 15 1 2 5)', async () => {
    assert.deepEqual(await numbers(shown[1]!, true), ['2', '0', '0', '0', '2', '0', '0', '1', '4', '5', '1', '2', '2', '0', '5']);
  });
});
