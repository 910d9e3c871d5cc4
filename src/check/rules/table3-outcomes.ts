import { formats, table3Columns, table3Relations } from '../../model/formats/index.js';
import { failedSums } from '../../model/sums.js';
import type { Rule } from '../types.js';

/** 表三, every column: （七）总计 = the sum of the outcome rows （一）…（六）. */
export const table3Outcomes: Rule = {
  meta: {
    id: 'table3-outcomes',
    category: 'sums',
    severity: 'error',
    docs: {
      zh: '表三每一列：（七）总计 = （一）至（六）各项办理结果之和',
      en: 'Table 3, every column: total handled = the sum of the outcome rows',
    },
    messages: {
      mismatch: {
        zh: '表三“{column}”列：（七）总计为 {actual}，但（一）至（六）各项之和为 {expected}',
        en: 'table 3, column {columnEn}: total handled is {actual}, but the outcome rows sum to {expected}',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table3;
    if (!report.table3 || !f) return;
    const rels = table3Relations(formats[f].table3).filter((r) => r.kind === 'table3.outcomes');
    for (const { rel, lhs, rhs, values } of failedSums(report, rels)) {
      const col = table3Columns.find((c) => c.id === rel.along)!;
      ctx.emit({
        messageId: 'mismatch',
        data: { column: col.label, columnEn: col.id, actual: lhs, expected: rhs },
        path: rel.lhs[0],
        expected: rhs,
        actual: lhs,
        related: rel.rhs.filter((p) => (values.get(p) ?? 0) !== 0).map((path) => ({ path })),
      });
    }
  },
};
