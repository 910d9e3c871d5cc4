/**
 * A table cut at the page's right edge. A Word table wider than the page is printed by
 * LibreOffice as far as the page goes: its last columns are not on the page, the glyphs of the
 * column at the edge are cut through (`231` shows as the `2` whose left half is on the page), and
 * its ruling runs to the edge with no right border. A cut glyph is not a character the page
 * printed whole: it is dropped (a `2` read for `231` would be a wrong number), and the page is
 * said to be cut, so that the extractor leaves the cells of the missing columns unread
 * (extract/cut-columns.ts) instead of shifting or guessing them.
 *
 * ```text
 *   … 法律服务机构 │ 其他 │ 总|      ← page edge at `|`: 总计 and its numbers cut
 *   …      3     │  3   │  2|31
 * ```
 */
import { wide } from './geometry.js';
import type { Segment } from './ruling.js';
import type { Run } from './runs.js';

/** A glyph reaching this far (points) past the page's right edge is cut by it. */
const over = 0.5;

export interface PageEdge {
  /** The runs with every glyph the edge cuts through (or that lies beyond it) left out. */
  runs: Run[];
  /** Whether the page's table is cut at the right edge. */
  cut: boolean;
}

/**
 * Find what the page's right edge cuts: glyphs that cross it, and ruling that runs to it (two
 * or more horizontal rules reaching the edge: a table that goes on past the page). `width` is
 * the page's width in the runs' frame; `h` the horizontal rules in the same frame.
 */
export function pageEdge(runs: readonly Run[], width: number, h: readonly Segment[] = []): PageEdge {
  const edge = width + over;
  let cut = h.filter((s) => s.to >= width - 1 && s.to - s.from > 20).length >= 2;
  const out: Run[] = [];
  for (const r of runs) {
    if (r.x1 <= edge) {
      out.push(r);
      continue;
    }
    cut = true;
    const kept = keepOnPage(r, edge);
    if (kept) out.push(kept);
  }
  return { runs: cut ? out : [...runs], cut };
}

/** The part of a run whose glyphs end on the page (their places estimated from wide and narrow widths), or null. */
function keepOnPage(r: Run, edge: number): Run | null {
  if (r.x0 >= edge) return null;
  const chars = [...r.s];
  const w = chars.map((c) => (wide(c.codePointAt(0)!) ? 1 : c === ' ' ? 0.3 : 0.55));
  const total = w.reduce((a, b) => a + b, 0);
  const unit = (r.x1 - r.x0) / total;
  let x = r.x0;
  let n = 0;
  while (n < chars.length && x + w[n]! * unit <= edge) x += w[n++]! * unit;
  const s = chars.slice(0, n).join('').trimEnd();
  if (!s) return null;
  const bw = r.box[2] - r.box[0];
  const frac = (x - r.x0) / (r.x1 - r.x0);
  return { ...r, s, x1: x, box: [r.box[0], r.box[1], r.box[0] + frac * bw, r.box[3]] };
}
