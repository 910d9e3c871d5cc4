/**
 * A row whose values are partly printed on the line(s) below its label. `pdftotext -layout` of
 * a table whose cells are narrow wraps a cell's number inside its cell: the row's line holds
 * the values of some columns, and the number of a column to their left stands a line or two
 * lower, alone (`34` below `二、上年结转…   0 0 0 0`, `30`/`01` for 3001). Where the line below a
 * row holds only numbers, every one of them left of the row's first value, the row's values
 * were not all read on its line: it is said so on the row (`parse/values-below-row`, a
 * warning), never taken as read.
 *
 * ```text
 * 二、上年结转政府信息公开申请数量            0   0     0    0
 *                       34                     ← the row's 自然人, printed below
 * ```
 */
import { wide } from '../read/pdf/geometry.js';
import { readCell } from './cell.js';
import type { Context } from './context.js';
import type { Item } from './items.js';
import type { Field, Line } from './lines.js';
import { numberAfterSpaceRe, numbers, startsRow } from './row-numbers.js';
import { isWhiteSpace, trimmed } from './white-space.js';

/** Lines below a row looked at for its values. */
const reach = 2;
/** Values below stand in a column of the table: at least this far from the line's start. */
const minIndent = 4;

/** The last column worked out in each text: offsets are mostly asked left to right along a line. */
const lastColumn = new WeakMap<Context, { line: number; at: number; col: number }>();

/** The character column of a text offset on its line (East Asian wide characters count two). */
function columnOf(ctx: Context, offset: number): number {
  const line = ctx.source.lineIndex(offset);
  let last = lastColumn.get(ctx);
  if (!last) lastColumn.set(ctx, (last = { line: -1, at: 0, col: 0 }));
  // Go on from the last offset asked on the same line, if it stands before this one.
  let i = ctx.starts[line]!;
  let c = 0;
  if (last.line === line && last.at <= offset) {
    i = last.at;
    c = last.col;
  }
  const t = ctx.source.text;
  for (; i < offset; i++) c += wide(t.charCodeAt(i)) ? 2 : 1;
  last.line = line;
  last.at = offset;
  last.col = c;
  return c;
}

/** Report a row (item `k`, read as `path`) whose values are partly printed below its line. */
export function valuesBelow(ctx: Context, items: readonly Item[], k: number, path: string, label: string): boolean {
  const it = items[k]!;
  if (it.line.mode !== 'space' || it.segment || it.label.trim() === '') return false;
  // The next item must be a line of values alone (tested again below): most rows are followed by
  // another labelled row, told before the row's values are gathered and placed.
  const next = k + 1 < items.length ? items[k + 1]! : undefined;
  if (!next || next.kind !== 'row' || next.label.trim() !== '' || next.line.mode !== 'space') return false;
  const vals = it.fields.filter((f) => f.text !== '');
  if (vals.length === 0) return false;
  // A layout of columns: the values stand apart from the label (plain pdftotext puts one space).
  const t = ctx.source.text;
  if (t.slice(vals[0]!.start - 2, vals[0]!.start) !== '  ') return false;
  const left = Math.min(...vals.map((f) => columnOf(ctx, f.start)));
  for (let j = k + 1; j < items.length && j <= k + reach; j++) {
    const b = items[j]!;
    if (b.kind !== 'row' || b.label.trim() !== '' || b.line.mode !== 'space') return false;
    const near = b.fields.filter((f) => f.text !== '' && ctx.source.lineIndex(f.start) - it.line.index <= reach);
    if (near.length === 0) return false;
    // Numbers in the table's columns (indented, not at the margin where plain text starts lines), left of the row's.
    if (near.every((f) => columnOf(ctx, f.end) < left && columnOf(ctx, f.start) >= minIndent)) {
      ctx.report('values-below-row', 'warning', { label, text: near.map((f) => f.text).join(' ') }, near[0]!.start, { path });
      return true;
    }
  }
  return false;
}

/** Rows made by joinWrappedLabels: their values stood between the two lines of their label. */
export const joinedRows = new WeakSet<Item>();

/**
 * Rows of joinedRows whose label starts above their values and ends beside them: the layout puts
 * labels with or above their values, which 表三's alignment weighs in deciding where labels stand.
 */
export const labelsAbove = new WeakSet<Item>();

/**
 * A label wrapped around its values' line (`pdftotext -layout` of a narrow label cell): a text
 * line, right below it a line of values alone, indented into the table's columns, and right
 * below that the label's last words. The three are one row: its label the two text lines
 * joined, its values the middle line's (`parse/values-below-joined`, info, when read).
 *
 * ```text
 *           2.其他法律行政法
 *                       0          → 2.其他法律行政法规禁止公开   0
 *           规禁止公开
 * ```
 *
 * A label over three lines prints its middle line beside the values, starting where its other
 * lines start: that text is the label's middle, not another column's words.
 *
 * ```text
 *               1.申请人无正当理由逾期不补
 *             正、行政机关不再处理其政府信息 0               0
 *             公开申请
 * ```
 *
 * A label over two lines prints its number and first words above the values and its end beside
 * them; words left of the label's column on the values line are another column's (a group
 * label's pieces). Only in a layout of columns (the label indented), never in plain text.
 *
 * ```text
 *           4、保护第三方合法
 *      （三）        权益   0          0     → 4、保护第三方合法权益   0   0
 * ```
 */
export function joinWrappedLabels(ctx: Context, items: readonly Item[], width: number): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    const joined = a.kind === 'text' ? wrappedAround(ctx, items, k, width) : null;
    if (joined) {
      joinedRows.add(joined.item);
      out.push(joined.item);
      k = joined.last;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A text field of a line: its text trimmed, where it starts, the character column it starts at. */
interface TextField {
  text: string;
  start: number;
  col: number;
}

/** Field `f` as a TextField, or null where it holds no text. */
function asTextField(ctx: Context, f: Field): TextField | null {
  if (f.cell.kind !== 'text') return null;
  const text = trimmed(f.text);
  return text === '' ? null : { text, start: f.start, col: columnOf(ctx, f.start) };
}

/** The first text field of a line that passes `test` (each made only when reached), or undefined. */
function findTextField(ctx: Context, it: Item, test: (f: TextField) => boolean): TextField | undefined {
  for (const f of it.line.fields) {
    const t = asTextField(ctx, f);
    if (t && test(t)) return t;
  }
  return undefined;
}

/** The last text field of a line, or undefined. */
function lastTextField(ctx: Context, it: Item): TextField | undefined {
  const fs = it.line.fields;
  for (let i = fs.length - 1; i >= 0; i--) {
    const t = asTextField(ctx, fs[i]!);
    if (t) return t;
  }
  return undefined;
}

/**
 * The row a label wrapped around its values makes, from text item `k` on: the label is the
 * last text field of line `k` (what stands left of it is another column's words, a group's
 * label wrapped in its own narrow cell); the values line follows within `reach` lines, holding
 * values and at most words left of the label's column; the label's last words start in the
 * label's column within `reach` lines below it (other columns' words between are passed over).
 */
function wrappedAround(ctx: Context, items: readonly Item[], k: number, width: number): { item: Item; last: number } | null {
  const a = items[k]!;
  const b = items[k + 1];
  // The line after must be values first: most text lines are not followed by one.
  if (!b || b.kind !== 'row' || b.line.mode !== 'space' || b.values === 0 || b.values > width) return null;
  if (b.line.index - a.line.index > reach) return null;
  const last = lastTextField(ctx, a);
  if (!last) return null;
  const head = fromRowNumber(ctx, last);
  const vals = b.fields.filter((f) => f.text !== '');
  if (!vals.every((f) => ctx.source.lineIndex(f.start) === b.line.index)) return null;
  if (columnOf(ctx, vals[0]!.start) < minIndent || columnOf(ctx, vals[0]!.start) <= head.col) return null;
  // The values line's words in the label's column (from two columns left of where it starts):
  // the label's middle or end; words further left are another column's (a group's label).
  const own = ownWords(ctx, b, head.col);
  // (Words beside the values end a label only in a layout of columns, where the label stands
  // indented in its own: plain pdftotext starts every line at the margin.)
  if (own === null || (own && head.col < minIndent)) return null;
  const row = (label: string, last: number) => ({ item: { ...b, kind: 'row', label, labelStart: head.start, fields: vals, values: vals.length, segment: false } as Item, last });
  for (let j = k + 2; j < items.length && items[j]!.line.index - b.line.index <= reach; j++) {
    const c = items[j]!;
    if (c.kind !== 'text') break;
    const tail = findTextField(ctx, c, (f) => Math.abs(f.col - head.col) <= 2);
    if (!tail) continue;
    if (startsRow(tail.text) || numbers(tail.text) > 0) break;
    // A label over three lines prints its middle beside the values, where its lines start.
    const mid = own ?? findTextField(ctx, b, (f) => Math.abs(f.col - tail.col) <= 1);
    return row(head.text + (mid && !startsRow(mid.text) ? mid.text : '') + tail.text, j);
  }
  // A label over two lines: a row's number and first words, then its end beside the values.
  if (!own || !startsRow(head.text) || numbers(head.text) !== 1 || numbers(own.text) !== 0) return null;
  const two = row(head.text + own.text, k + 1);
  labelsAbove.add(two.item);
  return two;
}

/**
 * A label's first line from its row number on, where a group label's piece stands before it one
 * space apart (one field to the layout), at the column the number starts.
 *
 * ```text
 *      不予处 4、无正当理由大量     → 4、无正当理由大量, from column 12
 *      （五） 3、要求提供公开出版    → 3、要求提供公开出版 (（五） is the group's)
 * ```
 */
function fromRowNumber(ctx: Context, f: TextField): TextField {
  // The number follows white space: a text without any (most labels) has none such.
  if (!holdsWhiteSpace(f.text)) return f;
  let from = -1;
  for (const m of f.text.matchAll(numberAfterSpaceRe)) from = m.index + 1;
  if (from < 0) return f;
  const at = f.start + from;
  return { text: f.text.slice(from), start: at, col: columnOf(ctx, at) };
}

/** Whether a text holds a white-space character (what `\s` matches). */
function holdsWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}

/**
 * The one text field of values line `b` in the label's column (starting at `col` less two or
 * further right), undefined where there is none, null where it cannot end a label: more than
 * one, or a row number of its own (`2、重复申请  0  0` is a row, not the end of the line above).
 *
 * ```text
 *           4、保护第三方合法
 *      （三）        权益   0        0     ← 权益 ends the label; （三） is the group's column
 * ```
 */
function ownWords(ctx: Context, b: Item, col: number): TextField | undefined | null {
  let own: TextField | undefined;
  for (const f of b.line.fields) {
    const t = asTextField(ctx, f);
    if (!t || t.col < col - 2) continue;
    if (own || startsRow(t.text)) return null;
    own = t;
  }
  return own;
}


/** The character index of a text offset on its line (every character one, as `pdftotext -layout` counts). */
function charColumnOf(ctx: Context, offset: number): number {
  return offset - ctx.starts[ctx.source.lineIndex(offset)]!;
}

/**
 * Whether every field of `frag` stands in the value columns of `vals`: at or right of where the
 * first of them starts (less a column), counted by display width or by characters. Not column by
 * column: `pdftotext -layout` places a line of a few digits by where its words stand on the page
 * while a line led by Chinese text runs short (a Chinese character counts one), so the same
 * column prints a few characters apart on the two lines.
 */
function inColumnsOf(ctx: Context, frag: readonly Field[], vals: readonly Field[]): boolean {
  return [columnOf, charColumnOf].some((col) => {
    const left = Math.min(...vals.map((f) => col(ctx, f.start)));
    return frag.every((f) => col(ctx, f.start) >= left - 1);
  });
}

/** The numbers a line prints on itself, or null where it prints anything but numbers among its values. */
function numbersOf(ctx: Context, line: Line): Field[] | null {
  const own = line.fields.filter((f) => f.text !== '' && f.cell.kind !== 'text' && ctx.source.lineIndex(f.start) === line.index);
  return own.length > 0 && own.every((f) => f.cell.kind === 'number') ? own : null;
}

/**
 * Numbers right above or below a row's values, in their columns: a number wrapped inside its own
 * narrow cell. `pdftotext -layout` of a column one character wide (full-width digits, which
 * break anywhere, in a table laid out to its labels) prints a number one digit a line, the
 * cell's text centred on the row, so the row's line holds the middle digits and the lines above
 * and below the others:
 *
 * ```text
 *                               ７               ７
 * 一、本年新收政府信息公开申请数量              ０ ３ ０ ０ ５ ０ １     ← 705 … 713 read 0 … 1
 *                               ５               ３
 * ```
 *
 * Where the line right above or below a row prints numbers, fewer than the row's values and each
 * in the columns of one of them, and no row of the table took that line (`taken`: item indices),
 * the row's values were not all read on its line: it is said so on the row
 * (`parse/values-wrapped`, a warning); the digits are not put together by guess.
 */
export function valuesWrapped(ctx: Context, items: readonly Item[], k: number, path: string, label: string, taken: ReadonlySet<number>): boolean {
  const it = items[k]!;
  if (it.line.mode !== 'space' || it.segment) return false;
  // The lines right above and below that may hold its digits: most rows have none, told before
  // the row's values are gathered.
  const above = wrapNeighbour(items, k, k - 1, taken);
  const below = wrapNeighbour(items, k, k + 1, taken);
  if (!above && !below) return false;
  const vals = it.fields.filter((f) => f.text !== '' && ctx.source.lineIndex(f.start) === it.line.index);
  if (vals.length < 2) return false;
  for (const b of [above, below]) {
    if (!b) continue;
    const nums = numbersOf(ctx, b.line);
    if (!nums || nums.length >= vals.length || !inColumnsOf(ctx, nums, vals)) continue;
    ctx.report('values-wrapped', 'warning', { label, text: nums.map((f) => f.text).join(' ') }, nums[0]!.start, { path });
    return true;
  }
  return false;
}

/** Item `j`, where it is a line right above or below row `k` that no row took: where a row's wrapped digits may stand. */
function wrapNeighbour(items: readonly Item[], k: number, j: number, taken: ReadonlySet<number>): Item | null {
  const b = j >= 0 && j < items.length ? items[j]! : undefined;
  if (!b || taken.has(j) || b.digitsTaken || b.line.mode !== 'space' || Math.abs(b.line.index - items[k]!.line.index) !== 1) return null;
  return b;
}

/**
 * A table printed as one line of values (表四) whose narrow cells stack a number digit over digit:
 * the digits on the line right above or below the values' line go to the cells nearest them (by
 * characters from the line's start, each line's digits to distinct cells, in order) where the
 * table's relations (`holds`) then hold and did not before, and exactly one choice of those lines
 * makes them hold. `li`'s 表四, its 复议后起诉 总计 10 printed `１` over `０`:
 *
 * ```text
 * ２７ １０ ９ １５ ６１ ３  ０  ０  ０  ３ ８  ０  １  １  １
 *                                         ０
 * ```
 *
 * Returns the fields with the numbers joined and, for each joined field's index, how it was put
 * together (`1+0`), or null.
 */
export function joinStackedLine(ctx: Context, fields: readonly Field[], from: number, to: number, holds: (values: readonly number[]) => boolean): { fields: Field[]; joined: Map<number, string> } | null {
  if (fields.length === 0 || !fields.every((f) => f.cell.kind === 'number' && /^[0-9]+$/.test(f.text))) return null;
  const at = ctx.source.lineIndex(fields[0]!.start);
  if (!fields.every((f) => ctx.source.lineIndex(f.start) === at) || ctx.line(at).mode !== 'space') return null;
  if (holds(fields.map((f) => f.cell.value as number))) return null;
  const digitsOn = (i: number): Field[] | null => {
    if (i < from || i >= to) return null;
    const line = ctx.line(i);
    if (line.mode !== 'space' || line.label.trim() !== '') return null;
    const nums = numbersOf(ctx, line);
    return nums && nums.length < fields.length && nums.every((f) => /^[0-9]+$/.test(f.text)) && inColumnsOf(ctx, nums, fields) ? nums : null;
  };
  const above = digitsOn(at - 1);
  const below = digitsOn(at + 1);
  let found: { fields: Field[]; joined: Map<number, string> } | null = null;
  let foundKey = '';
  // Columns by display width and by characters: pdftotext -layout sets a line of a few digits by
  // where they stand on the page, while a line of full-width digits runs short (each counts one).
  const lines = [[above, null], [null, below], [above, below]] as const;
  for (const [col, up, down] of [columnOf, charColumnOf].flatMap((c) => lines.map(([u, d]) => [c, u, d] as const))) {
    if (!up && !down) continue;
    const before: string[] = fields.map(() => '');
    const after: string[] = fields.map(() => '');
    const place = (nums: readonly Field[] | null, acc: string[]): boolean => {
      let last = -1;
      for (const n of nums ?? []) {
        const c = col(ctx, n.start);
        let under = 0;
        fields.forEach((f, i) => {
          if (Math.abs(col(ctx, f.start) - c) < Math.abs(col(ctx, fields[under]!.start) - c)) under = i;
        });
        if (under <= last) return false;
        last = under;
        acc[under] += n.text;
      }
      return true;
    };
    if (!place(up, before) || !place(down, after)) continue;
    const texts = fields.map((f, i) => before[i] + f.text + after[i]);
    if (texts.some((t, i) => t !== fields[i]!.text && t[0] === '0')) continue;
    if (!holds(texts.map(Number))) continue;
    const key = texts.join(' ');
    if (found && key !== foundKey) return null; // two readings hold: the layout does not say which
    if (found) continue;
    foundKey = key;
    const joined = new Map<number, string>();
    const out = fields.map((f, i) => {
      if (texts[i] === f.text) return f;
      joined.set(i, [before[i], f.text, after[i]].filter((x) => x !== '').join('+'));
      return { ...f, text: texts[i]!, cell: readCell(texts[i]!), raw: texts[i]! };
    });
    found = { fields: out, joined };
  }
  return found;
}

/**
 * The same for a table printed as one line of values (表四): the lines right above and below
 * its values' line (`from`…`to` the table's lines), said on each group (`groupOf`: the path
 * and label of the group a field belongs to) holding a cell a wrapped number stands under.
 */
export function valuesWrappedLine(ctx: Context, fields: readonly Field[], from: number, to: number, groupOf: (i: number) => { path: string; label: string }): void {
  const printed = fields.filter((f) => f.text !== '');
  if (printed.length < 2) return;
  const at = ctx.source.lineIndex(printed[0]!.start);
  if (!printed.every((f) => ctx.source.lineIndex(f.start) === at) || ctx.line(at).mode !== 'space') return;
  const said = new Set<string>();
  for (const i of [at - 1, at + 1]) {
    if (i < from || i >= to) continue;
    const line = ctx.line(i);
    if (line.mode !== 'space' || line.label.trim() !== '') continue;
    const nums = numbersOf(ctx, line);
    if (!nums || nums.length >= printed.length || !inColumnsOf(ctx, nums, printed)) continue;
    for (const n of nums) {
      // The cell it stands under: the nearest by characters from the line's start.
      const c = charColumnOf(ctx, n.start);
      let under = 0;
      fields.forEach((f, i) => {
        if (f.text !== '' && Math.abs(charColumnOf(ctx, f.start) - c) < Math.abs(charColumnOf(ctx, fields[under]!.start) - c)) under = i;
      });
      const { path, label } = groupOf(under);
      if (said.has(path)) continue;
      said.add(path);
      ctx.report('values-wrapped', 'warning', { label, text: nums.map((f) => f.text).join(' ') }, n.start, { path });
    }
  }
}
