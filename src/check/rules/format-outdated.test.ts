import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parse } from '../../parse.js';
import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { formatOutdated, requiredFormat } from './format-outdated.js';

/** A 2021 表二 with the 2019 表三's single （六）其他处理 row (the 淮安市洪泽区 reports). */
const mixed = reportText().replace(/（六）其他处理\t1\.[^\n]*\n\t2\.[^\n]*\n\t3\.其他[^\n]*\n/, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n');
/** A 2022 report in the 2019 format that does not print 表二. */
const no2 = reportText({ format: '2019', year: 2022 }).replace(/第二十条第（一）项[\s\S]*?\n\n/, '');

it('format-outdated: the format each year must use', () => {
  assert.deepEqual([2018, 2019, 2020, 2021, 2024].map(requiredFormat), [null, '2019', '2019', '2021', '2021']);
});
it('format-outdated: the mixed fixture reads 表三 in the 2019 format', () => {
  assert.equal(parse(mixed, { name: 'test.txt' }).tableFormats.table3, '2019');
});

RuleTester.run(formatOutdated, {
  valid: [
    { name: 'the default report (2021 format, 2023)', spec: {} },
    { name: '2021 format in 2021', spec: { format: '2021', year: 2021 } },
    { name: '2019 format in 2019', spec: { format: '2019', year: 2019 } },
    { name: '2019 format in 2020', spec: { format: '2019', year: 2020 } },
    { name: 'a 2021 表二 with a single （六）其他处理 row is format-mixed, not outdated', text: mixed },
  ],
  invalid: [
    {
      name: 'a 2023 report in the 2019 format (seed 002)',
      spec: { format: '2019', year: 2023 },
      errors: [{
        messageId: 'outdated', severity: 'error', category: 'format', path: 'table2',
        allData: {
          year: 2023, table: '表二', tableEn: 'table 2', format: '2019', required: '2021',
          formatNotice: '国办公开办函〔2019〕60号', requiredNotice: '国办公开办函〔2021〕30号',
        },
        expected: '2021', actual: '2019',
        zh: '2023 年度报告的表二按 2019 年格式（国办公开办函〔2019〕60号）印制，但 2021 年度起应使用 2021 年格式（国办公开办函〔2021〕30号）',
        // The position is the first 表二 block heading; 表三's one （六） row is related.
        column: 1, rest: '第二十条第（一）项\t\t\t',
        related: [{ path: 'table3.otherHandling', lineMatches: /（六）其他处理/, printed: '（六）其他处理' }],
      }],
    },
    {
      name: '表二 not printed, 表三 in the 2019 format',
      text: no2,
      // The first printed cell of 表三.
      errors: [{ messageId: 'outdated', path: 'table3', data: { table: '表三', format: '2019' }, onLine: '一、本年新收', printed: '3' }],
    },
  ],
});
