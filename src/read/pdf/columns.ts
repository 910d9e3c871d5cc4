/** Tables: the value columns of a region, and the column a cell stands in. */
import { median } from '../box.js';
import { firstValueX0, isData, type Cell, type Line } from './lines.js';
import type { Region } from './regions.js';

/**
 * Value columns of a region: where its numbers stand, and where its headers stand over blank
 * columns. `exact`: the words' boxes are the page's own (a PDF's text layer), not a recogniser's.
 */
export function columnsOf(lines: Line[], r: Region, exact = false): void {
  const spans: Array<[number, number]> = [];
  for (const i of r.data) for (const c of lines[i]!.cells) if (c.value) spans.push([c.x0, c.x1]);
  spans.sort((a, b) => a[0] - b[0]);
  let cols: Array<[number, number]> = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] <= last[1] + 0.5) last[1] = Math.max(last[1], s[1]);
    else cols.push([s[0], s[1]]);
  }
  // A column holding two cells of one row was two columns that a wide cell bridged: split it.
  for (let pass = 0; pass < 3; pass++) {
    let split = false;
    const out: Array<[number, number]> = [];
    for (const col of cols) {
      let cuts: number[] = [];
      for (const i of r.data) {
        const inside = lines[i]!.cells.filter((c) => c.value && c.x0 >= col[0] - 0.01 && c.x1 <= col[1] + 0.01);
        if (inside.length >= 2 && inside.length - 1 > cuts.length) {
          cuts = inside.slice(1).map((c, k) => (inside[k]!.x1 + c.x0) / 2);
        }
      }
      if (cuts.length === 0) {
        out.push(col);
        continue;
      }
      split = true;
      let a = col[0];
      for (const x of cuts) {
        out.push([a, x]);
        a = x;
      }
      out.push([a, col[1]]);
    }
    cols = out;
    if (!split) break;
  }
  // Labels: the text of the rows left of their values.
  const labelEnds: number[] = [];
  for (const i of r.data) {
    const l = lines[i]!;
    const fv = firstValueX0(l);
    for (const c of l.cells) if (!c.value && c.x1 <= fv + 0.5 * c.size) labelEnds.push(c.x1);
  }
  r.hasLabel = labelEnds.length > 0;
  r.labelEnd = labelEnds.length ? Math.max(...labelEnds) : -Infinity;
  // Header cells over columns no row printed a value in (a column blank in every row): the
  // lines above the first row of each page.
  const heads: Array<[number, number, Cell]> = [];
  const firstRow = new Map<number, number>();
  for (const i of r.data) if (!firstRow.has(lines[i]!.page)) firstRow.set(lines[i]!.page, i);
  for (let i = r.from; i <= r.to; i++) {
    const l = lines[i]!;
    if (isData(l) || i > (firstRow.get(l.page) ?? -1)) continue;
    for (const c of l.cells) if (c.x0 >= r.labelEnd + 0.5 * c.size) heads.push([c.x0, c.x1, c]);
  }
  heads.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  // Column spacing: a header starts a column of its own only a column's width away from the others.
  // With exact boxes the nearest two value columns give it: where most columns are blank in every
  // row (表四 with its zeros blank), the gaps between the others are several columns wide. A
  // recogniser's boxes (a scan's words, a header word read in two pieces) leave the median.
  const centres = cols.map((c) => (c[0] + c[1]) / 2);
  const gaps = centres.slice(1).map((c, k) => c - centres[k]!);
  const spacing = gaps.length ? (exact ? Math.min(median(gaps), ...gaps) : median(gaps)) : Infinity;
  for (const h of heads) {
    if (cols.some((c) => overlap(c, [h[0], h[1]]) > 0)) continue;
    // A scan's header in a ruled cell: a column of its own where no column stands in that cell
    // (表四's 结果纠正 and 其他结果 over cells blank in every row, a rule apart), whatever the spacing.
    const span = h[2].ruledSpan;
    if (span) {
      if (!cols.some((c) => (c[0] + c[1]) / 2 > span[0] && (c[0] + c[1]) / 2 < span[1])) {
        cols.push([h[0], h[1]]);
        cols.sort((a, b) => a[0] - b[0]);
      }
      continue;
    }
    const mid = (h[0] + h[1]) / 2;
    const near = Math.min(...cols.map((c) => Math.abs((c[0] + c[1]) / 2 - mid)));
    if (cols.length && near < (Number.isFinite(spacing) ? 0.6 * spacing : 4 * (h[1] - h[0]))) continue;
    cols.push([h[0], h[1]]);
    cols.sort((a, b) => a[0] - b[0]);
  }
  r.cols = cols;
}

export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
}

/** The column a cell stands in: the one it overlaps most, else the nearest. */
export function columnOf(cols: ReadonlyArray<[number, number]>, c: Cell): number {
  let best = -1;
  let bestOv = 0;
  for (let k = 0; k < cols.length; k++) {
    const ov = overlap(cols[k]!, [c.x0, c.x1]);
    if (ov > bestOv) {
      bestOv = ov;
      best = k;
    }
  }
  if (best >= 0) return best;
  const mid = (c.x0 + c.x1) / 2;
  let dist = Infinity;
  for (let k = 0; k < cols.length; k++) {
    const d = Math.abs((cols[k]![0] + cols[k]![1]) / 2 - mid);
    if (d < dist) {
      dist = d;
      best = k;
    }
  }
  return best;
}
