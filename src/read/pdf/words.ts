/**
 * poppler's words → the text runs the layout reads (read/pdf/runs.ts gives the same from
 * pdf.js). poppler gives boxes but no font size or baseline: a word's box is as tall as its
 * font's ascent and descent, which differ from font to font (1.0 to 2.6 times the size in real
 * PDFs; Chromium prints with Type 3 fonts whose boxes are far larger than the glyphs), while a
 * Chinese character is one em wide in every font. So, per box height (one font at one size):
 * - the size is learnt from its words of only Chinese characters (width / characters);
 * - a height without such words (digits in a font of their own) takes the size, and the
 *   offset of its box's middle from theirs, from the Chinese word nearest its middle among those
 *   its box overlaps, the median over its words;
 * poppler's lines are not trusted: it sets words of neighbouring baselines in one.
 */
import { median, type Box } from '../box.js';
import { fixCompat, r2, wide } from './geometry.js';
import type { PdfViewport } from './load.js';
import type { PopplerPage, PopplerWord } from './poppler.js';
import type { Run } from './runs.js';

const key = (h: number) => Math.round(h * 4);
const mid = (w: PopplerWord) => (w.y0 + w.y1) / 2;

/** A word of only Chinese characters (at least two): its size is its width per character. */
function cjkSize(w: PopplerWord): number | null {
  const cs = [...w.s];
  if (cs.length < 2 || !cs.every((c) => wide(c.codePointAt(0)!))) return null;
  const size = (w.x1 - w.x0) / cs.length;
  return size > 0 ? size : null;
}

export interface Calibration {
  /** Box height key → font size / box height. */
  ratio: Map<number, number>;
  /** Box height key (of heights without Chinese words) → size and offset of the box middle from the line's. */
  other: Map<number, { size: number; offset: number }>;
  /** Median ratio over the document. */
  all: number;
}

/** How far (points) a word's middle and a Chinese word's beside it may stand apart: boxes up to 2.6 em of a large heading. */
const maxReach = 60;

/** The first index of `sorted` (by middle) whose middle is at least `m`. */
function lowerBound(sorted: readonly PopplerWord[], m: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const h = (lo + hi) >> 1;
    if (mid(sorted[h]!) < m) lo = h + 1;
    else hi = h;
  }
  return lo;
}

/** Learn sizes and offsets per box height from the words of the document. */
export function calibrate(pages: PopplerPage[]): Calibration {
  const lists = new Map<number, number[]>();
  const all: number[] = [];
  for (const p of pages) {
    for (const w of p.words) {
      const size = cjkSize(w);
      if (size === null) continue;
      const r = size / (w.y1 - w.y0);
      const k = key(w.y1 - w.y0);
      if (!lists.has(k)) lists.set(k, []);
      lists.get(k)!.push(r);
      all.push(r);
    }
  }
  const ratio = new Map<number, number>();
  for (const [k, v] of lists) ratio.set(k, median(v));
  const seen = new Map<number, { size: number[]; offset: number[] }>();
  for (const p of pages) {
    // Each word of another height beside the Chinese word nearest its middle among those its box
    // overlaps (poppler's lines are not used: it sets a cell's digits in the line of the row above
    // where that row's tall boxes reach down to them).
    const known = p.words.filter((w) => ratio.has(key(w.y1 - w.y0))).sort((a, b) => mid(a) - mid(b));
    if (known.length === 0) continue;
    for (const w of p.words) {
      const k = key(w.y1 - w.y0);
      if (ratio.has(k)) continue;
      const m = mid(w);
      let best: PopplerWord | null = null;
      for (let i = lowerBound(known, m - maxReach); i < known.length && mid(known[i]!) <= m + maxReach; i++) {
        const c = known[i]!;
        if (c.y0 >= w.y1 || c.y1 <= w.y0) continue;
        if (!best || Math.abs(mid(c) - m) < Math.abs(mid(best) - m)) best = c;
      }
      if (!best) continue;
      if (!seen.has(k)) seen.set(k, { size: [], offset: [] });
      seen.get(k)!.size.push(ratio.get(key(best.y1 - best.y0))! * (best.y1 - best.y0));
      seen.get(k)!.offset.push(mid(best) - m);
    }
  }
  const other = new Map<number, { size: number; offset: number }>();
  for (const [k, v] of seen) other.set(k, { size: median(v.size), offset: median(v.offset) });
  return { ratio, other, all: all.length ? median(all) : 1 / 1.2 };
}

/**
 * Is the page's text upright? Words of several characters taller than wide are set at a
 * quarter turn or in vertical writing, which pdf.js's runs place properly.
 */
export function upright(p: PopplerPage): boolean {
  let up = 0;
  let turned = 0;
  for (const w of p.words) {
    const n = [...w.s].length;
    if (n < 2) continue;
    if (w.y1 - w.y0 > 1.5 * (w.x1 - w.x0)) turned += n;
    else up += n;
  }
  return turned <= 0.1 * (up + turned);
}

/** The inverse of the viewport's transform: display frame → PDF user space. */
function toUser(vp: PdfViewport): (x: number, y: number) => [number, number] {
  const [a, b, c, d, e, f] = vp.transform as [number, number, number, number, number, number];
  const det = a * d - b * c || 1;
  return (x, y) => {
    const dx = x - e;
    const dy = y - f;
    return [(d * dx - c * dy) / det, (-b * dx + a * dy) / det];
  };
}

function userBox(w: PopplerWord, map: (x: number, y: number) => [number, number]): Box {
  const p = [map(w.x0, w.y0), map(w.x1, w.y1)];
  return [r2(Math.min(p[0]![0], p[1]![0])), r2(Math.min(p[0]![1], p[1]![1])), r2(Math.max(p[0]![0], p[1]![0])), r2(Math.max(p[0]![1], p[1]![1]))];
}

/** The runs of one page, in its display frame (y grows downwards), with boxes in user space. */
export function wordRuns(p: PopplerPage, vp: PdfViewport, cal: Calibration): { runs: Run[]; height: number } {
  const map = toUser(vp);
  const runs: Run[] = [];
  const sizeOf = (w: PopplerWord) => {
    const h = w.y1 - w.y0;
    const r = cal.ratio.get(key(h));
    return r !== undefined ? r * h : cal.other.get(key(h))?.size ?? cal.all * h;
  };
  for (const w of p.words) {
    const s = fixCompat(w.s).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
    if (s === '') continue;
    // Where the word's line stands: the middle of its box, moved by what was learnt of its height.
    const y = mid(w) + (cal.other.get(key(w.y1 - w.y0))?.offset ?? 0);
    runs.push({ s, x0: w.x0, x1: w.x1, y, size: sizeOf(w) || 1, box: userBox(w, map) });
  }
  return { runs, height: p.height };
}
