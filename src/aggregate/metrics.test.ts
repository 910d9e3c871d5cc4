import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFrom } from '../check/testing.js';
import { cellValues } from '../model/values.js';
import { change, computeMetrics, metricById, metricChange, metricFigure, metricFigures, metrics } from './metrics.js';
import { sumReports } from './sum.js';

/**
 * 20 new applications (natural persons), 4 carried over; of 22 handled: 8 granted, 3 partly,
 * 2 state secret + 1 third party, 4 not held, 2 petitions, 2 other handling; 2 carried forward.
 * 表四: 3 reviews (1 upheld, 1 corrected, 1 pending), 1 direct suit (corrected), 1 after review (upheld).
 */
const cells: Record<string, number | null> = {};
const put = (row: string, n: number) => {
  cells[`table3.${row}.naturalPerson`] = n;
  cells[`table3.${row}.total`] = n;
};
put('newReceived', 20);
put('carriedOver', 4);
put('granted', 8);
put('partiallyGranted', 3);
put('withheld.stateSecret', 2);
put('withheld.thirdPartyRights', 1);
put('unavailable.notHeld', 4);
put('notProcessed.petition', 2);
put('otherHandling.other', 2);
put('total', 22);
put('carriedForward', 2);
Object.assign(cells, {
  'table4.review.upheld': 1, 'table4.review.corrected': 1, 'table4.review.pending': 1, 'table4.review.total': 3,
  'table4.litigationDirect.corrected': 1, 'table4.litigationDirect.total': 1,
  'table4.litigationAfterReview.upheld': 1, 'table4.litigationAfterReview.total': 1,
});
const v = cellValues(reportFrom({ cells }));
const m = (id: string) => metricById(id)!.compute(v);

describe('metrics', () => {
  it('computes every metric of a report from its printed numbers', () => {
    assert.equal(m('applications'), 20);
    assert.equal(m('grantedShare'), 11 / 22);
    assert.equal(m('withheldShare'), 3 / 22);
    assert.equal(m('unavailableShare'), 4 / 22);
    assert.equal(m('notProcessedShare'), 2 / 22);
    assert.equal(m('reviewsPer100'), (3 / 20) * 100);
    assert.equal(m('suitsPer100'), (2 / 20) * 100);
    // 2 corrected of 5 cases, 1 of them still pending: 2 / 4.
    assert.equal(m('correctedShare'), 0.5);
    assert.deepEqual(Object.keys(computeMetrics(v)), metrics.map((x) => x.id));
  });

  it('a zero denominator gives null, not 0 or Infinity', () => {
    const empty = cellValues(reportFrom({ cells: { 'table3.newReceived.naturalPerson': 0, 'table3.newReceived.total': 0, 'table3.granted.naturalPerson': 0, 'table3.granted.total': 0, 'table3.total.naturalPerson': 0, 'table3.total.total': 0, 'table3.carriedForward.naturalPerson': 0, 'table3.carriedForward.total': 0 } }));
    const out = computeMetrics(empty);
    assert.equal(out.applications, 0);
    for (const id of ['grantedShare', 'withheldShare', 'unavailableShare', 'notProcessedShare', 'reviewsPer100', 'suitsPer100', 'correctedShare']) {
      assert.equal(out[id], null, id);
    }
  });

  it('a blank or missing denominator gives null; blanks beside numbers in the numerator count as 0', () => {
    const blank = cellValues(reportFrom({ cells: { ...cells, 'table3.total.total': null, 'table4.review.corrected': '—' } }));
    assert.equal(metricById('grantedShare')!.compute(blank), null);
    assert.equal(metricById('correctedShare')!.compute(blank), 1 / 4);
    const no4 = Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('table4.')));
    assert.equal(metricById('reviewsPer100')!.compute(no4), null);
    assert.equal(metricById('correctedShare')!.compute(no4), null);
    assert.equal(metricById('grantedShare')!.compute(no4), 11 / 22);
  });

  it('a blank input is counted beside the figure computed on what is there (the issue: 公开率 from a blank 予以公开)', () => {
    const full = metricFigures(v);
    assert.deepEqual(full.grantedShare, { value: 11 / 22, blanks: 0 });
    const blank = cellValues(reportFrom({ cells: { ...cells, 'table3.granted.total': null, 'table3.granted.naturalPerson': null } }));
    assert.deepEqual(metricFigure(metricById('grantedShare')!, blank), { value: 3 / 22, blanks: 1 });
    const dashes = cellValues(reportFrom({ cells: { ...cells, 'table3.withheld.stateSecret.total': '—', 'table3.withheld.prohibitedByLaw.total': null } }));
    assert.deepEqual(metricFigure(metricById('withheldShare')!, dashes), { value: 1 / 22, blanks: 2 });
    assert.equal(metricFigure(metricById('applications')!, blank).blanks, 0);
  });

  it('of a sum, blanks are report × input cells without a number', () => {
    const blank = cellValues(reportFrom({ cells: { ...cells, 'table3.granted.total': null, 'table3.granted.naturalPerson': null } }));
    const agg = sumReports([{ values: v }, { values: blank }, { values: v }]);
    const f = metricFigure(metricById('grantedShare')!, agg.values, agg.noNumber);
    assert.equal(f.value, (11 + 3 + 11) / 66);
    assert.equal(f.blanks, 1);
    assert.equal(agg.noNumber['table3.granted.total'], 1);
    assert.equal(agg.reports - agg.noNumber['table3.granted.total']!, 2, 'two reports contributed to the cell');
  });

  it('all pending: no decided case, so no share corrected', () => {
    const pending = cellValues(reportFrom({ cells: { 'table4.review.pending': 2, 'table4.review.total': 2 } }));
    assert.equal(metricById('correctedShare')!.compute(pending), null);
  });

  it('of a sum, a share is the pooled ratio', () => {
    const other = cellValues(reportFrom({ format: '2019' })); // 3 new, 2 handled, both granted
    const agg = sumReports([{ values: v }, { values: other }]);
    assert.equal(metricById('grantedShare')!.compute(agg.values), (11 + 2) / (22 + 2));
    assert.equal(metricById('applications')!.compute(agg.values), 23);
  });

  it('inputs are cell ids the metric reads', () => {
    const withheld = metricById('withheldShare')!;
    assert.equal(withheld.inputs.filter((i) => i.startsWith('table3.withheld.')).length, 8);
    assert.ok(withheld.inputs.includes('table3.total.total'));
    for (const x of metrics) for (const i of x.inputs) assert.ok(i in v, `${x.id}: ${i}`);
  });

  it('change: absolute and relative, null where a year is missing or the base is 0', () => {
    assert.deepEqual(change(120, 100), { current: 120, previous: 100, absolute: 20, relative: 0.2 });
    assert.deepEqual(change(80, 100), { current: 80, previous: 100, absolute: -20, relative: -0.2 });
    assert.deepEqual(change(5, 0), { current: 5, previous: 0, absolute: 5, relative: null });
    assert.deepEqual(change(null, 3), { current: null, previous: 3, absolute: null, relative: null });
    const last = cellValues(reportFrom({ year: 2022 })); // 3 new
    const c = metricChange(metricById('applications')!, v, last);
    assert.deepEqual([c.absolute, c.relative], [17, 17 / 3]);
  });
});
