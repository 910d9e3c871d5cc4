import { RuleTester } from '../rule-tester.js';
import { table4Groups } from './table4-groups.js';

const blankReview = Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`table4.review.${c}`, null]));

RuleTester.run(table4Groups, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'a group whose parts sum to its total', spec: { cells: { 'table4.review.upheld': 2, 'table4.review.pending': 1, 'table4.review.total': 3 } } },
    { name: 'a group printed blank (seed 001) is not checked', spec: { cells: blankReview } },
    { name: 'a dash counts as 0', spec: { cells: { 'table4.litigationAfterReview.other': '—' } } },
  ],
  invalid: [
    {
      name: '未经复议直接起诉 总计 left at 0 though one case was upheld',
      spec: { cells: { 'table4.litigationDirect.upheld': 1 } },
      errors: [{
        messageId: 'mismatch', severity: 'error', path: 'table4.litigationDirect.total', expected: 1, actual: 0,
        data: { group: '行政诉讼·未经复议直接起诉', groupEn: 'litigationDirect', actual: 0, expected: 1 },
        zh: '表四“行政诉讼·未经复议直接起诉”：总计为 0，但结果维持、结果纠正、其他结果、尚未审结之和为 1',
        // The tenth of the fifteen printed cells (one character and a tab each): column 19.
        onLine: '0\t0\t0\t0\t0\t1\t0\t0\t0\t0', column: 19, printed: '0',
        related: ['table4.litigationDirect.upheld'],
      }],
    },
    {
      name: '行政复议 总计 larger than its parts',
      spec: { format: '2019', cells: { 'table4.review.corrected': 1, 'table4.review.total': 2 } },
      errors: [{ messageId: 'mismatch', path: 'table4.review.total', data: { group: '行政复议' }, expected: 1, actual: 2, printed: '2' }],
    },
  ],
});
