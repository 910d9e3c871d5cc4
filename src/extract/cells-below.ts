import { table3Groups } from '../model/formats/index.js';
import type { Item } from './items.js';
import { hasRowNumber } from './row-numbers.js';
import { isWhiteSpace } from './white-space.js';
import type { Field } from './lines.js';

/**
 * A row whose last cells' numbers stand on the line below it, right of its other values: a cell
 * padded before its number (`&ensp;26`) in a column too narrow for both wraps the number onto
 * its second line, and `pdftotext -layout` prints that line apart, in the cell's column.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量            26
 *                                             26      ← 总计, wrapped below in its cell
 *                                             ^ right of the row's values, not under them
 * ```
 *
 * The line right below a row with a label and fewer values than the table's width is joined to
 * the row where it holds nothing but numbers, each starting right of where the row's last value
 * ends (a number wrapped digit by digit stands under its own column instead: see
 * wrapped-numbers.ts), the two together no more than the width, and the format's arithmetic
 * decides: joined, the last value is the sum of the others (表三's 总计), while the row's own
 * values alone are not (one value, or a last value that is not the sum of the others). Returns
 * the joined row, or null.
 */
export function cellsBelow(it: Item, next: Item | undefined, width: number): Item | null {
  if (it.kind !== 'row' || it.segment || it.line.mode !== 'space' || it.label.trim() === '') return null;
  // A line of numbers alone: words on it (a label's last line, an item number) make it a row of
  // its own or the second line of a row split over two (split-rows.ts), not cells of this one;
  // but a piece of a group's label spanning the rows (`度办理结` of 三、本年度办理结果) belongs to
  // no row.
  if (!next || next.kind !== 'row' || next.line.mode !== 'space') return null;
  if (next.line.index !== it.line.index + 1 || next.values === 0 || next.values !== next.fields.length) return null;
  const own = it.fields.filter((f) => f.text !== '');
  if (own.length === 0 || own.length + next.values > width) return null;
  // The next row's label beside them, its row number first (its label cell taller than its
  // values, centred): only where the two make the whole row, every column printed. (Words
  // without a row number end this row's own label: a row split over two lines, split-rows.ts.)
  if (next.line.label.trim() !== '' && !groupLabelPiece(next.line.label) && (own.length + next.values !== width || !hasRowNumber(next.line.label))) return null;
  if (!own.every((f) => f.start >= it.line.start && f.end <= it.line.end)) return null;
  if (!next.fields.every((f) => f.cell.kind === 'number' && f.start >= next.line.start && f.end <= next.line.end)) return null;
  // Right of the row's values, by characters from each line's start (as pdftotext -layout sets them).
  const end = own[own.length - 1]!.end - it.line.start;
  if (next.fields[0]!.start - next.line.start <= end + 1) return null;
  const row = [...own, ...next.fields];
  if (!lastIsSum(row) || (own.length > 1 && lastIsSum(own))) return null;
  return Object.assign({}, it, { fields: row, values: row.length, below: true as const });
}

/** 表三's group labels as the text reads them (normalised, no spaces). */
const groupLabels = Object.values(table3Groups).map((g) => g.normalize('NFKC'));

/** The characters of the group labels, by code (a piece of one holds no other). */
const groupChars = new Uint8Array(0x10000);
for (const g of groupLabels) for (let i = 0; i < g.length; i++) groupChars[g.charCodeAt(i)] = 1;

/** Whether words are a piece of one of 表三's group labels, which span their rows. */
export function groupLabelPiece(words: string): boolean {
  // Most words hold a character no group label has: told without copying them.
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    if (groupChars[c] === 0 && !isWhiteSpace(c)) return false;
  }
  const w = words.replace(/\s+/g, '');
  return w.length > 0 && groupLabels.some((g) => g.includes(w));
}

/** Whether every value is a number and the last is the sum of the others. */
export function lastIsSum(fields: readonly Field[]): boolean {
  if (fields.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < fields.length - 1; i++) {
    const v = fields[i]!.cell.value;
    if (typeof v !== 'number') return false;
    sum += v;
  }
  const last = fields[fields.length - 1]!.cell.value;
  return typeof last === 'number' && Math.abs(sum - last) < 1e-6;
}
