import { formats, type RowDef, type TableDef } from './formats/index.js';
import type { Cell, Report } from './report.js';

const indexes = new WeakMap<Report, Map<string, Cell>>();

/** Every cell of a report by its path, walked once and kept while the report lives. */
function cellIndex(report: Report): Map<string, Cell> {
  let idx = indexes.get(report);
  if (!idx) {
    idx = new Map();
    const walk = (o: unknown, prefix: string) => {
      if (!o || typeof o !== 'object') return;
      if ('kind' in (o as object) && 'position' in (o as object)) {
        idx!.set(prefix, o as Cell);
        return;
      }
      for (const [k, v] of Object.entries(o as Record<string, unknown>)) walk(v, `${prefix}.${k}`);
    };
    walk(report.table2, 'table2');
    walk(report.table3, 'table3');
    walk(report.table4, 'table4');
    indexes.set(report, idx);
  }
  return idx;
}

/** The cell at a dotted path (`table3.withheld.stateSecret.naturalPerson`), or undefined where not printed. */
export function getCell(report: Report, path: string): Cell | undefined {
  return cellIndex(report).get(path);
}

const pathsOfRow = new WeakMap<RowDef, readonly string[]>();

/**
 * The cell paths of a row's columns (`table3.granted.naturalPerson`, …), made once: a path built
 * anew for every lookup costs more than the lookup.
 */
export function columnPaths(table: TableDef['table'], row: RowDef): readonly string[] {
  let paths = pathsOfRow.get(row);
  if (!paths) pathsOfRow.set(row, (paths = row.columns.map((c) => `${table}.${row.id}.${c.id}`)));
  return paths;
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

const pathsOf = new WeakMap<TableDef, string[]>();

const entriesOf = new WeakMap<Report, ReadonlyArray<[string, Cell | undefined]>>();

/**
 * Every cell path of the report's formats with its cell (undefined where not printed), in
 * printed order; worked out once per report, as the cell index is (several rules walk it).
 */
export function cellEntries(report: Report): ReadonlyArray<[string, Cell | undefined]> {
  let known = entriesOf.get(report);
  if (!known) entriesOf.set(report, (known = entries(report)));
  return known;
}

function entries(report: Report): Array<[string, Cell | undefined]> {
  const out: Array<[string, Cell | undefined]> = [];
  for (const t of tableDefs(report)) {
    let paths = pathsOf.get(t);
    if (!paths) pathsOf.set(t, (paths = t.rows.flatMap((r) => r.columns.map((c) => `${t.table}.${r.id}.${c.id}`))));
    for (const path of paths) out.push([path, getCell(report, path)]);
  }
  return out;
}
