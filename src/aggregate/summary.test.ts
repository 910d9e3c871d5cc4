import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFrom } from '../check/testing.js';
import { cellValues } from '../model/values.js';
import { compareSummary } from './summary.js';

/** A consistent report: `n` new applications by natural persons, `g` granted, `n − g` carried forward. */
const cellsOf = (n: number, g: number, extra: Record<string, number | string | null> = {}) => ({
  'table3.newReceived.naturalPerson': n, 'table3.newReceived.total': n,
  'table3.granted.naturalPerson': g, 'table3.granted.total': g,
  'table3.total.naturalPerson': g, 'table3.total.total': g,
  'table3.carriedForward.naturalPerson': n - g, 'table3.carriedForward.total': n - g,
  ...extra,
});
const member = (organ: string, n: number, g: number, extra = {}, format: '2019' | '2021' = '2021') => {
  const r = reportFrom({ organ, format, cells: cellsOf(n, g, extra) });
  return { name: r.organ, values: cellValues(r) };
};
const members = [
  member('某某县甲镇人民政府', 5, 4, { 'table4.review.upheld': 1, 'table4.review.total': 1 }),
  member('某某县乙镇人民政府', 7, 7),
  member('某某县教育局', 3, 2),
];

describe('compareSummary', () => {
  it('a summary that matches the sum of its members: no diagnostic', () => {
    const s = cellValues(reportFrom({ organ: '某某县人民政府', cells: cellsOf(15, 13, { 'table4.review.upheld': 1, 'table4.review.total': 1 }) }));
    assert.deepEqual(compareSummary(s, members), []);
  });

  it('a summary that does not match: one info diagnostic per differing cell', () => {
    // 表三 新收 16 instead of 15 (and carried forward 3 instead of 2); 表四 复议 left out.
    const s = cellValues(reportFrom({ organ: '某某县人民政府', cells: cellsOf(16, 13) }));
    const ds = compareSummary(s, members);
    assert.deepEqual(ds.map((d) => [d.path, d.expected, d.actual]), [
      ['table3.newReceived.naturalPerson', 15, 16],
      ['table3.newReceived.total', 15, 16],
      ['table3.carriedForward.naturalPerson', 2, 3],
      ['table3.carriedForward.total', 2, 3],
      ['table4.review.upheld', 1, 0],
      ['table4.review.total', 1, 0],
    ]);
    const d = ds[1]!;
    assert.equal(d.ruleId, 'aggregate/summary-mismatch');
    assert.equal(d.severity, 'info');
    assert.equal(d.messageId, 'summaryMismatch');
    assert.equal(d.data.difference, 1);
    assert.equal(d.data.members, 3);
    assert.deepEqual(d.withoutNumber, []);
    assert.match(d.message.zh, /表三 一、本年新收政府信息公开申请数量 总计，本报告为 16，3 份所属单位报告合计 15。/);
    assert.match(d.message.en, /table3\.newReceived\.total: this report 16, the 3 members' reports 15\./);
  });

  it('names the members that printed no number in a differing cell; a blank counts as 0', () => {
    const withBlank = [...members.slice(0, 2), member('某某县教育局', 3, 2, { 'table3.newReceived.total': null, 'table3.newReceived.naturalPerson': '—' })];
    const s = cellValues(reportFrom({ cells: cellsOf(15, 13, { 'table4.review.upheld': 1, 'table4.review.total': 1 }) }));
    const ds = compareSummary(s, withBlank);
    assert.deepEqual(ds.map((d) => [d.path, d.expected, d.actual, d.withoutNumber]), [
      ['table3.newReceived.naturalPerson', 12, 15, ['某某县教育局']],
      ['table3.newReceived.total', 12, 15, ['某某县教育局']],
    ]);
    assert.equal(ds[0]!.data.withoutNumberNames, '某某县教育局');
    assert.match(ds[0]!.message.zh, /其中 1 份此格未填数字：某某县教育局/);
    // The summary's own blank where the members sum to 0: no mismatch.
    const blankSummary = cellValues(reportFrom({ cells: { ...cellsOf(15, 13, { 'table4.review.upheld': 1, 'table4.review.total': 1 }), 'table3.carriedOver.research': null } }));
    assert.deepEqual(compareSummary(blankSummary, members), []);
  });

  it('mixed formats: a 2019 summary\'s single （六） row against 2021 members\' （六）1–3', () => {
    const m21 = member('某某县丙镇人民政府', 6, 3, { 'table3.otherHandling.overdueCorrection.naturalPerson': 1, 'table3.otherHandling.overdueCorrection.total': 1, 'table3.otherHandling.unpaidFee.naturalPerson': 1, 'table3.otherHandling.unpaidFee.total': 1, 'table3.total.naturalPerson': 5, 'table3.total.total': 5, 'table3.carriedForward.naturalPerson': 1, 'table3.carriedForward.total': 1 });
    const m19 = member('某某县丁镇人民政府', 4, 2, { 'table3.otherHandling.naturalPerson': 1, 'table3.otherHandling.total': 1, 'table3.total.naturalPerson': 3, 'table3.total.total': 3, 'table3.carriedForward.naturalPerson': 1, 'table3.carriedForward.total': 1 }, '2019');
    const extra = { 'table3.otherHandling.naturalPerson': 3, 'table3.otherHandling.total': 3, 'table3.total.naturalPerson': 8, 'table3.total.total': 8, 'table3.carriedForward.naturalPerson': 2, 'table3.carriedForward.total': 2 };
    const s19 = cellValues(reportFrom({ format: '2019', cells: cellsOf(10, 5, extra) }));
    assert.deepEqual(compareSummary(s19, [m21, m19]), []);
    const wrong = cellValues(reportFrom({ format: '2019', cells: cellsOf(10, 5, { ...extra, 'table3.otherHandling.total': 2 }) }));
    assert.deepEqual(compareSummary(wrong, [m21, m19]).map((d) => [d.path, d.expected, d.actual]), [['table3.otherHandling.total', 3, 2]]);
    // A 2021 summary: the 2019 member's row counts as （六）3.其他, and the diagnostic says so.
    const s21 = cellValues(reportFrom({ cells: cellsOf(10, 5, { 'table3.otherHandling.overdueCorrection.naturalPerson': 1, 'table3.otherHandling.overdueCorrection.total': 1, 'table3.otherHandling.unpaidFee.naturalPerson': 1, 'table3.otherHandling.unpaidFee.total': 1, 'table3.total.naturalPerson': 7, 'table3.total.total': 7, 'table3.carriedForward.naturalPerson': 3, 'table3.carriedForward.total': 3 }) }));
    const ds = compareSummary(s21, [m21, m19]);
    assert.deepEqual(ds.map((d) => [d.path, d.expected, d.actual, d.data.folded]), [
      ['table3.otherHandling.other.naturalPerson', 1, 0, 1],
      ['table3.otherHandling.other.total', 1, 0, 1],
      ['table3.total.naturalPerson', 8, 7, 0],
      ['table3.total.total', 8, 7, 0],
      ['table3.carriedForward.naturalPerson', 2, 3, 0],
      ['table3.carriedForward.total', 2, 3, 0],
    ]);
    assert.match(ds[0]!.message.zh, /1 份按 2019 年格式只印一行（六）其他处理，已计入（六）3.其他/);
    // The 2019 member printed no （六）1 or 2: it is named where those cells are compared.
    const off = cellValues(reportFrom({ cells: { ...cellsOf(10, 5), 'table3.otherHandling.overdueCorrection.total': 5 } }));
    const d = compareSummary(off, [m21, m19]).find((x) => x.path === 'table3.otherHandling.overdueCorrection.total')!;
    assert.deepEqual([d.expected, d.actual, d.withoutNumber], [1, 5, ['某某县丁镇人民政府']]);
  });

  it('cells the summary did not print are not compared', () => {
    const s = cellValues(reportFrom({ organ: '某某县人民政府', cells: cellsOf(16, 13) }));
    const only3 = Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith('table4.')));
    assert.deepEqual(compareSummary(only3, members).map((d) => d.path.split('.')[0]), ['table3', 'table3', 'table3', 'table3']);
  });
});
