import { cellsByPath } from './cells.js';
import { formats, table3Relations, table4Relations, type SumRelation } from './formats/index.js';
import type { Cell, Report } from './report.js';

export interface SumOutcome {
  rel: SumRelation;
  lhs: number;
  rhs: number;
  /** Values by path (null where printed blank). */
  values: Map<string, number | null>;
}

/**
 * Evaluate sum relations on a report. A relation with a cell not printed at all is skipped
 * (another rule reports the gap); a blank cell counts as 0 in the sum (another rule reports
 * the blank); a relation whose cells are all blank is skipped.
 */
export function failedSums(report: Report, relations: readonly SumRelation[]): SumOutcome[] {
  const out: SumOutcome[] = [];
  // The report's cells by path, taken once for all the relations (not found again for every cell).
  const cells = cellsByPath(report);
  for (const rel of relations) {
    // Sums first, without copying anything: most relations hold.
    const l = sumOf(cells, rel.lhs);
    if (l === null) continue;
    const r = sumOf(cells, rel.rhs);
    if (r === null || !(l.any || r.any) || Math.abs(l.sum - r.sum) <= 1e-6) continue;
    const values = new Map<string, number | null>();
    for (const p of rel.lhs) values.set(p, cells.get(p)!.value);
    for (const p of rel.rhs) values.set(p, cells.get(p)!.value);
    out.push({ rel, lhs: round(l.sum), rhs: round(r.sum), values });
  }
  return out;
}

/** The sum of the cells at `paths` (blank: 0) and whether any held a value; null where one is not printed. */
function sumOf(cells: ReadonlyMap<string, Cell>, paths: readonly string[]): { sum: number; any: boolean } | null {
  let sum = 0;
  let any = false;
  for (const p of paths) {
    const c = cells.get(p);
    if (!c) return null;
    if (c.value !== null) {
      any = true;
      sum += c.value;
    }
  }
  return { sum, any };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The sum relations of the 表三 and 表四 a report printed, each in its own format. */
export function reportRelations(report: Report, table?: 'table3' | 'table4'): SumRelation[] {
  const rels: SumRelation[] = [];
  const f3 = report.tableFormats.table3;
  const f4 = report.tableFormats.table4;
  if (table !== 'table4' && report.table3 && f3) rels.push(...table3Relations(formats[f3].table3));
  if (table !== 'table3' && report.table4 && f4) rels.push(...table4Relations(formats[f4].table4));
  return rels;
}
