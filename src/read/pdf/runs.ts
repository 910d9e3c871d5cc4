/** Geometry of text runs: the runs of a page in its reading frame. */
import type { Box } from '../box.js';
import { boxOf, fixCompat, mul, r2, wide, type Matrix } from './geometry.js';
import type { PdfTextItem, PdfViewport } from './load.js';

/** A run of text on a page, in the page's reading frame (y grows downwards) and in PDF user space. */
export interface Run {
  s: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size. */
  size: number;
  box: Box;
  /** The ruled table cell it was read from (read/pdf/cells.ts): never joined with another's words. */
  cell?: string;
  /**
   * A scan's word: the ruled cell (of the page's, ocr/ruling.ts) it stands in, in the reading
   * frame (one box per cell). Words of two cells are never one cell, however close; words of one
   * cell are joined as any others.
   */
  inCell?: Box;
  /** That cell's rectangle in the reading frame: left, top, right, bottom (between its rules). */
  rect?: Box;
  /**
   * The rest of the cell's text was printed at the top of the next page, in the same column, and
   * is joined here (a table row broken across pages: read/pdf/row-across-pages.ts): its page and box.
   */
  continued?: { page: number; box: Box };
}

/**
 * The runs of one page in its reading frame: the viewport (which applies the page's
 * /Rotate), turned further so that most of the text reads left to right.
 */
export function pageRuns(items: ReadonlyArray<PdfTextItem | { type: string }>, vp: PdfViewport): { runs: Run[]; height: number; frame?: (x: number, y: number) => [number, number] } {
  const raw: Array<{ it: PdfTextItem; m: Matrix; q: number }> = [];
  const weight = [0, 0, 0, 0];
  for (const it of items) {
    if (!('str' in it) || it.str.trim() === '' || it.transform.length < 6) continue;
    const m = mul(vp.transform, it.transform);
    const q = ((Math.round(Math.atan2(m[1], m[0]) / (Math.PI / 2)) % 4) + 4) % 4;
    weight[q]! += it.str.length;
    raw.push({ it, m, q });
  }
  let dom = 0;
  for (let q = 1; q < 4; q++) if (weight[q]! > weight[dom]!) dom = q;
  // Rotate the frame by -dom quarter turns (y down): (x, y) → (y, -x) for one quarter turn.
  const rot = (x: number, y: number): [number, number] => {
    switch (dom) {
      case 1: return [y, -x];
      case 2: return [-x, -y];
      case 3: return [-y, x];
      default: return [x, y];
    }
  };
  const corners = [rot(0, 0), rot(vp.width, 0), rot(0, vp.height), rot(vp.width, vp.height)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const height = Math.max(...corners.map((c) => c[1])) - minY;
  const runs: Run[] = [];
  for (const { it, m, q } of raw) {
    const size = Math.hypot(m[2], m[3]) || it.height || 1;
    const t = it.transform;
    // Control characters (unmapped glyphs) are dropped.
    const s = fixCompat(it.str).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    if (s.trim() === '') continue;
    const [ox, oy] = rot(m[4], m[5]);
    const x = ox - minX;
    const y = oy - minY;
    if (it.dir === 'ttb') {
      // Vertical writing: pdf.js gives the column's length as the height; the first
      // character hangs below the origin's line.
      const ts = Math.hypot(t[2]!, t[3]!) || size;
      const box: Box = [r2(t[4]!), r2(t[5]! + ts - it.height), r2(t[4]! + it.width), r2(t[5]! + ts)];
      const rp = [rot(m[4], m[5] - size), rot(m[4] + size, m[5] - size + it.height)];
      const xs = rp.map((p) => p[0] - minX);
      runs.push({ s: s.trim(), x0: Math.min(...xs), x1: Math.max(...xs), y, size, box });
      continue;
    }
    if (q !== dom) {
      const box = boxOf(t, it.width, Math.hypot(t[2]!, t[3]!) || size);
      // Text at another angle than most of the page: placed by its bounding box.
      const dir = Math.hypot(m[0], m[1]) || 1;
      const pts: Array<[number, number]> = [
        [m[4], m[5]],
        [m[4] + (m[0] / dir) * it.width, m[5] + (m[1] / dir) * it.width],
        [m[4] + m[2], m[5] + m[3]],
      ];
      const rp = pts.map(([a, b]) => rot(a, b));
      const xs = rp.map((p) => p[0] - minX);
      const ys = rp.map((p) => p[1] - minY);
      runs.push({ s: s.trim(), x0: Math.min(...xs), x1: Math.max(...xs), y: Math.max(...ys), size, box });
      continue;
    }
    splitRun(s, x, y, it.width, size, t, runs);
  }
  if (dom === 0) return { runs, height };
  // A turned page: the display frame → this reading frame, for what else the page draws (its rules).
  const frame = (x: number, y: number): [number, number] => {
    const [a, b] = rot(x, y);
    return [a - minX, b - minY];
  };
  return { runs, height, frame };
}

/**
 * Add a run, split where it holds runs of spaces (text laid out with spaces) into runs of
 * their own; `t` is the run's transform in user space, for the boxes of the pieces.
 */
function splitRun(s: string, x: number, y: number, width: number, size: number, t: readonly number[], out: Run[]): void {
  const ts = Math.hypot(t[2]!, t[3]!) || size;
  if (!/\S\s{2,}\S|\S\u3000+\S/.test(s) && s.trim() === s) {
    out.push({ s, x0: x, x1: x + width, y, size, box: boxOf(t, width, ts) });
    return;
  }
  // Where each character stands, estimated from the widths of wide and narrow characters.
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000' || ch === '\t';
  const w: number[] = [];
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = wide(c) ? 1 : c === 0x20 ? 0.3 : 0.55;
    w.push(v);
    total += v;
  }
  const unit = total > 0 ? width / total : 0;
  const len = Math.hypot(t[0]!, t[1]!) || 1;
  const dx = t[0]! / len;
  const dy = t[1]! / len;
  let at = 0;
  let i = 0;
  while (i < s.length) {
    const sp = isSpace(s[i]);
    let j = i;
    let span = 0;
    while (j < s.length && isSpace(s[j]) === sp) span += w[j++]! * unit;
    if (!sp) {
      // A single space inside a run stays in it.
      while (j + 1 < s.length && s[j] === ' ' && !isSpace(s[j + 1])) {
        span += w[j++]! * unit;
        while (j < s.length && !isSpace(s[j])) span += w[j++]! * unit;
      }
      const moved = [t[0]!, t[1]!, t[2]!, t[3]!, t[4]! + dx * at, t[5]! + dy * at];
      out.push({ s: s.slice(i, j), x0: x + at, x1: x + at + span, y, size, box: boxOf(moved, span, ts) });
    }
    at += span;
    i = j;
  }
}
