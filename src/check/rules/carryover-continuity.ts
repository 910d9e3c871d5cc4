import { getCell } from '../../model/cells.js';
import { table3Columns } from '../../model/formats/index.js';
import { inPrevious } from '../cross-year.js';
import type { Rule } from '../types.js';

/**
 * 表三, every column: this year's 二、上年结转 = last year's 四、结转下年度继续办理. What was
 * carried forward at the end of last year is what this year carried over.
 */
export const carryoverContinuity: Rule = {
  meta: {
    id: 'carryover-continuity',
    category: 'cross-year',
    severity: 'warning',
    docs: {
      zh: '表三每一列：本年“二、上年结转政府信息公开申请数量”= 上年报告的“四、结转下年度继续办理”',
      en: 'Table 3, every column: this year’s carried over = last year’s carried forward',
    },
    messages: {
      discontinuous: {
        zh: '表三“{column}”列：{year} 年“二、上年结转政府信息公开申请数量”为 {carriedOver}，但 {previousYear} 年报告“四、结转下年度继续办理”为 {carriedForward}',
        en: 'table 3, column {columnEn}: {year} carried over {carriedOver}, but the {previousYear} report carried forward {carriedForward}',
      },
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous || !report.table3 || !previous.report.table3) return;
    for (const col of table3Columns) {
      const path = `table3.carriedOver.${col.id}`;
      const lastPath = `table3.carriedForward.${col.id}`;
      const now = getCell(report, path);
      const last = getCell(previous.report, lastPath);
      // A cell not printed is another rule's finding; a blank counts as 0, two blanks agree.
      if (!now || !last || (now.value === null && last.value === null)) continue;
      const carriedOver = now.value ?? 0;
      const carriedForward = last.value ?? 0;
      if (carriedOver === carriedForward) continue;
      ctx.emit({
        messageId: 'discontinuous',
        data: {
          column: col.label, columnEn: col.id, year: report.year!, previousYear: previous.report.year!,
          carriedOver: now.value ?? '空', carriedForward: last.value ?? '空',
        },
        path,
        expected: carriedForward,
        actual: carriedOver,
        related: [inPrevious(previous, lastPath)],
      });
    }
  },
};
