import { formats, type TableDef } from './formats/index.js';
import type { Cell, Report } from './report.js';

/** The cell at a dotted path (`table3.withheld.stateSecret.naturalPerson`), or undefined where not printed. */
export function getCell(report: Report, path: string): Cell | undefined {
  let o: unknown = report;
  for (const p of path.split('.')) {
    if (o === null || typeof o !== 'object' || !(p in (o as object))) return undefined;
    o = (o as Record<string, unknown>)[p];
  }
  return o && typeof o === 'object' && 'kind' in (o as object) ? (o as Cell) : undefined;
}

/** The table definitions a report's tables follow, by their own formats. */
export function tableDefs(report: Report): TableDef[] {
  const out: TableDef[] = [];
  const f = (x: '2019' | '2021' | null) => x ?? report.format ?? '2021';
  if (report.table2) out.push(formats[f(report.tableFormats.table2)].table2);
  if (report.table3) out.push(formats[f(report.tableFormats.table3)].table3);
  if (report.table4) out.push(formats[f(report.tableFormats.table4)].table4);
  return out;
}

/** Every cell path of the report's formats with its cell (undefined where not printed), in printed order. */
export function cellEntries(report: Report): Array<[string, Cell | undefined]> {
  const out: Array<[string, Cell | undefined]> = [];
  for (const t of tableDefs(report)) {
    for (const r of t.rows) for (const c of r.columns) {
      const path = `${t.table}.${r.id}.${c.id}`;
      out.push([path, getCell(report, path)]);
    }
  }
  return out;
}
