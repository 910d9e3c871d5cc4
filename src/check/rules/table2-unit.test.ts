import { RuleTester } from '../rule-tester.js';
import { table2Unit } from './table2-unit.js';

const fees = { row: '行政事业性收费', rowEn: 'fees', column: '本年收费金额（单位：万元）', columnEn: 'amount', formatUnit: '万元' };

RuleTester.run(table2Unit, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'the format’s own unit', spec: { cells: { 'table2.fees.amount': '3.26万元' } } },
    { name: 'no unit', spec: { cells: { 'table2.fees.amount': 12866.43 } } },
    // 2019 采购总金额 names no unit: 57019 元 is as good as any (seed 000).
    { name: 'a column without a unit in the format', spec: { format: '2019', cells: { 'table2.procurement.projects': '13 项', 'table2.procurement.amount': '57019 元' } } },
    // A count with its unit is no amount.
    { name: 'a count with its unit', spec: { cells: { 'table2.licensing.decisions': '5218件' } } },
  ],
  invalid: [
    {
      name: '行政事业性收费 printed in 元 where the 2021 format counts 万元',
      spec: { cells: { 'table2.fees.amount': '57019 元' } },
      errors: [{
        messageId: 'unit-mismatch', severity: 'warning', path: 'table2.fees.amount',
        data: { ...fees, raw: '57019 元', unit: '元' }, expected: '万元', actual: '元',
        zh: '表二“行政事业性收费”的“本年收费金额（单位：万元）”印为“57019 元”，单位是元，但格式规定单位为万元',
        onLine: '行政事业性收费\t', printed: '57019 元',
      }],
    },
    {
      name: '亿元',
      spec: { cells: { 'table2.fees.amount': '2.1亿元' } },
      errors: [{ messageId: 'unit-mismatch', data: { ...fees, raw: '2.1亿元', unit: '亿元' }, onLine: '行政事业性收费\t', printed: '2.1亿元' }],
    },
    {
      name: '千元',
      spec: { cells: { 'table2.fees.amount': '350千元' } },
      errors: [{ messageId: 'unit-mismatch', data: { ...fees, raw: '350千元', unit: '千元' }, onLine: '行政事业性收费\t', printed: '350千元' }],
    },
  ],
});
