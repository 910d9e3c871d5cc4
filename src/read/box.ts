/**
 * The box and the median the PDF reader (read/pdf) and the OCR reader (read/ocr) share.
 *
 * A box is `[x0, y0, x1, y1]` from the top left of its page: points on a PDF page, pixels on a
 * scanned one (the `box` of a cell's origin, see model/diagnostic.ts). `median` is the upper
 * median, a member of the list (the typical line height of a page, the baseline of a row):
 * `median([10, 12, 30, 31]) === 30`, not 21.
 */

export type Box = [number, number, number, number];

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The middle value of `v` once sorted (the upper one of two); 0 for an empty list. */
export function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}
