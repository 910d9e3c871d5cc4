import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, type ReportSpec, textAt } from '../testing.js';
import { table2Magnitude } from './table2-magnitude.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table2Magnitude]);
const at = textAt;

describe('table2-magnitude', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('valid: below the limit, a unit printed, a column in no unit', () => {
    assert.deepEqual(run({ cells: { 'table2.fees.amount': 999999.99 } }), []);
    assert.deepEqual(run({ cells: { 'table2.fees.amount': 96171.6 } }), []);
    // A printed unit is table2-unit's business.
    assert.deepEqual(run({ cells: { 'table2.fees.amount': '1234567元' } }), []);
    // 2019 采购总金额 names no unit (186402375.16 元 is normal there).
    assert.deepEqual(run({ format: '2019', cells: { 'table2.procurement.amount': 186402375.16 } }), []);
  });
  it('invalid: a 2021 fee amount of 1,234,567 with no unit (probably 元)', () => {
    const spec: ReportSpec = { cells: { 'table2.fees.amount': '1,234,567' } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-magnitude');
    assert.equal(d.messageId, 'probably-yuan');
    assert.equal(d.severity, 'info');
    assert.equal(d.path, 'table2.fees.amount');
    assert.deepEqual(d.data, {
      row: '行政事业性收费', rowEn: 'fees', column: '本年收费金额（单位：万元）', columnEn: 'amount', value: 1234567, formatUnit: '万元', converted: 123.46,
    });
    assert.equal(d.actual, 1234567);
    assert.equal(d.message.zh, '表二“行政事业性收费”的“本年收费金额（单位：万元）”为 1234567，未印单位；按万元计即 123.46 亿元，很可能是按元填报的（应为 123.46 万元）');
    assert.equal(at(spec, d.position), '1,234,567');
  });
});
