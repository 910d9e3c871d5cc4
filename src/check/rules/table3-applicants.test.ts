import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { table3Applicants } from './table3-applicants.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table3Applicants]);
const at = textAt;

describe('table3-applicants', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('invalid: row 一 总计 is not the sum of its applicant cells (seed 003: 231 for 222)', () => {
    const spec: ReportSpec = {
      cells: {
        'table3.newReceived.naturalPerson': 215, 'table3.newReceived.nonprofit': 1, 'table3.newReceived.legalService': 3,
        'table3.newReceived.other': 3, 'table3.newReceived.total': 231,
      },
    };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table3-applicants');
    assert.equal(d.messageId, 'mismatch');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, 'table3.newReceived.total');
    assert.deepEqual(d.data, { row: '一、本年新收政府信息公开申请数量', rowEn: 'newReceived', actual: 231, expected: 222 });
    assert.deepEqual([d.expected, d.actual], [222, 231]);
    assert.equal(d.message.en, 'table 3, row newReceived: total is 231, but the six applicant columns sum to 222');
    // The position is the printed 总计 cell of row 一.
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /一、本年新收/);
    assert.equal(at(spec, d.position), '231');
    assert.deepEqual(d.related!.map((r) => r.path), ['table3.newReceived.naturalPerson']);
    assert.equal(at(spec, d.related![0]!.position).slice(0, 3), '215');
  });
  it('invalid: a numbered row is named with its group', () => {
    const ds = run({ format: '2019', cells: { 'table3.withheld.stateSecret.commercial': 1 } });
    assert.deepEqual(ds.map((d) => [d.path, d.data.row, d.expected, d.actual]), [
      ['table3.withheld.stateSecret.total', '（三）不予公开1.属于国家秘密', 1, 0],
    ]);
  });
  it('a blank cell counts as 0; a row of blanks is not checked', () => {
    assert.deepEqual(run({ cells: { 'table3.granted.research': '空' } }), []);
    const blank = Object.fromEntries(['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total']
      .map((c) => [`table3.carriedOver.${c}`, '—']));
    assert.deepEqual(run({ cells: blank }), []);
  });
});
