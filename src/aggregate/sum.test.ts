import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFrom } from '../check/testing.js';
import { cellValues, type CellValues } from '../model/values.js';
import { aggregateCellIds, splitRows, table3Layout } from './layout.js';
import { sumReports } from './sum.js';

const values = (spec: Parameters<typeof reportFrom>[0]) => cellValues(reportFrom(spec));

/** A 2021 report: 10 new by natural persons, 6 granted, 2 overdue, 1 other, 1 carried forward. */
const a = values({
  cells: {
    'table3.newReceived.naturalPerson': 10, 'table3.newReceived.total': 10,
    'table3.granted.naturalPerson': 6, 'table3.granted.total': 6,
    'table3.otherHandling.overdueCorrection.naturalPerson': 2, 'table3.otherHandling.overdueCorrection.total': 2,
    'table3.otherHandling.other.naturalPerson': 1, 'table3.otherHandling.other.total': 1,
    'table3.total.naturalPerson': 9, 'table3.total.total': 9,
    'table3.carriedForward.naturalPerson': 1, 'table3.carriedForward.total': 1,
    'table4.review.upheld': 1, 'table4.review.total': 1,
  },
});
/** A 2019 report: 4 new by 商业企业, 1 granted, 3 in the single （六）其他处理 row. */
const b = values({
  format: '2019', year: 2020,
  cells: {
    'table3.newReceived.commercial': 4, 'table3.newReceived.total': 4,
    'table3.granted.commercial': 1, 'table3.granted.total': 1,
    'table3.otherHandling.commercial': 3, 'table3.otherHandling.total': 3,
    'table3.total.commercial': 4, 'table3.total.total': 4,
    'table3.carriedForward.naturalPerson': 0, 'table3.carriedForward.total': 0,
    'table4.review.corrected': 2, 'table4.review.total': 2,
  },
});

describe('sumReports', () => {
  it('sums the printed numbers of 2021 reports cell by cell', () => {
    const agg = sumReports([{ values: a, format: '2021' }, { values: a, format: '2021' }]);
    assert.equal(agg.reports, 2);
    assert.equal(agg.values['table3.newReceived.total'], 20);
    assert.equal(agg.values['table3.otherHandling.overdueCorrection.naturalPerson'], 4);
    assert.equal(agg.values['table4.review.total'], 2);
    assert.equal(agg.noNumber['table3.newReceived.total'], 0);
    assert.deepEqual(agg.formats, { '2019': 0, '2021': 2, unknown: 0 });
    assert.equal(agg.folded[0]!.reports, 0);
  });

  it('mixed 2019/2021: the single （六）其他处理 row is added to （六）3.其他 and counted', () => {
    assert.equal(table3Layout(b), '2019');
    assert.equal(table3Layout(a), '2021');
    const agg = sumReports([{ values: a, format: '2021' }, { values: b, format: '2019' }]);
    assert.equal(agg.values['table3.newReceived.total'], 14);
    assert.equal(agg.values['table3.otherHandling.other.total'], 1 + 3);
    assert.equal(agg.values['table3.otherHandling.other.commercial'], 3);
    // The 2019 report printed no （六）1 or 2: it has no number there.
    assert.equal(agg.values['table3.otherHandling.overdueCorrection.total'], 2);
    assert.equal(agg.noNumber['table3.otherHandling.overdueCorrection.total'], 1);
    assert.equal(agg.noNumber['table3.otherHandling.other.total'], 0);
    assert.deepEqual(agg.folded.map((f) => [f.from, f.into, f.reports]), [['table3.otherHandling', 'table3.otherHandling.other', 1]]);
    assert.equal(agg.folded[0]!.cells['table3.otherHandling.other.commercial'], 1);
    assert.equal(agg.values['table4.review.corrected'], 2);
    // The output is in the 2021 layout: no 2019-only ids.
    assert.equal('table3.otherHandling.total' in agg.values, false);
    assert.deepEqual(Object.keys(agg.values), [...aggregateCellIds]);
    // Outcomes still add up to （七）总计 in the sum.
    const outcomes = aggregateCellIds.filter((id) => id.endsWith('.total') && id.startsWith('table3.') &&
      !/newReceived|carriedOver|carriedForward|table3\.total\./.test(id));
    assert.equal(outcomes.reduce((s, id) => s + (agg.values[id] ?? 0), 0), agg.values['table3.total.total']);
  });

  it('reads the 表三 layout from the cells, not the format given (2021 表二 with a one-row （六）)', () => {
    const mixed: CellValues = { ...b };
    const agg = sumReports([{ values: mixed, format: '2021' }]);
    assert.equal(agg.values['table3.otherHandling.other.total'], 3);
    assert.equal(agg.folded[0]!.reports, 1);
    assert.deepEqual(agg.formats, { '2019': 0, '2021': 1, unknown: 0 });
  });

  it('blanks are not zeros: counts reports with no number, null where none has one', () => {
    const blank = values({ cells: { 'table3.carriedOver.research': null, 'table4.review.pending': '—' } });
    const agg = sumReports([{ values: blank }, { values: a }]);
    assert.equal(agg.values['table3.carriedOver.research'], 0);
    assert.equal(agg.noNumber['table3.carriedOver.research'], 1);
    assert.equal(agg.noNumber['table4.review.pending'], 1);
    const only = sumReports([{ values: blank }]);
    assert.equal(only.values['table3.carriedOver.research'], null);
    assert.equal(only.noNumber['table3.carriedOver.research'], 1);
    assert.equal(only.formats.unknown, 1);
  });

  it('a report without 表四 counts as having no number in every 表四 cell', () => {
    const no4 = Object.fromEntries(Object.entries(a).filter(([k]) => !k.startsWith('table4.')));
    const agg = sumReports([{ values: no4 }, { values: b }]);
    assert.equal(agg.values['table4.review.total'], 2);
    assert.equal(agg.noNumber['table4.review.total'], 1);
  });

  it('merges values already summed by SQL, with their report counts', () => {
    // Three 2021 reports summed elsewhere, one of which left 表四 行政复议 总计 blank,
    // and two 2019 reports whose single （六） row was summed under its own id.
    const sql21 = { values: { 'table3.newReceived.total': 30, 'table4.review.total': 2, 'table3.otherHandling.other.total': 1 }, reports: 3, noNumber: { 'table4.review.total': 1, 'table3.otherHandling.other.total': 2 } };
    const sql19 = { values: { 'table3.newReceived.total': 8, 'table3.otherHandling.total': 5 }, reports: 2, format: '2019' as const };
    const agg = sumReports([sql21, sql19]);
    assert.equal(agg.reports, 5);
    assert.equal(agg.values['table3.newReceived.total'], 38);
    assert.equal(agg.noNumber['table4.review.total'], 3);
    assert.equal(agg.values['table3.otherHandling.other.total'], 6);
    assert.equal(agg.noNumber['table3.otherHandling.other.total'], 2);
    assert.equal(agg.folded[0]!.reports, 2);
    assert.equal(agg.noNumber['table3.carriedOver.total'], 5);
    assert.equal(agg.values['table3.carriedOver.total'], null);
  });

  it('the layout comes from the format data', () => {
    assert.deepEqual(splitRows.map((s) => [s.row2019, s.subRows.length, s.foldInto]), [['otherHandling', 3, 'otherHandling.other']]);
    assert.equal(aggregateCellIds.length, 25 * 7 + 15);
  });

  it('sums 10,000 reports, objects of one shape and hash-table objects (JSON.parse) alike', () => {
    // Speed is the benchmark's to measure (npm run bench), not a test's: a loaded machine would fail it.
    const pool = [a, b, values({ year: 2022, cells: { 'table3.newReceived.total': 7 } })];
    const format = (i: number) => (i % 3 === 1 ? '2019' : '2021') as '2019' | '2021';
    const shaped = Array.from({ length: 10_000 }, (_, i) => ({ values: { ...pool[i % 3]! }, format: format(i) }));
    const parsed = Array.from({ length: 10_000 }, (_, i) => ({ values: JSON.parse(JSON.stringify(pool[i % 3]!)) as CellValues, format: format(i) }));
    for (const items of [shaped, parsed]) {
      const agg = sumReports(items);
      assert.equal(agg.reports, 10_000);
      assert.equal(agg.values['table3.newReceived.total'], 3334 * 10 + 3333 * 4 + 3333 * 7);
    }
  });
});
