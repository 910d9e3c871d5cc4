/**
 * The cell layout aggregation works in, read from the format data: 表三 as the 2021 format
 * prints it, then 表四, and how a 2019 表三's rows that the 2021 format splits map onto it.
 */
import { formats, mapping2019To2021, table3Columns, type FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';

/** A 2019-only 表三 row and the 2021 sub-rows that replace it. */
export interface SplitRow {
  /** The 2019 row id (`otherHandling`). */
  row2019: string;
  /** The 2021 sub-row ids in printed order (`otherHandling.overdueCorrection`, …). */
  subRows: readonly string[];
  /** The sub-row a 2019 row's numbers are added to, by the 2019 → 2021 mapping: （六）3.其他. */
  foldInto: string;
}

const t19 = formats['2019'].table3;
const t21 = formats['2021'].table3;
const ids21 = new Set(t21.rows.map((r) => r.id));

/** Rows the 2019 表三 prints as one and the 2021 表三 splits, from the format data. */
export const splitRows: readonly SplitRow[] = t19.rows
  .filter((r) => !ids21.has(r.id))
  .map((r) => {
    const subRows = t21.rows.filter((s) => s.id.startsWith(`${r.id}.`)).map((s) => s.id);
    // Where the 2019 row goes is the 2019 → 2021 mapping's (（六）其他处理 → （六）3.其他).
    const mapped = mapping2019To2021.rows.find((m) => m.table === 'table3' && m.from === r.id)?.to;
    return { row2019: r.id, subRows, foldInto: mapped ?? subRows[subRows.length - 1]! };
  });

/** Every cell id aggregation sums, in printed order: 表三 in the 2021 layout, then 表四. */
export const aggregateCellIds: readonly string[] = [
  ...t21.rows.flatMap((r) => r.columns.map((c) => `table3.${r.id}.${c.id}`)),
  ...formats['2021'].table4.rows.flatMap((r) => r.columns.map((c) => `table4.${r.id}.${c.id}`)),
];

/** The cell ids of 表三 and 表四 as a report of the given 表三 layout prints them. */
export function layoutCellIds(layout: FormatId): string[] {
  return [
    ...formats[layout].table3.rows.flatMap((r) => r.columns.map((c) => `table3.${r.id}.${c.id}`)),
    ...formats[layout].table4.rows.flatMap((r) => r.columns.map((c) => `table4.${r.id}.${c.id}`)),
  ];
}

/**
 * Which 表三 layout a report's values follow, from the ids present (not from the report's
 * format: real reports pair a 2021 表二 with a 2019 表三): `'2019'` where it printed the
 * single （六）其他处理 row, `'2021'` where it printed the sub-rows, null where neither.
 */
export function table3Layout(values: CellValues): FormatId | null {
  for (const s of splitRows) {
    for (const c of table3Columns) {
      if (values[`table3.${s.row2019}.${c.id}`] !== undefined) return '2019';
      for (const sub of s.subRows) if (values[`table3.${sub}.${c.id}`] !== undefined) return '2021';
    }
  }
  return null;
}

/** A finite number, or null for a blank, an absent cell or anything else. */
export function numberOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
