import { RuleTester } from '../rule-tester.js';
import { table2Counts } from './table2-counts.js';

RuleTester.run(table2Counts, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: '本年增/减 may be negative (the format marks it signed)', spec: { format: '2019', cells: { 'table2.licensing.change': -3, 'table2.penalty.change': '−12', 'table2.fees.change': -2 } } },
    { name: 'blank cells are left to cells-blank', spec: { cells: { 'table2.fees.amount': '—', 'table2.regulations.issued': '无' } } },
  ],
  invalid: [
    {
      name: 'a negative count in the 2021 format',
      spec: { cells: { 'table2.licensing.decisions': -5 } },
      errors: [{
        messageId: 'negative', severity: 'error', path: 'table2.licensing.decisions', actual: -5,
        data: { row: '行政许可', rowEn: 'licensing', column: '本年处理决定数量', columnEn: 'decisions', value: -5 },
        zh: '表二“行政许可”的“本年处理决定数量”为 -5，不能为负数',
        onLine: '行政许可\t', printed: '-5',
      }],
    },
    {
      name: 'negatives in the 2019 format, but not in 本年增/减',
      spec: {
        format: '2019',
        cells: { 'table2.regulations.newlyMade': '−1', 'table2.coercion.change': -1, 'table2.coercion.previousCount': -4, 'table2.procurement.amount': -1.5 },
      },
      errors: [
        { messageId: 'negative', path: 'table2.regulations.newlyMade', data: { value: -1 }, printed: '−1' },
        { messageId: 'negative', path: 'table2.coercion.previousCount', data: { value: -4 }, printed: '-4' },
        { messageId: 'negative', path: 'table2.procurement.amount', data: { value: -1.5 }, printed: '-1.5' },
      ],
    },
  ],
});
