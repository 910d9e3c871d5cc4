import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFrom } from '../check/testing.js';
import { cellValues } from '../model/values.js';
import { metricById } from './metrics.js';
import { rank, rankByMetric } from './rank.js';

/** A town's report with `n` new applications by natural persons, all granted. */
const town = (organ: string, n: number | null) => {
  const spec = n === null
    ? { organ, cells: { 'table3.newReceived.total': null } }
    : { organ, cells: Object.fromEntries(['newReceived', 'granted', 'total'].flatMap((r) => [[`table3.${r}.naturalPerson`, n], [`table3.${r}.total`, n]])) };
  const r = reportFrom({ ...spec, year: 2023 });
  return { organ: r.organ, values: cellValues(r) };
};

describe('rank', () => {
  const towns = [town('甲镇人民政府', 5), town('乙镇人民政府', 12), town('丙镇人民政府', null), town('丁镇人民政府', 12), town('戊镇人民政府', 3)];
  const applications = metricById('applications')!;

  it('descending, ties share a rank and the next skips (1, 2, 2, 4), nulls last and unranked', () => {
    const r = rankByMetric(towns, applications);
    assert.deepEqual(r.map((x) => [x.item.organ, x.value, x.rank]), [
      ['乙镇人民政府', 12, 1],
      ['丁镇人民政府', 12, 1],
      ['甲镇人民政府', 5, 3],
      ['戊镇人民政府', 3, 4],
      ['丙镇人民政府', null, null],
    ]);
  });

  it('ascending', () => {
    const r = rankByMetric(towns, applications, 'asc');
    assert.deepEqual(r.map((x) => [x.item.organ, x.rank]), [
      ['戊镇人民政府', 1],
      ['甲镇人民政府', 2],
      ['乙镇人民政府', 3],
      ['丁镇人民政府', 3],
      ['丙镇人民政府', null],
    ]);
  });

  it('competition ranking 1, 2, 2, 4 and NaN as no value', () => {
    const r = rank([9, 7, 7, 1, Number.NaN, 9.5], (x) => x);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 3, 3, 5, null]);
    assert.deepEqual(r.map((x) => x.value), [9.5, 9, 7, 7, 1, null]);
    assert.deepEqual(rank([4, 2, 2, 1], (x) => x).map((x) => x.rank), [1, 2, 2, 4]);
    assert.deepEqual(rank([], (x: number) => x), []);
  });
});
