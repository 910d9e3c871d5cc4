import { formats, type RowDef, type TableDef } from './formats/index.js';
import type { Cell, Report } from './report.js';

const indexes = new WeakMap<Report, Map<string, Cell>>();

/** Row ids split at their dots, once each. */
const idParts = new Map<string, string[]>();

/**
 * Every cell of a report by its path, found once and kept while the report lives. The paths
 * come from the format data (made once per row), not from walking the model: the rows and
 * columns of the report's formats are looked up in its tables.
 */
function cellIndex(report: Report): Map<string, Cell> {
  let idx = indexes.get(report);
  if (!idx) {
    idx = new Map();
    for (const t of tableDefs(report)) {
      const table = report[t.table] as Record<string, unknown> | null;
      if (!table) continue;
      for (const row of t.rows) {
        const o = rowOf(table, row);
        if (!o) continue;
        const paths = columnPaths(t.table, row);
        for (let c = 0; c < row.columns.length; c++) {
          const cell = asCell(o[row.columns[c]!.id]);
          if (cell) idx.set(paths[c]!, cell);
        }
      }
    }
    indexes.set(report, idx);
  }
  return idx;
}

/**
 * The cell of one row and column of a table definition the report follows, or undefined where not
 * printed: what getCell gives for its path, found in the table itself (no index of every cell made).
 */
export function cellAt(report: Report, t: TableDef, row: RowDef, column: number): Cell | undefined {
  return asCell(rowOf(report[t.table], row)?.[row.columns[column]!.id]);
}

/** A row's object in a printed table (its cells by column id), found by the row's dotted id; undefined where not printed. */
export function rowOf(table: unknown, row: RowDef): Record<string, unknown> | undefined {
  let parts = idParts.get(row.id);
  if (!parts) idParts.set(row.id, (parts = row.id.split('.')));
  let o: unknown = table;
  for (const p of parts) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined;
  return o && typeof o === 'object' ? (o as Record<string, unknown>) : undefined;
}

/** What a row holds under a column id, where it is a printed cell. */
export function asCell(x: unknown): Cell | undefined {
  return x && typeof x === 'object' && 'kind' in x && 'position' in x ? (x as Cell) : undefined;
}

/** Every printed cell of the report by its dotted path (see getCell), for callers that look up many. */
export function cellsByPath(report: Report): ReadonlyMap<string, Cell> {
  return cellIndex(report);
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
