/**
 * Grey page images: PNG decoding (JPEG and TIFF: raster.ts), PGM for Tesseract, the ink and paper
 * levels, the skew of a scan and turning it straight, enlarging.
 */
import { unzlibSync } from 'fflate';
import type { Box } from '../box.js';
import type { Gray } from './raster.js';

/** Largest image read, in pixels (about A3 at 400 dpi). */
export const maxPixels = 40_000_000;

export const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

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

export function pgm(g: Gray): Uint8Array {
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
export function inkLevel(g: Gray): number {
  return Math.min(threshold(g), Math.floor(paperLevel(g) * 0.6), 200);
}

/** The commonest grey level: the paper's. */
export function paperLevel(g: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < g.px.length; i++) hist[g.px[i]!]!++;
  let paper = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[paper]!) paper = v;
  return paper;
}

/** Otsu's threshold of a grey image. */
export function threshold(g: Gray): number {
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
 * The skew of a scan, in degrees (−4…4): the angle at which the rows of ink line up best
 * (the sum of squares of the ink counted along lines at that angle is largest).
 */
export function skewOf(g: Gray): number {
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
export function rotate(g: Gray, deg: number): Gray {
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
export function unrotateBox(b: Box, deg: number, w: number, h: number): Box {
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
export function upscale(g: Gray, factor: number): Gray {
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
