import { RuleTester } from '../rule-tester.js';
import { table3Balance } from './table3-balance.js';

const blankColumn = Object.fromEntries(['newReceived', 'carriedOver', 'total', 'carriedForward', 'granted'].map((r) => [`table3.${r}.nonprofit`, null]));

RuleTester.run(table3Balance, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'a blank cell counts as 0', spec: { cells: { 'table3.carriedForward.research': null } } },
    { name: 'a column of blanks is not checked', spec: { cells: blankColumn } },
  ],
  invalid: [
    {
      name: '（七）总计 left at 0 though an application was handled (seed 000)',
      spec: { cells: { 'table3.total.naturalPerson': 0, 'table3.total.total': 0, 'table3.granted.naturalPerson': 2, 'table3.granted.total': 2 } },
      errors: [
        {
          messageId: 'unbalanced', severity: 'error', path: 'table3.total.naturalPerson', expected: 3, actual: 1,
          data: { column: '自然人', lhs: 3, rhs: 1 },
          // The printed （七）总计 cell of the 自然人 column.
          onLine: '（七）总计', printed: '0',
          related: ['table3.newReceived.naturalPerson', 'table3.carriedForward.naturalPerson'],
        },
        { messageId: 'unbalanced', path: 'table3.total.total', onLine: '（七）总计' },
      ],
    },
    {
      name: 'a column of 法人或其他组织 out of balance (seed 003, 商业企业)',
      spec: { cells: { 'table3.granted.commercial': 9, 'table3.total.commercial': 9, 'table3.granted.total': 11, 'table3.total.total': 11, 'table3.newReceived.total': 12 } },
      errors: [{ messageId: 'unbalanced', path: 'table3.total.commercial', data: { column: '商业企业' }, onLine: '（七）总计', printed: '9' }],
    },
  ],
});
