/**
 * Scanned reports (PNG, JPEG, TIFF page images, and PDFs without a text layer) → the same
 * tab-separated text the PDF reader makes, by OCR with Tesseract (Debian `tesseract-ocr` and
 * `tesseract-ocr-chi-sim`, run as a child process; nothing is downloaded at run time).
 *
 * 1. The page image is made grey and turned straight if it was scanned askew (up to 4°);
 *    the ruling of the tables (long straight runs of ink, across and down, with nothing on
 *    either side, dashed where a turned scan broke them) is wiped out, since Tesseract reads
 *    a cell border as letters. Done here for PNG, for the pages of a
 *    PDF (rendered to PNG), and for JPEG and TIFF (every page), decoded by jpeg-js and utif2
 *    (see ocr/raster.ts); a GIF or other image goes to Tesseract as it is.
 * 2. The ruling closes in the table cells (a flood fill of what is not ruling). Every cell with
 *    ink is cropped and put on a band of its own in one strip image, read at once
 *    (`--psm 6`): the lines of a wrapped label and the numbers next to it are never taken
 *    for one line. The one-line cells are read once more with digits only (`-l eng`,
 *    `tessedit_char_whitelist=0123456789.-`), which keeps a lone `1` or `4` that the Chinese
 *    model loses or reads as `才`. The text outside the tables is read as a page (`--psm 4`).
 *    Images are enlarged to about 450 dpi (A4) first: Tesseract reads small CJK better so.
 * 3. The words become the text runs of the PDF reader (`internals` of pdf.ts), which lays out
 *    lines, cells and table columns exactly as for a PDF with a text layer.
 * 4. Every number field of a table is read a second time, all at once in one strip of crops,
 *    digits only; where the readings disagree the surer one is kept, with a lowered confidence.
 *
 * 5. Cross-checks (ocr/checks.ts) lower the confidence of a row whose values do not stand
 *    in the ruled cells of their columns, and of the cells a failed 表三/表四 sum points at.
 *
 * Every field of the text maps to `{ form: 'image', page, box, confidence }`: the box in
 * pixels of the page image (for a PDF, rendered at 200 dpi), the confidence (0–100) the
 * lowest of the words in the field. A field read with confidence below 80 is worth a look.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import type { ReadFailure } from './index.js';
import type { Form } from './detect.js';
import { internals } from './pdf.js';
import { SourceText, type OriginSegment } from './source.js';
import { lowered, rowsOffTheRuling } from './ocr/checks.js';
import { decodeRasterInWorker, tooLarge, type Gray } from './ocr/raster.js';

export interface ImageReadOptions {
  /** Time allowed for the whole input, in milliseconds (default 120 s; a page takes a few seconds). */
  timeoutMs?: number;
  /** Page number the origins carry (default 1). */
  page?: number;
}

export interface ImageReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

export const defaultOcrTimeoutMs = 120_000;
/** Largest image read, in pixels (about A3 at 400 dpi). */
export const maxPixels = 40_000_000;
/** Most pages of a scanned PDF read. */
export const maxOcrPages = 60;
/** Resolution a scanned PDF is rendered at for OCR. */
export const ocrDpi = 200;
/** Below this confidence a cell is reported. */
export const lowConfidence = 80;

type Box = [number, number, number, number];
type Run = Parameters<typeof internals.pageLines>[0][number];

const installHint = {
  zh: '需要文字识别（OCR）：请安装 tesseract-ocr 与 tesseract-ocr-chi-sim（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）',
  en: 'OCR is needed: install tesseract-ocr and tesseract-ocr-chi-sim (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
};

function fail(code: ReadFailure['code'], form: Form, zh: string, en: string): ImageReadResult {
  return { source: null, failure: { code, form, message: { zh, en } } };
}

// ---------------------------------------------------------------------------------------
// Child processes

class OcrTimeout extends Error {}

interface Deadline {
  end: number;
}

function runTool(cmd: string, args: string[], deadline: Deadline, maxBuffer = 64 * 1024 * 1024): Promise<string> {
  const left = deadline.end - Date.now();
  if (left <= 0) return Promise.reject(new OcrTimeout());
  return new Promise((resolve, reject) => {
    execFile(cmd, args, {
      timeout: left, maxBuffer, encoding: 'utf8', killSignal: 'SIGKILL',
      // One thread per process: Tesseract's OpenMP threads only slow a small page down.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    }, (err, stdout) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        reject(e.killed || Date.now() >= deadline.end ? new OcrTimeout() : e);
      } else resolve(stdout);
    });
  });
}

let tesseractChecked: Promise<boolean> | null = null;

/** Whether `tesseract` runs and has the Simplified Chinese model. */
export function hasTesseract(): Promise<boolean> {
  tesseractChecked ??= new Promise((resolve) => {
    execFile('tesseract', ['--list-langs'], { timeout: 10_000, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve(!err && /\bchi_sim\b/.test(String(stdout) + String(stderr)));
    });
  });
  return tesseractChecked;
}

// ---------------------------------------------------------------------------------------
// Grey images: PNG decoding, PGM encoding, cleaning

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** Decode a PNG (any colour type, bit depth 1–16, not interlaced) to 8-bit grey; null if it cannot. */
export function decodePng(b: Uint8Array): Gray | null {
  try {
    if (b.length < 33 || u32(b, 0) !== 0x89504e47) return null;
    let at = 8;
    let w = 0, h = 0, depth = 0, type = 0, interlace = 0;
    let palette: Uint8Array | null = null;
    const idat: Uint8Array[] = [];
    while (at + 8 <= b.length) {
      const len = u32(b, at);
      const kind = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
      const data = b.subarray(at + 8, at + 8 + len);
      if (kind === 'IHDR') {
        w = u32(data, 0);
        h = u32(data, 4);
        depth = data[8]!;
        type = data[9]!;
        interlace = data[12]!;
      } else if (kind === 'PLTE') palette = data;
      else if (kind === 'IDAT') idat.push(data);
      else if (kind === 'IEND') break;
      at += 12 + len;
    }
    if (!w || !h || interlace !== 0 || w * h > maxPixels) return null;
    const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[type];
    if (!channels || (type === 3 && !palette)) return null;
    const total = idat.reduce((n, d) => n + d.length, 0);
    const z = new Uint8Array(total);
    let o = 0;
    for (const d of idat) {
      z.set(d, o);
      o += d.length;
    }
    const raw = unzlibSync(z);
    const bpp = Math.max(1, (channels * depth) >> 3);
    const stride = (w * channels * depth + 7) >> 3;
    if (raw.length < h * (stride + 1)) return null;
    const px = new Uint8Array(w * h);
    let prev = new Uint8Array(stride);
    let line = new Uint8Array(stride);
    const max = (1 << depth) - 1;
    for (let y = 0; y < h; y++) {
      const f = raw[y * (stride + 1)]!;
      const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? line[i - bpp]! : 0;
        const up = prev[i]!;
        const c = i >= bpp ? prev[i - bpp]! : 0;
        let v = src[i]!;
        if (f === 1) v += a;
        else if (f === 2) v += up;
        else if (f === 3) v += (a + up) >> 1;
        else if (f === 4) {
          const p = a + up - c;
          const pa = Math.abs(p - a), pb = Math.abs(p - up), pc = Math.abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
        }
        line[i] = v & 255;
      }
      const sample = (k: number): number => {
        if (depth === 8) return line[k]!;
        if (depth === 16) return line[k * 2]!;
        const bit = k * depth;
        return (line[bit >> 3]! >> (8 - depth - (bit & 7))) & max;
      };
      for (let x = 0; x < w; x++) {
        let g: number;
        if (type === 3) {
          const k = sample(x) * 3;
          g = (palette![k]! * 299 + palette![k + 1]! * 587 + palette![k + 2]! * 114) / 1000;
        } else {
          const k = x * channels;
          const scale = depth >= 8 ? 1 : 255 / max;
          if (channels <= 2) g = sample(k) * scale;
          else g = (sample(k) * 299 + sample(k + 1) * 587 + sample(k + 2) * 114) / 1000;
          // Transparent pixels over white.
          if (channels === 2 || channels === 4) {
            const alpha = sample(k + channels - 1) * scale;
            g = 255 - ((255 - g) * alpha) / 255;
          }
        }
        px[y * w + x] = g;
      }
      [prev, line] = [line, prev];
    }
    return { w, h, px };
  } catch {
    return null;
  }
}

function pgm(g: Gray): Uint8Array {
  const head = Buffer.from(`P5\n${g.w} ${g.h}\n255\n`, 'latin1');
  const out = new Uint8Array(head.length + g.px.length);
  out.set(head, 0);
  out.set(g.px, head.length);
  return out;
}

/**
 * The grey level at or below which a pixel is ink: Otsu's threshold, but well below the
 * paper's own level (the commonest one), which a noisy or grey scan puts far from white.
 */
function inkLevel(g: Gray): number {
  return Math.min(threshold(g), Math.floor(paperLevel(g) * 0.6), 200);
}

/** The commonest grey level: the paper's. */
function paperLevel(g: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < g.px.length; i++) hist[g.px[i]!]!++;
  let paper = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[paper]!) paper = v;
  return paper;
}

/** Otsu's threshold of a grey image. */
function threshold(g: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < g.px.length; i++) hist[g.px[i]!]!++;
  const n = g.px.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t]!;
  let sumB = 0, wB = 0, best = 0, at = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

/**
 * Table ruling wiped out (the rest keeps its grey levels).
 * A ruling line is a run of ink much longer than a character is wide, across or down. On a
 * page that was turned straight (`turned`), a run must also stand alone (not strokes of a
 * row of characters), and dashed lines are looked for too.
 */
function clean(g: Gray, turned = false): { img: Gray; ink: Uint8Array; wipe: Uint8Array } {
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
  const density = (dir: 0 | 1, l: number, k0: number, k1: number): number => {
    const { at } = dirs[dir];
    let c = 0;
    for (let k = k0; k < k1; k++) c += dark[at(l, k)]!;
    return c / (k1 - k0);
  };
  /**
   * Whether the ink of line `l` from `k0` to `k1` is a ruling line, not strokes of text in a
   * row: the band of lines as dark as it (the line's thickness) has the lines two pixels
   * beyond it on either side nearly clear, where a row of characters has ink above and below.
   * A band thicker than 6 pixels (bold characters, a shaded area) is no line.
   */
  const lineAlone = (dir: 0 | 1, l: number, k0: number, k1: number, most = 0.15): boolean => {
    const { m } = dirs[dir];
    let top = l, bot = l;
    while (top > 0 && l - top < 6 && density(dir, top - 1, k0, k1) >= 0.5) top--;
    while (bot + 1 < m && bot - l < 6 && density(dir, bot + 1, k0, k1) >= 0.5) bot++;
    if (bot - top >= 6) return false;
    const clear = (q: number) => q < 0 || q >= m || density(dir, q, k0, k1) <= most;
    return clear(top - 2) && clear(top - 3) && clear(bot + 2) && clear(bot + 3);
  };
  const mark = (dir: 0 | 1, l: number, k0: number, k1: number) => {
    const { at } = dirs[dir];
    for (let k = k0; k < k1; k++) {
      rule[at(l, k)] = 1;
      if (dark[at(l, k)]) wipe[at(l, k)] = 1;
    }
  };
  const scan = (dir: 0 | 1, l: number) => {
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
      const end = last + 1;
      if (end - k >= long && count >= 0.8 * (end - k) && (!turned || lineAlone(dir, l, k, end))) mark(dir, l, k, end);
      k = end;
    }
  };
  // A thin line of a scan turned by a small angle and stored with few grey levels comes out
  // dashed (where it falls between two rows of pixels, both stay paper), and straightening
  // (which is when this is looked for) keeps the dashes, which may step to the next row where the turn was not exactly undone.
  // Such a line is taken where the ink of two rows (or columns) together is dense (over 60%
  // in every stretch of two gaps' length) for longer than a run, and stands alone.
  const bigGap = Math.max(maxGap, Math.round(Math.min(w, h) / 80));
  const win = 2 * bigGap;
  const dashed = (dir: 0 | 1, l: number) => {
    const { n, at } = dirs[dir];
    const sum = new Int32Array(n + 1);
    const on = (k: number) => dark[at(l, k)]! | dark[at(l + 1, k)]!;
    for (let k = 0; k < n; k++) sum[k + 1] = sum[k]! + on(k);
    const dense = (k: number) => {
      const a = Math.max(0, k - bigGap), b = Math.min(n, k + bigGap);
      return sum[b]! - sum[a]! >= 0.6 * win;
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
      // Held to more than a solid run: twice as long, and clearer on both sides.
      if (k1 - k0 >= 2 * long && lineAlone(dir, l, k0, k1, 0.08)) {
        mark(dir, l, k0, k1);
        mark(dir, l + 1, k0, k1);
        found.push({ dir, l, k0, k1 });
      }
      k = e;
    }
  };
  const found: Array<{ dir: 0 | 1; l: number; k0: number; k1: number }> = [];
  for (let y = 0; y < h; y++) scan(0, y);
  for (let x = 0; x < w; x++) scan(1, x);
  if (turned) {
    for (let y = 0; y + 1 < h; y++) dashed(0, y);
    for (let x = 0; x + 1 < w; x++) dashed(1, x);
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
  // The grey levels of what is kept (its anti-aliased edges too), ruling white.
  const src = new Uint8Array(w * h);
  for (let i = 0; i < src.length; i++) src[i] = kept[i] ? px[i]! : 255;
  return { img: { w, h, px: src }, ink: kept, wipe: rule };
}

/**
 * The skew of a scan, in degrees (−4…4): the angle at which the rows of ink line up best
 * (the sum of squares of the ink counted along lines at that angle is largest).
 */
function skewOf(g: Gray): number {
  const { w, h, px } = g;
  const t = inkLevel(g);
  const pts: number[] = [];
  const step = Math.max(1, Math.round(w / 1200));
  for (let y = 0; y < h; y += step) for (let x = 0; x < w; x += step) if (px[y * w + x]! <= t) pts.push(x, y);
  if (pts.length < 200) return 0;
  const score = (deg: number) => {
    const tan = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(h + w + 2);
    const off = Math.ceil(Math.abs(tan) * w) + 1;
    for (let k = 0; k < pts.length; k += 2) {
      const b = Math.round(pts[k + 1]! - pts[k]! * tan) + off;
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  let best = 0, bestScore = score(0);
  for (let d = -4; d <= 4.001; d += 0.25) {
    const v = score(d);
    if (v > bestScore) [best, bestScore] = [d, v];
  }
  for (let d = best - 0.2; d <= best + 0.2001; d += 0.05) {
    const v = score(d);
    if (v > bestScore) [best, bestScore] = [d, v];
  }
  return Math.abs(best) < 0.1 ? 0 : best;
}

/** Turn an image by `deg` degrees about its centre (bilinear, white outside). */
function rotate(g: Gray, deg: number): Gray {
  const { w, h, px } = g;
  const a = (deg * Math.PI) / 180, cos = Math.cos(a), sin = Math.sin(a);
  const cx = w / 2, cy = h / 2;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // The source pixel: the output pixel turned back.
      const sx = cos * (x - cx) - sin * (y - cy) + cx;
      const sy = sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx), y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) continue;
      const ax = sx - x0, ay = sy - y0, i = y0 * w + x0;
      out[y * w + x] = (px[i]! * (1 - ax) + px[i + 1]! * ax) * (1 - ay) + (px[i + w]! * (1 - ax) + px[i + w + 1]! * ax) * ay;
    }
  }
  return { w, h, px: out };
}

/** A box of the turned image → the box in the original image (the bounds of its corners turned back). */
function unrotateBox(b: Box, deg: number, w: number, h: number): Box {
  if (!deg) return b;
  const a = (deg * Math.PI) / 180, cos = Math.cos(a), sin = Math.sin(a);
  const cx = w / 2, cy = h / 2;
  const xs: number[] = [], ys: number[] = [];
  for (const [x, y] of [[b[0], b[1]], [b[2], b[1]], [b[0], b[3]], [b[2], b[3]]] as const) {
    xs.push(cos * (x - cx) - sin * (y - cy) + cx);
    ys.push(sin * (x - cx) + cos * (y - cy) + cy);
  }
  return [Math.round(Math.min(...xs)), Math.round(Math.min(...ys)), Math.round(Math.max(...xs)), Math.round(Math.max(...ys))];
}

/** Enlarge a grey image (bilinear). */
function upscale(g: Gray, factor: number): Gray {
  const { w, h, px: src } = g;
  if (factor === 1) return g;
  const W = Math.max(1, Math.round(w * factor)), H = Math.max(1, Math.round(h * factor));
  const out = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    const fy = Math.max(0, (y + 0.5) / factor - 0.5);
    const y0 = Math.min(h - 1, Math.floor(fy)), y1 = Math.min(h - 1, y0 + 1), ay = fy - y0;
    for (let x = 0; x < W; x++) {
      const fx = Math.max(0, (x + 0.5) / factor - 0.5);
      const x0 = Math.min(w - 1, Math.floor(fx)), x1 = Math.min(w - 1, x0 + 1), ax = fx - x0;
      const top = src[y0 * w + x0]! * (1 - ax) + src[y0 * w + x1]! * ax;
      const bot = src[y1 * w + x0]! * (1 - ax) + src[y1 * w + x1]! * ax;
      out[y * W + x] = top * (1 - ay) + bot * ay;
    }
  }
  return { w: W, h: H, px: out };
}

interface CellRegion {
  box: Box;
  label: number;
}

/**
 * The cells of the ruled tables: the areas the ruling closes in (flood fill of everything
 * that is not ruling; the area reaching the edge of the page is outside every table).
 */
function tableCells(wipe: Uint8Array, w: number, h: number): { labels: Int32Array; cells: CellRegion[] } {
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

// ---------------------------------------------------------------------------------------
// Tesseract's TSV

interface Word {
  line: string;
  box: Box;
  conf: number;
  text: string;
}

function parseTsv(tsv: string, scale = 1): Word[] {
  const words: Word[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join(' ').trim();
    const conf = Number(f[10]);
    if (!text || !(conf >= 0)) continue;
    const [l, t, w, h] = [6, 7, 8, 9].map((k) => Number(f[k]) / scale) as [number, number, number, number];
    words.push({ line: `${f[1]}.${f[2]}.${f[3]}.${f[4]}`, box: [Math.round(l), Math.round(t), Math.round(l + w), Math.round(t + h)], conf, text });
  }
  return words;
}

const isAsciiDigitish = (s: string) => /^[\d.,\-]+$/.test(s);

/** Characters Tesseract's Chinese model puts for digits and table punctuation. */
function fixText(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[《〈【]/g, '（')
    .replace(/[》〉】]/g, '）')
    .replace(/(?<=\d)[oO〇](?=\d|$)|(?<=^|\d)[oO〇](?=\d)/g, '0')
    .replace(/^[|丨]+|[|丨]+$/g, '');
}

// ---------------------------------------------------------------------------------------
// One page → runs

interface PageRuns {
  runs: Run[];
  conf: Map<Run, number>;
  height: number;
  page: number;
}

/** Median of a list of numbers. */
function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** The height of a CJK character of body text, in pixels (the median over the words). */
function charHeight(words: Word[]): number {
  const cjk = words.filter((w) => /[\u4e00-\u9fff]/.test(w.text)).map((w) => w.box[3] - w.box[1]);
  return median(cjk.length ? cjk : words.map((w) => w.box[3] - w.box[1])) || 20;
}

/**
 * The type size a word shows, in pixels: its height (a digit stands about 0.72 of a CJK
 * character), but for a word of two or more CJK characters no more than its width per
 * character (they are square): Tesseract's box of a short word in a tall cell is often
 * taller than its characters, which made a table's label look like a heading.
 */
function wordSize(w: Word): number {
  const h = (w.box[3] - w.box[1]) / (isAsciiDigitish(w.text) ? 0.72 : 1);
  const chars = [...w.text];
  if (chars.length >= 2 && chars.every((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c))) {
    return Math.min(h, (w.box[2] - w.box[0]) / (chars.length - 0.1));
  }
  return h;
}

const wideChar = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;

/** Words of a page → text runs in layout units: about a point (a CJK character of body text ≈ 10.5), the same on every page. */
function wordsToRuns(words: Word[], page: number, imgHeight: number, ch: number): PageRuns {
  const k = 10.5 / ch;
  const byLine = new Map<string, Word[]>();
  for (const w of words) {
    if (!byLine.has(w.line)) byLine.set(w.line, []);
    byLine.get(w.line)!.push(w);
  }
  const runs: Run[] = [];
  const conf = new Map<Run, number>();
  for (const ws of byLine.values()) {
    // A line's size: its characters' height (digits stand about 0.72 of a CJK character).
    const hs = ws.map(wordSize).filter((x) => x > 0.4 * ch && x < 3 * ch);
    const size = (hs.length ? median(hs) : ch) * k;
    const base = median(ws.map((w) => w.box[3])) * k;
    ws.sort((a, b) => a.box[0] - b.box[0]);
    // An item number split from its label (`2` `.其他…`, `2.` `其他…`): joined to it.
    for (let j = 0; j + 1 < ws.length; j++) {
      const a = ws[j]!, b = ws[j + 1]!;
      if (/^\d{1,2}[.．、]?$/.test(a.text) && /^[.．、]?[\u4e00-\u9fff]/.test(b.text) && b.box[0] - a.box[2] < 0.8 * ch) {
        ws.splice(j, 2, { line: a.line, box: [a.box[0], Math.min(a.box[1], b.box[1]), b.box[2], Math.max(a.box[3], b.box[3])], conf: Math.min(a.conf, b.conf), text: a.text + b.text });
      }
    }
    // Chinese has no spaces between words: Tesseract's words of one line, Chinese on both
    // sides of a gap narrower than a character, are one run (as a PDF prints them), whatever
    // the ink of a character like `、` leaves between their boxes.
    for (let j = 0; j + 1 < ws.length; j++) {
      const a = ws[j]!, b = ws[j + 1]!;
      if (wideChar.test(a.text.slice(-1)) && wideChar.test(b.text.slice(0, 1)) && b.box[0] - a.box[2] < Math.max(ch, Math.min(wordSize(a), wordSize(b)))) {
        ws.splice(j, 2, { line: a.line, box: [a.box[0], Math.min(a.box[1], b.box[1]), b.box[2], Math.max(a.box[3], b.box[3])], conf: Math.min(a.conf, b.conf), text: a.text + b.text });
        j--;
      }
    }
    for (const w of ws) {
      const s = fixText(w.text);
      if (!s) continue;
      // Speckles Tesseract reads as punctuation: dropped unless confident.
      if (/^[\p{P}\p{S}]$/u.test(s) && w.conf < 60 && !/^[-—–/、.（）()]$/.test(s)) continue;
      const run: Run = { s, x0: w.box[0] * k, x1: w.box[2] * k, y: base, size, box: w.box };
      runs.push(run);
      conf.set(run, w.conf);
    }
  }
  return { runs, conf, height: imgHeight * k, page };
}

// ---------------------------------------------------------------------------------------
// The reader

interface PageImage {
  /** Grey pixels where they could be decoded (PNG), for cleaning and the second pass. */
  gray: Gray | null;
  /** The original file, where it could not. */
  file?: string;
  page: number;
}

const within = (b: Box, o: Box) => b[0] >= o[0] - 1 && b[1] >= o[1] - 1 && b[2] <= o[2] + 1 && b[3] <= o[3] + 1;
const numericRe = /^-?\d+(?:\.\d+)?$/;

/**
 * OCR of one cleaned page: the text outside the tables as a page (`--psm 4`), and the table
 * cells each on a band of their own in one strip image (`--psm 6`), so that the lines of a
 * wrapped label and the numbers next to it are never taken for one line. Word boxes in page pixels.
 */
async function readPage(img: Gray, wipe: Uint8Array, scale: number, base: string, deadline: Deadline): Promise<{ words: Word[]; cells: Box[] }> {
  const { w, h } = img;
  const { labels, cells } = tableCells(wipe, w, h);
  const ruled = cells.map((c) => c.box);
  const isCell = new Set(cells.map((c) => c.label));
  const outside = new Uint8Array(img.px);
  if (cells.length) for (let i = 0; i < labels.length; i++) if (isCell.has(labels[i]!)) outside[i] = 255;
  const words: Word[] = [];
  await writeFile(`${base}.pgm`, pgm(upscale({ w, h, px: outside }, scale)));
  const tsv = await runTool('tesseract', [`${base}.pgm`, 'stdout', '-l', 'chi_sim', '--psm', '4', '-c', 'preserve_interword_spaces=1', 'tsv'], deadline);
  words.push(...parseTsv(tsv, scale).map((x) => ({ ...x, line: 'p' + x.line, box: tighten(x.box, w, (i) => outside[i]! < 160) ?? x.box })));
  // Cells with ink, each cropped to its ink.
  const crops: Array<{ cell: CellRegion; x0: number; y0: number; x1: number; y1: number }> = [];
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
  if (crops.length === 0) return { words, cells: ruled };
  // Every cell on a band of its own, read with the Chinese model.
  const chi = await readStrip(crops, img, labels, scale, 12, `${base}-cells.pgm`, ['-l', 'chi_sim', '--psm', '6', '-c', 'preserve_interword_spaces=1'], deadline);
  // The one-line cells once more with digits only (a lone `1` or `4` in a wide cell is often
  // lost by the Chinese model): where that gives a number and the first reading holds no
  // Chinese, the number is taken.
  const heights = crops.map((c) => c.y1 - c.y0);
  const lineH = median(heights);
  const oneLine = crops.map((c, k) => (c.y1 - c.y0 <= 1.5 * lineH ? k : -1)).filter((k) => k >= 0);
  const digits = oneLine.length
    ? await readStrip(oneLine.map((k) => crops[k]!), img, labels, scale, 24, `${base}-digits.pgm`, ['-l', 'eng', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.-'], deadline)
    : [];
  const dig = new Map<number, Word[]>();
  digits.forEach((ws, j) => dig.set(oneLine[j]!, ws));
  crops.forEach((c, k) => {
    const first = chi[k]!;
    const d = dig.get(k) ?? [];
    const ds = d.map((x) => x.text).join('');
    const fs = first.map((x) => fixText(x.text)).join('');
    const cjk = /[\u4e00-\u9fff]/.test(fs);
    const dConf = d.length ? Math.min(...d.map((x) => x.conf)) : 0;
    const fConf = first.length ? Math.min(...first.map((x) => x.conf)) : 0;
    // A digit the Chinese model took for a character (`4` → `才`, `1` → `工`): the digits win
    // when surer, or when the character is one the model is known to put for that digit.
    const confused = fs.length <= ds.length + 1 ? confusedDigits(fs) : null;
    const digitLike = first.length === 0 || /^[\d\s.,\-—–|'"“”‘’`~_()（）]*$/.test(fs) || (cjk && fs.length <= 2 && ((dConf >= 90 && dConf > fConf) || (fConf < 50 && dConf >= 60 && dConf > fConf))) ||
      confused === ds || (!cjk && /\d/.test(fs) && fs.length <= ds.length + 1);
    const fd = fs.replace(/[^\d.\-]/g, '');
    if (d.length && numericRe.test(ds) && digitLike && !cjk && numericRe.test(fd) && fd !== ds && fConf > dConf) {
      // Two readings of a number that disagree, the first surer: it stays, doubtful (the
      // second pass reads the field once more).
      for (const wd of first) words.push({ ...wd, line: `c${k}.${wd.line}`, conf: Math.min(wd.conf, 60) });
    } else if (d.length && numericRe.test(ds) && digitLike) {
      const agree = fd === ds;
      // Two readings that agree (the second through a known confusion) keep the surer
      // confidence; a digit only the digits reading saw keeps its own.
      const conf = agree ? Math.max(dConf, fConf) : confused === ds ? dConf : Math.min(dConf, 70);
      const box: Box = [Math.min(...d.map((x) => x.box[0])), Math.min(...d.map((x) => x.box[1])), Math.max(...d.map((x) => x.box[2])), Math.max(...d.map((x) => x.box[3]))];
      words.push({ line: `c${k}`, box, conf, text: ds });
    } else {
      for (const wd of first) words.push({ ...wd, line: `c${k}.${wd.line}` });
    }
  });
  return { words, cells: ruled };
}

/**
 * Characters the Chinese model reads for a digit of a table cell (seen on the fixture pages:
 * `1` → `工` or `]`, `4` → `才`); the digits a reading stands for, or null.
 */
const confusions: Record<string, string> = {
  工: '1', 丨: '1', ']': '1', '[': '1', '|': '1', l: '1', I: '1', '!': '1', 了: '7', 才: '4', 口: '0', 〇: '0', O: '0', o: '0', S: '5', B: '8', Z: '2',
};
function confusedDigits(s: string): string | null {
  let out = '';
  for (const c of s) {
    if (/\d/.test(c)) out += c;
    else if (confusions[c]) out += confusions[c];
    else return null;
  }
  return out;
}

/**
 * A word's box shrunk to the rows of ink inside it (`ink(i)` for pixel `i` of an image `w`
 * wide): Tesseract's boxes of Chinese words are often much taller than their characters,
 * which made a label look like a heading and put it off its line. Across, the box stays
 * as Tesseract gave it (a character's ink is narrower than its advance; the gaps between
 * words tell cells apart). Null when the box holds no ink.
 */
function tighten(b: Box, w: number, ink: (i: number) => boolean): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = Math.max(0, b[1]); y < b[3]; y++) {
    for (let x = Math.max(0, b[0]); x < Math.min(w, b[2]); x++) {
      if (!ink(y * w + x)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : [b[0], y0, b[2], y1 + 1];
}

/** Crops of table cells, each on a band of its own in one strip image, read at once: the words of each crop, in page pixels. */
async function readStrip(
  crops: ReadonlyArray<{ cell: CellRegion; x0: number; y0: number; x1: number; y1: number }>,
  img: Gray,
  labels: Int32Array,
  scale: number,
  gap: number,
  file: string,
  args: string[],
  deadline: Deadline,
): Promise<Word[][]> {
  const w = img.w;
  const SW = Math.max(...crops.map((c) => c.x1 - c.x0)) + 2 * gap;
  const tops: number[] = [];
  let y = gap;
  for (const c of crops) {
    tops.push(y);
    y += c.y1 - c.y0 + gap;
  }
  const strip = new Uint8Array(SW * y).fill(255);
  crops.forEach((c, k) => {
    for (let r = c.y0; r < c.y1; r++) {
      for (let x = c.x0; x < c.x1; x++) {
        const i = r * w + x;
        if (labels[i] === c.cell.label) strip[(tops[k]! + r - c.y0) * SW + gap + x - c.x0] = img.px[i]!;
      }
    }
  });
  await writeFile(file, pgm(upscale({ w: SW, h: y, px: strip }, scale)));
  const tsv = await runTool('tesseract', [file, 'stdout', ...args, 'tsv'], deadline);
  const out: Word[][] = crops.map(() => []);
  for (const wd of parseTsv(tsv, scale)) {
    const mid = (wd.box[1] + wd.box[3]) / 2;
    const k = tops.findIndex((t, j) => mid >= t - gap / 2 && mid < t + crops[j]!.y1 - crops[j]!.y0 + gap / 2);
    if (k < 0) continue;
    const c = crops[k]!;
    const dx = c.x0 - gap, dy = c.y0 - tops[k]!;
    const box: Box = [wd.box[0] + dx, wd.box[1] + dy, wd.box[2] + dx, wd.box[3] + dy];
    const clip: Box = [Math.max(box[0], c.x0), Math.max(box[1], c.y0), Math.min(box[2], c.x1), Math.min(box[3], c.y1)];
    out[k]!.push({ ...wd, box: tighten(clip, w, (i) => labels[i] === c.cell.label && img.px[i]! < 160) ?? box });
  }
  return out;
}

/** OCR the pages in order and lay them out as one text. */
async function ocrPages(pages: PageImage[], dir: string, deadline: Deadline, form: Form): Promise<ImageReadResult> {
  const laid: Array<{ lines: ReturnType<typeof internals.pageLines>; height: number }> = [];
  const all: PageRuns[] = [];
  const grays = new Map<number, { gray: Gray; ink: Uint8Array; skew: number }>();
  const ruling = new Map<number, Box[]>();
  const read: Array<{ words: Word[]; page: number; h: number }> = [];
  for (const p of pages) {
    let file = p.file!;
    let scale = 1;
    let words: Word[];
    if (p.gray) {
      // Enlarged to about 450 dpi for an A4 page (Tesseract reads small CJK characters better).
      scale = Math.max(1, Math.min(3, Math.round((3700 / p.gray.w) * 2) / 2));
      // A scan fed in askew is turned straight first; boxes are given in the image as it came.
      const skew = skewOf(p.gray);
      const straight = skew ? rotate(p.gray, skew) : p.gray;
      const { img, ink, wipe } = clean(straight, skew !== 0);
      grays.set(p.page, { gray: straight, ink, skew });
      const pageRead = await readPage(img, wipe, scale, join(dir, `p${p.page}`), deadline);
      words = pageRead.words;
      ruling.set(p.page, pageRead.cells);
    } else {
      const tsv = await runTool('tesseract', [file, 'stdout', '-l', 'chi_sim', '--psm', '4', '-c', 'preserve_interword_spaces=1', 'tsv'], deadline);
      words = parseTsv(tsv, scale);
    }
    const h = p.gray ? p.gray.h : Math.max(0, ...words.map((w) => w.box[3]));
    read.push({ words, page: p.page, h });
  }
  // One scale for all pages, so that a table continued on the next page keeps its columns.
  const ch = charHeight(read.flatMap((r) => r.words));
  for (const r of read) {
    const pr = wordsToRuns(r.words, r.page, r.h, ch);
    all.push(pr);
    laid.push({ lines: internals.pageLines(pr.runs, r.page), height: pr.height });
  }
  const chars = all.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.s.replace(/\s/g, '').length, 0), 0);
  if (chars < 10) {
    return fail('no-text', form, '图片中没有识别出文字', 'no text was recognised in the image');
  }
  internals.dropFurniture(laid);
  const lines = laid.flatMap((p) => p.lines);
  const regions = internals.findRegions(lines);
  const { text, origins } = internals.emit(lines, regions);
  // Origins: the image's, with the confidence of the runs in each field.
  const byPage = new Map(all.map((p) => [p.page, p]));
  const out: OriginSegment[] = origins.map((o, k) => {
    const page = (o.origin as { page: number }).page;
    const box = (o.origin as { box: Box }).box;
    let confidence: number | undefined;
    const pr = byPage.get(page);
    if (pr) for (const r of pr.runs) if (within(r.box as Box, box)) confidence = Math.min(confidence ?? 100, pr.conf.get(r) ?? 100);
    // A blank field where the page has ink: something printed there was not read.
    const end = k + 1 < origins.length ? origins[k + 1]!.offset : text.length;
    const g = grays.get(page);
    if (g && text.slice(o.offset, end).trim() === '' && inkIn(g.ink, g.gray.w, g.gray.h, box) >= 12) confidence = 0;
    return { offset: o.offset, origin: { form: 'image', page, box: box.map(Math.round) as Box, ...(confidence !== undefined ? { confidence: Math.round(confidence) } : {}) } };
  });
  const fixed = await secondPass(text, out, grays, dir, deadline);
  // Cross-check: a row whose values do not stand in the ruled cells of their columns is doubtful.
  // (The cells a failed 表三/表四 sum points at are the extractor's to report: parse/ocr-sum-doubt.)
  const checked = lowered(fixed.origins, rowsOffTheRuling(fixed.text, fixed.origins, ruling));
  const origins2 = checked.map((o) => {
    const g = grays.get((o.origin as { page: number }).page);
    if (!g?.skew) return o;
    const origin = o.origin as { form: 'image'; page?: number; box: Box; confidence?: number };
    return { offset: o.offset, origin: { ...origin, box: unrotateBox(origin.box, g.skew, g.gray.w, g.gray.h) } };
  });
  return { source: new SourceText(fixed.text, { form: 'image', origins: origins2 }), failure: null };
}

/** Ink pixels inside a box (less a margin of 3 pixels, where ruling may be left). */
function inkIn(ink: Uint8Array, w: number, h: number, b: Box): number {
  let n = 0;
  for (let y = Math.max(0, Math.round(b[1]) + 3); y < Math.min(h, Math.round(b[3]) - 3); y++) {
    for (let x = Math.max(0, Math.round(b[0]) + 3); x < Math.min(w, Math.round(b[2]) - 3); x++) n += ink[y * w + x]!;
  }
  return n;
}

/** The fields of a tab-separated text with their origin segment (index into `origins`). */
function fieldsOf(text: string, origins: OriginSegment[]): Array<{ start: number; end: number; seg: number }> {
  const out: Array<{ start: number; end: number; seg: number }> = [];
  for (let k = 0; k < origins.length; k++) {
    const start = origins[k]!.offset;
    let end = start;
    while (end < text.length && text[end] !== '\t' && text[end] !== '\n') end++;
    if (k + 1 < origins.length) end = Math.min(end, origins[k + 1]!.offset);
    out.push({ start, end, seg: k });
  }
  return out;
}

/**
 * Read every number field of a table again with digits only: the crops of all of them in
 * one strip image, one per line, read at once.
 */
async function secondPass(
  text: string,
  origins: OriginSegment[],
  grays: Map<number, { gray: Gray; ink: Uint8Array; skew: number }>,
  dir: string,
  deadline: Deadline,
): Promise<{ text: string; origins: OriginSegment[] }> {
  if (grays.size === 0) return { text, origins };
  const fields = fieldsOf(text, origins).filter((f) => {
    const o = origins[f.seg]!.origin;
    return o.form === 'image' && grays.has(o.page ?? 1) && numericRe.test(text.slice(f.start, f.end));
  });
  if (fields.length === 0) return { text, origins };
  // Crops: the field's box with a margin, ink only (ruling wiped), enlarged 2×.
  const f2 = 2;
  const pad = 6;
  const crops: Array<{ w: number; h: number; px: Uint8Array }> = [];
  for (const f of fields) {
    const o = origins[f.seg]!.origin as { page?: number; box: Box };
    const { gray, ink } = grays.get(o.page ?? 1)!;
    const x0 = Math.max(0, o.box[0] - pad), y0 = Math.max(0, o.box[1] - pad);
    const x1 = Math.min(gray.w, o.box[2] + pad), y1 = Math.min(gray.h, o.box[3] + pad);
    const w = (x1 - x0) * f2, h = (y1 - y0) * f2;
    const px = new Uint8Array(Math.max(0, w * h)).fill(255);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink[(y0 + Math.floor(y / f2)) * gray.w + x0 + Math.floor(x / f2)]) px[y * w + x] = 0;
    crops.push({ w, h, px });
  }
  const gap = 24;
  const W = Math.max(...crops.map((c) => c.w)) + 2 * gap;
  const H = crops.reduce((n, c) => n + c.h + gap, gap);
  const strip = new Uint8Array(W * H).fill(255);
  const tops: number[] = [];
  let y = gap;
  for (const c of crops) {
    tops.push(y);
    for (let r = 0; r < c.h; r++) strip.set(c.px.subarray(r * c.w, (r + 1) * c.w), (y + r) * W + gap);
    y += c.h + gap;
  }
  const file = join(dir, 'numbers.pgm');
  await writeFile(file, pgm({ w: W, h: H, px: strip }));
  let tsv: string;
  try {
    tsv = await runTool('tesseract', [file, 'stdout', '-l', 'eng', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.-', 'tsv'], deadline);
  } catch (e) {
    if (e instanceof OcrTimeout) throw e;
    return { text, origins };
  }
  const words = parseTsv(tsv);
  const second = new Map<number, { s: string; conf: number }>();
  for (const w of words) {
    const mid = (w.box[1] + w.box[3]) / 2;
    let k = tops.findIndex((t, i) => mid >= t && mid < t + crops[i]!.h);
    if (k < 0) continue;
    const had = second.get(k);
    second.set(k, had ? { s: had.s + w.text, conf: Math.min(had.conf, w.conf) } : { s: w.text, conf: w.conf });
  }
  // Rebuild the text with the readings chosen.
  let outText = '';
  const outOrigins: OriginSegment[] = [];
  let at = 0;
  const bySeg = new Map(fields.map((f, i) => [f.seg, { f, i }]));
  for (let k = 0; k < origins.length; k++) {
    const seg = origins[k]!;
    const next = k + 1 < origins.length ? origins[k + 1]!.offset : text.length;
    outText += text.slice(at, seg.offset);
    const o = { ...(seg.origin as { form: 'image'; page?: number; box: Box; confidence?: number }) };
    const hit = bySeg.get(k);
    let body = text.slice(seg.offset, next);
    if (hit) {
      const first = text.slice(hit.f.start, hit.f.end);
      const b = second.get(hit.i);
      const c1 = o.confidence ?? 0;
      if (!b || !numericRe.test(b.s)) {
        // The digits-only reading saw nothing there: doubtful.
        o.confidence = Math.min(c1, 50);
      } else if (b.s === first) {
        o.confidence = Math.max(c1, Math.round(b.conf));
      } else {
        const pick = b.conf > c1 ? b.s : first;
        o.confidence = Math.round(Math.min(c1, b.conf, 60));
        body = pick + text.slice(hit.f.end, next);
      }
    }
    outOrigins.push({ offset: outText.length, origin: o });
    outText += body;
    at = next;
  }
  outText += text.slice(at);
  return { text: outText, origins: outOrigins };
}

/** Let the pages be read, then clean up the temporary directory; failures to one result. */
async function withTemp(form: Form, timeoutMs: number, work: (dir: string, deadline: Deadline) => Promise<ImageReadResult>): Promise<ImageReadResult> {
  if (!(await hasTesseract())) return fail('unsupported-form', form, installHint.zh, installHint.en);
  const deadline = { end: Date.now() + timeoutMs };
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-ocr-'));
  try {
    return await work(dir, deadline);
  } catch (e) {
    if (e instanceof OcrTimeout) {
      return fail('timeout', form, `文字识别超时（超过 ${timeoutMs / 1000} 秒）`, `OCR timed out (over ${timeoutMs / 1000} s)`);
    }
    return fail('corrupt', form, '图片无法识别（文件损坏或格式不受支持）', 'the image could not be read (damaged or an unsupported format)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function imageExt(b: Uint8Array): string {
  if (b[0] === 0x89 && b[1] === 0x50) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8) return 'jpg';
  if (b[0] === 0x47 && b[1] === 0x49) return 'gif';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a)) return 'tif';
  return 'img';
}

/**
 * Read a page image (PNG, JPEG, TIFF) by OCR. Never throws: without Tesseract the failure is
 * `unsupported-form` (saying what to install); an image with no text gives `no-text`.
 */
export async function readImage(bytes: Uint8Array, options: ImageReadOptions = {}): Promise<ImageReadResult> {
  return readImages([bytes], options);
}

/**
 * Read the page images of one report, in order, as one text (a table continued on the next
 * page keeps its columns); origins carry the page, counted from `options.page` (default 1).
 */
export async function readImages(list: readonly Uint8Array[], options: ImageReadOptions = {}): Promise<ImageReadResult> {
  const first = options.page ?? 1;
  return withTemp('image', options.timeoutMs ?? defaultOcrTimeoutMs, async (dir, deadline) => {
    const pages: PageImage[] = [];
    let page = first;
    for (let k = 0; k < list.length; k++) {
      const bytes = list[k]!;
      const ext = imageExt(bytes);
      if (ext === 'png' && bytes.length >= 24 && u32(bytes, 16) * u32(bytes, 20) > maxPixels) {
        const { failure } = tooLarge(u32(bytes, 16), u32(bytes, 20), maxPixels);
        return fail(failure.code, 'image', failure.zh, failure.en);
      }
      // JPEG and TIFF (every page of it): decoded in a worker thread, see ocr/raster.ts.
      if (ext === 'jpg' || ext === 'tif') {
        const r = await decodeRasterInWorker(bytes, ext, { maxPixels, maxPages: maxOcrPages }, deadline.end - Date.now());
        if (r === 'timeout') throw new OcrTimeout();
        if (r.failure) return fail(r.failure.code, 'image', r.failure.zh, r.failure.en);
        for (const gray of r.pages) pages.push({ gray, page: page++ });
        continue;
      }
      const gray = ext === 'png' ? decodePng(bytes) : null;
      let file: string | undefined;
      if (!gray) {
        file = join(dir, `in${k}.${ext}`);
        await writeFile(file, bytes);
      }
      pages.push({ gray, file, page: page++ });
    }
    return ocrPages(pages, dir, deadline, 'image');
  });
}

/**
 * Read a PDF without a text layer: every page rendered with poppler's `pdftoppm -r 200`
 * (grey PNG), then read by OCR as one text; origins carry the page.
 */
export async function readScannedPdf(bytes: Uint8Array, options: { timeoutMs?: number; maxPages?: number } = {}): Promise<ImageReadResult> {
  return withTemp('pdf', options.timeoutMs ?? defaultOcrTimeoutMs, async (dir, deadline) => {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    try {
      await runTool('pdftoppm', ['-r', String(ocrDpi), '-gray', '-png', '-l', String(options.maxPages ?? maxOcrPages), file, join(dir, 'page')], deadline);
    } catch (e) {
      if (e instanceof OcrTimeout) throw e;
      // Installed but failed: the PDF is damaged (asking to install poppler would mislead).
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        const why = String((e as Error).message).split('\n').map((l) => l.trim()).filter(Boolean).pop()!.slice(0, 200);
        return fail('corrupt', 'pdf', `PDF 已损坏，无法渲染页面进行文字识别（pdftoppm：${why}）`, `the PDF is damaged: its pages could not be rendered for OCR (pdftoppm: ${why})`);
      }
      return fail('unsupported-form', 'pdf', 'PDF 没有文字层，需要文字识别：请安装 poppler-utils（pdftoppm）', 'the PDF has no text layer and needs OCR: install poppler-utils (pdftoppm)');
    }
    const names = (await readdir(dir)).filter((n) => /^page-\d+\.png$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const pages: PageImage[] = [];
    for (const n of names) {
      const png = await readFile(join(dir, n));
      pages.push({ gray: decodePng(png), file: join(dir, n), page: Number(/\d+/.exec(n)![0]) });
    }
    if (pages.length === 0) return fail('no-text', 'pdf', 'PDF 中没有识别出文字', 'no text was recognised in the PDF');
    const r = await ocrPages(pages, dir, deadline, 'pdf');
    if (r.failure?.code === 'no-text') return fail('no-text', 'pdf', 'PDF 中没有识别出文字（扫描件文字识别无结果）', 'no text was recognised in the PDF (OCR of the scan found none)');
    return r;
  });
}

/** For tests: the image steps. */
export const imageInternals = { clean, parseTsv, fixText, pgm, skewOf, rotate, tableCells };
