import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import type { Rule } from '../types.js';

/**
 * 表二: every count and amount is non-negative, except the columns the format marks
 * `signed` (2019 本年增/减).
 */
export const table2Counts: Rule = {
  meta: {
    id: 'table2-counts',
    category: 'plausibility',
    severity: 'error',
    docs: {
      zh: '表二的件数、项目数和金额不能为负数（2019 年格式的“本年增/减”除外）',
      en: 'Table 2 counts and amounts are not negative (except the 2019 format’s change column)',
    },
    messages: {
      negative: {
        zh: '表二“{row}”的“{column}”为 {value}，不能为负数',
        en: 'table 2, {rowEn} {columnEn} is {value}; it cannot be negative',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table2;
    if (!report.table2 || !f) return;
    for (const row of formats[f].table2.rows) {
      for (const col of row.columns) {
        if (col.signed) continue;
        const path = `table2.${row.id}.${col.id}`;
        const cell = getCell(report, path);
        if (!cell || cell.value === null || cell.value >= 0) continue;
        ctx.emit({
          messageId: 'negative',
          data: { row: row.label, rowEn: row.id, column: col.label, columnEn: col.id, value: cell.value },
          path,
          actual: cell.value,
        });
      }
    }
  },
};
