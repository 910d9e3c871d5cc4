/** Text runs → lines of cells. */
import { median, unionBox, type Box } from '../box.js';
import { asciiDigits, isAlnumCode as alnum } from './geometry.js';
import type { Run } from './runs.js';

/** Text runs of a line that are close enough to be read as one cell. */
export interface Cell {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  box: Box;
  value: boolean;
  /** Read from a ruled table cell: already whole, and on its row. */
  ruled?: boolean;
  /** Its text goes on at the top of the next page (see Run.continued). */
  continued?: { page: number; box: Box };
  /** A scan's: the left and right of the ruled cell its words stand in (see Run.inCell). */
  ruledSpan?: [number, number];
}

export interface Line {
  page: number;
  y: number;
  size: number;
  cells: Cell[];
  x0: number;
  x1: number;
  /** Set once the line's cells were joined into a row or another line. */
  used?: boolean;
}

/** A number, a dash or a slash: what a table prints in a value cell (full-width digits folded first). */
const valueRe = /^(?:[-−–+]?(?:\d+(?:[.,，]\d+)*|\d*\.\d+)%?|[-—–－/／]{1,3})$/;

/** Text runs → lines of cells, top to bottom. */
export function pageLines(runs: Run[], page: number): Line[] {
  // Drop runs printed twice at the same place (bold simulated by overprinting).
  runs.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const kept: Run[] = [];
  for (const r of runs) {
    let dup = false;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 64 && kept[k]!.y >= r.y - 1.5; k--) {
      const o = kept[k]!;
      if (o.s === r.s && Math.abs(o.x0 - r.x0) < Math.max(1.5, r.size * 0.2) && Math.abs(o.y - r.y) < 1.5) {
        dup = true;
        break;
      }
    }
    if (!dup) kept.push(r);
  }
  // Lines: baselines within a quarter of the font size.
  const groups: Run[][] = [];
  let cur: Run[] = [];
  let ref = 0;
  let refSize = 0;
  for (const r of kept) {
    if (cur.length && Math.abs(r.y - ref) <= 0.25 * Math.min(r.size, refSize)) cur.push(r);
    else {
      if (cur.length) groups.push(cur);
      cur = [r];
      ref = r.y;
      refSize = r.size;
    }
  }
  if (cur.length) groups.push(cur);
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x0 - b.x0);
    const cells: Cell[] = [];
    let c: Cell | null = null;
    let last: Run | null = null;
    for (const r of g) {
      const gap = c ? r.x0 - c.x1 : Infinity;
      // The words of two ruled cells are never one cell, however close.
      const ruled = r.cell !== undefined || last?.cell !== undefined || r.inCell !== last?.inCell;
      last = r;
      if (c && !ruled && gap <= 0.7 * Math.min(r.size, c.size)) {
        const a = c.text.charCodeAt(c.text.length - 1);
        const b = r.s.charCodeAt(0);
        c.text += (gap > 0.15 * r.size && alnum(a) && alnum(b) ? ' ' : '') + r.s;
        c.x1 = Math.max(c.x1, r.x1);
        c.box = unionBox(c.box, r.box);
        c.size = Math.max(c.size, r.size);
      } else {
        c = { text: r.s, x0: r.x0, x1: r.x1, y: r.y, size: r.size, box: r.box, value: false, ...(r.cell !== undefined ? { ruled: true } : {}), ...(r.continued ? { continued: r.continued } : {}) };
        if (r.inCell) c.ruledSpan = [r.inCell[0], r.inCell[2]];
        cells.push(c);
      }
    }
    for (const cell of cells) {
      cell.text = cell.text.trim();
      cell.value = valueRe.test(asciiDigits(cell.text.replace(/\s+/g, '')));
    }
    lines.push({
      page,
      y: median(g.map((r) => r.y)),
      size: median(g.map((r) => r.size)),
      cells,
      x0: cells[0]!.x0,
      x1: Math.max(...cells.map((x) => x.x1)),
    });
  }
  // A row whose label and numbers sit on slightly different baselines (fonts of different
  // heights centred in the cells): text on one line, numbers only on the next, side by side.
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    if (b.y - a.y > 0.5 * Math.min(a.size, b.size)) continue;
    const [t, v] = a.cells.every((c) => c.value) ? [b, a] : [a, b];
    if (!v.cells.every((c) => c.value) || t.cells.some((c) => c.value) || t.x1 > v.x0) continue;
    t.cells.push(...v.cells);
    t.x1 = v.x1;
    t.size = Math.max(t.size, v.size);
    lines[k - 1] = t;
    lines.splice(k, 1);
    k--;
  }
  return lines;
}

export const lineText = (l: Line) => l.cells.map((c) => c.text).join(' ');

export const isData = (l: Line) => l.cells.some((c) => c.value);
export const firstValueX0 = (l: Line) => {
  for (const c of l.cells) if (c.value) return c.x0;
  return Infinity;
};
