import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { periodYear } from './period-year.js';

RuleTester.run(periodYear, {
  valid: [
    { name: '1 January to 31 December of the report year', spec: {} },
    { name: 'the same, 2019 format', spec: { year: 2020, format: '2019' } },
    { name: 'no period printed, nothing to check', text: reportText({}).replace(/本报告所列数据的统计期限.*\n/, '') },
  ],
  invalid: [
    {
      name: 'last year’s period left in (copied from the previous report)',
      text: reportText({}).replace('自2023年1月1日至2023年12月31日', '自2022年1月1日至2022年12月31日'),
      errors: [{
        messageId: 'mismatch', severity: 'warning',
        data: { from: '2022-01-01', to: '2022-12-31', year: 2023 },
        expected: '2023-01-01/2023-12-31', actual: '2022-01-01/2022-12-31',
        onLine: '统计期限', printed: '2022年1月1日',
      }],
    },
    {
      name: 'part of the year',
      text: reportText({}).replace('至2023年12月31日', '至2023年6月30日'),
      errors: [{ messageId: 'mismatch', data: { from: '2023-01-01', to: '2023-06-30', year: 2023 }, onLine: '统计期限', printed: '2023年1月1日' }],
    },
  ],
});
