/**
 * A table as the renderers draw it: the official layout of export/layout.ts (rows, labels,
 * header words and merged cells, all from model/formats) without its caption rows, with each
 * cell told as the top left of a merged range, covered by one, or on its own.
 */
import { tableLayout, type LayoutValue, type TableId } from '../export/layout.js';
import type { FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';

export interface GridCell {
  value: LayoutValue;
  /** Rows and columns the cell spans (1 where not merged). */
  rowSpan: number;
  colSpan: number;
  /** Inside a merged range but not its top left: drawn by the range's first cell. */
  covered: boolean;
  /** A header cell (labels), not a value. */
  header: boolean;
  /** Where the value is a cell of the report: its id. */
  id?: string;
}

export interface TableGrid {
  table: TableId;
  format: FormatId;
  width: number;
  /** Suggested column widths, in characters. */
  widths: number[];
  rows: GridCell[][];
}

/** One table in its official layout, filled from `values`, laid out in `format`. */
export function tableGrid(table: TableId, values: CellValues, format: FormatId): TableGrid {
  const layout = tableLayout(table, values, '', format);
  const top = layout.tableTop;
  const ids = new Map<string, string>();
  for (const [id, at] of Object.entries(layout.cells)) ids.set(`${at.row},${at.col}`, id);
  const rows: GridCell[][] = layout.rows.slice(top - 1).map((vals, i) =>
    vals.map((value, j) => {
      const id = ids.get(`${i + top},${j + 1}`);
      return { value, rowSpan: 1, colSpan: 1, covered: false, header: id === undefined, ...(id ? { id } : {}) };
    }));
  for (const [t, l, b, r] of layout.merges) {
    if (t < top) continue;
    for (let y = t; y <= b; y++) for (let x = l; x <= r; x++) rows[y - top]![x - 1]!.covered = y !== t || x !== l;
    const first = rows[t - top]![l - 1]!;
    first.rowSpan = b - t + 1;
    first.colSpan = r - l + 1;
  }
  return { table, format, width: layout.width, widths: layout.widths, rows };
}

/** A value as the report prints it: a number in full, a blank cell as nothing. */
export function printed(value: LayoutValue): string {
  return value === null ? '' : String(value);
}

/**
 * How many rows at the top repeat on each page a table runs onto: the header rows of 表三 and
 * 表四. 表二 has none: each of its blocks prints its own header row.
 */
export function repeatedRows(grid: TableGrid): number {
  if (grid.table === 'table2') return 0;
  let n = 0;
  while (n < grid.rows.length && grid.rows[n]!.every((c) => c.header)) n++;
  return n;
}
