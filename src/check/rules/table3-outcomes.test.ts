import { RuleTester } from '../rule-tester.js';
import { table3Outcomes } from './table3-outcomes.js';

RuleTester.run(table3Outcomes, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'a blank cell counts as 0', spec: { cells: { 'table3.granted.research': '空' } } },
    { name: 'a column of blanks is not checked', spec: { cells: Object.fromEntries(['granted', 'partiallyGranted', 'total'].map((r) => [`table3.${r}.legalService`, '—'])) } },
  ],
  invalid: [
    {
      name: '（七）总计 counts applications no outcome row holds (seed 004)',
      spec: { cells: { 'table3.granted.naturalPerson': 0, 'table3.granted.total': 0 } },
      errors: [
        {
          messageId: 'mismatch', severity: 'error', path: 'table3.total.naturalPerson',
          allData: { column: '自然人', columnEn: 'naturalPerson', actual: 2, expected: 0 },
          expected: 0, actual: 2,
          zh: '表三“自然人”列：（七）总计为 2，但（一）至（六）各项之和为 0',
          // No outcome row holds a value, so nothing else to point at.
          related: null,
          // The position is the printed （七）总计 cell of the 自然人 column.
          onLine: '（七）总计', printed: '2',
        },
        { messageId: 'mismatch', path: 'table3.total.total' },
      ],
    },
    {
      name: 'an outcome row left out of （七）总计 (2021 （六）3.其他)',
      spec: {
        cells: {
          'table3.otherHandling.other.commercial': 1, 'table3.otherHandling.other.total': 1,
          'table3.newReceived.commercial': 1, 'table3.newReceived.total': 4,
        },
      },
      errors: [
        { messageId: 'mismatch', path: 'table3.total.commercial', expected: 1, actual: 0, related: ['table3.otherHandling.other.commercial'] },
        { messageId: 'mismatch', path: 'table3.total.total', expected: 3, actual: 2, related: ['table3.granted.total', { path: 'table3.otherHandling.other.total', printed: '1' }] },
      ],
    },
    {
      name: 'the 2019 format sums its single （六）其他处理 row',
      spec: { format: '2019', cells: { 'table3.otherHandling.naturalPerson': 1, 'table3.otherHandling.total': 1 } },
      errors: [
        { messageId: 'mismatch', path: 'table3.total.naturalPerson', expected: 3, actual: 2, related: ['table3.granted.naturalPerson', 'table3.otherHandling.naturalPerson'] },
        { messageId: 'mismatch', path: 'table3.total.total', expected: 3, actual: 2 },
      ],
    },
  ],
});
