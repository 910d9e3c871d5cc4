import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RuleTester, previousFile } from '../rule-tester.js';
import { reportText, type ReportSpec } from '../testing.js';
import { jumpFactor, jumpMinChange, yearJump } from './year-jump.js';

const last: ReportSpec = { year: 2022, overview: '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。' };
/** Row 一 of 表三 in last year's report (1-based): its overview runs longer, so the line differs from this year's. */
const row = reportText(last).split('\n').findIndex((l) => l.includes('一、本年新收政府信息公开申请数量')) + 1;
const big: ReportSpec = { year: 2023, cells: { 'table3.newReceived.total': 300 } };

it('year-jump: the thresholds: ×10 and a change of 50', () => {
  assert.deepEqual([jumpFactor, jumpMinChange], [10, 50]);
});

RuleTester.run(yearJump, {
  valid: [
    {
      name: 'ordinary changes, large factors on small numbers, large changes of small factor',
      spec: { year: 2023, cells: { 'table3.newReceived.total': 25, 'table2.penalty.decisions': 3900, 'table4.review.total': 49 } },
      previous: { year: 2022, cells: { 'table3.newReceived.total': 2, 'table2.penalty.decisions': 400, 'table4.review.total': 0 } },
    },
    { name: 'a previous report of another year (two years back) gives nothing', spec: big, previous: { year: 2021 } },
  ],
  invalid: [
    {
      name: '本年新收 总计 3 → 60 (×20), with both cells',
      spec: { year: 2023, cells: { 'table3.newReceived.naturalPerson': 60, 'table3.newReceived.total': 60 } },
      previous: last,
      errors: [{
        messageId: 'rose', severity: 'info', path: 'table3.newReceived.total',
        allData: {
          label: '表三 一、本年新收政府信息公开申请数量 总计', labelEn: 'table3.newReceived.total',
          year: 2023, previousYear: 2022, value: 60, previous: 3, factor: 20,
        },
        zh: '“表三 一、本年新收政府信息公开申请数量 总计”由 2022 年的 3 增至 2023 年的 60，为上年的 20 倍',
        lineMatches: /^\t一、本年新收政府信息公开申请数量\t60\t/, rest: '60',
        related: [{ path: 'table3.newReceived.total', file: previousFile, line: row, rest: '3' }],
      }],
    },
    {
      name: 'falls, from and to zero, in 表二 and 表四 (2019 表二 too)',
      spec: { format: '2019', year: 2023, cells: { 'table2.penalty.decisions': 40, 'table2.licensing.decisions': 0, 'table4.litigationAfterReview.total': 55 } },
      previous: { format: '2019', year: 2022, cells: { 'table2.penalty.decisions': 600, 'table2.licensing.decisions': 100, 'table4.litigationAfterReview.total': 0 } },
      errors: [
        { messageId: 'toZero', path: 'table2.licensing.decisions', assert: (d) => assert.equal(d.data.factor, undefined) },
        {
          messageId: 'fell', path: 'table2.penalty.decisions', data: { factor: 15, label: '表二 第二十条第（六）项 行政处罚 处理决定数量' },
          en: 'table2.penalty.decisions fell from 600 in 2022 to 40 in 2023, 1/15 as many',
        },
        {
          messageId: 'fromZero', path: 'table4.litigationAfterReview.total', data: { label: '表四 行政诉讼 复议后起诉 总计' }, rest: '55',
          related: [{ path: 'table4.litigationAfterReview.total', file: previousFile, rest: '0' }],
          assert: (d) => assert.equal(d.data.factor, undefined),
        },
      ],
    },
    { name: 'last year’s report of the year before', spec: big, previous: { year: 2022 }, errors: [{ messageId: 'rose' }] },
  ],
});
