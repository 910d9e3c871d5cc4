/**
 * Step 5 of read/image.ts: every number field of a table read a second time by Tesseract, digits
 * only; where the readings disagree the surer one is kept, with a lowered confidence.
 */
import { join } from 'node:path';
import type { Box } from '../box.js';
import type { OriginSegment } from '../source.js';
import type { Gray } from './raster.js';
import { OcrTimeout, type Deadline } from './run.js';
import { hasTesseract, readDigits } from './tesseract.js';
import { numericRe } from './words.js';

/** A page as the second pass takes it: straightened, its ink, the cleaned image and a cut for the crops. */
export interface PageGrays {
  gray: Gray;
  ink: Uint8Array;
  skew: number;
  /** The page cleaned of its ruling (ocr/ruling.ts `clean`). */
  img: Gray;
  /** Grey level at or below which a pixel of `img` is ink in a crop. */
  cut: number;
}

/** Ink pixels inside a box (less a margin of 3 pixels, where ruling may be left). */
export function inkIn(ink: Uint8Array, w: number, h: number, b: Box): number {
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
export async function secondPass(
  text: string,
  origins: OriginSegment[],
  grays: Map<number, PageGrays>,
  dir: string,
  deadline: Deadline,
): Promise<{ text: string; origins: OriginSegment[] }> {
  if (grays.size === 0) return { text, origins };
  const fields = fieldsOf(text, origins).filter((f) => {
    const o = origins[f.seg]!.origin;
    return o.form === 'image' && grays.has(o.page ?? 1) && numericRe.test(text.slice(f.start, f.end));
  });
  if (fields.length === 0) return { text, origins };
  // Crops: the field's box with a margin, from the cleaned page (ruling wiped), ink where it is
  // darker than `cut`, enlarged 2×. The cut lies a quarter of the way from the ink level to the
  // paper's, so that the hairlines of a grey scan's digits stay (cut at the ink level they were
  // lost and Tesseract read nothing or another number: 2024-jiangsu-huaian 69 cells flagged,
  // 20 so). Binary, not grey, and not cut higher: Tesseract read bold digits worse (seed 001
  // grey: 10 zeros flagged; bilevel, cut half-way: 0 read 9).
  const f2 = 2;
  const pad = 6;
  const crops: Array<{ w: number; h: number; px: Uint8Array }> = [];
  for (const f of fields) {
    const o = origins[f.seg]!.origin as { page?: number; box: Box };
    const { gray, img, cut } = grays.get(o.page ?? 1)!;
    const x0 = Math.max(0, o.box[0] - pad), y0 = Math.max(0, o.box[1] - pad);
    const x1 = Math.min(gray.w, o.box[2] + pad), y1 = Math.min(gray.h, o.box[3] + pad);
    const w = (x1 - x0) * f2, h = (y1 - y0) * f2;
    const px = new Uint8Array(Math.max(0, w * h)).fill(255);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (img.px[(y0 + Math.floor(y / f2)) * gray.w + x0 + Math.floor(x / f2)]! <= cut) px[y * w + x] = 0;
    crops.push({ w, h, px });
  }
  // Tesseract is the checker; without it the first reading stands.
  if (!(await hasTesseract())) return { text, origins };
  let second: Map<number, { s: string; conf: number }>;
  try {
    second = await readDigits(crops, join(dir, 'numbers.pgm'), deadline);
  } catch (e) {
    if (e instanceof OcrTimeout) throw e;
    return { text, origins };
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

