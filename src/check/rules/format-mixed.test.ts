import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { formatMixed } from './format-mixed.js';

/** A 2021 表二 with the 2019 表三's single （六）其他处理 row (the 淮安市洪泽区 reports). */
const mixedText = () =>
  reportText().replace(/（六）其他处理\t1\.[^\n]*\n\t2\.[^\n]*\n\t3\.其他[^\n]*\n/, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n');

RuleTester.run(formatMixed, {
  valid: [
    { name: 'tables in the 2021 format', spec: {} },
    { name: 'tables in the 2019 format (2020)', spec: { format: '2019', year: 2020 } },
    { name: 'tables in the 2019 format (2023)', spec: { format: '2019', year: 2023 } },
  ],
  invalid: [
    {
      name: 'a 2021 表二 with a single （六）其他处理 row in 表三 (洪泽区)',
      text: mixedText(),
      errors: [{
        messageId: 'mixed', severity: 'info', path: 'table3.otherHandling',
        data: { table2Format: '2021', table3Format: '2019', table3Notice: '国办公开办函〔2019〕60号' },
        expected: '2021', actual: '2019',
        zh: '表二按 2021 年格式印制，表三却按 2019 年格式（国办公开办函〔2019〕60号）印制',
        // The position is the printed （六）其他处理 label; 表二's first block heading is related.
        onLine: '（六）其他处理\t0', printed: '（六）其他处理\t0',
        related: ['table2'],
      }],
    },
    {
      name: 'a 2019 表二 with the 2021 （六）1–3 rows',
      text: reportText({ format: '2019', year: 2020 }).replace(/\t（六）其他处理[^\n]*\n/, [
        '（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
        '\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
        '\t3.其他\t0\t0\t0\t0\t0\t0\t0\n',
      ].join('\n')),
      errors: [{
        messageId: 'mixed', path: 'table3.otherHandling.overdueCorrection',
        data: { table2Format: '2019', table3Format: '2021' }, printed: '（六）其他处理\t1.',
      }],
    },
  ],
});
