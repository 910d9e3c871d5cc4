/** Findings in a PDF, Word or HTML file name the page and the table cell, on screen and in SARIF. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { run } from './cli.js';
import { real, root } from './helpers.js';

const pdf = join(real, 'corpus/raw/2023-jiangsu-huaian-hongze.pdf');
const docx = join(root, 'fixtures/forms/docx/003_0ec7f487509b9c4f.docx');
const html = join(real, 'corpus/raw/2023-jiangsu-shuyang-fgj.html');
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => InstanceType<typeof Ajv>;
const validate = new Ajv04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(join(root, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number; byteOffset?: number }; properties?: Record<string, unknown> };
  message?: { text: string };
  logicalLocations?: Array<{ fullyQualifiedName: string; name: string; properties: Record<string, string> }>;
}
async function sarifResults(file: string, lang: 'zh' | 'en' = 'zh') {
  const r = await run(['check', file, '--format', 'sarif'], lang);
  const log = JSON.parse(r.out) as { runs: Array<{ results: unknown }> };
  assert.ok(validate(log));
  return log.runs[0]!.results as Array<{ ruleId: string; locations: SarifLocation[] }>;
}

describe('places a person can find', () => {
  it('PDF: the page and the table cell, on screen in zh and en', async () => {
    const zh = await run(['check', pdf]);
    assert.match(zh.out, /2023-jiangsu-huaian-hongze\.pdf  第 4 页 表四 行政复议·总计  错误  表四“行政复议”：总计为 0/);
    assert.doesNotMatch(zh.out, /\.pdf:\d+:\d+/, 'no line of the derived text');
    const en = await run(['check', pdf], 'en');
    assert.match(en.out, /2023-jiangsu-huaian-hongze\.pdf  page 4 表四 行政复议·总计  error  /);
  });
  it('PDF in SARIF: the page and box as the physical location, table/row/column ids as the logical one', async () => {
    const r = (await sarifResults(pdf)).find((x) => x.ruleId === 'table4-groups')!;
    const loc = r.locations[0]!;
    assert.equal(loc.physicalLocation.properties!.page, 4);
    assert.equal((loc.physicalLocation.properties!.box as number[]).length, 4);
    assert.equal(loc.physicalLocation.region, undefined, 'no line of the derived text in the PDF');
    assert.equal(loc.message!.text, '第 4 页 表四 行政复议·总计');
    assert.deepEqual(loc.logicalLocations![0], { fullyQualifiedName: 'table4.review.total', name: '表四 行政复议·总计', kind: 'element', properties: { table: 'table4', row: 'review', column: 'total' } });
  });
  it('Word: the table, row and cell, or the paragraph', async () => {
    const zh = await run(['check', docx]);
    assert.match(zh.out, /003_0ec7f487509b9c4f\.docx  表三 一、本年新收政府信息公开申请数量·总计（Word 第 2 个表格第 4 行第 8 格）  错误/);
    assert.match(zh.out, /003_0ec7f487509b9c4f\.docx  第 8 段  警告  正文称收到申请 264 件/);
    const en = await run(['check', docx], 'en');
    assert.match(en.out, /docx  表三 一、本年新收政府信息公开申请数量·总计 \(Word table 2, row 4, cell 8\)  error/);
    assert.match(en.out, /docx  paragraph 8  warning/);
    const r = (await sarifResults(docx)).find((x) => x.ruleId === 'table3-applicants')!;
    assert.deepEqual(r.locations[0]!.physicalLocation.properties, { table: 2, row: 4, cell: 8 });
  });
  it('HTML: the table cell; in SARIF the byte offset in the page and the element', async () => {
    const zh = await run(['check', html]);
    assert.match(zh.out, /2023-jiangsu-shuyang-fgj\.html  表三 一、本年新收政府信息公开申请数量·商业企业  警告/);
    const r = (await sarifResults(html)).find((x) => x.ruleId === 'cells-blank')!;
    const loc = r.locations[0]!;
    const bytes = readFileSync(html);
    assert.ok(loc.physicalLocation.region!.byteOffset! > 0 && loc.physicalLocation.region!.byteOffset! < bytes.length);
    assert.match(String(loc.physicalLocation.properties!.element), /table>tbody>tr\[\d+\]>td\[\d+\]$/);
  });
  it('plain text keeps line and column; --format json keeps the derived-text line for every form', async () => {
    const text = (await sarifResults(join(real, 'seeds/000_f42b2add2afd0cc6.txt'))).find((x) => x.ruleId === 'table3-balance')!;
    assert.equal(text.locations[0]!.physicalLocation.region!.startLine, 72);
    const json = JSON.parse((await run(['check', pdf, '--format', 'json'])).out);
    const d = json[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'table4-groups');
    assert.ok(d.position.line > 0 && d.position.origin.page === 4);
  });
});
