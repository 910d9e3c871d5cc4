/**
 * A report's values carried from the 2019 format to the 2021 format by the mapping data
 * (formats/mapping-2019-2021.ts): what maps is moved, what does not is left blank and listed.
 */
import { formats, mapping2019To2021, type FormatMapping, type TableDef } from './formats/index.js';
import { allCellIds, type CellValues } from './values.js';

export interface Conversion {
  /** The values in the 2021 format's cell ids. */
  values: CellValues;
  /** Cells carried over: 2019 id → 2021 id (the same id where both formats have it). */
  moved: Array<{ from: string; to: string }>;
  /** 2021 cells no 2019 cell maps to: left blank. */
  blank: string[];
  /** 2019 cells that hold a number but have no place in 2021. */
  dropped: string[];
}

/** Where each 2019 cell id of `table` goes in 2021, from the mapping data. */
export function cellMoves(table: TableDef['table'], mapping: FormatMapping = mapping2019To2021): Map<string, string> {
  const out = new Map<string, string>();
  const target = new Set(allCellIds().filter((c) => c.table === table && c.formats.includes(mapping.to)).map((c) => c.id));
  for (const c of allCellIds()) {
    if (c.table === table && c.formats.includes(mapping.from) && target.has(c.id)) out.set(c.id, c.id);
  }
  const source = formats[mapping.from][table];
  for (const r of mapping.rows) {
    if (r.table !== table) continue;
    const row = source.rows.find((x) => x.id === r.from)!;
    for (const col of row.columns) out.set(`${table}.${r.from}.${col.id}`, `${table}.${r.to}.${col.id}`);
  }
  for (const m of mapping.cells) if (m.from.startsWith(table + '.')) out.set(m.from, m.to);
  return out;
}

/** Convert one table's values (the cells of `table` in `values`) from 2019 to 2021. */
export function convertTable(table: TableDef['table'], values: CellValues, mapping: FormatMapping = mapping2019To2021): Conversion {
  const moves = cellMoves(table, mapping);
  const out: Conversion = { values: {}, moved: [], blank: [], dropped: [] };
  for (const [from, to] of moves) {
    if (from in values) out.values[to] = values[from]!;
    out.moved.push({ from, to });
  }
  const reached = new Set(moves.values());
  for (const c of allCellIds()) {
    if (c.table !== table) continue;
    if (c.formats.includes(mapping.to) && !reached.has(c.id)) out.blank.push(c.id);
    if (c.formats.includes(mapping.from) && !moves.has(c.id) && typeof values[c.id] === 'number') out.dropped.push(c.id);
  }
  return out;
}
