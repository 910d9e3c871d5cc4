import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { table4Groups } from './table4-groups.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table4Groups]);
/** The field of the printed 表四 row a position falls on (0-based), and its text. */
const field = (spec: ReportSpec, p: { line: number; column: number } | null) => {
  const line = reportText(spec).split('\n')[p!.line - 1]!;
  return { index: line.slice(0, p!.column - 1).split('\t').length - 1, text: line.slice(p!.column - 1).split('\t')[0] };
};

describe('table4-groups', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
    assert.deepEqual(run({ cells: { 'table4.review.upheld': 2, 'table4.review.pending': 1, 'table4.review.total': 3 } }), []);
  });
  it('invalid: 未经复议直接起诉 总计 left at 0 though one case was upheld', () => {
    const spec: ReportSpec = { cells: { 'table4.litigationDirect.upheld': 1 } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table4-groups');
    assert.equal(d.messageId, 'mismatch');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, 'table4.litigationDirect.total');
    assert.deepEqual(d.data, { group: '行政诉讼·未经复议直接起诉', groupEn: 'litigationDirect', actual: 0, expected: 1 });
    assert.deepEqual([d.expected, d.actual], [1, 0]);
    assert.equal(d.message.zh, '表四“行政诉讼·未经复议直接起诉”：总计为 0，但结果维持、结果纠正、其他结果、尚未审结之和为 1');
    // The position is the tenth of the fifteen printed cells: 未经复议直接起诉 总计.
    assert.deepEqual(field(spec, d.position), { index: 9, text: '0' });
    assert.deepEqual(d.related!.map((r) => r.path), ['table4.litigationDirect.upheld']);
    assert.deepEqual(field(spec, d.related![0]!.position), { index: 5, text: '1' });
  });
  it('invalid: 行政复议 总计 larger than its parts', () => {
    const ds = run({ format: '2019', cells: { 'table4.review.corrected': 1, 'table4.review.total': 2 } });
    assert.deepEqual(ds.map((d) => [d.path, d.data.group, d.expected, d.actual]), [['table4.review.total', '行政复议', 1, 2]]);
  });
  it('a group printed blank (seed 001) is not checked; a blank cell counts as 0', () => {
    const blank = Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`table4.review.${c}`, null]));
    assert.deepEqual(run({ cells: blank }), []);
    assert.deepEqual(run({ cells: { 'table4.litigationAfterReview.other': '—' } }), []);
  });
});
