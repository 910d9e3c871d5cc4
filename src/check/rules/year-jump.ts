import { getCell } from '../../model/cells.js';
import { formats, type FormatId, type TableDef } from '../../model/formats/index.js';
import type { Report } from '../../model/report.js';
import { cellLabels } from '../../model/values.js';
import { inPrevious } from '../cross-year.js';
import type { Rule } from '../types.js';

/** A count this many times last year's (or a tenth of it) is a jump… */
export const jumpFactor = 10;
/** …if it also changed by at least this much: 2 → 20 is a small organ's ordinary year. */
export const jumpMinChange = 50;

/**
 * The main counts compared year over year, as (table, row, column): 表三 一、本年新收 总计,
 * every 表四 group's 总计, 表二 行政许可 and 行政处罚 decisions (both formats print `decisions`).
 */
function mainCounts(report: Report): Array<{ table: TableDef; row: string; column: string }> {
  const def = (t: 'table2' | 'table3' | 'table4'): TableDef | undefined => {
    const f: FormatId | null = report.tableFormats[t];
    return report[t] && f ? formats[f][t] : undefined;
  };
  const out: Array<{ table: TableDef; row: string; column: string }> = [];
  const t3 = def('table3');
  if (t3) out.push({ table: t3, row: 'newReceived', column: 'total' });
  const t4 = def('table4');
  if (t4) for (const g of t4.rows) out.push({ table: t4, row: g.id, column: 'total' });
  const t2 = def('table2');
  if (t2) for (const row of ['licensing', 'penalty']) out.push({ table: t2, row, column: 'decisions' });
  return out;
}

/** The official labels of a cell, table to column: `表四 行政诉讼 复议后起诉 总计`. */
function labelOf(table: TableDef, rowId: string, columnId: string): string | undefined {
  const row = table.rows.find((r) => r.id === rowId);
  const col = row?.columns.find((c) => c.id === columnId);
  if (!row || !col) return undefined;
  return cellLabels(table.table, row, col).join(' ');
}

/** Implausible jumps in the main counts year over year: a plausibility check, not a printed relation. */
export const yearJump: Rule = {
  meta: {
    id: 'year-jump',
    category: 'cross-year',
    severity: 'info',
    docs: {
      zh: `主要数量与上年报告相比变化过大（${jumpFactor} 倍以上且相差不少于 ${jumpMinChange}）：新收申请总计、复议和诉讼总计、行政许可和行政处罚决定数`,
      en: `Main counts changed implausibly from last year’s report (${jumpFactor} times or more, by ${jumpMinChange} or more)`,
    },
    messages: {
      rose: {
        zh: '“{label}”由 {previousYear} 年的 {previous} 增至 {year} 年的 {value}，为上年的 {factor} 倍',
        en: '{labelEn} rose from {previous} in {previousYear} to {value} in {year}, {factor} times as many',
      },
      fell: {
        zh: '“{label}”由 {previousYear} 年的 {previous} 降至 {year} 年的 {value}，仅为上年的 1/{factor}',
        en: '{labelEn} fell from {previous} in {previousYear} to {value} in {year}, 1/{factor} as many',
      },
      fromZero: {
        zh: '“{label}”由 {previousYear} 年的 0 增至 {year} 年的 {value}',
        en: '{labelEn} rose from 0 in {previousYear} to {value} in {year}',
      },
      toZero: {
        zh: '“{label}”由 {previousYear} 年的 {previous} 降至 {year} 年的 0',
        en: '{labelEn} fell from {previous} in {previousYear} to 0 in {year}',
      },
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    for (const { table, row, column } of mainCounts(report)) {
      const path = `${table.table}.${row}.${column}`;
      const value = getCell(report, path)?.value;
      const last = getCell(previous.report, path)?.value;
      const label = labelOf(table, row, column);
      if (value === null || value === undefined || last === null || last === undefined || !label) continue;
      const lo = Math.min(value, last);
      const hi = Math.max(value, last);
      if (lo < 0 || hi - lo < jumpMinChange || (lo > 0 && hi / lo < jumpFactor)) continue;
      const messageId = lo === 0 ? (value > last ? 'fromZero' : 'toZero') : value > last ? 'rose' : 'fell';
      ctx.emit({
        messageId,
        data: {
          label, labelEn: path, year: report.year!, previousYear: previous.report.year!, value, previous: last,
          ...(lo > 0 ? { factor: Math.round((hi / lo) * 10) / 10 } : {}),
        },
        path,
        actual: value,
        related: [inPrevious(previous, path)],
      });
    }
  },
};
