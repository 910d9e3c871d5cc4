import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildItems, type Item } from './items.js';
import { joinStackedDigits } from './stacked-digits.js';
import { addsUp } from './wrapped-numbers.js';
import { textLines } from '../../test/helpers.js';
import { parse, type Report } from '../index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The rows a text's lines make once stacked digits are joined: each row's values (text lines left out). */
const rowsOf = (text: string): Array<Array<number | null>> =>
  joinStackedDigits(buildItems(textLines(text)), 7, addsUp).filter((it: Item) => it.kind === 'row').map((it) => it.fields.map((f) => f.cell.value));

// fixtures/real-forms/layout-wrapped/li-2021-fullwidth.txt: pdftotext -layout of a table in full-width
// digits, its value columns one character wide, read through the whole pipeline.
const fixture = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/real-forms/layout-wrapped/li-2021-fullwidth.txt');
const rowOf = (report: Report, path: string) => Object.values(path.split('.').reduce((o: any, k) => o[k], report) as Record<string, { value: unknown }>).map((c) => c.value);

describe('joinStackedDigits', () => {
  it('joins the digits above and below each row to the columns nearest them, the one way every row adds up', () => {
    const report = parse(readFileSync(fixture), { name: 'li' });
    const rows: Array<[string, number[]]> = [
      ['table3.newReceived', [705, 3, 0, 0, 5, 0, 713]], ['table3.carriedOver', [36, 0, 0, 0, 0, 0, 36]],
      ['table3.granted', [290, 1, 0, 0, 3, 0, 294]], ['table3.partiallyGranted', [99, 0, 0, 0, 2, 0, 101]],
      ['table3.withheld.internalAffairs', [13, 0, 0, 0, 0, 0, 13]], ['table3.notProcessed.petition', [12, 0, 0, 0, 0, 0, 12]],
      ['table3.otherHandling.other', [142, 1, 0, 0, 0, 0, 143]], ['table3.total', [710, 3, 0, 0, 5, 0, 718]],
      ['table3.carriedForward', [31, 0, 0, 0, 0, 0, 31]],
    ];
    for (const [path, values] of rows) assert.deepEqual(rowOf(report, path), values, path);
    const joined = report.diagnostics.filter((d) => d.ruleId === 'parse/numbers-wrapped-joined');
    assert.equal(joined.find((d) => d.path === 'table3.newReceived')?.data?.text, '7+0+5、7+1+3');
    assert.equal(joined.find((d) => d.path === 'table3.partiallyGranted')?.data?.text, '9+9、10+1');
    // 8.属于行政查询事项 9 … 9, a line 1 … 1, （四）1 1 0 … 1, a line 1 … 1: 91 and 11, or 9 and 111 —
    // both add up, so those digits stay apart, said so on the rows (parse/values-wrapped).
    assert.deepEqual(rowOf(report, 'table3.withheld.administrativeQuery'), [9, 0, 0, 0, 0, 0, 9]);
    assert.ok(report.diagnostics.some((d) => d.ruleId === 'parse/values-wrapped' && d.path === 'table3.unavailable.notHeld'));
  });
  it('keeps the words on a digit line as text', () => {
    // 209 … 213 over three lines; no other way adds up (09 is no number, 20 … 21 does not add up).
    const text = ['三、本年度                         ２               ２', '办理结果 （一）予以公开                  ０ １ ０ ０ ３ ０ １', '                              ９               ３'].join('\n');
    const items = joinStackedDigits(buildItems(textLines(text)), 7, addsUp);
    assert.deepEqual(items.map((it) => [it.kind, it.label.trim(), it.fields.map((f) => f.cell.value).join(' ')]), [
      ['text', '三、本年度', ''],
      ['row', '办理结果 (一)予以公开', '209 1 0 0 3 0 213'],
    ]);
    assert.equal(items[0]!.digitsTaken, true);
  });
  it('joins nothing where every row adds up as printed (a row of blank cells is not a number\'s digits)', () => {
    const text = ['一、本年新收政府信息公开申请数量              ３ ０ ０ ０ ０ ０ ３', '                              ２               ２', '二、上年结转政府信息公开申请数量              ３ ０ ０ ０ ０ ０ ３'].join('\n');
    assert.deepEqual(rowsOf(text), [[3, 0, 0, 0, 0, 0, 3], [2, 2], [3, 0, 0, 0, 0, 0, 3]]);
  });
  it('joins nothing where two ways add up (digits that could end one row or begin the next)', () => {
    // 9 … 9 and 11 3 … 14, or 9 … 9 and 111 3 … 114: the sums cannot tell, the digits stay apart.
    const text = [
      '           8.属于行政查询事项         ９ ０ ０ ０ ０ ０ ９',
      '                              １               １',
      '      法提供 1.本机关不掌握相关政府信息      １ ３ ０ ０ ０ ０ １',
      '                              １               ４',
    ].join('\n');
    assert.deepEqual(rowsOf(text), [[9, 0, 0, 0, 0, 0, 9], [1, 1], [1, 3, 0, 0, 0, 0, 1], [1, 4]]);
  });
  it('takes no digits from a line that is not next to the row (a label\'s line between them)', () => {
    const text = [
      '      （六）其 用、行政机关不再处理其政府信息公开 ７     ０ ０ ０ ０ ０ ８',
      '      他处理 申请',
      '                               １              １',
    ].join('\n');
    assert.deepEqual(rowsOf(text), [[7, 0, 0, 0, 0, 0, 8], [1, 1]]);
  });
  it('reads no number that begins with 0 (a 0 over a digit is two cells)', () => {
    const text = ['一、本年新收政府信息公开申请数量              ３ ０ ０ ０ ０ ０ ２', '                              ０               １'].join('\n');
    assert.deepEqual(rowsOf(text), [[3, 0, 0, 0, 0, 0, 2], [0, 1]]);
  });
});
