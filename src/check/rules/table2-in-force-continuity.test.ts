import { RuleTester, previousFile } from '../rule-tester.js';
import { reportText, type ReportSpec } from '../testing.js';
import { table2InForceContinuity } from './table2-in-force-continuity.js';

// Last year's overview runs two lines longer, so its cells stand on other lines than this year's.
const longer = '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。';
const last: ReportSpec = { year: 2022, overview: longer, cells: { 'table2.normativeDocuments.inForce': 40 } };
/** The 行政规范性文件 row of last year's report (1-based). */
const row = reportText(last).split('\n').findIndex((l) => l.startsWith('行政规范性文件\t')) + 1;
const one: ReportSpec = { year: 2023, cells: { 'table2.regulations.inForce': 1 } };

RuleTester.run(table2InForceContinuity, {
  valid: [
    {
      name: '40 in force last year, 6 issued, 3 repealed, 43 in force now',
      spec: { year: 2023, cells: { 'table2.normativeDocuments.issued': 6, 'table2.normativeDocuments.repealed': 3, 'table2.normativeDocuments.inForce': 43, 'table2.regulations.inForce': 2 } },
      previous: { year: 2022, cells: { 'table2.normativeDocuments.inForce': 40, 'table2.regulations.inForce': 2 } },
    },
    { name: 'not checked unless both years print the 2021 format (last year 2019)', spec: { year: 2023, cells: { 'table2.normativeDocuments.inForce': 43 } }, previous: { year: 2022, format: '2019' } },
    { name: 'not checked unless both years print the 2021 format (this year 2019)', spec: { year: 2023, format: '2019' }, previous: { year: 2022 } },
    { name: 'a blank 现行有效件数 in either year is not compared', spec: { year: 2023, cells: { 'table2.regulations.inForce': null } }, previous: { year: 2022, cells: { 'table2.regulations.inForce': 5 } } },
    { name: 'a previous report of another year (two years back) gives nothing', spec: one, previous: { year: 2021, cells: { 'table2.regulations.inForce': 3 } } },
  ],
  invalid: [
    {
      name: '现行有效件数 does not follow from last year’s and this year’s 制发/废止',
      spec: { year: 2023, cells: { 'table2.normativeDocuments.issued': 6, 'table2.normativeDocuments.repealed': 3, 'table2.normativeDocuments.inForce': 52 } },
      previous: last,
      errors: [{
        messageId: 'discontinuous', severity: 'warning', path: 'table2.normativeDocuments.inForce',
        allData: {
          row: '行政规范性文件', rowEn: 'normativeDocuments', year: 2023, previousYear: 2022,
          inForce: 52, previousInForce: 40, issued: 6, repealed: 3, expected: 43,
        },
        expected: 43, actual: 52,
        zh: '表二“行政规范性文件”：2022 年报告现行有效件数 40 + 本年制发件数 6 − 本年废止件数 3 = 43，但 2023 年现行有效件数为 52',
        lineMatches: /^行政规范性文件\t6\t3\t52$/, rest: '52',
        related: [
          { path: 'table2.normativeDocuments.inForce', file: previousFile, line: row, rest: '40' },
          // This year's 制发 and 废止 cells, in this report.
          { path: 'table2.normativeDocuments.issued', file: null, rest: '6\t3\t52' },
          { path: 'table2.normativeDocuments.repealed', rest: '3\t52' },
        ],
      }],
    },
    {
      name: '规章 too, and a blank 制发/废止 counts as none',
      spec: { year: 2023, cells: { 'table2.regulations.issued': null, 'table2.regulations.inForce': 1 } },
      previous: { year: 2022, cells: { 'table2.regulations.inForce': 3 } },
      errors: [{ messageId: 'discontinuous', path: 'table2.regulations.inForce', data: { expected: 3, inForce: 1 } }],
    },
    { name: 'last year’s report of the year before', spec: one, previous: { year: 2022, cells: { 'table2.regulations.inForce': 3 } }, errors: [{ messageId: 'discontinuous' }] },
  ],
});
