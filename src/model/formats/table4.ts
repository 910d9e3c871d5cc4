import type { ColumnDef, RowDef, TableDef } from './types.js';

/** 表四 政府信息公开行政复议、行政诉讼情况: three groups of five, one printed row of 15. */
export const table4Columns: readonly ColumnDef[] = [
  { id: 'upheld', label: '结果维持', variants: ['维持'] },
  { id: 'corrected', label: '结果纠正', variants: ['纠正'] },
  { id: 'other', label: '其他结果', variants: [] },
  { id: 'pending', label: '尚未审结', variants: [] },
  { id: 'total', label: '总计', variants: [] },
];

const rows: RowDef[] = [
  { id: 'review', label: '行政复议', variants: [], columns: table4Columns },
  { id: 'litigationDirect', label: '未经复议直接起诉', group: '行政诉讼', variants: ['直接起诉'], columns: table4Columns },
  { id: 'litigationAfterReview', label: '复议后起诉', group: '行政诉讼', variants: [], columns: table4Columns },
];

/** 表四 is the same in both formats. */
export const table4Format2019: TableDef = { table: 'table4', format: '2019', title: '政府信息公开行政复议、行政诉讼情况', rows };
export const table4Format2021: TableDef = { table: 'table4', format: '2021', title: '政府信息公开行政复议、行政诉讼情况', rows };
