import { formats, table3Columns, table3Relations } from '../../model/formats/index.js';
import { failedSums } from '../../model/sums.js';
import type { Rule } from '../types.js';

/** 表三, every column: 一 + 二 = （七）总计 + 四, the 勾稽关系 the table prints in its own header. */
export const table3Balance: Rule = {
  meta: {
    id: 'table3-balance',
    category: 'sums',
    severity: 'error',
    docs: {
      zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
      en: 'Table 3, every column: new + carried over = total handled + carried forward',
    },
    messages: {
      unbalanced: {
        zh: '表三“{column}”列：一、本年新收 {newReceived} + 二、上年结转 {carriedOver} = {lhs}，但（七）总计 {total} + 四、结转下年度继续办理 {carriedForward} = {rhs}',
        en: 'table 3, column {columnEn}: new {newReceived} + carried over {carriedOver} = {lhs}, but total handled {total} + carried forward {carriedForward} = {rhs}',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table3;
    if (!report.table3 || !f) return;
    const rels = table3Relations(formats[f].table3).filter((r) => r.kind === 'table3.balance');
    for (const { rel, lhs, rhs, values } of failedSums(report, rels)) {
      const col = table3Columns.find((c) => c.id === rel.along)!;
      const v = (row: string) => String(values.get(`table3.${row}.${col.id}`) ?? '空');
      ctx.emit({
        messageId: 'unbalanced',
        data: {
          column: col.label, columnEn: col.id, lhs, rhs,
          newReceived: v('newReceived'), carriedOver: v('carriedOver'), total: v('total'), carriedForward: v('carriedForward'),
        },
        path: `table3.total.${col.id}`,
        expected: lhs,
        actual: rhs,
        related: [{ path: `table3.newReceived.${col.id}` }, { path: `table3.carriedForward.${col.id}` }],
      });
    }
  },
};
