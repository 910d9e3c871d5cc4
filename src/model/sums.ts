import { asCell, cellsByPath, rowOf } from './cells.js';
import { formats, table3Relations, table4Relations, type SumRelation, type TableDef } from './formats/index.js';
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

/**
 * 表三's or 表四's relations as indices into the table's cells (row after row, column after
 * column; -1: a cell the table lacks), and where each row's cells start; once per table definition.
 */
export interface IndexedRelations {
  /** Where each row's cells start among the table's cells; the last entry is their count. */
  rowBase: Int32Array;
  rels: Array<{ lhs: Int32Array; rhs: Int32Array }>;
}

const indexed = new WeakMap<TableDef, IndexedRelations>();

export function indexedRelations(table: TableDef): IndexedRelations {
  let x = indexed.get(table);
  if (x) return x;
  const relations = table.table === 'table3' ? table3Relations(table) : table4Relations(table);
  const at = new Map<string, number>();
  const rowBase = new Int32Array(table.rows.length + 1);
  table.rows.forEach((row, r) => {
    rowBase[r] = at.size;
    for (const c of row.columns) at.set(`${table.table}.${row.id}.${c.id}`, at.size);
  });
  rowBase[table.rows.length] = at.size;
  const ix = (ps: readonly string[]) => Int32Array.from(ps, (p) => at.get(p) ?? -1);
  x = { rowBase, rels: relations.map((r) => ({ lhs: ix(r.lhs), rhs: ix(r.rhs) })) };
  indexed.set(table, x);
  return x;
}

/** The sums of one table of a report, judged as failedSums judges them, with its cells by index. */
export interface TableSums {
  /** The table's definition (its own format's). */
  def: TableDef;
  /** reportRelations(report, table). */
  relations: readonly SumRelation[];
  /** Indices of the relations that fail (as failedSums finds them), in order. */
  failing: number[];
  /** The cell a relation names (its `side`, `q`-th path), as getCell finds it. */
  cellOf(rel: number, side: 'lhs' | 'rhs', q: number): Cell | undefined;
  /** The cell of row `r` of `def`, column `c`, as getCell finds it. */
  rowCell(r: number, c: number): Cell | undefined;
}

/**
 * The sums of 表三 or 表四 (null where the report has no such table or no format for it), without
 * indexing every cell of the report by its path: its cells are looked up once, by index.
 */
export function tableSums(report: Report, table: 'table3' | 'table4'): TableSums | null {
  const f = report.tableFormats[table];
  const printed = report[table] as Record<string, unknown> | null;
  if (!printed || !f) return null;
  const def = formats[f][table];
  const relations = table === 'table3' ? table3Relations(def) : table4Relations(def);
  const { rowBase, rels } = indexedRelations(def);
  // The cells in the order of the indices (undefined: not printed), found as cellsByPath finds them.
  const cells: Array<Cell | undefined> = [];
  for (const row of def.rows) {
    const o = rowOf(printed, row);
    for (const c of row.columns) cells.push(asCell(o?.[c.id]));
  }
  // As sumOf: the sum (blank: 0), whether any cell held a value; null where a cell is not printed.
  let any = false;
  const sum = (ps: Int32Array): number | null => {
    let s = 0;
    for (const p of ps) {
      const c = p >= 0 ? cells[p] : undefined;
      if (!c) return null;
      if (c.value !== null) {
        any = true;
        s += c.value;
      }
    }
    return s;
  };
  const failing: number[] = [];
  rels.forEach((rel, i) => {
    any = false;
    const l = sum(rel.lhs);
    if (l === null) return;
    const r = sum(rel.rhs);
    if (r === null || !any || Math.abs(l - r) <= 1e-6) return;
    failing.push(i);
  });
  return {
    def, relations, failing,
    cellOf: (rel, side, q) => {
      const p = rels[rel]![side][q]!;
      return p >= 0 ? cells[p] : undefined;
    },
    rowCell: (r, c) => cells[rowBase[r]! + c],
  };
}
