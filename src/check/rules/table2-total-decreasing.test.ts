import { RuleTester, previousFile } from '../rule-tester.js';
import { reportText, type ReportSpec } from '../testing.js';
import { table2TotalDecreasing } from './table2-total-decreasing.js';

const last: ReportSpec = {
  format: '2019', year: 2019, overview: '2019年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。',
  cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 30 },
};
/** The 规范性文件 row of last year's report (1-based): its overview runs longer, so the line differs from this year's. */
const row = reportText(last).split('\n').findIndex((l) => l.startsWith('规范性文件\t')) + 1;
const small: ReportSpec = { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 1 } };
const nine = (year: number): ReportSpec => ({ format: '2019', year, cells: { 'table2.regulations.totalPublished': 9 } });

RuleTester.run(table2TotalDecreasing, {
  valid: [
    {
      name: '对外公开总数量 grows or stays (2019 format, both years)',
      spec: { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 35 } },
      previous: { format: '2019', year: 2019, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 30 } },
    },
    { name: 'not checked unless both years print the 2019 format', spec: { year: 2020 }, previous: { format: '2019', year: 2019, cells: { 'table2.regulations.totalPublished': 12 } } },
    { name: 'a previous report of another year (two years back) gives nothing', spec: small, previous: nine(2018) },
  ],
  invalid: [
    {
      name: '规范性文件 对外公开总数量 fell from 30 to 25',
      spec: { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.newlyPublished': 2, 'table2.normativeDocuments.totalPublished': 25 } },
      previous: last,
      errors: [{
        messageId: 'decreased', severity: 'warning', path: 'table2.normativeDocuments.totalPublished',
        allData: { row: '规范性文件', rowEn: 'normativeDocuments', year: 2020, previousYear: 2019, total: 25, previousTotal: 30 },
        actual: 25,
        en: 'table 2, normativeDocuments: total published in 2020 is 25, less than 30 in the 2019 report',
        lineMatches: /^规范性文件\t0\t2\t25$/, rest: '25',
        related: [{ path: 'table2.normativeDocuments.totalPublished', file: previousFile, line: row, rest: '30' }],
      }],
    },
    { name: 'last year’s report of the year before', spec: small, previous: nine(2019), errors: [{ messageId: 'decreased' }] },
  ],
});
