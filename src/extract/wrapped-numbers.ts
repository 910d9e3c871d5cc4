import { table3Columns } from '../model/formats/index.js';
import { readCell } from './cell.js';
import { subsets } from './subsets.js';
import type { Field } from './lines.js';

/** How many more printed pieces than cells a row may hold for its wrapped numbers to be tried. */
const maxJoins = 3;

/**
 * A row whose numbers wrapped inside their narrow cells: `pdftotext -layout` prints each piece
 * of such a number on a line of its own, the cell's text centred on the row, so the row reads
 * as more pieces than it has cells.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量       300      ← 3001, its last digit on the next line
 *                        1
 *                            53 0 0 61 4
 *                                        311      ← 3119
 *                                        9
 * ```
 *
 * `pieces`: the row's printed pieces in the text's order; `lineOf`: the line a piece starts on;
 * `holds`: the row relation (表三's by default).
 * A piece can continue only the piece printed last on the line before its own, and only digits
 * continue digits. Of every way to join `pieces.length − width` such pairs, the one under which
 * the row keeps 表三's row relation (总计 the sum of the six applicant columns) is taken, where
 * exactly one does: the format's arithmetic decides what the layout cannot. Returns the row's
 * cells and the joined numbers' texts, or null.
 */
export function joinWrappedNumbers(
  pieces: readonly Field[],
  width: number,
  lineOf: (offset: number) => number,
  holds: (row: readonly Field[]) => boolean = addsUp,
): { fields: Field[]; joined: string[] } | null {
  const extra = pieces.length - width;
  if (extra < 1 || extra > maxJoins) return null;
  // Where a join may be: piece i ends its line, piece i + 1 starts the next, both digits.
  const at: number[] = [];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (lineOf(b.start) !== lineOf(a.start) + 1 || !/^[1-9]\d*$/.test(a.text) || !/^\d+$/.test(b.text)) continue;
    // One of the two stands alone on its line, as a wrapped piece does.
    const aAlone = i === 0 || lineOf(pieces[i - 1]!.start) !== lineOf(a.start);
    const bAlone = i + 2 >= pieces.length || lineOf(pieces[i + 2]!.start) !== lineOf(b.start);
    if (!aAlone && !bAlone) continue;
    at.push(i);
  }
  if (at.length < extra) return null;
  let found: Field[] | null = null;
  let joined: string[] = [];
  for (const set of subsets(at, extra)) {
    if (set.some((x, j) => j > 0 && x === set[j - 1]! + 1)) continue; // a piece joins one other
    const fields: Field[] = [];
    const texts: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (set.includes(i)) {
        const q = pieces[i + 1]!;
        const text = p.text + q.text;
        fields.push({ text, start: p.start, end: q.end, cell: readCell(text), raw: text, col: p.col });
        texts.push(`${p.text}+${q.text}`);
        i++;
      } else fields.push(p);
    }
    if (!holds(fields)) continue;
    if (found) return null; // two readings add up: the layout does not say which
    found = fields;
    joined = texts;
  }
  return found && { fields: found, joined };
}

// 表三's row relation as the format states it (relations.ts, table3.applicants): the 总计 column
// is the sum of the six applicant columns.
const totalAt = table3Columns.findIndex((c) => c.id === 'total');

/**
 * Whether a row's values, in 表三's column order, keep the format's row relation: all numbers, and
 * the 总计 the sum of the others.
 */
export function addsUp(fields: readonly Field[]): boolean {
  if (fields.length !== table3Columns.length) return false;
  let sum = 0;
  for (let i = 0; i < fields.length; i++) {
    const v = fields[i]!.cell.value;
    if (typeof v !== 'number') return false;
    if (i !== totalAt) sum += v;
  }
  return Math.abs(sum - (fields[totalAt]!.cell.value as number)) < 1e-6;
}
