/**
 * Totals worked out from their parts, by the sums the format defines (table3Relations,
 * table4Relations): where a total is blank and every part holds a number, the total is their
 * sum. A typed total is never changed: where it disagrees, the sum rules of `check` say so.
 */
import { formats, table3Relations, table4Relations, type FormatId } from '../model/formats/index.js';
import type { Report } from '../model/report.js';
import { getCell } from '../model/cells.js';
import type { CellValues } from '../model/values.js';

type Formats = { table3?: FormatId | null; table4?: FormatId | null };

/** The relations whose one left-hand cell is a total of the right-hand parts. */
function totalRelations(f: Formats) {
  return [
    ...(f.table3 ? table3Relations(formats[f.table3].table3) : []),
    ...(f.table4 ? table4Relations(formats[f.table4].table4) : []),
  ].filter((r) => r.lhs.length === 1);
}

/**
 * Fill the blank totals of `values` (in place) from their parts, repeating until nothing more
 * can be filled (a row total of （七）总计 needs the column totals first). Returns the ids filled.
 */
export function fillTotals(values: CellValues, f: Formats): string[] {
  const relations = totalRelations(f);
  const filled: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of relations) {
      const id = r.lhs[0]!;
      if (typeof values[id] === 'number') continue;
      const parts = r.rhs.map((p) => values[p]);
      if (!parts.every((v): v is number => typeof v === 'number')) continue;
      values[id] = parts.reduce((a, b) => a + b, 0);
      filled.push(id);
      changed = true;
    }
  }
  return filled;
}

/**
 * Fill a report's blank total cells from their parts (the cells are changed in place, kept
 * with an empty `raw`: nothing was printed there). Returns the ids filled.
 */
export function fillReportTotals(report: Report): string[] {
  const f = { table3: report.table3 ? report.tableFormats.table3 ?? report.format : null, table4: report.table4 ? report.tableFormats.table4 ?? report.format : null };
  const values: CellValues = {};
  for (const r of totalRelations(f)) {
    for (const id of [...r.lhs, ...r.rhs]) {
      const c = getCell(report, id);
      if (c) values[id] = c.value;
    }
  }
  const filled = fillTotals(values, f);
  const out: string[] = [];
  for (const id of filled) {
    const cell = getCell(report, id);
    if (cell && cell.value === null && (cell.kind === 'blank' || cell.raw.trim() === '')) {
      cell.value = values[id]!;
      cell.kind = 'number';
      out.push(id);
    }
  }
  return out;
}
