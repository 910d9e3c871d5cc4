/** Tables: the regions of the text that are tables. */
import { median } from '../box.js';
import { firstValueX0, isData, lineText, type Line } from './lines.js';
import { columnsOf } from './columns.js';
import { isSectionHeading } from '../../model/formats/sections.js';

export interface Region {
  /** Line indexes: first and last line of the region, and its data lines. */
  from: number;
  to: number;
  data: number[];
  /** Value columns, left to right. */
  cols: Array<[number, number]>;
  /** Where the labels end (cells right of this are column headers). */
  labelEnd: number;
  hasLabel: boolean;
}

const headingRe = /^[一二三四五六七八九十]+[、．.]/;

/** Text that cannot be part of a table next to it: a heading, a sentence, a paragraph line. */
function isBreaker(lines: Line[], i: number, prev: number, next: number, textWidth: Map<number, number>): boolean {
  const l = lines[i]!;
  // A section's heading is no label of a table, however well it fits the label column (a
  // scan's 四、政府信息公开行政复议、行政诉讼情况 right under 表三's last row).
  if (l.cells.length === 1 && isSectionHeading(lineText(l))) return true;
  for (const d of [prev, next]) {
    const dl = lines[d];
    if (!dl || dl.page !== l.page || Math.abs(dl.y - l.y) > 4 * Math.max(l.size, dl.size)) continue;
    // A label line of the table: within its label column (not starting left of the table)
    // and in the table's type size.
    const labelSize = median(dl.cells.map((c) => c.size));
    const fv = firstValueX0(dl);
    // Where the row's labels start: on its line, or on the lines next to it (a label wrapped
    // around numbers centred in the cell).
    let left = dl.x0;
    for (let j = Math.max(0, d - 3); j <= Math.min(lines.length - 1, d + 3); j++) {
      const o = lines[j]!;
      if (o.page === dl.page && Math.abs(o.y - dl.y) <= 1.6 * dl.size && o.x1 <= fv) left = Math.min(left, o.x0);
    }
    const inside = l.x0 >= left - 1.5 * l.size && l.x1 <= fv + 0.5 * l.size;
    if (inside && l.size <= 1.2 * labelSize && !/[。；]$/.test(lineText(l))) return false;
  }
  const text = lineText(l);
  const dataSize = median([prev, next].flatMap((d) => (lines[d] ? lines[d]!.cells.filter((c) => c.value).map((c) => c.size) : [])));
  if (l.cells.length === 1) {
    return headingRe.test(text) || /[。；;]$/.test(text) || l.x1 - l.x0 >= 0.5 * (textWidth.get(l.page) ?? Infinity) ||
      (dataSize > 0 && l.size >= 1.25 * dataSize) || text.length >= 30;
  }
  return text.length >= 40 && /[。；;]$/.test(text);
}

/** Group data lines into tables, each with the lines around it that belong to it (`exact`: see columnsOf). */
export function findRegions(lines: Line[], exact = false): Region[] {
  const textWidth = new Map<number, number>();
  const byPage = new Map<number, [number, number]>();
  for (const l of lines) {
    const e = byPage.get(l.page) ?? [Infinity, -Infinity];
    byPage.set(l.page, [Math.min(e[0], l.x0), Math.max(e[1], l.x1)]);
  }
  for (const [p, [a, b]] of byPage) textWidth.set(p, b - a);
  const data: number[] = [];
  lines.forEach((l, i) => isData(l) && data.push(i));
  const breaker = new Array<boolean>(lines.length).fill(false);
  let prev = -1;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isData(lines[i]!)) {
      prev = i;
      k++;
      continue;
    }
    const next = data[k] ?? -1;
    breaker[i] = isBreaker(lines, i, prev, next, textWidth);
  }
  const regions: Region[] = [];
  let cur: Region | null = null;
  let lastBreak = -1;
  for (let i = 0; i < lines.length; i++) {
    if (breaker[i]) {
      if (cur) {
        cur.to = i - 1;
        regions.push(cur);
        cur = null;
      }
      lastBreak = i;
      continue;
    }
    if (!isData(lines[i]!)) continue;
    if (!cur) {
      // Header lines above the first row, up to the text before the table.
      let from = i;
      while (from - 1 > lastBreak && i - (from - 1) <= 16) from--;
      cur = { from, to: i, data: [], cols: [], labelEnd: 0, hasLabel: false };
    }
    cur.data.push(i);
  }
  if (cur) {
    cur.to = lines.length - 1;
    regions.push(cur);
  }
  // A region runs to its last row and the label lines after it, not over the text that follows.
  for (const r of regions) {
    const last = r.data[r.data.length - 1]!;
    let to = last;
    while (to + 1 <= r.to) {
      const l = lines[to + 1]!;
      const d = lines[last]!;
      if (l.page !== d.page || l.y - lines[to]!.y > 3 * l.size || l.x1 > firstValueX0(d)) break;
      to++;
    }
    r.to = to;
    columnsOf(lines, r, exact);
  }
  return regions;
}
