import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { table2Counts } from './table2-counts.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table2Counts]);
const at = textAt;

describe('table2-counts', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('valid: 本年增/减 may be negative (the format marks it signed)', () => {
    assert.deepEqual(run({ format: '2019', cells: { 'table2.licensing.change': -3, 'table2.penalty.change': '−12', 'table2.fees.change': -2 } }), []);
  });
  it('invalid: a negative count in the 2021 format', () => {
    const spec: ReportSpec = { cells: { 'table2.licensing.decisions': -5 } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-counts');
    assert.equal(d.messageId, 'negative');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, 'table2.licensing.decisions');
    assert.deepEqual(d.data, { row: '行政许可', rowEn: 'licensing', column: '本年处理决定数量', columnEn: 'decisions', value: -5 });
    assert.equal(d.actual, -5);
    assert.equal(d.message.zh, '表二“行政许可”的“本年处理决定数量”为 -5，不能为负数');
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /^行政许可\t/);
    assert.equal(at(spec, d.position), '-5');
  });
  it('invalid: negatives in the 2019 format, but not in 本年增/减', () => {
    const ds = run({
      format: '2019',
      cells: { 'table2.regulations.newlyMade': '−1', 'table2.coercion.change': -1, 'table2.coercion.previousCount': -4, 'table2.procurement.amount': -1.5 },
    });
    assert.deepEqual(ds.map((d) => [d.path, d.data.value]), [
      ['table2.regulations.newlyMade', -1],
      ['table2.coercion.previousCount', -4],
      ['table2.procurement.amount', -1.5],
    ]);
  });
  it('blank cells are left to cells-blank', () => {
    assert.deepEqual(run({ cells: { 'table2.fees.amount': '—', 'table2.regulations.issued': '无' } }), []);
  });
});
