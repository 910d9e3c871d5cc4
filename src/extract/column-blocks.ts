import type { Line } from './lines.js';

/**
 * A block of rows printed one column at a time: plain pdftotext of a ruled table can read a
 * block of k rows column by column, each column's k cells as one paragraph of one-value lines,
 * the table's `width` columns one after another with blank lines between.
 *
 * ```text
 * 1     ┐
 * 0     │ 自然人 of ten rows ((三)1 … (四)2)
 * …     │
 * 3     ┘
 *
 * 0     ┐ 商业企业 of the same ten rows
 * …     ┘
 * ```
 *
 * Each run of exactly `width` such paragraphs, all of the same length k ≥ 2, with nothing but
 * blank lines between them, is put back in row order (row 1's cells across the columns, then
 * row 2's, …). A table printed a row at a time, each row its own paragraph of `width` values,
 * looks the same when it has `width` rows: the caller keeps this reading only where the
 * table's sums confirm it. Returns the lines in reading order and the lines of each block put
 * back (first line of each block's rows), or null where there is no such block.
 */
export function columnBlocks(lines: readonly Line[], width: number): { lines: Line[]; blocks: Line[][][] } | null {
  // Paragraphs of one-value lines: [first index, length], with whether only blank lines
  // separate each from the one before.
  const paras: Array<{ at: number; len: number; joined: boolean }> = [];
  let gapOnly = false;
  for (let i = 0; i < lines.length; ) {
    const l = lines[i]!;
    if (l.mode === 'empty') {
      i++;
      continue;
    }
    if (!oneValue(l)) {
      gapOnly = false;
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && oneValue(lines[j]!)) j++;
    paras.push({ at: i, len: j - i, joined: gapOnly });
    gapOnly = true;
    i = j;
  }
  const out = lines.slice();
  const blocks: Line[][][] = [];
  for (let p = 0; p + width <= paras.length; ) {
    const k = paras[p]!.len;
    let ok = k >= 2;
    for (let c = 1; ok && c < width; c++) ok = paras[p + c]!.len === k && paras[p + c]!.joined;
    if (!ok) {
      p++;
      continue;
    }
    // The block's lines, in the places they held (column after column), now in row order.
    const cols = paras.slice(p, p + width);
    const rows: Line[][] = [];
    let n = 0;
    for (let r = 0; r < k; r++) {
      const row: Line[] = [];
      for (const c of cols) {
        const l = lines[c.at + r]!;
        row.push(l);
        // The n-th line in row order takes the n-th place in column order.
        const place = cols[Math.floor(n / k)]!.at + (n % k);
        out[place] = l;
        n++;
      }
      rows.push(row);
    }
    blocks.push(rows);
    p += width;
  }
  return blocks.length ? { lines: out, blocks } : null;
}

/** A line holding one value and no text. */
function oneValue(l: Line): boolean {
  return l.values === 1 && l.label.trim() === '' && l.fields.every((f) => f.cell.kind !== 'text' || f.text === '');
}
