import { formatIds, formats, type FormatId } from '../../model/formats/index.js';
import { cellEntries } from '../../model/cells.js';
import type { Position } from '../../model/diagnostic.js';
import type { Report } from '../../model/report.js';
import type { Rule } from '../types.js';

/** The notice that set each format. */
export const formatNotices: Readonly<Record<FormatId, string>> = {
  '2019': '国办公开办函〔2019〕60号',
  '2021': '国办公开办函〔2021〕30号',
};

/** The format a report for `year` must follow: the newest one issued for that year or earlier. */
export function requiredFormat(year: number): FormatId | null {
  let out: FormatId | null = null;
  for (const f of formatIds) if (Number(f) <= year && (out === null || Number(f) > Number(out))) out = f;
  return out;
}

/** The first printed cell of a table, in printed order. */
function firstCell(report: Report, table: string): Position | null {
  for (const [path, cell] of cellEntries(report)) if (cell && path.startsWith(`${table}.`)) return cell.position;
  return null;
}

/**
 * A report for a year from which a newer format is required, printed in an older one
 * (seed 002: a 2023 report in the 2019 format). 表二 decides; where it is absent, 表三.
 * The mix of a 2021 表二 with a single （六）其他处理 row in 表三 is `format-mixed`, not this.
 */
export const formatOutdated: Rule = {
  meta: {
    id: 'format-outdated',
    category: 'format',
    severity: 'error',
    docs: {
      zh: '2021 年度起的年报须用国办公开办函〔2021〕30号规定的格式，不能再用 2019 年格式',
      en: 'Reports for 2021 and later must use the 2021 format (国办公开办函〔2021〕30号), not the 2019 one',
    },
    messages: {
      outdated: {
        zh: '{year} 年度报告的{table}按 {format} 年格式（{formatNotice}）印制，但 {required} 年度起应使用 {required} 年格式（{requiredNotice}）',
        en: 'the {year} report prints {tableEn} in the {format} format ({formatNotice}), but reports from {required} on use the {required} format ({requiredNotice})',
      },
    },
  },
  check(report, ctx) {
    if (report.year === null) return;
    const table = report.table2 ? 'table2' : report.table3 ? 'table3' : null;
    if (!table) return;
    const printed = report.tableFormats[table];
    const required = requiredFormat(report.year);
    if (!printed || !required || Number(printed) >= Number(required)) return;
    const position = table === 'table2' ? (report.blockHeadings[0]?.position ?? firstCell(report, table)) : firstCell(report, table);
    const [tableZh, tableEn] = table === 'table2' ? ['表二', 'table 2'] : ['表三', 'table 3'];
    // Where 表三 is printed in the same old format, point at it too.
    const related = table === 'table2' && report.tableFormats.table3 === printed ? [{ path: distinctRow(printed) }] : [];
    ctx.emit({
      messageId: 'outdated',
      data: {
        year: report.year, table: tableZh, tableEn, format: printed, required,
        formatNotice: formatNotices[printed], requiredNotice: formatNotices[required],
      },
      path: table,
      position,
      expected: required,
      actual: printed,
      related,
    });
  },
};

/** The first 表三 row the given format prints and the other formats do not (2019: （六）其他处理 as one row). */
export function distinctRow(format: FormatId): string {
  const others = new Set(formatIds.filter((f) => f !== format).flatMap((f) => formats[f].table3.rows.map((r) => r.id)));
  const row = formats[format].table3.rows.find((r) => !others.has(r.id));
  return `table3.${row?.id ?? formats[format].table3.rows[0]!.id}`;
}
