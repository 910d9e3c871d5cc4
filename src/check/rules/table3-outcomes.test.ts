import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { table3Outcomes } from './table3-outcomes.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table3Outcomes]);
/** The printed line a finding points at, from its column on. */
const at = textAt;

describe('table3-outcomes', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('invalid: （七）总计 counts applications no outcome row holds (seed 004)', () => {
    const spec: ReportSpec = { cells: { 'table3.granted.naturalPerson': 0, 'table3.granted.total': 0 } };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => d.path), ['table3.total.naturalPerson', 'table3.total.total']);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table3-outcomes');
    assert.equal(d.messageId, 'mismatch');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.data, { column: '自然人', columnEn: 'naturalPerson', actual: 2, expected: 0 });
    assert.deepEqual([d.expected, d.actual], [0, 2]);
    assert.equal(d.message.zh, '表三“自然人”列：（七）总计为 2，但（一）至（六）各项之和为 0');
    // No outcome row holds a value, so nothing else to point at.
    assert.equal(d.related, undefined);
    // The position is the printed （七）总计 cell of the 自然人 column.
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /（七）总计/);
    assert.equal(at(spec, d.position)[0], '2');
  });
  it('invalid: an outcome row left out of （七）总计 (2021 （六）3.其他)', () => {
    const spec: ReportSpec = {
      cells: {
        'table3.otherHandling.other.commercial': 1, 'table3.otherHandling.other.total': 1,
        'table3.newReceived.commercial': 1, 'table3.newReceived.total': 4,
      },
    };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => [d.path, d.expected, d.actual]), [
      ['table3.total.commercial', 1, 0],
      ['table3.total.total', 3, 2],
    ]);
    assert.deepEqual(ds[0]!.related!.map((r) => r.path), ['table3.otherHandling.other.commercial']);
    assert.deepEqual(ds[1]!.related!.map((r) => r.path), ['table3.granted.total', 'table3.otherHandling.other.total']);
    assert.equal(at(spec, ds[1]!.related![1]!.position)[0], '1');
  });
  it('invalid: the 2019 format sums its single （六）其他处理 row', () => {
    const ds = run({ format: '2019', cells: { 'table3.otherHandling.naturalPerson': 1, 'table3.otherHandling.total': 1 } });
    assert.deepEqual(ds.map((d) => [d.path, d.expected, d.actual]), [
      ['table3.total.naturalPerson', 3, 2],
      ['table3.total.total', 3, 2],
    ]);
    assert.deepEqual(ds[0]!.related!.map((r) => r.path), ['table3.granted.naturalPerson', 'table3.otherHandling.naturalPerson']);
  });
  it('a blank cell counts as 0; a column of blanks is not checked', () => {
    assert.deepEqual(run({ cells: { 'table3.granted.research': '空' } }), []);
    const blank = Object.fromEntries(['granted', 'partiallyGranted', 'total'].map((r) => [`table3.${r}.legalService`, '—']));
    assert.deepEqual(run({ cells: blank }), []);
  });
});
