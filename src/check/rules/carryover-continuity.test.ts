import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RuleTester, previousFile } from '../rule-tester.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { carryoverContinuity } from './carryover-continuity.js';

/** This year's 二、上年结转 as the default report of last year carried it forward (1, 自然人). */
const continued = { 'table3.carriedOver.naturalPerson': 1, 'table3.carriedOver.total': 1 };

const now: ReportSpec = { year: 2023, cells: { 'table3.carriedOver.commercial': 4, 'table3.carriedOver.total': 4 } };
// Last year's overview runs two lines longer, so its cells stand on other lines than this year's.
const last: ReportSpec = {
  year: 2022, overview: '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。',
  cells: { 'table3.carriedForward.commercial': 7, 'table3.carriedForward.naturalPerson': 1, 'table3.carriedForward.total': 8 },
};
/** Row 四 of last year's report (1-based). */
const row4 = reportText(last).split('\n').findIndex((l) => l.startsWith('\t四、结转下年度继续办理')) + 1;
const nine: ReportSpec = { year: 2023, cells: { ...continued, 'table3.carriedOver.total': 9 } };

RuleTester.run(carryoverContinuity, {
  valid: [
    { name: 'last year carried 1 forward (自然人, 总计), this year carried 1 over', spec: { year: 2023, cells: continued }, previous: { year: 2022 } },
    { name: 'the same, 2019 format', spec: { year: 2023, cells: continued, format: '2019' }, previous: { year: 2022, format: '2019' } },
    { name: 'a blank counts as 0, as last year’s 0', spec: { year: 2023, cells: { ...continued, 'table3.carriedOver.research': null } }, previous: { year: 2022, cells: { 'table3.carriedForward.research': 0 } } },
    { name: 'a previous report two years back gives nothing', spec: nine, previous: { year: 2021 } },
    { name: 'a previous report of a later year gives nothing', spec: nine, previous: { year: 2024 } },
    { name: 'no previous report gives nothing', spec: nine },
  ],
  invalid: [
    {
      name: 'this year carried over 0 though last year carried 1 forward, per column',
      spec: now,
      previous: last,
      errors: [
        { messageId: 'discontinuous', path: 'table3.carriedOver.naturalPerson' },
        {
          messageId: 'discontinuous', severity: 'warning', category: 'cross-year', path: 'table3.carriedOver.commercial',
          allData: { column: '商业企业', columnEn: 'commercial', year: 2023, previousYear: 2022, carriedOver: 4, carriedForward: 7 },
          expected: 7, actual: 4,
          zh: '表三“商业企业”列：2023 年“二、上年结转政府信息公开申请数量”为 4，但 2022 年报告“四、结转下年度继续办理”为 7',
          // This year's cell: the 商业企业 cell of row 二.
          onLine: '二、上年结转政府信息公开申请数量\t0\t4\t', printed: '4\t',
          // Last year's cell: the 商业企业 cell of row 四 in last year's file.
          related: [{ path: 'table3.carriedForward.commercial', file: previousFile, line: row4, onLine: '\t四、结转下年度继续办理\t1\t7\t', printed: '7\t' }],
        },
        { messageId: 'discontinuous', path: 'table3.carriedOver.total' },
      ],
    },
    { name: 'last year’s report of the year before: one total out', spec: nine, previous: { year: 2022 }, errors: [{ messageId: 'discontinuous' }] },
  ],
});

it('carryover-continuity: the fixture’s cells stand on other lines in the two years', () => {
  // Row 四's line starts with a tab (no group heading), and this year's same cell stands two lines higher.
  assert.match(reportText(last).split('\n')[row4 - 1]!, /^\t四、结转下年度继续办理\t1\t7\t/);
  assert.equal(reportFrom(now).table3!.carriedForward.commercial.position.line, row4 - 2);
});
