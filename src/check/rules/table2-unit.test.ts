import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { table2Unit } from './table2-unit.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table2Unit]);
const at = textAt;

describe('table2-unit', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('valid: the format’s own unit, no unit, and columns without a unit in the format', () => {
    assert.deepEqual(run({ cells: { 'table2.fees.amount': '3.26万元' } }), []);
    assert.deepEqual(run({ cells: { 'table2.fees.amount': 12866.43 } }), []);
    // 2019 采购总金额 names no unit: 57019 元 is as good as any (seed 000).
    assert.deepEqual(run({ format: '2019', cells: { 'table2.procurement.projects': '13 项', 'table2.procurement.amount': '57019 元' } }), []);
    // A count with its unit is no amount.
    assert.deepEqual(run({ cells: { 'table2.licensing.decisions': '5218件' } }), []);
  });
  it('invalid: 行政事业性收费 printed in 元 where the 2021 format counts 万元', () => {
    const spec: ReportSpec = { cells: { 'table2.fees.amount': '57019 元' } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-unit');
    assert.equal(d.messageId, 'unit-mismatch');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, 'table2.fees.amount');
    assert.deepEqual(d.data, {
      row: '行政事业性收费', rowEn: 'fees', column: '本年收费金额（单位：万元）', columnEn: 'amount', raw: '57019 元', unit: '元', formatUnit: '万元',
    });
    assert.deepEqual([d.expected, d.actual], ['万元', '元']);
    assert.equal(d.message.zh, '表二“行政事业性收费”的“本年收费金额（单位：万元）”印为“57019 元”，单位是元，但格式规定单位为万元');
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /^行政事业性收费\t/);
    assert.equal(at(spec, d.position), '57019 元');
  });
  it('invalid: 亿元 and 千元 too', () => {
    assert.deepEqual(run({ cells: { 'table2.fees.amount': '2.1亿元' } }).map((d) => [d.data.unit, d.data.raw]), [['亿元', '2.1亿元']]);
    assert.deepEqual(run({ cells: { 'table2.fees.amount': '350千元' } }).map((d) => d.data.unit), ['千元']);
  });
});
