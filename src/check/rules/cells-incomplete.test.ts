import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText } from '../testing.js';
import { cellsIncomplete } from './cells-incomplete.js';

const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [cellsIncomplete]);
const lineOf = (text: string, p: { line: number; column: number } | null) => text.split('\n')[p!.line - 1]!;
const table3 = { table: '表三（收到和处理政府信息公开申请情况）', tableEn: 'table 3 (requests received and handled)' };

describe('cells-incomplete', () => {
  it('valid: a complete report, both formats', () => {
    assert.deepEqual(check(reportFrom({}), { reader: 'none' }, [cellsIncomplete]), []);
    assert.deepEqual(check(reportFrom({ format: '2019' }), { reader: 'none' }, [cellsIncomplete]), []);
  });
  it('valid: cells printed blank, 空 or — are printed (cells-blank reports them)', () => {
    const spec = { cells: { 'table3.granted.research': '空', 'table3.carriedOver.other': '—', 'table4.review.upheld': null } };
    assert.deepEqual(check(reportFrom(spec), { reader: 'none' }, [cellsIncomplete]), []);
  });
  it('invalid: a row that prints 6 of its 7 cells (seeds 000, 003: row 四)', () => {
    const text = reportText().replace(/\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n/, '\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\n');
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'cells-incomplete');
    assert.equal(d.messageId, 'cells-missing');
    // A short row of text: which cell is missing is the reader's assumption, so the finding
    // says it may be a reading problem and links the reader's diagnostic (check/doubt.ts).
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.readerDoubt?.map((x) => [x.ruleId, x.path]), [
      ['parse/cells-missing', 'table3.carriedForward.total'],
      // and the sums the row is in fail, so its placement is doubtful (extract/placement-sums.ts)
      ['parse/cells-doubtful', 'table3.carriedForward'],
    ]);
    assert.equal(d.category, 'format');
    assert.equal(d.path, 'table3.carriedForward.total');
    assert.deepEqual(d.data, { ...table3, row: '四、结转下年度继续办理', rowEn: 'carriedForward', printed: 6, width: 7, columns: '总计', columnsEn: 'total' });
    assert.deepEqual([d.expected, d.actual], [7, 6]);
    assert.equal(d.message.zh, '表三（收到和处理政府信息公开申请情况）“四、结转下年度继续办理”一行只印出 6 个数值，格式有 7 格；缺：总计（所涉单元格读取存疑，可能是读取问题而非报告错误，请对照原件核对）');
    // The position is on the short row.
    assert.match(lineOf(text, d.position), /^\t四、结转下年度继续办理\t1/);
  });
  it('invalid: a row that prints its label and no value', () => {
    const text = reportText().replace(/\t2\.重复申请[^\n]*/, '\t2.重复申请');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.messageId, d.path, d.data.row, d.data.printed, d.data.columnsEn]), [
      ['cells-missing', 'table3.notProcessed.duplicate.naturalPerson', '（五）不予处理2.重复申请', 0,
        'naturalPerson, commercial, research, nonprofit, legalService, other, total'],
    ]);
    assert.match(lineOf(text, ds[0]!.position), /^\t2\.重复申请$/);
  });
  it('invalid: 表四 prints 14 of its 15 cells', () => {
    const text = reportText().replace(/\n0(\t0){14}\n/, '\n0' + '\t0'.repeat(13) + '\n');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.messageId, d.path, d.data.row, d.data.printed, d.data.width, d.data.columns]), [
      ['cells-missing', 'table4.litigationAfterReview.total', '复议后起诉', 4, 5, '总计'],
    ]);
    assert.equal(ds[0]!.data.table, '表四（行政复议、行政诉讼情况）');
  });
  it('invalid: a row of the format not printed', () => {
    const text = reportText().split('\n').filter((l) => !l.includes('8.属于行政查询事项')).join('\n');
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'row-missing');
    assert.equal(d.path, 'table3.withheld.administrativeQuery');
    assert.deepEqual(d.data, { ...table3, row: '（三）不予公开8.属于行政查询事项', rowEn: 'withheld.administrativeQuery' });
    // The reader did not find the row: that may be its own misreading (a warning that says so).
    assert.equal(d.severity, 'warning');
    assert.equal(d.message.en, 'table 3 (requests received and handled): row withheld.administrativeQuery is missing (a cell involved was read with doubt: this may be a reading problem, not an error of the report; check against the original)');
    // Where the row would stand: the first cell of the next printed row.
    assert.match(lineOf(text, d.position), /1\.本机关不掌握相关政府信息/);
  });
  it('invalid: a 2019 表二 without its 政府集中采购 row', () => {
    const text = reportText({ format: '2019' }).replace(/第二十条第（九）项[^\n]*\n[^\n]*\n政府集中采购[^\n]*\n/, '');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.messageId, d.path, d.data.row]), [['row-missing', 'table2.procurement', '政府集中采购']]);
    // No row after it in 表二: the previous printed row.
    assert.match(lineOf(text, ds[0]!.position), /^行政事业性收费\t/);
  });
  it('invalid: a table not printed', () => {
    const text = reportText().replace(/\n行政复议\t[\s\S]*?\n\n/, '\n\n');
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'table-missing');
    assert.equal(d.path, 'table4');
    assert.deepEqual(d.data, { table: '表四（行政复议、行政诉讼情况）', tableEn: 'table 4 (administrative review and litigation)' });
    assert.equal(d.message.zh, '报告中没有表四（行政复议、行政诉讼情况）');
    // The position is the heading of section 四, where the table belongs.
    assert.equal(lineOf(text, d.position), '四、政府信息公开行政复议、行政诉讼情况');
    assert.equal(d.position!.column, 1);
  });
});
