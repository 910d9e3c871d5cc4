/**
 * Words in the ruled cells of one table row stand on one line, whatever their height in the cell.
 *
 * A scanned row whose label sits higher in its cell than the numbers in theirs (here 9 px at
 * 200 dpi) was laid out as two lines: the label with blank cells, then the numbers with no label
 * (2024 淮安 scan, 表三 （一）予以公开):
 *
 * ```text
 * │ （一）予以公开 │      │    │ …      label: y 1419–1437
 * │               │ 1288 │ 21 │ …      numbers: y 1428–1442, same ruled row (1403–1466)
 *                   ^^^^ read as a line of its own
 * ```
 *
 * Every cell of a ruled row band (cells sharing their top and bottom rule) whose words make one
 * line of text gives them the band's key; the layout then takes one baseline for the band
 * (ocr/words.ts). A cell holding two or more lines (a wrapped label) keeps its own lines.
 *
 * A cell whose lines are digits alone holds one number set a digit or two a line, as a narrow
 * cell wraps it (表三 of a report printed in full-width digits); its words are one word, read top
 * to bottom, before the band is keyed:
 *
 * ```text
 * │ 2 │ 1 │ 0 │ … │ 2 │
 * │ 9 │   │   │   │ 9 │      2 / 9 / 0 in one ruled cell: 290
 * │ 0 │   │   │   │ 4 │
 *   ^
 * ```
 */
import type { Box } from '../box.js';
import type { Word } from './words.js';

/** How far apart (pixels) two rules may be and still be the same rule. */
const sameRule = 3;

/** The words with each ruled cell's stacked digits joined (in the engine's order), every word in a cell given its cell and, in a one-line cell, its band. */
export function alignRuledRows(words: readonly Word[], cells: readonly Box[]): Word[] {
  const inCell = new Map<number, Word[]>();
  for (const w of words) {
    const cx = (w.box[0] + w.box[2]) / 2, cy = (w.box[1] + w.box[3]) / 2;
    const k = cells.findIndex((c) => cx >= c[0] && cx <= c[2] && cy >= c[1] && cy <= c[3]);
    if (k < 0) continue;
    w.cell = cells[k]!;
    if (!inCell.has(k)) inCell.set(k, []);
    inCell.get(k)!.push(w);
  }
  // A joined number takes the place of its cell's first word; the cell's other words go.
  const instead = new Map<Word, Word | null>();
  for (const [k, list] of inCell) {
    // (The cheap test first: few cells hold stacked digits, and each is compared with every cell.)
    const stacked = stackedDigits(list);
    const joined = stacked && oneRowHigh(cells, k) ? stacked : null;
    if (joined) list.forEach((w, i) => instead.set(w, i === 0 ? joined : null));
    const ws = joined ? [joined] : list;
    if (!oneLine(ws)) continue;
    const c = cells[k]!;
    // The band's key: its rules, rounded so that rules a pixel or two apart agree.
    const key = `${Math.round(c[1] / sameRule)}:${Math.round(c[3] / sameRule)}`;
    for (const w of ws) w.row = key;
  }
  if (instead.size === 0) return [...words];
  const out: Word[] = [];
  for (const w of words) {
    const x = instead.has(w) ? instead.get(w)! : w;
    if (x) out.push(x);
  }
  return out;
}

/** Digits as an engine reads them (a 0 read as the letter o). */
const digitsOnly = /^[\doO〇]+$/;

/**
 * The words of a cell as one number, where they stand on two or more lines, one word a line,
 * each digits alone, one under another; null otherwise.
 */
function stackedDigits(ws: readonly Word[]): Word | null {
  if (ws.length < 2 || !ws.every((w) => digitsOnly.test(w.text))) return null;
  const sorted = [...ws].sort((a, b) => a.box[1] - b.box[1]);
  // A number does not start with 0: a 0 on top is a row of its own (the rule under it not found).
  if (/^[0oO〇]/.test(sorted[0]!.text)) return null;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!, b = sorted[i]!;
    // Each below the one before (no two on a line), overlapping it across, and a line's spacing
    // under it (full-width digits stand a digit apart), not a gap of rows.
    if (b.box[1] < (a.box[1] + a.box[3]) / 2) return null;
    if (b.box[1] - a.box[3] > 1.5 * Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1])) return null;
    if (Math.min(a.box[2], b.box[2]) <= Math.max(a.box[0], b.box[0])) return null;
  }
  const first = sorted[0]!;
  const box: Box = [Math.min(...ws.map((w) => w.box[0])), first.box[1], Math.max(...ws.map((w) => w.box[2])), Math.max(...ws.map((w) => w.box[3]))];
  return { line: first.line, box, conf: Math.min(...ws.map((w) => w.conf)), text: sorted.map((w) => w.text).join(''), cell: first.cell! };
}

/**
 * Whether no rule of the table's other columns crosses cell `k` across: a cell two rows high
 * (the rule between them not found in its column, as on a bilevel scan) holds two rows' values.
 */
function oneRowHigh(cells: readonly Box[], k: number): boolean {
  const c = cells[k]!;
  for (const d of cells) {
    // Another column's cell beside this one, its top or bottom rule inside this cell's height.
    if (d === c || d[3] <= c[1] || d[1] >= c[3] || !(d[2] <= c[0] + sameRule || d[0] >= c[2] - sameRule)) continue;
    if ((d[1] > c[1] + sameRule && d[1] < c[3] - sameRule) || (d[3] > c[1] + sameRule && d[3] < c[3] - sameRule)) return false;
  }
  return true;
}

/** Whether the words stand on one line: each overlaps every other by half the lower's height. */
function oneLine(ws: readonly Word[]): boolean {
  for (const a of ws) {
    for (const b of ws) {
      const overlap = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      if (overlap < 0.5 * Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1])) return false;
    }
  }
  return true;
}
