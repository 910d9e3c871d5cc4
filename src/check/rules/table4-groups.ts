import { formats, table4Relations } from '../../model/formats/index.js';
import { failedSums } from '../../model/sums.js';
import type { Rule } from '../types.js';

/** 表四, each of 行政复议 / 未经复议直接起诉 / 复议后起诉: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export const table4Groups: Rule = {
  meta: {
    id: 'table4-groups',
    category: 'sums',
    severity: 'error',
    docs: {
      zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
      en: 'Table 4, each group: total = upheld + corrected + other + pending',
    },
    messages: {
      mismatch: {
        zh: '表四“{group}”：总计为 {actual}，但结果维持、结果纠正、其他结果、尚未审结之和为 {expected}',
        en: 'table 4, {groupEn}: total is {actual}, but upheld + corrected + other + pending = {expected}',
      },
    },
  },
  check(report, ctx) {
    if (!report.table4) return;
    const def = formats[report.tableFormats.table4 ?? '2021'].table4;
    for (const { rel, lhs, rhs } of failedSums(report, table4Relations(def))) {
      const g = def.rows.find((r) => r.id === rel.along)!;
      ctx.emit({
        messageId: 'mismatch',
        data: { group: g.group ? `${g.group}·${g.label}` : g.label, groupEn: g.id, actual: lhs, expected: rhs },
        path: rel.lhs[0],
        expected: rhs,
        actual: lhs,
        related: [{ path: rel.rhs[0] }],
      });
    }
  },
};
