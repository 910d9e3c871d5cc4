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
 */
import type { Box } from '../box.js';
import type { Word } from './words.js';

/** How far apart (pixels) two rules may be and still be the same rule. */
const sameRule = 3;

export function alignRuledRows(words: Word[], cells: readonly Box[]): void {
  const inCell = new Map<number, Word[]>();
  for (const w of words) {
    const cx = (w.box[0] + w.box[2]) / 2, cy = (w.box[1] + w.box[3]) / 2;
    const k = cells.findIndex((c) => cx >= c[0] && cx <= c[2] && cy >= c[1] && cy <= c[3]);
    if (k < 0) continue;
    w.cell = cells[k]!;
    if (!inCell.has(k)) inCell.set(k, []);
    inCell.get(k)!.push(w);
  }
  for (const [k, ws] of inCell) {
    if (!oneLine(ws)) continue;
    const c = cells[k]!;
    // The band's key: its rules, rounded so that rules a pixel or two apart agree.
    const key = `${Math.round(c[1] / sameRule)}:${Math.round(c[3] / sameRule)}`;
    for (const w of ws) w.row = key;
  }
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
