import assert from 'node:assert/strict';
import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { cellsIncomplete } from './cells-incomplete.js';

const table3 = { table: '表三（收到和处理政府信息公开申请情况）', tableEn: 'table 3 (requests received and handled)' };

RuleTester.run(cellsIncomplete, {
  valid: [
    { name: 'a complete report, 2021 format', spec: {} },
    { name: 'a complete report, 2019 format', spec: { format: '2019' } },
    { name: 'cells printed blank, 空 or — are printed (cells-blank reports them)', spec: { cells: { 'table3.granted.research': '空', 'table3.carriedOver.other': '—', 'table4.review.upheld': null } } },
  ],
  invalid: [
    {
      name: 'a row that prints 6 of its 7 cells (seeds 000, 003: row 四)',
      text: reportText().replace(/\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n/, '\t四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\n'),
      errors: [{
        messageId: 'cells-missing',
        // A short row of text: which cell is missing is the reader's assumption, so the finding
        // says it may be a reading problem and links the reader's diagnostic (check/doubt.ts).
        severity: 'warning', category: 'format', path: 'table3.carriedForward.total',
        allData: { ...table3, row: '四、结转下年度继续办理', rowEn: 'carriedForward', printed: 6, width: 7, columns: '总计', columnsEn: 'total' },
        expected: 7, actual: 6,
        zh: '表三（收到和处理政府信息公开申请情况）“四、结转下年度继续办理”一行只印出 6 个数值，格式有 7 格；缺：总计（所涉单元格读取存疑，可能是读取问题而非报告错误，请对照原件核对）',
        // The position is on the short row.
        lineMatches: /^\t四、结转下年度继续办理\t1/,
        assert: (d) => assert.deepEqual(d.readerDoubt?.map((x) => [x.ruleId, x.path]), [
          ['parse/cells-missing', 'table3.carriedForward.total'],
          // and the sums the row is in fail, so its placement is doubtful (extract/placement-sums.ts)
          ['parse/cells-doubtful', 'table3.carriedForward'],
        ]),
      }],
    },
    {
      name: 'a row that prints its label and no value',
      text: reportText().replace(/\t2\.重复申请[^\n]*/, '\t2.重复申请'),
      errors: [{
        messageId: 'cells-missing', path: 'table3.notProcessed.duplicate.naturalPerson',
        data: { row: '（五）不予处理2.重复申请', printed: 0, columnsEn: 'naturalPerson, commercial, research, nonprofit, legalService, other, total' },
        lineMatches: /^\t2\.重复申请$/,
      }],
    },
    {
      name: '表四 prints 14 of its 15 cells',
      text: reportText().replace(/\n0(\t0){14}\n/, '\n0' + '\t0'.repeat(13) + '\n'),
      errors: [{
        messageId: 'cells-missing', path: 'table4.litigationAfterReview.total',
        data: { row: '复议后起诉', printed: 4, width: 5, columns: '总计', table: '表四（行政复议、行政诉讼情况）' },
      }],
    },
    {
      name: 'a row of the format not printed',
      text: reportText().split('\n').filter((l) => !l.includes('8.属于行政查询事项')).join('\n'),
      errors: [{
        messageId: 'row-missing', path: 'table3.withheld.administrativeQuery',
        allData: { ...table3, row: '（三）不予公开8.属于行政查询事项', rowEn: 'withheld.administrativeQuery' },
        // The reader did not find the row: that may be its own misreading (a warning that says so).
        severity: 'warning',
        en: 'table 3 (requests received and handled): row withheld.administrativeQuery is missing (a cell involved was read with doubt: this may be a reading problem, not an error of the report; check against the original)',
        // Where the row would stand: the first cell of the next printed row.
        lineMatches: /1\.本机关不掌握相关政府信息/,
      }],
    },
    {
      name: 'a 2019 表二 without its 政府集中采购 row',
      text: reportText({ format: '2019' }).replace(/第二十条第（九）项[^\n]*\n[^\n]*\n政府集中采购[^\n]*\n/, ''),
      // No row after it in 表二: the previous printed row.
      errors: [{ messageId: 'row-missing', path: 'table2.procurement', data: { row: '政府集中采购' }, lineMatches: /^行政事业性收费\t/ }],
    },
    {
      name: 'a table not printed',
      text: reportText().replace(/\n行政复议\t[\s\S]*?\n\n/, '\n\n'),
      errors: [{
        messageId: 'table-missing', path: 'table4',
        allData: { table: '表四（行政复议、行政诉讼情况）', tableEn: 'table 4 (administrative review and litigation)' },
        zh: '报告中没有表四（行政复议、行政诉讼情况）',
        // The position is the heading of section 四, where the table belongs.
        lineMatches: /^四、政府信息公开行政复议、行政诉讼情况$/, column: 1,
      }],
    },
  ],
});
