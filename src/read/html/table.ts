/** Tables: their rows, layout tables, and the grid of a data table with its spans resolved. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { Origin } from '../../model/diagnostic.js';
import type { Output, RowField } from '../output.js';
import { attr, childIndex, hidden, isElement } from './elements.js';
import type { Sink } from './walk.js';

/** Most grid positions the spans of one table may cover. */
const maxGridCells = 4_000_000;

export interface GridCell {
  text: string;
  origin: Origin;
}

/** A grid position: a cell, the cover of a cell spanning into it, or nothing. */
export type Grid = Array<Array<GridCell | { cover: GridCell } | undefined>>;

/** The rows of a table in document order (row groups opened), with their path parts, and its captions. */
export function rowsOf(table: T.Element): { rows: Array<{ tr: T.Element; parts: string[] }>; captions: Array<{ el: T.Element; part: string }> } {
  const rows: Array<{ tr: T.Element; parts: string[] }> = [];
  const captions: Array<{ el: T.Element; part: string }> = [];
  const partOf = childIndex(table.childNodes);
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    const part = partOf(c);
    if (hidden(c)) continue;
    if (c.nodeName === 'caption') captions.push({ el: c, part });
    else if (c.nodeName === 'tr') rows.push({ tr: c, parts: [part] });
    else if (c.nodeName === 'tbody' || c.nodeName === 'thead' || c.nodeName === 'tfoot') {
      const rowPart = childIndex(c.childNodes);
      for (const r of c.childNodes) {
        if (!isElement(r)) continue;
        const rp = rowPart(r);
        if (r.nodeName === 'tr' && !hidden(r)) rows.push({ tr: r, parts: [part, rp] });
      }
    }
  }
  return { rows, captions };
}

/**
 * A table used for page layout, not data: one whose cells hold other tables, or that has a
 * single column. Its cells are read as blocks, so the tables inside stay tables.
 */
export function isLayout(rows: Array<{ tr: T.Element }>): boolean {
  let wide = false;
  for (const { tr } of rows) {
    let cells = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.nodeName !== 'td' && td.nodeName !== 'th')) continue;
      cells++;
      if (Number(attr(td, 'colspan') ?? 1) > 1) wide = true;
      if (holdsTable(td)) return true;
    }
    if (cells > 1) wide = true;
  }
  return !wide;
}

function holdsTable(el: T.Element): boolean {
  const stack: T.ChildNode[] = [...el.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.nodeName === 'table') return true;
    for (const c of n.childNodes) stack.push(c);
  }
  return false;
}

/** Builds the grid of a data table; `readCell` reads the content of one cell (given its path). */
export function gridOf(rows: Array<{ tr: T.Element; parts: string[] }>, readCell: (td: T.Element, path: string) => GridCell): Grid {
  // The grid: every row's cells placed left to right past the cells that rows above span into.
  const n = rows.length;
  let budget = maxGridCells;
  const grid: Grid = rows.map(() => []);
  rows.forEach(({ tr, parts }, r) => {
    const row = grid[r]!;
    let col = 0;
    const index = childIndex(tr.childNodes);
    for (const td of tr.childNodes) {
      if (!isElement(td)) continue;
      const tdPart = index(td);
      if ((td.nodeName !== 'td' && td.nodeName !== 'th') || hidden(td)) continue;
      while (row[col] !== undefined) col++;
      const cell = readCell(td, [...parts, tdPart].join('>'));
      let cs = Math.min(Math.max(1, Math.floor(Number(attr(td, 'colspan') ?? 1)) || 1), 1000);
      const rsRaw = Math.floor(Number(attr(td, 'rowspan') ?? 1));
      let rs = rsRaw === 0 ? n - r : Math.min(Math.max(1, rsRaw || 1), n - r);
      // Spans that would blow the grid up (a crafted page) are not followed.
      budget -= cs * rs;
      if (budget < 0) cs = rs = 1;
      for (let i = 0; i < rs; i++) {
        const g = grid[r + i]!;
        for (let j = 0; j < cs; j++) if (i || j) g[col + j] = { cover: cell };
      }
      row[col] = cell;
      col += cs;
    }
  });
  return grid;
}

/** Writes the grid: a line per row with its cells separated by TAB (to the sink, inside a table cell). */
export function writeGrid(grid: Grid, sink: Sink, out: Output | null): void {
  if (!out) {
    // A table inside a table cell (only under layout tables, which are not read as grids).
    for (const row of grid) for (const c of row) if (c && 'text' in c && c.text) sink.line(c.text, () => c.origin);
    return;
  }
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  // Rows are padded to the table's width, unless one crafted row would make that huge.
  const padded = width * grid.length <= maxGridCells;
  out.beginTable();
  for (const row of grid) {
    if (!row.some((c) => c && 'text' in c && c.text)) continue;
    const n = padded ? width : row.length;
    const fields: RowField[] = [];
    for (let c = 0; c < n; c++) {
      const cell = row[c];
      if (!cell) fields.push({ text: '' });
      else if ('text' in cell) fields.push({ text: cell.text, origin: cell.origin });
      else fields.push({ text: '', origin: cell.cover.origin });
    }
    out.row(fields);
  }
  out.endTable();
}
