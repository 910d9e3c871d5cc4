import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { cellsBlank } from './cells-blank.js';

RuleTester.run(cellsBlank, {
  valid: [
    { name: 'a report with a number in every cell, 2021 format', spec: {} },
    { name: 'a report with a number in every cell, 2019 format', spec: { format: '2019' } },
    {
      name: 'a cell the row did not print at all is cells-incomplete’s',
      text: reportText().replace(/\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n/, '\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\n'),
    },
  ],
  invalid: [
    {
      name: 'the five 行政复议 cells printed blank (seed 001)',
      spec: { cells: Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`table4.review.${c}`, null])) },
      errors: [{
        messageId: 'blank', severity: 'warning', category: 'format', path: 'table4.review.upheld',
        allData: {
          table: '表四（行政复议、行政诉讼情况）', tableEn: 'table 4 (administrative review and litigation)', row: '行政复议', rowEn: 'review', count: 5,
          columns: '结果维持（空白）、结果纠正（空白）、其他结果（空白）、尚未审结（空白）、总计（空白）',
          columnsEn: 'upheld (blank), corrected (blank), other (blank), pending (blank), total (blank)',
        },
        related: ['table4.review.corrected', 'table4.review.other', 'table4.review.pending', 'table4.review.total'],
        // The position is the start of the printed 表四 row, where its first (blank) cell stands.
        column: 1, rest: '\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      }],
    },
    {
      name: '空, — and 无 in a 表三 row: one finding for the row, at its first such cell',
      spec: { cells: { 'table3.granted.research': '空', 'table3.granted.nonprofit': '—', 'table3.granted.other': '无' } },
      errors: [{
        messageId: 'blank', path: 'table3.granted.research',
        data: { row: '（一）予以公开', count: 3, columns: '科研机构（空）、社会公益组织（—）、其他（无）' },
        en: 'table 3 (requests received and handled), row granted: 3 cell(s) hold no number: research (空), nonprofit (—), other (无)',
        onLine: '（一）予以公开', printed: '空',
      }],
    },
    {
      name: '— and / in a 表二 row (2019)',
      spec: { format: '2019', cells: { 'table2.fees.previousCount': '—', 'table2.fees.change': '/' } },
      errors: [{ messageId: 'blank', path: 'table2.fees.previousCount', data: { count: 2 } }],
    },
    {
      name: '/ and 无 in two 表二 rows (2021)',
      spec: { cells: { 'table2.regulations.repealed': '/', 'table2.coercion.decisions': '无' } },
      errors: [{ messageId: 'blank', path: 'table2.regulations.repealed' }, { messageId: 'blank', path: 'table2.coercion.decisions' }],
    },
  ],
});
