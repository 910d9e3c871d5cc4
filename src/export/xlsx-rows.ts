/**
 * Row heights for wrapped text: a spreadsheet does not grow a row for wrapped text in a
 * written file (LibreOffice and Excel keep the default height, and the lines overlap the next
 * row), so the writer sets each row's height from its longest text and its column widths.
 */

/** Width of text in column-width units: CJK and full-width characters take two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** A merged range a cell starts: its last column and how many rows it runs down (1-based, inclusive). */
export interface Span {
  right: number;
  rows: number;
}

/**
 * The height (points) a row needs: for each text cell, the lines it wraps to in its width (a
 * merged range's whole width where the cell starts one, its lines shared by the rows the range
 * runs down), 15 points a line.
 */
export function rowHeight(values: ReadonlyArray<unknown>, widths: readonly number[], spans: ReadonlyMap<number, Span> = new Map()): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !v) return;
    const span = spans.get(i + 1) ?? { right: i + 1, rows: 1 };
    let width = 0;
    for (let c = i; c < span.right; c++) width += widths[c] ?? 10;
    lines = Math.max(lines, Math.ceil(Math.ceil(textWidth(v) / Math.max(1, width - 1)) / span.rows));
  });
  return 15 * lines;
}

/** The spans of a sheet's merged ranges ([top, left, bottom, right]), by row then by left column. */
export function spansOf(merges: ReadonlyArray<readonly [number, number, number, number]>): Map<number, Map<number, Span>> {
  const out = new Map<number, Map<number, Span>>();
  for (const [t, l, b, r] of merges) {
    let row = out.get(t);
    if (!row) out.set(t, (row = new Map()));
    row.set(l, { right: r, rows: b - t + 1 });
  }
  return out;
}
