import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText } from '../testing.js';
import { table3Balance } from './table3-balance.js';

const run = (spec: Parameters<typeof reportFrom>[0]) => check(reportFrom(spec), {}, [table3Balance]);

describe('table3-balance', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('invalid: （七）总计 left at 0 though an application was handled (seed 000)', () => {
    const spec = { cells: { 'table3.total.naturalPerson': 0, 'table3.total.total': 0, 'table3.granted.naturalPerson': 2, 'table3.granted.total': 2 } };
    const ds = run(spec);
    assert.equal(ds.length, 2);
    const [d] = ds;
    assert.equal(d!.ruleId, 'table3-balance');
    assert.equal(d!.messageId, 'unbalanced');
    assert.equal(d!.severity, 'error');
    assert.equal(d!.path, 'table3.total.naturalPerson');
    assert.deepEqual([d!.expected, d!.actual], [3, 1]);
    assert.equal(d!.data.column, '自然人');
    assert.equal(d!.data.lhs, 3);
    assert.equal(d!.data.rhs, 1);
    // The position is the printed （七）总计 cell of the 自然人 column.
    const lines = reportText(spec).split('\n');
    const row = lines.findIndex((l) => l.includes('（七）总计'));
    assert.equal(d!.position!.line, row + 1);
    assert.equal(lines[row]!.slice(d!.position!.column - 1, d!.position!.column), '0');
    assert.deepEqual(d!.related!.map((r) => r.path), ['table3.newReceived.naturalPerson', 'table3.carriedForward.naturalPerson']);
  });
  it('invalid: a column of 法人或其他组织 out of balance (seed 003, 商业企业)', () => {
    const ds = run({ cells: { 'table3.granted.commercial': 9, 'table3.total.commercial': 9, 'table3.granted.total': 11, 'table3.total.total': 11, 'table3.newReceived.total': 12 } });
    assert.deepEqual(ds.map((d) => d.path), ['table3.total.commercial']);
  });
  it('a blank cell counts as 0; a column of blanks is not checked', () => {
    assert.deepEqual(run({ cells: { 'table3.carriedForward.research': null } }), []);
    const blank = Object.fromEntries(['newReceived', 'carriedOver', 'total', 'carriedForward', 'granted'].map((r) => [`table3.${r}.nonprofit`, null]));
    assert.deepEqual(run({ cells: blank }), []);
  });
});
