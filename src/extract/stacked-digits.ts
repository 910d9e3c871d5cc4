import type { Item } from './items.js';
import { withCol, type Field } from './lines.js';
import { readCell } from './cell.js';
import { emptyLists } from './empty-lists.js';

/**
 * Rows whose numbers stand digit over digit: a column too narrow for two full-width digits
 * (`７０５`) wraps a number one or two digits a line, its cell centred on the row, so
 * `pdftotext -layout` prints the row's line with each number's middle digits and the other
 * digits on lines of their own above and below, under their columns:
 *
 * ```text
 *                               ７               ７      ← 705 and 713 begin here
 * 一、本年新收政府信息公开申请数量              ０ ３ ０ ０ ５ ０ １
 *                               ５               ３      ← and end here
 * 二、上年结转政府信息公开申请数量              ３ ０ ０ ０ ０ ０ ３
 *                               ６               ６      ← 36 and 36 end here, not 二's next row
 * ```
 *
 * A line of digits alone (a label's wrapped text may stand left of them) between two rows that
 * print every cell belongs to the row above it or to the row below it; each piece goes to the
 * row's column nearest it (pdftotext's columns drift on full-width text, so nearest, in order).
 * Of every way to share the lines between the rows, the one under which each row keeps the
 * format's row relation (`holds`: 表三's 总计 the sum of the six applicant columns) is taken,
 * where exactly one does and at least one row needs it (does not add up without its digits):
 * the format's arithmetic decides what the layout cannot. Rows linked by such lines are decided
 * together; anything else (no way, or two) leaves the items as they are. Joined rows carry
 * `wrapped` (`7+0+5`), which the row reader reports (`parse/numbers-wrapped-joined`).
 */
export function joinStackedDigits(items: readonly Item[], width: number, holds: (row: readonly Field[]) => boolean): Item[] {
  const groups: Array<Array<{ k: number; row: boolean }>> = [];
  let group: Array<{ k: number; row: boolean }> = [];
  const flush = () => {
    if (group.some((g) => g.row) && group.some((g) => !g.row)) groups.push(group);
    group = [];
  };
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'text') continue; // a label's lines stand between the digits and their row
    if (fullRow(it, width)) {
      // Two full rows with no digits between them: what comes before is decided apart.
      if (group.length && group[group.length - 1]!.row) flush();
      group.push({ k, row: true });
    } else if (digitsLine(it, width)) group.push({ k, row: false });
    else flush();
  }
  flush();
  if (groups.length === 0 || !someRowShort(items, groups, holds)) return items as Item[];
  // A stacked number is centred on its row: as many lines above the row's line as below, or one
  // more below (or, the other way, one more above: where pdftotext set the row's one-line cells),
  // the same way in every row of the table. The way is the table's where a group fits one way
  // and not the other, and every such group agrees; each group is then read the table's way,
  // where one reading fits. With no group to tell the way, a group is read only where both ways
  // give the same one reading. Nothing is joined unless some row needs its digits (does not add
  // up without them).
  // (A plain loop, not map: the loops below then meet one kind of list.)
  const both: Array<{ lower: ReturnType<typeof readGroup>; upper: ReturnType<typeof readGroup> }> = [];
  for (const g of groups) both.push({ lower: readGroup(items, g, width, holds, true), upper: readGroup(items, g, width, holds, false) });
  const told = new Set<'lower' | 'upper'>();
  for (const { lower, upper } of both) {
    if (lower.count > 0 && upper.count === 0) told.add('lower');
    if (upper.count > 0 && lower.count === 0) told.add('upper');
  }
  if (told.size > 1) return items as Item[];
  const way = [...told][0];
  const readings: Reading[] = [];
  for (const { lower, upper } of both) {
    const r = way ? (way === 'lower' ? lower : upper) : lower.count === 1 && upper.count === 1 && lower.reading!.key === upper.reading!.key ? lower : null;
    if (r?.count === 1) readings.push(r.reading!);
  }
  if (!readings.some((r) => r.needed)) return items as Item[];
  const out = items.slice();
  const gone = new Set<number>();
  for (const r of readings) apply(out, gone, r);
  return gone.size ? out.filter((_, k) => !gone.has(k)) : out;
}

/**
 * Whether a row of the groups does not add up as printed. Only such a row can need digits
 * (a reading is taken only where one does): where every row adds up, the groups are not read.
 */
function someRowShort(items: readonly Item[], groups: ReadonlyArray<ReadonlyArray<{ k: number; row: boolean }>>, holds: (row: readonly Field[]) => boolean): boolean {
  for (const g of groups) for (const x of g) if (x.row && !holds(items[x.k]!.fields)) return true;
  return false;
}

/** A row of the layout that prints every cell, each a number of digits. */
function fullRow(it: Item, width: number): boolean {
  if (it.kind !== 'row' || it.segment || it.line.mode !== 'space' || it.values !== width || it.fields.length !== width) return false;
  for (const f of it.fields) if (!digitsOnly(f)) return false;
  return true;
}

/**
 * A line holding only a few digit runs, right of any words (a label's wrapped text, whose `无` of
 * `（四）无法提供` reads as a value), as a stacked number's other digits do.
 */
function digitsLine(it: Item, width: number): boolean {
  if (it.kind !== 'row' || it.line.mode !== 'space' || it.values === 0) return false;
  // Counted in one pass, without copying: the printed fields, and how many of them end the line as digit runs.
  let printed = 0;
  let digits = 0;
  for (const f of it.fields) {
    if (f.text === '') continue;
    printed++;
    if (digitsOnly(f)) digits++;
    else if (digits > 0) return false;
  }
  if (digits === 0 || digits >= width) return false;
  // One line only (a segment gathers the one-value lines that follow each other).
  return !it.segment || printed === 1;
}

/**
 * The digit runs of a digit line (right of its words), each at its character column (a one-value
 * line gathered into a segment had its column replaced by its place there).
 */
function digitsOf(it: Item): Field[] {
  const printed = it.fields.filter((f) => f.text !== '');
  const digits = printed.slice(printed.findIndex(digitsOnly));
  return it.segment ? digits.map((f) => withCol(f, (f.start + f.end) / 2 - it.line.start)) : digits;
}

/** Whether the lines above a row end right above its line and those below start right below it, each next to the other. */
function adjacent(items: readonly Item[], k: number, above: readonly number[], below: readonly number[]): boolean {
  const at = items[k]!.line.index;
  for (let j = 0; j < above.length; j++) if (items[above[j]!]!.line.index !== at - above.length + j) return false;
  for (let j = 0; j < below.length; j++) if (items[below[j]!]!.line.index !== at + 1 + j) return false;
  return true;
}

function digitsOnly(f: Field): boolean {
  if (f.cell.kind !== 'number' || f.text === '') return false;
  for (let i = 0; i < f.text.length; i++) {
    const c = f.text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Share the digit lines of one group (full rows and the digit lines between them, in order)
 * between its rows, where the sums allow exactly one way; lines before the first row or after
 * the last may also be no row's.
 */
function readGroup(out: readonly Item[], group: ReadonlyArray<{ k: number; row: boolean }>, width: number, holds: (row: readonly Field[]) => boolean, lower: boolean): { count: number; reading?: Reading } {
  const rows = group.filter((g) => g.row).map((g) => g.k);
  // gaps[i]: the digit lines before rows[i] (i = 0: before the first row; i = rows.length: after the last).
  const gaps = emptyLists<number>(rows.length + 1);
  let at = 0;
  for (const g of group) {
    if (g.row) at++;
    else gaps[at]!.push(g.k);
  }
  // A split s of gap i: its first s lines end rows[i - 1], the others begin rows[i]. The first and
  // last gaps may leave lines to no row (lines outside the group's rows: a header's digits).
  const splits = gaps.map((g) => g.length + 1);
  // ways[i][s]: readings of rows[0..i) with gap i split at s (capped at 2); from[i][s]: the split of gap i − 1.
  const ways: number[][] = [new Array<number>(splits[0]!).fill(1)];
  const from: number[][] = [[]];
  let needed = false;
  const made = new Map<string, Stacked | null>();
  const rowWith = (i: number, sBefore: number, sAfter: number): Stacked | null => {
    const key = `${i}:${sBefore}:${sAfter}`;
    if (made.has(key)) return made.get(key)!;
    const above = gaps[i]!.slice(sBefore);
    const below = gaps[i + 1]!.slice(0, sAfter);
    const extra = lower ? below.length - above.length : above.length - below.length;
    if (extra < 0 || extra > 1 || !adjacent(out, rows[i]!, above, below)) {
      made.set(key, null);
      return null;
    }
    const stacked = stack(out, rows[i]!, above, below, width);
    const ok = stacked && holds(stacked.fields) ? stacked : null;
    made.set(key, ok);
    return ok;
  };
  for (let i = 0; i < rows.length; i++) {
    const next: number[] = new Array(splits[i + 1]!).fill(0);
    const back: number[] = new Array(splits[i + 1]!).fill(-1);
    for (let sa = 0; sa < splits[i + 1]!; sa++) {
      // The last gap's lines that end no row must be its last ones; any split is allowed there.
      for (let sb = 0; sb < splits[i]!; sb++) {
        if (ways[i]![sb] === 0) continue;
        // Lines of the first gap left to no row are its first ones (sb of them), the rest begin row 0.
        if (!rowWith(i, sb, sa)) continue;
        next[sa] = Math.min(2, next[sa]! + ways[i]![sb]!);
        back[sa] = sb;
      }
    }
    ways.push(next);
    from.push(back);
  }
  const total = ways[rows.length]!.reduce((a, b) => a + b, 0);
  if (total !== 1) return { count: total };
  // The one reading: walk back through the splits.
  const split: number[] = new Array(rows.length + 1).fill(0);
  split[rows.length] = ways[rows.length]!.findIndex((w) => w === 1);
  for (let i = rows.length; i > 0; i--) split[i - 1] = from[i]![split[i]!]!;
  const joined: Reading['rows'] = [];
  for (let i = 0; i < rows.length; i++) {
    const above = gaps[i]!.slice(split[i]!);
    const below = gaps[i + 1]!.slice(0, split[i + 1]!);
    if (above.length + below.length === 0) continue;
    const it = out[rows[i]!]!;
    const { fields, joins } = rowWith(i, split[i]!, split[i + 1]!)!;
    if (!holds(it.fields)) needed = true;
    joined.push({ k: rows[i]!, fields, wrapped: joins, lines: [...above, ...below] });
  }
  return { count: 1, reading: { rows: joined, needed, key: split.join(',') } };
}

/** One group's reading: each row that takes digit lines, its fields and the lines it takes. */
interface Reading {
  rows: Array<{ k: number; fields: Field[]; wrapped: string[]; lines: number[] }>;
  needed: boolean;
  /** The splits of the group's gaps: two readings with the same are one. */
  key: string;
}

function apply(out: Item[], gone: Set<number>, r: Reading): void {
  for (const row of r.rows) {
    const it = out[row.k]!;
    out[row.k] = { ...it, fields: row.fields, wrapped: [...(it.wrapped ?? []), ...row.wrapped] };
    // A digit line taken by a row leaves its words (a label's wrapped text) as a line of text.
    for (const k of row.lines) {
      const d = out[k]!;
      if (d.label.trim() === '') gone.add(k);
      else out[k] = { kind: 'text', line: d.line, label: d.label, labelStart: d.labelStart, fields: [], values: 0, segment: false, digitsTaken: true };
    }
  }
}

/**
 * Row `k`'s fields with the digits of the lines above and below joined to the columns nearest
 * them (each line's pieces to distinct columns, in order), and how each joined field was put
 * together top to bottom (`7+0+5`, for the diagnostic); null where a line cannot be so placed.
 */
function stack(items: readonly Item[], k: number, above: readonly number[], below: readonly number[], width: number): Stacked | null {
  const row = items[k]!.fields;
  const before = emptyLists<string>(width);
  const after = emptyLists<string>(width);
  const place = (lines: readonly number[], acc: string[][]): boolean => {
    for (const l of lines) {
      let last = -1;
      for (const p of digitsOf(items[l]!)) {
        // Left of the row's first column is a label's digit, not a cell's.
        if (p.col < row[0]!.col - 3) return false;
        const best = nearest(row, p.col);
        if (best <= last) return false;
        last = best;
        acc[best]!.push(p.text);
      }
    }
    return true;
  };
  if (!place(above, before) || !place(below, after)) return null;
  const fields: Field[] = [];
  const joins: string[] = [];
  for (let c = 0; c < width; c++) {
    const f = row[c]!;
    if (before[c]!.length === 0 && after[c]!.length === 0) {
      fields.push(f);
      continue;
    }
    const parts = [...before[c]!, f.text, ...after[c]!];
    const text = parts.join('');
    // A number does not begin with 0: a 0 over a digit is two cells, not one number.
    if (text[0] === '0') return null;
    fields.push({ ...f, text, cell: readCell(text), raw: text });
    joins.push(parts.join('+'));
  }
  return { fields, joins };
}

interface Stacked {
  fields: Field[];
  joins: string[];
}

function nearest(row: readonly Field[], col: number): number {
  let best = 0;
  for (let c = 1; c < row.length; c++) if (Math.abs(row[c]!.col - col) < Math.abs(row[best]!.col - col)) best = c;
  return best;
}
