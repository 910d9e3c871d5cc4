import { RuleTester } from '../rule-tester.js';
import { table2Magnitude } from './table2-magnitude.js';

RuleTester.run(table2Magnitude, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'below the limit', spec: { cells: { 'table2.fees.amount': 999999.99 } } },
    { name: 'an ordinary amount in 万元', spec: { cells: { 'table2.fees.amount': 96171.6 } } },
    // A printed unit is table2-unit's business.
    { name: 'a unit printed', spec: { cells: { 'table2.fees.amount': '1234567元' } } },
    // 2019 采购总金额 names no unit (186402375.16 元 is normal there).
    { name: 'a column in no unit (2019 采购总金额)', spec: { format: '2019', cells: { 'table2.procurement.amount': 186402375.16 } } },
  ],
  invalid: [
    {
      name: 'a 2021 fee amount of 1,234,567 with no unit (probably 元)',
      spec: { cells: { 'table2.fees.amount': '1,234,567' } },
      errors: [{
        messageId: 'probably-yuan', severity: 'info', path: 'table2.fees.amount', actual: 1234567,
        data: { row: '行政事业性收费', rowEn: 'fees', column: '本年收费金额（单位：万元）', columnEn: 'amount', value: 1234567, formatUnit: '万元', converted: 123.46 },
        zh: '表二“行政事业性收费”的“本年收费金额（单位：万元）”为 1234567，未印单位；按万元计即 123.46 亿元，很可能是按元填报的（应为 123.46 万元）',
        onLine: '行政事业性收费', printed: '1,234,567',
      }],
    },
  ],
});
