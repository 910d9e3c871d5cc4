import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { cellsBlank } from './cells-blank.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [cellsBlank]);
const at = textAt;

describe('cells-blank', () => {
  it('valid: a report with a number in every cell, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('valid: a cell the row did not print at all is cells-incomplete’s', () => {
    const text = reportText().replace(/\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n/, '\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\n');
    assert.deepEqual(check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [cellsBlank]), []);
  });
  it('invalid: the five 行政复议 cells printed blank (seed 001)', () => {
    const spec: ReportSpec = { cells: Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`table4.review.${c}`, null])) };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'cells-blank');
    assert.equal(d.messageId, 'blank');
    assert.equal(d.severity, 'warning');
    assert.equal(d.category, 'format');
    assert.equal(d.path, 'table4.review.upheld');
    assert.deepEqual(d.data, {
      table: '表四（行政复议、行政诉讼情况）', tableEn: 'table 4 (administrative review and litigation)', row: '行政复议', rowEn: 'review', count: 5,
      columns: '结果维持（空白）、结果纠正（空白）、其他结果（空白）、尚未审结（空白）、总计（空白）',
      columnsEn: 'upheld (blank), corrected (blank), other (blank), pending (blank), total (blank)',
    });
    assert.deepEqual(d.related!.map((r) => r.path), ['table4.review.corrected', 'table4.review.other', 'table4.review.pending', 'table4.review.total']);
    // The position is the start of the printed 表四 row, where its first (blank) cell stands.
    assert.equal(d.position!.column, 1);
    assert.equal(at(spec, d.position), '\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
  });
  it('invalid: 空, — and 无 in a 表三 row: one finding for the row, at its first such cell', () => {
    const spec: ReportSpec = { cells: { 'table3.granted.research': '空', 'table3.granted.nonprofit': '—', 'table3.granted.other': '无' } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.path, 'table3.granted.research');
    assert.equal(d.data.row, '（一）予以公开');
    assert.equal(d.data.count, 3);
    assert.equal(d.data.columns, '科研机构（空）、社会公益组织（—）、其他（无）');
    assert.equal(d.message.en, 'table 3 (requests received and handled), row granted: 3 cell(s) hold no number: research (空), nonprofit (—), other (无)');
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /（一）予以公开/);
    assert.equal(at(spec, d.position)[0], '空');
  });
  it('invalid: — and / in a 表二 row, both formats', () => {
    assert.deepEqual(run({ format: '2019', cells: { 'table2.fees.previousCount': '—', 'table2.fees.change': '/' } }).map((d) => [d.path, d.data.count]), [
      ['table2.fees.previousCount', 2],
    ]);
    assert.deepEqual(run({ cells: { 'table2.regulations.repealed': '/', 'table2.coercion.decisions': '无' } }).map((d) => d.path), [
      'table2.regulations.repealed',
      'table2.coercion.decisions',
    ]);
  });
});
