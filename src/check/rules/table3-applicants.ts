import { formats, table3Relations } from '../../model/formats/index.js';
import { failedSums } from '../../model/sums.js';
import type { Rule } from '../types.js';

/** 表三, every row: 总计 = 自然人 + the five 法人或其他组织 columns. */
export const table3Applicants: Rule = {
  meta: {
    id: 'table3-applicants',
    category: 'sums',
    severity: 'error',
    docs: {
      zh: '表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
      en: 'Table 3, every row: total = the sum of the six applicant columns',
    },
    messages: {
      mismatch: {
        zh: '表三“{row}”一行：总计为 {actual}，但六类申请人之和为 {expected}',
        en: 'table 3, row {rowEn}: total is {actual}, but the six applicant columns sum to {expected}',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table3;
    if (!report.table3 || !f) return;
    const def = formats[f].table3;
    const rels = table3Relations(def).filter((r) => r.kind === 'table3.applicants');
    for (const { rel, lhs, rhs } of failedSums(report, rels)) {
      const row = def.rows.find((r) => r.id === rel.along)!;
      ctx.emit({
        messageId: 'mismatch',
        data: { row: row.group && /^\d/.test(row.label) ? row.group + row.label : row.label, rowEn: row.id, actual: lhs, expected: rhs },
        path: rel.lhs[0],
        expected: rhs,
        actual: lhs,
        related: [{ path: rel.rhs[0] }],
      });
    }
  },
};
