/**
 * The ruling of a page's tables: found (long straight runs of ink, across and down, dashed where
 * a turned scan broke them), wiped out of the image an engine reads (Tesseract reads a cell
 * border as letters), and the cells it closes in (a flood fill of what is not ruling).
 */
import type { Box } from '../box.js';
import { inkLevel, paperLevel } from './pixels.js';
import type { Gray } from './raster.js';

/** How many pixels out from kept ink its lighter edges are kept. */
const edgeSteps = 2;

/** The paper level (0–255) from which a page turned straight keeps its edges: white paper, no noise to grow. */
const whitePaper = 230;

/**
 * Table ruling wiped out (the rest keeps its grey levels).
 * A ruling line is a run of ink much longer than a character is wide, across or down, that
 * stands alone (not strokes of a row of characters: the bold characters of a bilevel scan
 * join into runs several characters long); a run four times that long is ruling unless the
 * page was turned straight (`turned`). Dashed lines are looked for too on a turned page and
 * where `dashedToo` (a bilevel page: a thin grey line comes out dotted).
 */
export function clean(g: Gray, turned = false, dashedToo = turned): { img: Gray; ink: Uint8Array; wipe: Uint8Array } {
  const { w, h, px } = g;
  const t = inkLevel(g);
  const ink = new Uint8Array(w * h);
  // Ruling is looked for in a lighter mask too: a thin line of a scan comes out grey.
  const paper = paperLevel(g);
  const tl = Math.max(t, Math.floor(paper * 0.8));
  const dark = new Uint8Array(w * h);
  for (let i = 0; i < px.length; i++) {
    ink[i] = px[i]! <= t ? 1 : 0;
    dark[i] = px[i]! <= tl ? 1 : 0;
  }
  const wipe = new Uint8Array(w * h);
  const rule = new Uint8Array(w * h);
  // Runs longer than ~2.5 characters (at 150 dpi a character is about 30 px), allowing the
  // small breaks a scan puts in a thin line.
  const long = Math.max(40, Math.round(Math.min(w, h) / 25));
  const maxGap = Math.max(2, Math.round(w / 400));
  // Rows (dir 0) and columns (dir 1): pixel k of line l.
  const dirs = [
    { n: w, m: h, at: (l: number, k: number) => l * w + k },
    { n: h, m: w, at: (l: number, k: number) => k * w + l },
  ] as const;
  /** Share of line `l` from `k0` to `k1` that is dark; with `besideRuling`, not counting ruling already found. */
  const density = (dir: 0 | 1, l: number, k0: number, k1: number, besideRuling = false): number => {
    const { at } = dirs[dir];
    let c = 0;
    for (let k = k0; k < k1; k++) {
      const i = at(l, k);
      if (!besideRuling || !rule[i]) c += dark[i]!;
    }
    return c / (k1 - k0);
  };
  /**
   * Whether the ink of line `l` from `k0` to `k1` is a ruling line, not strokes of text in a
   * row: the band of lines as dark as it (the line's thickness) has the lines two pixels
   * beyond it on either side nearly clear, where a row of characters has ink above and below.
   * A band thicker than 6 pixels (bold characters, a shaded area) is no line.
   */
  const lineAlone = (dir: 0 | 1, l: number, k0: number, k1: number, most = 0.15, besideRuling = false): boolean => {
    const { m } = dirs[dir];
    let top = l, bot = l;
    while (top > 0 && l - top < 6 && density(dir, top - 1, k0, k1, besideRuling) >= 0.5) top--;
    while (bot + 1 < m && bot - l < 6 && density(dir, bot + 1, k0, k1, besideRuling) >= 0.5) bot++;
    if (bot - top >= 6) return false;
    const clear = (q: number) => q < 0 || q >= m || density(dir, q, k0, k1, besideRuling) <= most;
    return clear(top - 2) && clear(top - 3) && clear(bot + 2) && clear(bot + 3);
  };
  // Ruling across the page (rows), apart: what a short cell side must reach at both ends.
  const acrossRule = new Uint8Array(w * h);
  const mark = (dir: 0 | 1, l: number, k0: number, k1: number) => {
    const { at } = dirs[dir];
    for (let k = k0; k < k1; k++) {
      rule[at(l, k)] = 1;
      if (dir === 0) acrossRule[at(l, k)] = 1;
      if (dark[at(l, k)]) wipe[at(l, k)] = 1;
    }
  };
  /**
   * Each run of dark pixels along line `l` (breaks of up to `maxGap` allowed), handed to `take`
   * with where it starts and ends and how many of its pixels are dark.
   */
  const runs = (dir: 0 | 1, l: number, take: (k: number, end: number, count: number) => void) => {
    const { n, at } = dirs[dir];
    let k = 0;
    while (k < n) {
      if (!dark[at(l, k)]) {
        k++;
        continue;
      }
      let e = k, last = k, count = 0;
      while (e < n && e - last <= maxGap + 1) {
        if (dark[at(l, e)]) {
          last = e;
          count++;
        }
        e++;
      }
      take(k, last + 1, count);
      k = last + 1;
    }
  };
  const scan = (dir: 0 | 1, l: number) => runs(dir, l, (k, end, count) => {
    if (end - k >= long && count >= 0.8 * (end - k) && ((!turned && end - k >= 4 * long) || lineAlone(dir, l, k, end))) mark(dir, l, k, end);
  });
  /**
   * Cell sides the runs above miss, left in and read as strokes (`|2` as 12): a table's one row
   * carried onto a page of its own is about a character high; and where a cell has no padding,
   * its text touches its side, which then does not stand alone (and block headings spanning the
   * table cut its sides into pieces a few rows long, shorter than a run that is ruling without
   * standing alone). A column's
   * run of ink from a ruling line across to one below, solid, with no solid column a few pixels
   * either side (a character's stroke beside it is shorter than the cell), is a side. The run
   * starts and ends on the lines across, whose ink it crosses.
   */
  const minSide = Math.max(8, Math.round(long / 6));
  const cellSides = (x: number) => runs(1, x, (k, end, count) => {
    if (end - k >= minSide && count >= 0.9 * (end - k) && acrossRule[k * w + x] && acrossRule[(end - 1) * w + x] &&
      !foundDown(x, k, end) && sideAlone(x, k, end)) mark(1, x, k, end);
  });
  /** Whether the run at x was found as ruling down the page already (its pixels off the lines across are ruling). */
  const foundDown = (x: number, k0: number, k1: number): boolean => {
    for (let y = k0; y < k1; y++) if (!acrossRule[y * w + x]) return rule[y * w + x] === 1;
    return true;
  };
  /** Whether the columns three and four pixels beside the run at x (either side) are not solid along it: no second line, no bar. */
  const sideAlone = (x: number, k0: number, k1: number): boolean => {
    for (const dx of [-4, -3, 3, 4]) {
      const c = x + dx;
      if (c < 0 || c >= w) continue;
      // Between the lines across (their ink is everyone's), less than solid.
      let d = 0, n = 0;
      for (let y = k0; y < k1; y++) {
        if (acrossRule[y * w + c]) continue;
        n++;
        d += dark[y * w + c]!;
      }
      if (n > 0 && d >= 0.9 * n) return false;
    }
    return true;
  };
  // A thin line of a scan turned by a small angle and stored with few grey levels comes out
  // dashed (where it falls between two rows of pixels, both stay paper), and straightening
  // (which is when this is looked for) keeps the dashes, which may step to the next row where the turn was not exactly undone.
  // Such a line is taken where the ink of two rows (or columns) together is dense (over 60%
  // in every stretch of two gaps' length) for longer than a run, and stands alone.
  const bigGap = Math.max(maxGap, Math.round(Math.min(w, h) / 80));
  // Held to more than a solid run: twice as long on a turned page, whose breaks come anywhere; on
  // a bilevel page not turned, a thin grey line dithered breaks into dots wherever it is crossed,
  // and a cell's side between two crossings is a run's length (a row of 表三 is about 2 runs high).
  const dashedLong = turned ? 2 * long : long;
  // Its dots, in the two rows it is looked for in, cover about 60% of it: half is dense enough.
  // Such a line often runs beside a solid one (two cells' borders, one drawn grey): it stands
  // alone when the ruling already found is not counted as its neighbour's ink.
  const dashedDensity = turned ? 0.6 : 0.5;
  const win = 2 * bigGap;
  const dashed = (dir: 0 | 1, l: number) => {
    const { n, at } = dirs[dir];
    const sum = new Int32Array(n + 1);
    const on = (k: number) => dark[at(l, k)]! | dark[at(l + 1, k)]!;
    for (let k = 0; k < n; k++) sum[k + 1] = sum[k]! + on(k);
    const dense = (k: number) => {
      const a = Math.max(0, k - bigGap), b = Math.min(n, k + bigGap);
      return sum[b]! - sum[a]! >= dashedDensity * win;
    };
    let k = 0;
    while (k < n) {
      if (!dense(k)) {
        k++;
        continue;
      }
      let e = k;
      while (e < n && dense(e)) e++;
      // From the first ink to the last.
      let k0 = k, k1 = e;
      while (k0 < k1 && !on(k0)) k0++;
      while (k1 > k0 && !on(k1 - 1)) k1--;
      // Clearer on both sides than a solid run.
      if (k1 - k0 >= dashedLong && lineAlone(dir, l, k0, k1, 0.08, !turned)) {
        mark(dir, l, k0, k1);
        mark(dir, l + 1, k0, k1);
        found.push({ dir, l, k0, k1 });
      }
      k = e;
    }
  };
  const found: Array<{ dir: 0 | 1; l: number; k0: number; k1: number }> = [];
  /**
   * Whether the line at `l` (a pixel either side) has dark dots all along from `k0` to `k1`:
   * none missing for longer than four gaps' length (where the dither thins out most, its dots
   * come out lighter than dark).
   */
  const dotsAcross = (dir: 0 | 1, l: number, k0: number, k1: number): boolean => {
    const { at, m } = dirs[dir];
    let last = k0;
    for (let k = k0; k < k1; k++) {
      for (let d = -1; d <= 2; d++) if (l + d >= 0 && l + d < m && dark[at(l + d, k)]) last = k;
      if (k - last > 4 * bigGap) return false;
    }
    return true;
  };
  /**
   * A thin grey line dithered is dense where its dots fall on the screen's grid and thin where
   * they fall between (the two beat along it): it is found in parts. Two parts on one line (a
   * pixel apart at most) are joined where its dots go on between them.
   */
  const joinDotted = () => {
    for (const a of found) {
      let next: (typeof found)[number] | null = null;
      for (const b of found) {
        if (b.dir === a.dir && Math.abs(b.l - a.l) <= 1 && b.k0 > a.k1 && (!next || b.k0 < next.k0)) next = b;
      }
      if (next && dotsAcross(a.dir, a.l, a.k1, next.k0)) {
        mark(a.dir, a.l, a.k1, next.k0);
        mark(a.dir, a.l + 1, a.k1, next.k0);
      }
    }
  };
  for (let y = 0; y < h; y++) scan(0, y);
  for (let x = 0; x < w; x++) scan(1, x);
  for (let x = 0; x < w; x++) cellSides(x);
  if (dashedToo) {
    for (let y = 0; y + 1 < h; y++) dashed(0, y);
    for (let x = 0; x + 1 < w; x++) dashed(1, x);
    if (!turned) joinDotted();
  }
  // A dashed line's end, where the stretch lay half outside it, stops short of the line it
  // meets: carried on to a line across within a gap's length.
  for (const f of found) {
    const { at, n, m } = dirs[f.dir];
    const across = (k: number) => {
      for (let d = -1; d <= 2; d++) if (f.l + d >= 0 && f.l + d < m && rule[at(f.l + d, k)]) return true;
      return false;
    };
    for (let j = f.k0 - 1; j >= 0 && f.k0 - j <= bigGap + 1; j--) {
      if (across(j)) {
        mark(f.dir, f.l, j, f.k0);
        mark(f.dir, f.l + 1, j, f.k0);
        break;
      }
    }
    for (let j = f.k1; j < n && j - f.k1 <= bigGap; j++) {
      if (across(j)) {
        mark(f.dir, f.l, f.k1, j + 1);
        mark(f.dir, f.l + 1, f.k1, j + 1);
        break;
      }
    }
  }
  // Ruling is a little wider than its core run where the scan blurred it: wipe the ink next to it too.
  const kept = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!ink[i] || wipe[i]) continue;
      const near = (x > 0 && wipe[i - 1]) || (x + 1 < w && wipe[i + 1]) || (y > 0 && wipe[i - w]) || (y + 1 < h && wipe[i + w]);
      // A pixel beside a line only goes with it when it has no ink across the line (not part of a character).
      if (near) {
        const lone = (x > 1 && x + 2 < w && y > 1 && y + 2 < h) &&
          ((wipe[i - 1] || wipe[i + 1]) ? !ink[i - w] || !ink[i + w] : !ink[i - 1] || !ink[i + 1]);
        if (lone) continue;
      }
      kept[i] = 1;
    }
  }
  // The grey levels of what is kept and of its anti-aliased edges, ruling white. The edges are
  // what a thin stroke of a grey scan mostly is: at 150 dpi the hairlines of a serif digit stay
  // lighter than the ink level (a 0 kept as two arcs, read as "()"). An edge pixel: lighter than
  // ink, darker than most of the way to paper, within two steps of kept ink, not by the ruling.
  // On a page turned straight here, only where its paper is white: the turn's interpolation
  // greys the paper round every speck of a noisy scan, and its edges grew the specks into letters
  // (a noisy, turned variant of seed 001, its paper at 170, lost a cell of 表四); without them, a
  // clean scan turned 2.5° lost the hairlines of its zeros (表三 read as `()`, 141 of 175 right).
  const hi = t + Math.round((paper - t) * 0.7);
  const show = new Uint8Array(kept);
  const byRule = (i: number, x: number, y: number) =>
    rule[i] || (x > 0 && rule[i - 1]) || (x + 1 < w && rule[i + 1]) || (y > 0 && rule[i - w]) || (y + 1 < h && rule[i + w]);
  for (let step = 1; step <= (turned && paper < whitePaper ? 0 : edgeSteps); step++) {
    for (let y = 1; y + 1 < h; y++) {
      for (let x = 1; x + 1 < w; x++) {
        const i = y * w + x;
        if (show[i] || ink[i] || px[i]! > hi || byRule(i, x, y)) continue;
        let near = false;
        for (let dy = -1; dy <= 1 && !near; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const j = i + dy * w + dx;
            if (show[j] === step) { near = true; break; }
          }
        }
        if (near) show[i] = step + 1;
      }
    }
  }
  const src = new Uint8Array(w * h);
  for (let i = 0; i < src.length; i++) src[i] = show[i] ? px[i]! : 255;
  return { img: { w, h, px: src }, ink: kept, wipe: rule };
}

export interface CellRegion {
  box: Box;
  label: number;
}

/**
 * The cells of the ruled tables: the areas the ruling closes in (flood fill of everything
 * that is not ruling; the area reaching the edge of the page is outside every table).
 */
export function tableCells(wipe: Uint8Array, w: number, h: number): { labels: Int32Array; cells: CellRegion[] } {
  // Ruling thickened by a pixel, so that a blurred or broken joint still closes a cell.
  const wall = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!wipe[y * w + x]) continue;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const yy = y + dy, xx = x + dx;
        if (yy >= 0 && yy < h && xx >= 0 && xx < w) wall[yy * w + xx] = 1;
      }
    }
  }
  const labels = new Int32Array(w * h).fill(-1);
  const cells: CellRegion[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (wall[start] || labels[start] !== -1) continue;
    const id = next++;
    labels[start] = id;
    stack.push(start);
    let x0 = w, y0 = h, x1 = 0, y1 = 0, edge = false, n = 0;
    while (stack.length) {
      const i = stack.pop()!;
      n++;
      const x = i % w, y = (i - x) / w;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1) edge = true;
      if (x > 0 && !wall[i - 1] && labels[i - 1] === -1) { labels[i - 1] = id; stack.push(i - 1); }
      if (x + 1 < w && !wall[i + 1] && labels[i + 1] === -1) { labels[i + 1] = id; stack.push(i + 1); }
      if (y > 0 && !wall[i - w] && labels[i - w] === -1) { labels[i - w] = id; stack.push(i - w); }
      if (y + 1 < h && !wall[i + w] && labels[i + w] === -1) { labels[i + w] = id; stack.push(i + w); }
    }
    // A cell: closed in, not a sliver, not most of the page.
    if (!edge && x1 - x0 >= 8 && y1 - y0 >= 8 && n < w * h * 0.5) cells.push({ box: [x0, y0, x1 + 1, y1 + 1], label: id });
  }
  return { labels, cells };
}
/** A cell with ink, cropped to its ink (a margin of 2 pixels), in page pixels. */
export interface CellCrop {
  cell: CellRegion;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A cleaned page as every engine takes it: the ruling wiped, the cells it closes in, their ink. */
export interface RuledPage {
  /** The page with the ruling wiped (grey levels kept). */
  img: Gray;
  /** The cell (label of `cells`) of every pixel, −1 on the ruling. */
  labels: Int32Array;
  cells: CellRegion[];
  /** The cells with ink, cropped to it. */
  crops: CellCrop[];
  /** The page less its table cells: the text outside the tables. */
  outside: Gray;
  /** The ruling (1 where a line was found). */
  wipe: Uint8Array;
}

/** The cells of a cleaned page (`wipe`: its ruling) and their ink (darker than 160). */
export function ruledPage(img: Gray, wipe: Uint8Array): RuledPage {
  const { w, h } = img;
  const { labels, cells } = tableCells(wipe, w, h);
  const isCell = new Set(cells.map((c) => c.label));
  const outside = new Uint8Array(img.px);
  if (cells.length) for (let i = 0; i < labels.length; i++) if (isCell.has(labels[i]!)) outside[i] = 255;
  const crops: CellCrop[] = [];
  for (const c of cells) {
    let x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (let y = c.box[1]; y < c.box[3]; y++) {
      for (let x = c.box[0]; x < c.box[2]; x++) {
        const i = y * w + x;
        if (labels[i] === c.label && img.px[i]! < 160) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      }
    }
    if (x1 < 0 || (x1 - x0 < 2 && y1 - y0 < 2)) continue;
    crops.push({ cell: c, x0: Math.max(0, x0 - 2), y0: Math.max(0, y0 - 2), x1: Math.min(w, x1 + 3), y1: Math.min(h, y1 + 3) });
  }
  return { img, labels, cells, crops, outside: { w, h, px: outside }, wipe };
}

/**
 * A box split where a ruling line runs down through it (a line of text found across two cells
 * of a table the ruling does not close, as at the foot of a page): the pieces, left to right.
 */
export function splitAtRuling(b: Box, page: Pick<RuledPage, 'wipe' | 'img'>): Box[] {
  const { w } = page.img;
  const rows = b[3] - b[1];
  if (rows <= 0) return [b];
  const out: Box[] = [];
  let from = b[0];
  for (let x = b[0]; x < b[2]; x++) {
    let n = 0;
    for (let y = b[1]; y < b[3]; y++) n += page.wipe[y * w + x]!;
    if (n >= 0.6 * rows) {
      if (x - from >= 3) out.push([from, b[1], x, b[3]]);
      from = x + 1;
    }
  }
  if (b[2] - from >= 3) out.push([from, b[1], b[2], b[3]]);
  return out.length ? out : [b];
}
