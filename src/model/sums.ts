import { getCell } from './cells.js';
import { formats, table3Relations, table4Relations, type SumRelation } from './formats/index.js';
import type { Report } from './report.js';

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
  for (const rel of relations) {
    let absent = false;
    let anyValue = false;
    // Sums first, without copying anything: most relations hold.
    const sum = (ps: readonly string[]): number => {
      let acc = 0;
      for (const p of ps) {
        const c = getCell(report, p);
        if (!c) {
          absent = true;
          return 0;
        }
        if (c.value !== null) {
          anyValue = true;
          acc += c.value;
        }
      }
      return acc;
    };
    const lhs = sum(rel.lhs);
    const rhs = absent ? 0 : sum(rel.rhs);
    if (absent || !anyValue || Math.abs(lhs - rhs) <= 1e-6) continue;
    const values = new Map<string, number | null>();
    for (const p of rel.lhs) values.set(p, getCell(report, p)!.value);
    for (const p of rel.rhs) values.set(p, getCell(report, p)!.value);
    out.push({ rel, lhs: round(lhs), rhs: round(rhs), values });
  }
  return out;
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
