import { RuleTester } from '../rule-tester.js';
import { table3Applicants } from './table3-applicants.js';

const dashedRow = Object.fromEntries(['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'].map((c) => [`table3.carriedOver.${c}`, '—']));

RuleTester.run(table3Applicants, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'a blank cell counts as 0', spec: { cells: { 'table3.granted.research': '空' } } },
    { name: 'a row of blanks is not checked', spec: { cells: dashedRow } },
  ],
  invalid: [
    {
      name: 'row 一 总计 is not the sum of its applicant cells (seed 003: 231 for 222)',
      spec: {
        cells: {
          'table3.newReceived.naturalPerson': 215, 'table3.newReceived.nonprofit': 1, 'table3.newReceived.legalService': 3,
          'table3.newReceived.other': 3, 'table3.newReceived.total': 231,
        },
      },
      errors: [{
        messageId: 'mismatch', severity: 'error', path: 'table3.newReceived.total', expected: 222, actual: 231,
        data: { row: '一、本年新收政府信息公开申请数量', rowEn: 'newReceived', actual: 231, expected: 222 },
        // The printed 总计 cell of row 一.
        onLine: '一、本年新收', printed: '231',
        related: ['table3.newReceived.naturalPerson'],
      }],
    },
    {
      name: 'a numbered row is named with its group',
      spec: { format: '2019', cells: { 'table3.withheld.stateSecret.commercial': 1 } },
      errors: [{ messageId: 'mismatch', path: 'table3.withheld.stateSecret.total', data: { row: '（三）不予公开1.属于国家秘密' }, expected: 1, actual: 0, onLine: '属于国家秘密', printed: '0' }],
    },
  ],
});
