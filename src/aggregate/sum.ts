/**
 * Sum 表三 and 表四 over any set of reports (a region, a year, a list of organs), in the 2021
 * layout, keeping count of the reports that printed no number in a cell.
 */
import { table3Columns, type FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import { aggregateCellIds, splitRows } from './layout.js';

/** One report's values, or values already summed over several reports (by SQL). */
export interface SumItem {
  values: CellValues;
  /** The report's format (`report.format`); counted in `Aggregate.formats` only. */
  format?: FormatId | null;
  /** How many reports `values` stands for, where already summed. Default 1. */
  reports?: number;
  /**
   * With `reports` > 1: per cell id, how many of those reports printed no number there
   * (`count(*) - count(value)`). A cell with a number in `values` and no entry here had a
   * number in every report; a cell without a number in `values` had none in any.
   */
  noNumber?: Readonly<Record<string, number>>;
}

/** The 2019 single-row numbers that were added to a 2021 sub-row. */
export interface Folded {
  /** The 2019 row (`table3.otherHandling`). */
  from: string;
  /** The 2021 sub-row it was added to (`table3.otherHandling.other`, （六）3.其他). */
  into: string;
  /**
   * Reports whose 2019 row printed at least one number. For values already summed (SQL) this
   * is the largest count over the row's columns, exact where each such report printed its 总计.
   */
  reports: number;
  /** Per cell id of `into`: how many reports' numbers were added there. */
  cells: Record<string, number>;
}

/** 表三 and 表四 summed over a set of reports, in the 2021 layout. */
export interface Aggregate {
  /** Reports summed. */
  reports: number;
  /** Reports by the format given with them (`unknown` where none was given). */
  formats: Record<FormatId | 'unknown', number>;
  /** Per cell id: the sum of the printed numbers, or null where no report printed one. */
  values: CellValues;
  /** Per cell id: how many reports printed no number there (blank, dash, text, or absent). */
  noNumber: Record<string, number>;
  /** Where 2019-layout 表三 rows were added to the 2021 layout. */
  folded: Folded[];
}

const n = aggregateCellIds.length;
const indexOf = new Map(aggregateCellIds.map((id, i) => [id, i]));

/** For each 2019-only cell id, the index of the 2021 cell its number is added to. */
const foldPairs: Array<{ from: string; into: number; split: number }> = splitRows.flatMap((s, split) =>
  table3Columns.map((c) => ({ from: `table3.${s.row2019}.${c.id}`, into: indexOf.get(`table3.${s.foldInto}.${c.id}`)!, split })),
);

/**
 * Sum 表三 and 表四 over `items`: per cell id of the 2021 layout, the sum of the printed numbers
 * and how many reports printed no number there. A 2019 表三's single （六）其他处理 row is added
 * to （六）3.其他 (`table3.otherHandling.other.<column>`), and `folded` says for how many reports.
 * Blanks are not zeros: a cell no report printed a number in is null.
 */
export function sumReports(items: readonly SumItem[]): Aggregate {
  const sums = new Float64Array(n);
  const has = new Float64Array(n);
  const foldedHas = new Float64Array(foldPairs.length);
  const foldedReports = new Float64Array(splitRows.length);
  const itemFolded = new Float64Array(splitRows.length);
  const formats: Aggregate['formats'] = { '2019': 0, '2021': 0, unknown: 0 };
  let reports = 0;
  for (const item of items) {
    const values = item.values;
    const count = item.reports ?? 1;
    const missing = item.noNumber;
    reports += count;
    formats[item.format ?? 'unknown'] += count;
    // One lookup per cell id: the values objects of real reports (~200 keys) are hash
    // tables in V8, where walking their own keys (for…in) costs more than looking ids up.
    for (let i = 0; i < n; i++) {
      const id = aggregateCellIds[i]!;
      const v = values[id];
      if (typeof v === 'number' && Number.isFinite(v)) {
        sums[i] = sums[i]! + v;
        has[i] = has[i]! + (missing ? count - (missing[id] ?? 0) : count);
      }
    }
    itemFolded.fill(0);
    // A report prints one layout or the other, so the reports with a number in a 2021
    // sub-row cell and those with one in the 2019 row are disjoint and their counts add up.
    for (let k = 0; k < foldPairs.length; k++) {
      const p = foldPairs[k]!;
      const v = values[p.from];
      if (typeof v === 'number' && Number.isFinite(v)) {
        const c = missing ? count - (missing[p.from] ?? 0) : count;
        sums[p.into] = sums[p.into]! + v;
        has[p.into] = has[p.into]! + c;
        foldedHas[k] = foldedHas[k]! + c;
        itemFolded[p.split] = Math.max(itemFolded[p.split]!, c);
      }
    }
    for (let s = 0; s < splitRows.length; s++) foldedReports[s] = foldedReports[s]! + itemFolded[s]!;
  }
  const out: Aggregate = { reports, formats, values: {}, noNumber: {}, folded: [] };
  for (let i = 0; i < n; i++) {
    const id = aggregateCellIds[i]!;
    out.values[id] = has[i]! > 0 ? sums[i]! : null;
    out.noNumber[id] = reports - has[i]!;
  }
  splitRows.forEach((s, split) => {
    const cells: Record<string, number> = {};
    foldPairs.forEach((p, k) => {
      if (p.split === split) cells[aggregateCellIds[p.into]!] = foldedHas[k]!;
    });
    out.folded.push({ from: `table3.${s.row2019}`, into: `table3.${s.foldInto}`, reports: foldedReports[split]!, cells });
  });
  return out;
}
