import { readCell } from './cell.js';
import { withCol, type Field } from './lines.js';
import type { Item } from './items.js';
import { hasRowNumber } from './row-numbers.js';
import { subsets } from './subsets.js';

/** How many more printed pieces than cells a row may hold for its wrapped numbers to be tried. */
const maxJoins = 3;
/** How far apart (characters) a piece and the one it continues may stand: a line's CJK text shifts its numbers. */
const reach = 3.5;
/** Lines a row's pieces may run over after its label's line. */
const maxLines = 4;

/**
 * A row whose numbers wrapped inside their narrow cells, the pieces not on consecutive lines or
 * with a group label's words beside them (`pdftotext -layout` of a narrow table whose label cells
 * are tall): each number's next piece stands below it in its column, other cells' values between.
 *
 * ```text
 * 三、本年度 （一）予以公开   128                         13    ← 1288 … 1362
 *  办理结果                      8
 *                            21  0    0    50   3
 *                                                         62
 * ```
 *
 * A piece may continue the piece above it nearest its column (within `reach` characters), digits
 * after digits; a number may wrap over more than two lines. Of every way to make the row's pieces
 * exactly `width` numbers so, the one under which the row keeps the format's row relation
 * (`holds`: 表三's 总计 the sum of the applicant columns) is taken, where exactly one does; else
 * nothing changes. Items after the row's own are taken while they hold values and no words but a
 * group label's (`isGroupPiece`) or, on the next line, the end of the row's own label (no row
 * number); those words are kept as a line of text. `lineOf`/`columnOf`: a document offset's line
 * and character column.
 */
export function joinWrappedColumns(
  items: readonly Item[], width: number, holds: (row: readonly Field[]) => boolean,
  lineOf: (offset: number) => number, columnOf: (offset: number) => number, isGroupPiece: (words: string) => boolean,
): Item[] {
  let out: Item[] | null = null;
  for (let k = 0; k < items.length; k++) {
    const joined = rowAt(items, k, width, holds, lineOf, columnOf, isGroupPiece);
    if (!joined) {
      out?.push(items[k]!);
      continue;
    }
    out ??= items.slice(0, k);
    out.push(joined.row, ...joined.texts);
    k = joined.last;
  }
  return out ?? (items as Item[]);
}

interface Piece { f: Field; line: number; col: number }

function rowAt(
  items: readonly Item[], k: number, width: number, holds: (row: readonly Field[]) => boolean,
  lineOf: (offset: number) => number, columnOf: (offset: number) => number, isGroupPiece: (words: string) => boolean,
): { row: Item; texts: Item[]; last: number } | null {
  const head = items[k]!;
  // Most items fail these first, cheap tests: a row of the table's width, or nothing after it to take.
  if (head.segment || (head.kind === 'row' && (head.values >= width || head.line.mode !== 'space'))) return null;
  const after = items[k + 1];
  if (!after || after.kind !== 'row' || after.line.mode !== 'space') return null;
  // The items after it and how many pieces they print, before any column is worked out.
  const first = head.line.index;
  let count = head.kind === 'row' ? head.values : 0;
  let last = k;
  for (let j = k + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.kind !== 'row' || it.line.mode !== 'space' || it.line.index > first + maxLines) break;
    const words = it.label.trim();
    // Words beside the pieces: a group label's, or (next to the row's own line) its label's end.
    if (words !== '' && !isGroupPiece(words) && !(j === k + 1 && head.kind === 'row' && !hasRowNumber(words))) break;
    if (lineOf(it.fields[it.fields.length - 1]!.start) > first + maxLines) break;
    count += it.values;
    last = j;
  }
  const extra = count - width;
  if (last === k || extra < 1 || extra > maxJoins) return null;
  const label = head.label.trim();
  if (label === '' || isGroupPiece(label)) return null;
  const pieces: Piece[] = [];
  const texts: Item[] = [];
  for (let j = k; j <= last; j++) {
    const it = items[j]!;
    if (it.kind !== 'row') continue;
    for (const f of it.fields) if (f.text !== '') pieces.push({ f, line: lineOf(f.start), col: columnOf(f.start) + (f.end - f.start) / 2 });
    if (j > k && it.label.trim() !== '') texts.push({ kind: 'text', line: it.line, label: it.label, labelStart: it.labelStart, fields: [], values: 0, segment: false });
  }
  // Plain text starts every value at the line's start: no columns to tell pieces by.
  if (pieces.length !== count || pieces.some((p) => p.col < 10 || p.f.cell.kind !== 'number')) return null;
  const joins = candidateJoins(pieces);
  if (joins.length < extra) return null;
  let found: { fields: Field[]; joined: string[] } | null = null;
  for (const set of subsets(joins, extra)) {
    const made = numbersOf(pieces, set);
    if (!made || made.fields.length !== width || !holds(made.fields)) continue;
    if (found) return null; // two ways add up: the layout does not say which
    found = made;
  }
  if (!found) return null;
  const row: Item = {
    ...head, kind: 'row', fields: found.fields.map(withCol), values: width, segment: true, wrapped: found.joined,
  };
  return { row, texts, last };
}

/** Pairs [upper, lower] of piece indices where the lower may continue the upper: the piece above it nearest its column (then nearest its line). */
function candidateJoins(pieces: readonly Piece[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  pieces.forEach((b, bi) => {
    if (!/^\d+$/.test(b.f.text)) return;
    let best = -1;
    pieces.forEach((a, ai) => {
      if (a.line >= b.line || Math.abs(a.col - b.col) > reach) return;
      const p = pieces[best];
      const d = Math.abs(a.col - b.col);
      if (!p || d < Math.abs(p.col - b.col) || (d === Math.abs(p.col - b.col) && a.line > p.line)) best = ai;
    });
    if (best >= 0 && /^[1-9]\d*$/.test(pieces[best]!.f.text)) out.push([best, bi]);
  });
  return out;
}

/**
 * The numbers the pieces make with these joins (each piece continued by one at most, and
 * continuing one at most), left to right by where each number's first piece stands; null where
 * two joins share a piece.
 */
function numbersOf(pieces: readonly Piece[], joins: ReadonlyArray<[number, number]>): { fields: Field[]; joined: string[] } | null {
  const next = new Map<number, number>();
  const continues = new Set<number>();
  for (const [a, b] of joins) {
    if (next.has(a) || continues.has(b)) return null;
    next.set(a, b);
    continues.add(b);
  }
  const heads = pieces.map((_, i) => i).filter((i) => !continues.has(i)).sort((x, y) => pieces[x]!.col - pieces[y]!.col);
  const fields: Field[] = [];
  const joined: string[] = [];
  for (const h of heads) {
    const chain = [h];
    while (next.has(chain[chain.length - 1]!)) chain.push(next.get(chain[chain.length - 1]!)!);
    const f = pieces[h]!.f;
    if (chain.length === 1) {
      fields.push(f);
      continue;
    }
    const parts = chain.map((i) => pieces[i]!.f.text);
    const text = parts.join('');
    fields.push({ text, start: f.start, end: f.end, cell: readCell(text), raw: text, col: f.col });
    joined.push(parts.join('+'));
  }
  return { fields, joined };
}
