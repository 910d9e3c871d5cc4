/**
 * A bilevel scan prints a shaded area (a table's header row, a tinted cell) as a screen of
 * small dots a few pixels apart. The dots are ink to every later step: beside a ruling line
 * they make it look like a row of characters (and it is not taken for ruling), inside a
 * cell they are read as letters. A dot of a screen is a small blob of ink with several
 * others like it close round; a decimal point or a stroke of a character is not (its
 * neighbours are the large blobs of the digits and strokes round it). Screen dots are
 * turned to paper; nothing else changes.
 */
import type { Gray } from './raster.js';

/** Darker than this is ink for finding dots (the dots of a screen re-rendered come out grey). */
const dotLevel = 200;

/**
 * The image with the dots of halftone screens turned to paper, `screened` (the same object
 * where there are none). `dpi`-free: sizes follow the page's width (an A4 page 1,654 pixels wide at 200 dpi).
 */
export function descreen(g: Gray): Gray & { screened?: boolean } {
  const { w, h, px } = g;
  // A dot: at most `maxArea` pixels within a `maxSide` square; neighbours within `reach`.
  const unit = w / 1654;
  const maxSide = Math.max(3, Math.round(5 * unit));
  const maxArea = maxSide * maxSide;
  const reach = Math.max(6, Math.round(12 * unit));
  const seen = new Uint8Array(w * h);
  // A dot is kept as its centre and its first pixel (a page of screen has hundreds of
  // thousands: a list of pixels each passed the isolation's memory limit).
  const dots: Array<{ x: number; y: number; start: number }> = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || px[start]! >= dotLevel) continue;
    seen[start] = 1;
    stack.push(start);
    let n = 0, x0 = w, y0 = h, x1 = -1, y1 = -1, big = false;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w, y = (i - x) / w;
      if (!big) {
        n++;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        if (n > maxArea || x1 - x0 >= maxSide || y1 - y0 >= maxSide) big = true;
      }
      // 8-connected: a blob's pixels touching at a corner are one blob.
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (!seen[j] && px[j]! < dotLevel) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (!big) dots.push({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, start });
  }
  if (dots.length < 16) return g;
  // Dots by grid square of `reach`, to count each one's neighbours.
  const gw = Math.ceil(w / reach);
  const grid = new Map<number, number[]>();
  dots.forEach((d, k) => {
    const key = Math.floor(d.y / reach) * gw + Math.floor(d.x / reach);
    const list = grid.get(key);
    if (list) list.push(k);
    else grid.set(key, [k]);
  });
  const out = new Uint8Array(px);
  let changed = false;
  for (const d of dots) {
    const gx = Math.floor(d.x / reach), gy = Math.floor(d.y / reach);
    let near = 0;
    for (let yy = gy - 1; yy <= gy + 1 && near < 6; yy++) {
      for (let xx = gx - 1; xx <= gx + 1 && near < 6; xx++) {
        for (const k of grid.get(yy * gw + xx) ?? []) {
          const o = dots[k]!;
          // Off the dot's own row and column: the dots of a dotted ruling line (a thin grey
          // line dithered) all stand in one row or column, a screen's all round.
          const dx = Math.abs(o.x - d.x), dy = Math.abs(o.y - d.y);
          if (dx <= reach && dy <= reach && dx > 1.5 && dy > 1.5) near++;
        }
      }
    }
    // Six dots or more round it, off its row and column: a screen (the dots of 灬 or 氵 have three or two).
    if (near >= 6) {
      paper(out, d.start, w, h);
      changed = true;
    }
  }
  return changed ? { w, h, px: out, screened: true } : g;
}

/** A dot (the 8-connected blob of ink at `start`, a few pixels) turned to paper in `px`. */
function paper(px: Uint8Array, start: number, w: number, h: number): void {
  const stack = [start];
  px[start] = 255;
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w, y = (i - x) / w;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx, yy = y + dy;
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
        const j = yy * w + xx;
        if (px[j]! < dotLevel) {
          px[j] = 255;
          stack.push(j);
        }
      }
    }
  }
}
