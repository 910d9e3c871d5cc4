/** Tables: row labels, wrapped over lines, joined to their rows. */
import { median } from '../box.js';
import { isData, type Cell, type Line } from './lines.js';
import { overlap } from './columns.js';
import type { Region } from './regions.js';
import { startsItem } from '../../text/item-number.js';

/** A piece of a row label, with the line it was printed on. */
export interface LabelPiece {
  cell: Cell;
  line: number;
  /** Printed on a data line (the row's own label) rather than on a line of its own. */
  own?: boolean;
}

/** A label cell of a region: text left of the value columns, touching none of them. */
export function isLabelCell(r: Region, c: Cell): boolean {
  const zone = r.cols.length ? r.cols[0]![0] : Infinity;
  return !c.value && c.x1 <= zone + 0.5 * c.size && r.cols.every((col) => overlap(col, [c.x0, c.x1]) <= 0.5);
}

/** The label cells of a region: on its data lines, and on its label-only lines. */
function labelPieces(lines: Line[], r: Region): { pieces: LabelPiece[]; labelOnly: Set<number> } {
  const pieces: LabelPiece[] = [];
  const labelOnly = new Set<number>();
  for (let i = r.from; i <= r.to; i++) {
    const l = lines[i]!;
    const data = isData(l);
    if (!data && !l.cells.every((c) => isLabelCell(r, c))) continue;
    // A ruled cell is whole and stands on its own row (a row printed with every value blank).
    if (!data && l.cells.every((c) => c.ruled)) continue;
    if (!data) labelOnly.add(i);
    for (const c of l.cells) if (isLabelCell(r, c)) pieces.push({ cell: c, line: i, own: data });
  }
  return { pieces, labelOnly };
}

/** For every label piece, the nearest piece above it in the same column (overlapping it across). */
function above(lines: Line[], pieces: LabelPiece[]): Array<number> {
  const order = pieces.map((_, k) => k).sort((a, b) => pieces[a]!.line - pieces[b]!.line);
  const up = new Array<number>(pieces.length).fill(-1);
  for (let x = 0; x < order.length; x++) {
    const b = pieces[order[x]!]!;
    const lb = lines[b.line]!;
    for (let y = x - 1; y >= 0 && y >= x - 200; y--) {
      const a = pieces[order[y]!]!;
      const la = lines[a.line]!;
      if (la.page !== lb.page || a.line === b.line) {
        if (la.page !== lb.page) break;
        continue;
      }
      if (Math.min(a.cell.x1, b.cell.x1) - Math.max(a.cell.x0, b.cell.x0) > 0 || Math.abs(a.cell.x0 - b.cell.x0) < 0.5 * b.cell.size) {
        up[order[x]!] = order[y]!;
        break;
      }
    }
  }
  return up;
}

/**
 * The line pitch inside a table cell: the smallest distance between two label lines of one
 * column, over all tables of the document (a table without wrapped labels has rows only).
 */
export function labelPitch(lines: Line[], regions: Region[]): number {
  let pitch = Infinity;
  for (const r of regions) {
    const { pieces } = labelPieces(lines, r);
    const up = above(lines, pieces);
    pieces.forEach((b, k) => {
      if (up[k]! < 0) return;
      const dy = lines[b.line]!.y - lines[pieces[up[k]!]!.line]!.y;
      if (dy >= 0.9 * b.cell.size && dy < pitch) pitch = dy;
    });
  }
  return pitch;
}

/**
 * Join the label lines of a table to its rows. A label-only line (text left of the values,
 * nothing in the value columns) belongs to the row its cell belongs to: the lines of one
 * cell follow each other at the line pitch (closer than rows do), and the row is the data
 * line printed within that stretch (numbers are centred or top-aligned in the cell), else
 * the nearest one if it is closer than a line. A label with no row near it (a row printed
 * with every value blank) stays a line of its own, as does a line that starts with an item
 * number (`startsItem`).
 */
export function attachLabels(lines: Line[], r: Region, docPitch: number): Map<number, LabelPiece[]> {
  const { pieces, labelOnly } = labelPieces(lines, r);
  const out = new Map<number, LabelPiece[]>();
  for (const i of r.data) out.set(i, []);
  for (const p of pieces) if (p.own) out.get(p.line)!.push(p);
  if (labelOnly.size === 0) return out;
  const up = above(lines, pieces);
  // Chains: label lines of one cell (union of each piece with the one above it, a line apart).
  const root = pieces.map((_, k) => k);
  const find = (k: number): number => (root[k] === k ? k : (root[k] = find(root[k]!)));
  pieces.forEach((b, k) => {
    const a = up[k]!;
    if (a < 0) return;
    const size = b.cell.size;
    const pitch = Number.isFinite(docPitch) ? docPitch : 1.5 * size;
    const dy = lines[b.line]!.y - lines[pieces[a]!.line]!.y;
    // A line that starts with an item number starts a label: in a table without ruling whose rows
    // sit as close as a cell's lines, a row printing every value blank would otherwise join the
    // label above it (`7.属于行政执法案卷` and `8.属于行政查询事项` read as one row).
    if (dy <= 1.25 * pitch && !startsItem(b.cell.text)) root[find(k)] = find(a);
  });
  const chains = new Map<number, LabelPiece[]>();
  pieces.forEach((p, k) => {
    const c = find(k);
    if (!chains.has(c)) chains.set(c, []);
    chains.get(c)!.push(p);
  });
  const nearest = (p: LabelPiece, among: number[], limit: number): number => {
    const l = lines[p.line]!;
    let best = -1;
    let dist = Infinity;
    for (const i of among) {
      const d = lines[i]!;
      if (d.page !== l.page) continue;
      const dy = Math.abs(d.y - l.y);
      if (dy < dist) {
        dist = dy;
        best = i;
      }
    }
    return dist <= limit ? best : -1;
  };
  const taken = new Map<number, Set<Cell>>();
  // Data lines whose own label starts an item number.
  const itemRows = new Set(pieces.filter((q) => q.own && startsItem(q.cell.text)).map((q) => q.line));
  for (const ch of chains.values()) {
    const free = ch.filter((p) => !p.own);
    if (free.length === 0) continue;
    const page = lines[ch[0]!.line]!.page;
    const size = median(ch.map((p) => p.cell.size));
    const pitch = Number.isFinite(docPitch) ? docPitch : 1.5 * size;
    const ys = ch.map((p) => lines[p.line]!.y);
    const top = Math.min(...ys) - 0.6 * size;
    const bottom = Math.max(...ys) + 0.6 * size;
    const inside = r.data.filter((i) => lines[i]!.page === page && lines[i]!.y >= top && lines[i]!.y <= bottom);
    // No row printed within the cell's lines: the row nearest to any of them, if a line away at most.
    let whole = -1;
    if (inside.length === 0) {
      let dist = Infinity;
      for (const p of ch) {
        const t = nearest(p, r.data, 1.05 * pitch);
        if (t >= 0 && Math.abs(lines[t]!.y - lines[p.line]!.y) < dist) {
          dist = Math.abs(lines[t]!.y - lines[p.line]!.y);
          whole = t;
        }
      }
    }
    // A label of its own (it starts an item number) does not join a row that prints its own
    // (a row of blank values beside one of values, as close as a cell's lines in a scan).
    if (whole >= 0 && startsItem(ch[0]!.cell.text) && itemRows.has(whole)) whole = -1;
    for (const p of free) {
      const target = inside.length === 1 ? inside[0]! : inside.length > 1 ? nearest(p, inside, Infinity) : whole;
      if (target < 0) continue;
      out.get(target)!.push(p);
      if (!taken.has(p.line)) taken.set(p.line, new Set());
      taken.get(p.line)!.add(p.cell);
    }
  }
  // A label-only line is used up when every cell of it went to a row; else it keeps the rest.
  for (const [i, cells] of taken) {
    const l = lines[i]!;
    if (cells.size === l.cells.length) l.used = true;
    else l.cells = l.cells.filter((c) => !cells.has(c));
  }
  return out;
}

/** Join label pieces: pieces of one column (overlapping across) top to bottom, columns left to right. */
export function joinLabel(lines: Line[], pieces: LabelPiece[]): string {
  if (pieces.length === 0) return '';
  const sorted = [...pieces].sort((a, b) => a.cell.x0 - b.cell.x0);
  const cols: Array<{ x0: number; x1: number; list: LabelPiece[] }> = [];
  for (const p of sorted) {
    const c = cols.find((col) => Math.min(col.x1, p.cell.x1) - Math.max(col.x0, p.cell.x0) > 0);
    if (c) {
      c.list.push(p);
      c.x0 = Math.min(c.x0, p.cell.x0);
      c.x1 = Math.max(c.x1, p.cell.x1);
    } else cols.push({ x0: p.cell.x0, x1: p.cell.x1, list: [p] });
  }
  return cols
    .map(({ list }) => {
      list.sort((a, b) => lines[a.line]!.y - lines[b.line]!.y || a.cell.x0 - b.cell.x0);
      let s = '';
      for (const p of list) {
        const t = p.cell.text;
        s += s && /[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9]/.test(t) ? ' ' + t : t;
      }
      return s;
    })
    .join(' ');
}
