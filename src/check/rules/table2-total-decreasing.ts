import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import { inPrevious } from '../cross-year.js';
import type { Rule } from '../types.js';

/**
 * 表二, 2019 format in both years, every row with 对外公开总数量 (规章, 规范性文件): the total
 * published is a running total, so it does not fall below last year's.
 */
export const table2TotalDecreasing: Rule = {
  meta: {
    id: 'table2-total-decreasing',
    category: 'cross-year',
    severity: 'warning',
    docs: {
      zh: '表二（2019 年格式）：对外公开总数量不应少于上年报告的对外公开总数量（规章、规范性文件）',
      en: 'Table 2 (2019 format): the total published does not fall below last year’s (规章, 规范性文件)',
    },
    messages: {
      decreased: {
        zh: '表二“{row}”：{year} 年对外公开总数量为 {total}，少于 {previousYear} 年报告的 {previousTotal}',
        en: 'table 2, {rowEn}: total published in {year} is {total}, less than {previousTotal} in the {previousYear} report',
      },
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous || report.tableFormats.table2 !== '2019' || previous.report.tableFormats.table2 !== '2019') return;
    for (const row of formats['2019'].table2.rows) {
      if (!row.columns.some((c) => c.id === 'totalPublished')) continue;
      const path = `table2.${row.id}.totalPublished`;
      const total = getCell(report, path)?.value;
      const previousTotal = getCell(previous.report, path)?.value;
      if (total === null || total === undefined || previousTotal === null || previousTotal === undefined) continue;
      if (total >= previousTotal) continue;
      ctx.emit({
        messageId: 'decreased',
        data: { row: row.label, rowEn: row.id, year: report.year!, previousYear: previous.report.year!, total, previousTotal },
        path,
        actual: total,
        related: [inPrevious(previous, path)],
      });
    }
  },
};
