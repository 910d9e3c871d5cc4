import { getCell } from '../model/cells.js';
import type { SumRelation } from '../model/formats/index.js';
import type { Report } from '../model/report.js';

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
    const values = new Map<string, number | null>();
    let absent = false;
    let anyValue = false;
    for (const p of [...rel.lhs, ...rel.rhs]) {
      const c = getCell(report, p);
      if (!c) {
        absent = true;
        break;
      }
      values.set(p, c.value);
      if (c.value !== null) anyValue = true;
    }
    if (absent || !anyValue) continue;
    const sum = (ps: readonly string[]) => ps.reduce((a, p) => a + (values.get(p) ?? 0), 0);
    const lhs = sum(rel.lhs);
    const rhs = sum(rel.rhs);
    if (Math.abs(lhs - rhs) > 1e-6) out.push({ rel, lhs: round(lhs), rhs: round(rhs), values });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
