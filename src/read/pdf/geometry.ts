/** Matrices, glyph boxes and character classes shared by the steps of the PDF layout (the box type and the median: read/box.ts). */
import type { Box } from '../box.js';

export type Matrix = [number, number, number, number, number, number];

export function mul(m: readonly number[], n: readonly number[]): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

export const wide = (c: number) => c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6));

/** Kangxi radicals, CJK radicals and compatibility ideographs (as some fonts map their glyphs) → the unified ideographs. */
export function fixCompat(s: string): string {
  if (!/[\u2e80-\u2fdf\uf900-\ufaff]/.test(s)) return s;
  return s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize('NFKC'));
}

/**
 * Full-width digits and the signs of a number (０-９ ． ， － ＋ ％, typed in an input method's
 * full-width mode) as their ASCII forms, for the layout's tests of what is a number; the text
 * itself keeps them (the extractor's normalisation folds them).
 */
export function asciiDigits(s: string): string {
  if (!/[\uff05\uff0b-\uff0e\uff10-\uff19]/.test(s)) return s;
  return s.replace(/[\uff05\uff0b-\uff0e\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A digit, half- or full-width. */
export const isDigitCode = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/** A digit (half- or full-width) or a Latin letter: two of them apart on a line are two words. */
export const isAlnumCode = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Round a coordinate to 1/100 pt (what a box needs, and stable in JSON). */
export const r2 = (v: number) => Math.round(v * 100) / 100;

export function boxOf(t: readonly number[], width: number, size: number): Box {
  const len = Math.hypot(t[0]!, t[1]!) || 1;
  const dx = t[0]! / len;
  const dy = t[1]! / len;
  const ul = Math.hypot(t[2]!, t[3]!) || 1;
  const ux = (t[2]! / ul) * size;
  const uy = (t[3]! / ul) * size;
  const ox = t[4]! - ux * 0.12;
  const oy = t[5]! - uy * 0.12;
  const xs = [ox, ox + dx * width, ox + ux, ox + dx * width + ux];
  const ys = [oy, oy + dy * width, oy + uy, oy + dy * width + uy];
  return [r2(Math.min(...xs)), r2(Math.min(...ys)), r2(Math.max(...xs)), r2(Math.max(...ys))];
}
