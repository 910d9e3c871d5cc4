import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import { inPrevious } from '../cross-year.js';
import type { Rule } from '../types.js';

/**
 * 表二, 2021 format in both years, every row with 现行有效件数 (规章, 行政规范性文件): this
 * year's 现行有效件数 = last year's + 本年制发件数 − 本年废止件数.
 */
export const table2InForceContinuity: Rule = {
  meta: {
    id: 'table2-in-force-continuity',
    category: 'cross-year',
    severity: 'warning',
    docs: {
      zh: '表二（2021 年格式）：现行有效件数 = 上年报告的现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）',
      en: 'Table 2 (2021 format): in force = last year’s in force + issued − repealed (规章, 行政规范性文件)',
    },
    messages: {
      discontinuous: {
        zh: '表二“{row}”：{previousYear} 年报告现行有效件数 {previousInForce} + 本年制发件数 {issued} − 本年废止件数 {repealed} = {expected}，但 {year} 年现行有效件数为 {inForce}',
        en: 'table 2, {rowEn}: in force in the {previousYear} report {previousInForce} + issued {issued} − repealed {repealed} = {expected}, but {year} prints {inForce} in force',
      },
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous || report.tableFormats.table2 !== '2021' || previous.report.tableFormats.table2 !== '2021') return;
    for (const row of formats['2021'].table2.rows) {
      if (!row.columns.some((c) => c.id === 'inForce')) continue;
      const at = (col: string) => `table2.${row.id}.${col}`;
      const inForce = getCell(report, at('inForce'))?.value;
      const previousInForce = getCell(previous.report, at('inForce'))?.value;
      // Without both stocks there is nothing to compare; a blank flow counts as none.
      if (inForce === null || inForce === undefined || previousInForce === null || previousInForce === undefined) continue;
      const issued = getCell(report, at('issued'))?.value ?? 0;
      const repealed = getCell(report, at('repealed'))?.value ?? 0;
      const expected = previousInForce + issued - repealed;
      if (inForce === expected) continue;
      ctx.emit({
        messageId: 'discontinuous',
        data: {
          row: row.label, rowEn: row.id, year: report.year!, previousYear: previous.report.year!,
          inForce, previousInForce, issued, repealed, expected,
        },
        path: at('inForce'),
        expected,
        actual: inForce,
        related: [inPrevious(previous, at('inForce')), { path: at('issued') }, { path: at('repealed') }],
      });
    }
  },
};
