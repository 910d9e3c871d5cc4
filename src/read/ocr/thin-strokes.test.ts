/**
 * Thin strokes of a grey scan kept through the cleaning (ocr/ruling.ts `clean`), on a real scan:
 * fixtures/forms/scan-real/2024-jiangsu-huaian-p4-5-150-gray-cells.pdf holds two crops of the
 * 150 dpi grey scan ../shared/tools/make-forms.sh makes of the corpus's 2024-jiangsu-huaian.pdf
 * (the page images as `pdfimages -png` gives them back, cut round ruled rows, `img2pdf` at
 * 150 dpi): page 1, 表三's rows （一）予以公开 … 4.保护第三方合法权益 of page 4; page 2, the rows
 * 2.没有现成信息 … （七）总计 of page 5, with the blank ruled cell of the table's first column.
 *
 * The serif digits' hairlines there are lighter than the ink level: kept as ink only, a 0 was
 * two arcs read "()" and 447 read 117, 6 not read at all (the whole report: 176/200 cells).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { root, wrongCells, type Truth } from '../../../test/helpers.js';
import { parseAsync } from '../../index.js';
import { centreIn, noPaddle, noPoppler, scanPages } from '../../../test/ocr-helpers.js';
import { readPagePaddle } from './paddle.js';
import { inkLevel, rotate, skewOf } from './pixels.js';
import type { Gray } from './raster.js';
import { clean, ruledPage } from './ruling.js';

const file = join(root, 'fixtures/forms/scan-real/2024-jiangsu-huaian-p4-5-150-gray-cells.pdf');

const shown = noPoppler ? [] : await scanPages(file);

describe('thin strokes of a grey scan: the cleaning', { skip: noPoppler }, () => {
  it('keeps the hairlines of the digits (lighter than the ink level) and wipes the ruling', () => {
    const g = shown[0]!;
    const { img, wipe } = clean(g);
    const page = ruledPage(img, wipe);
    const t = inkLevel(g);
    // Every number cell: the pixels of its ink box between ink and paper (the hairlines) kept.
    let light = 0, kept = 0;
    for (const c of page.crops.filter((c) => c.cell.box[0] > 500)) {
      for (let y = c.y0; y < c.y1; y++) {
        for (let x = c.x0; x < c.x1; x++) {
          const i = y * g.w + x;
          if (g.px[i]! > t && g.px[i]! < 200) {
            light++;
            if (img.px[i]! < 255) kept++;
          }
        }
      }
    }
    assert.ok(light > 1000, `${light} light pixels`);
    assert.ok(kept >= 0.9 * light, `${kept} of ${light} light pixels of the digits kept`);
    // The ruling stays wiped: no grey left on its pixels.
    let grey = 0;
    for (let i = 0; i < wipe.length; i++) if (wipe[i] && img.px[i]! < 255) grey++;
    assert.equal(grey, 0);
  });
});

describe('thin strokes of a grey scan: read by PP-OCR', { skip: noPoppler || noPaddle }, () => {
  /** The text of every ruled cell of a page, by rows (top to bottom, left to right); blank cells ''. */
  async function cellTexts(g: Gray) {
    const { img, wipe } = clean(g);
    const page = ruledPage(img, wipe);
    const words = await readPagePaddle(page, { end: Date.now() + 120_000 });
    const cells = [...page.cells].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
    return cells.map((c) => ({ box: c.box, inked: page.crops.some((k) => k.cell === c), text: words.filter((w) => centreIn(w.box, c.box)).map((w) => w.text).join(' ') }));
  }

  it('表三 of page 4: every number right (0 was "()", 447 was 117, 6 was not read)', async () => {
    const cells = await cellTexts(shown[0]!);
    const numbers = cells.filter((c) => c.box[0] > 500).map((c) => c.text);
    assert.deepEqual(numbers, [
      '1288', '21', '0', '0', '50', '3', '1362',
      '447', '7', '0', '0', '0', '0', '454',
      '2', '0', '0', '0', '0', '0', '2',
      '30', '1', '0', '0', '0', '0', '31',
      '5', '0', '0', '0', '0', '0', '5',
      '6', '0', '0', '0', '0', '0', '6',
    ]);
  });

  it('page 5: every number right, and the blank ruled cell of the first column stays blank', async () => {
    const cells = await cellTexts(shown[1]!);
    const numbers = cells.filter((c) => c.box[0] > 500).map((c) => c.text);
    assert.deepEqual(numbers, [
      '11', '0', '0', '0', '0', '0', '11',
      '1', '0', '0', '0', '0', '0', '1',
      '56', '6', '0', '0', '0', '0', '62',
      '25', '0', '0', '0', '0', '0', '25',
      '0', '0', '0', '0', '0', '0', '0',
      '0', '0', '0', '0', '0', '0', '0',
      '1', '0', '0', '0', '0', '0', '1',
      '67', '3', '0', '0', '1', '0', '71',
      '6', '0', '0', '0', '0', '0', '6',
      '108', '2', '0', '0', '0', '0', '110',
      '2932', '53', '0', '0', '61', '4', '3050',
    ]);
    // The first column: a cell the height of the table, nothing printed in it.
    const first = cells.find((c) => c.box[0] < 40 && c.box[3] - c.box[1] > 800);
    assert.ok(first, 'the first column is a ruled cell');
    assert.equal(first.inked, false);
    assert.equal(first.text, '');
  });
});

const turnedFile = join(root, 'fixtures/forms/scan-real/2024-jiangsu-huaian-p4-5-150-gray-turned.pdf');
const turnedPages = noPoppler ? [] : await scanPages(turnedFile);

describe('thin strokes of a grey scan turned askew', { skip: noPoppler }, () => {
  // fixtures/forms/scan-real/2024-jiangsu-huaian-p4-5-150-gray-turned.pdf: pages 4–5 of the
  // corpus's 2024-jiangsu-huaian.pdf drawn at 600 dpi (`pdftoppm -r 600 -gray`), turned 2.5°
  // (ImageMagick `-rotate 2.5 +repage`), brought to 150 dpi (`-resize 25%`) and put back in a PDF
  // (`img2pdf`): a scan fed in askew. Turned straight, its digits' hairlines had been dropped
  // (no anti-aliased edges were kept on a page turned straight): 0 read as `()`, 表三 141/175.
  it('keeps the hairlines on white paper once the page is turned straight', () => {
    const g = turnedPages[0]!;
    const skew = skewOf(g);
    assert.ok(Math.abs(skew - 2.5) < 0.2, `skew ${skew}`);
    const straight = rotate(g, skew);
    const t = inkLevel(straight);
    const { img } = clean(straight, true, true);
    let light = 0, kept = 0;
    for (let i = 0; i < straight.px.length; i++) {
      if (straight.px[i]! > t && straight.px[i]! < 200) {
        light++;
        if (img.px[i]! < 255) kept++;
      }
    }
    assert.ok(light > 1000, `${light} light pixels`);
    // (None was kept before; the rest is round the wiped ruling and the shaded rows.)
    assert.ok(kept >= 0.3 * light, `${kept} of ${light} light pixels kept`);
  });
  it('reads 表三 (at least 170 of its 175 cells), every wrong cell flagged', { skip: noPaddle }, async () => {
    const report = await parseAsync(readFileSync(turnedFile), { name: 'huaian-turned.pdf' });
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/2024-jiangsu-huaian.json'), 'utf8')) as Truth;
    const wrong = wrongCells(report, truth).filter((w) => w.startsWith('table3.'));
    assert.ok(wrong.length <= 5, wrong.join('; '));
    for (const w of wrong) {
      const path = w.split(':')[0]!;
      const row = path.split('.').slice(0, -1).join('.');
      assert.ok(report.diagnostics.some((d) => d.path === path || d.path === row || (d.related ?? []).some((r) => r.path === path || r.path === row)), `${w}: no diagnostic`);
    }
  });
});
