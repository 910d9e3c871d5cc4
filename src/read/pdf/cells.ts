/**
 * Words → ruled table cells. Where a page draws a table's borders (read/pdf/ruling.ts), every
 * word is placed in the cell its middle falls in (the rectangle closed by the nearest rules
 * around it: a merged cell has no rule across it); a word that crosses a vertical border is
 * split there first (a label and the number of the next cell printed as one run). The words
 * of one cell become one run, its lines joined in reading order, standing on the middle of
 * the cell's first row: so a label wrapped over three lines beside its numbers is one label
 * on the numbers' row, and the layout (read/pdf/lines.ts) never joins two cells' words.
 */
import { median, unionBox, type Box } from '../box.js';
import { isAlnumCode as alnum, isDigitCode, wide } from './geometry.js';
import type { PdfViewport } from './load.js';
import type { Segment } from './ruling.js';
import type { Run } from './runs.js';
import { startsItem } from '../../text/item-number.js';

/** Rules in the page's display frame, merged where they continue each other. */
export function displayRules(segs: Segment[], vp: PdfViewport, then?: (x: number, y: number) => [number, number]): { h: Segment[]; v: Segment[] } {
  const t = vp.transform;
  const shown = (x: number, y: number): [number, number] => [t[0]! * x + t[2]! * y + t[4]!, t[1]! * x + t[3]! * y + t[5]!];
  // `then`: the display frame → another (a turned page's reading frame, see runs.ts).
  const map = then ? (x: number, y: number) => then(...shown(x, y)) : shown;
  const h: Segment[] = [];
  const v: Segment[] = [];
  for (const s of segs) {
    const a = s.horizontal ? map(s.from, s.at) : map(s.at, s.from);
    const b = s.horizontal ? map(s.to, s.at) : map(s.at, s.to);
    if (Math.abs(a[1] - b[1]) < 0.5) h.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) < 0.5) v.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  }
  return { h: merge(h), v: merge(v) };
}

function merge(list: Segment[]): Segment[] {
  list.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of list) {
    const same = out.filter((o) => Math.abs(o.at - s.at) <= 0.8 && s.from <= o.to + 1.5 && s.to >= o.from - 1.5);
    if (same.length) {
      const o = same[0]!;
      o.from = Math.min(o.from, s.from);
      o.to = Math.max(o.to, s.to);
    } else out.push({ ...s });
  }
  return out;
}

/** Split a run where a vertical rule crosses it (character places estimated from wide and narrow widths). */
function splitAtRules(r: Run, v: Segment[]): Run[] {
  const cuts = v.filter((s) => s.at > r.x0 + 1 && s.at < r.x1 - 1 && s.from - 1 <= r.y && r.y <= s.to + 1).map((s) => s.at).sort((a, b) => a - b);
  if (cuts.length === 0 || r.s.length < 2) return [r];
  const chars = [...r.s];
  const w = chars.map((c) => (wide(c.codePointAt(0)!) ? 1 : c === ' ' ? 0.3 : 0.55));
  const total = w.reduce((a, b) => a + b, 0);
  const unit = (r.x1 - r.x0) / total;
  const out: Run[] = [];
  let i = 0;
  let x = r.x0;
  const bw = r.box[2] - r.box[0];
  const toBox = (x0: number, x1: number): Box => [r.box[0] + ((x0 - r.x0) / (r.x1 - r.x0)) * bw, r.box[1], r.box[0] + ((x1 - r.x0) / (r.x1 - r.x0)) * bw, r.box[3]];
  for (const cut of [...cuts, Infinity]) {
    let j = i;
    let e = x;
    while (j < chars.length && (cut === Infinity || e + (w[j]! * unit) / 2 <= cut)) e += w[j++]! * unit;
    const s = chars.slice(i, j).join('').trim();
    if (s) out.push({ ...r, s, x0: x, x1: e, box: toBox(x, e) });
    i = j;
    x = e;
  }
  return out.length ? out : [r];
}

/**
 * The runs of a page with its rules: runs inside ruled cells joined per cell, on the middle
 * of the cell's first row; runs outside any cell as they were. Pages with no table ruling
 * (fewer than three horizontal and two vertical rules) are left as they are.
 */
export function runsByCell(runs: Run[], rules: { h: Segment[]; v: Segment[] }): Run[] {
  const { h, v } = rules;
  if (h.length < 3 || v.length < 2) return runs;
  const pieces = runs.flatMap((r) => splitAtRules(r, v));
  const cells = new Map<string, { left: number; top: number; right: number; bottom: number; list: Run[] }>();
  const out: Run[] = [];
  for (const r of pieces) {
    const cx = (r.x0 + r.x1) / 2;
    const cy = r.y;
    let left = -Infinity;
    let right = Infinity;
    let top = -Infinity;
    let bottom = Infinity;
    for (const s of v) {
      if (s.from - 1 > cy || s.to + 1 < cy) continue;
      if (s.at <= cx && s.at > left) left = s.at;
      if (s.at > cx && s.at < right) right = s.at;
    }
    for (const s of h) {
      if (s.from - 1 > cx || s.to + 1 < cx) continue;
      if (s.at <= cy && s.at > top) top = s.at;
      if (s.at > cy && s.at < bottom) bottom = s.at;
    }
    if (![left, right, top, bottom].every(Number.isFinite)) {
      out.push(r);
      continue;
    }
    const key = `${left.toFixed(1)},${top.toFixed(1)},${right.toFixed(1)},${bottom.toFixed(1)}`;
    if (!cells.has(key)) cells.set(key, { left, top, right, bottom, list: [] });
    cells.get(key)!.list.push(r);
  }
  for (const { left, top, right, bottom, list } of cells.values()) {
    // The cell's first row ends at the first rule below its top anywhere in the table.
    let rowEnd = bottom;
    for (const s of h) if (s.at > top + 0.5 && s.at < rowEnd) rowEnd = s.at;
    // The cell's lines, top to bottom (words of other fonts a little off the line stay on it), each left to right.
    list.sort((a, b) => a.y - b.y);
    const lines: Run[][] = [];
    for (const r of list) {
      const l = lines[lines.length - 1];
      if (l && Math.abs(l[0]!.y - r.y) < 0.5 * Math.min(l[0]!.size, r.size)) l.push(r);
      else lines.push([r]);
    }
    for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
    // A line that starts a row label's item number (8., （四）) starts a label of its own: the rule
    // between two label cells was not found (a scan's thin line), and the cell is two rows'.
    const parts: Run[][][] = [[]];
    lines.forEach((l, k) => {
      if (k > 0 && startsItem(l[0]!.s)) parts.push([]);
      parts[parts.length - 1]!.push(l);
    });
    parts.forEach((part, p) => {
      const runs = part.flat();
      let s = '';
      for (const l of part) {
        l.forEach((r, k) => {
          const a = s.charCodeAt(s.length - 1);
          const b = r.s.charCodeAt(0);
          // Words apart on a line, or a Latin word wrapped, take a space; a number wrapped in a narrow cell does not.
          const digits = k === 0 && isDigitCode(a) && isDigitCode(b);
          const apart = k === 0 || r.x0 - l[k - 1]!.x1 > 0.15 * r.size;
          s += s && alnum(a) && alnum(b) && apart && !digits ? ' ' + r.s : r.s;
        });
      }
      // The first part stands on the middle of the cell's first row, a later one on its own line.
      const y = p === 0 ? (top + rowEnd) / 2 : part[0]![0]!.y;
      const from = p === 0 ? top : (parts[p - 1]!.at(-1)![0]!.y + y) / 2;
      out.push({
        s,
        x0: Math.min(...runs.map((r) => r.x0)),
        x1: Math.max(...runs.map((r) => r.x1)),
        y,
        size: median(runs.map((r) => r.size)),
        box: runs.map((r) => r.box).reduce(unionBox),
        cell: `${from}:${runs[0]!.x0}`,
        rect: [left, from, right, bottom],
      });
    });
  }
  return out;
}
