/**
 * Rows whose values stand stacked under their labels. Where the labels of k rows print on k
 * lines of their own and the rows' values after them on more lines than k, one column at a time
 * (`pdftotext -layout` of rows whose label cells are taller than their values, vertically
 * centred), each column's values are the k rows' from the top down:
 *
 * ```text
 *       法提供 3.没有现成信息需要另行制作      ← row 1's label (its number shifted: the text names it)
 *              补正后申请内容仍不明确          ← row 2's label
 *                               3             ← 自然人 of rows 1, 2
 *                               0
 *                                                    3   ← 总计 of rows 1, 2
 *                                                    0
 * ```
 *
 * The values are grouped into columns by where they stand (spans that overlap); a column of
 * fewer than k values leaves some rows blank there, and which is decided by the format's
 * arithmetic: every row's last value (总计) the sum of its others, values on one line in one
 * row. Exactly one way: each label line becomes its row, its values joined (in `stackedRows`,
 * the caller says so). Otherwise, or where any column holds more than k values, nothing changes.
 * Where exactly k lines of values follow k labels that each hold the next row number, each line
 * a whole row (its 总计 the sum of the others), they are the rows in order (see wholeRows).
 */
import type { Line, Field } from './lines.js';
import { lastIsSum } from './cells-below.js';
import { itemNumber } from './row-numbers.js';
import { range, subsets } from './subsets.js';

/** A label line made a row of the values stacked after it. */
export const stackedRows = new WeakSet<Line>();

/**
 * The lines with each run of stacked rows made rows on their label lines; `isGroupPiece` tells
 * words that are a piece of a group label spanning the rows (法提供), which a value line may hold.
 */
export function unstackRows(lines: readonly Line[], width: number, isGroupPiece: (words: string) => boolean): readonly Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length;) {
    const bySerial = serialStack(lines, i, width, isGroupPiece);
    if (bySerial) {
      out ??= lines.slice(0, i);
      out.push(...bySerial.lines);
      for (const row of bySerial.rows) stackedRows.add(row);
      i = bySerial.end;
      continue;
    }
    if (!labelOnly(lines[i]!, isGroupPiece)) {
      out?.push(lines[i]!);
      i++;
      continue;
    }
    let k = 1;
    while (i + k < lines.length && labelOnly(lines[i + k]!, isGroupPiece)) k++;
    // The value lines after them (blank lines between them are skipped).
    const vlines: Line[] = [];
    let end = i + k;
    for (let j = i + k; j < lines.length; j++) {
      if (lines[j]!.mode === 'empty') continue;
      if (!valuesOnly(lines[j]!, isGroupPiece)) break;
      vlines.push(lines[j]!);
      end = j + 1;
    }
    const n = vlines.length;
    const rows = k < 2 ? null
      : n > k ? split(vlines, k, width)
      : n === k && numbered(lines.slice(i, i + k)) ? wholeRows(vlines) : null;
    const byNumber = !rows && k >= 2 ? numberedRows(lines, i, k, vlines, end, isGroupPiece) : null;
    if (byNumber) {
      out ??= lines.slice(0, i);
      for (const row of byNumber.rows) {
        stackedRows.add(row);
        out.push(row);
      }
      i = byNumber.end;
    } else if (rows) {
      out ??= lines.slice(0, i);
      for (let r = 0; r < k; r++) {
        const l = lines[i + r]!;
        const row: Line = { ...l, fields: [...l.fields, ...rows[r]!], values: l.values + rows[r]!.length };
        stackedRows.add(row);
        out.push(row);
      }
      i = end;
    } else {
      for (let j = 0; j < k; j++) out?.push(lines[i + j]!);
      i += k;
    }
  }
  return out ?? lines;
}

/**
 * Rows stacked after their 序号 (a 序号 column, its numbers on lines of their own: see
 * serial-column.ts), labels or not between: k serials, then more than k lines of values a column
 * at a time, are k rows (split as above), each on its serial's line.
 *
 * ```text
 * 16                       ← serials of rows 16 and 17 (taken out: Line.serial)
 * 17
 *   果      2.重复申请      ← row 17's label (row 16's stands a row above)
 *                     12   ← 自然人 of rows 16, 17
 *                      6
 *                           0
 *                           1   …
 * ```
 */
function serialStack(lines: readonly Line[], i: number, width: number, isGroupPiece: (w: string) => boolean): { lines: Line[]; rows: Line[]; end: number } | null {
  const serials: Line[] = [];
  let j = i;
  while (j < lines.length && lines[j]!.mode === 'empty' && lines[j]!.serial !== undefined) serials.push(lines[j++]!);
  const k = serials.length;
  if (k < 2) return null;
  const labels: Line[] = [];
  while (j < lines.length && (labelOnly(lines[j]!, isGroupPiece) || (lines[j]!.mode === 'empty' && lines[j]!.serial === undefined))) labels.push(lines[j++]!);
  const vlines: Line[] = [];
  let end = j;
  for (; j < lines.length; j++) {
    if (lines[j]!.mode === 'empty' && lines[j]!.serial === undefined) continue;
    if (!valuesOnly(lines[j]!, isGroupPiece)) break;
    vlines.push(lines[j]!);
    end = j + 1;
  }
  if (vlines.length <= k) return null;
  const rows = split(vlines, k, width);
  if (!rows) return null;
  const made = serials.map((l, r): Line => ({ ...l, mode: 'space', fields: rows[r]!, values: rows[r]!.length, label: '', labelStart: rows[r]![0]!.start }));
  return { lines: [...labels, ...made], rows: made, end };
}

const labelOnly = (l: Line, piece: (w: string) => boolean) =>
  l.mode === 'space' && l.values === 0 && l.label.trim() !== '' && !piece(l.label);

function valuesOnly(l: Line, piece: (w: string) => boolean): boolean {
  if (l.mode !== 'space' || l.values === 0 || (l.label.trim() !== '' && !piece(l.label))) return false;
  for (const f of l.fields) if (f.text !== '' && f.cell.kind !== 'text' && f.cell.kind !== 'number') return false;
  return true;
}

/**
 * Whether label lines each hold a row number, one after another (`4.保护第三方合法权益`, `不予
 * 5.属于三类内部事务信息`): k rows' labels stacked, not one label wrapped over k lines.
 */
function numbered(labels: readonly Line[]): boolean {
  let last = -1;
  for (const l of labels) {
    const n = itemNumber(l.label);
    if (n === null || (last >= 0 && n !== last + 1)) return false;
    last = n;
  }
  return true;
}

/**
 * k lines of values after k stacked labels, each a whole row (its last value the sum of the
 * others), taken in order.
 *
 * ```text
 *       （三）           4.保护第三方合法权益
 *        不予          5.属于三类内部事务信息
 *                                  1        0   0         0        0        0    1   ← row 4
 *        公开                      0        0   0         0        0        0    0   ← row 5
 * ```
 */
function wholeRows(vlines: readonly Line[]): Field[][] | null {
  const rows: Field[][] = [];
  for (const l of vlines) {
    const vs = l.fields.filter((f) => f.text !== '' && f.cell.kind === 'number');
    if (!lastIsSum(vs)) return null;
    rows.push(vs);
  }
  return rows;
}

/**
 * Stacked labels some of which wrap over two lines: each row's label is its numbered line and the
 * unnumbered ones after it, and the rows' values follow in order, one whole row a line; the last
 * row's values may stand beside its label's last words (l1, its group label's piece before them):
 *
 * ```text
 *   果       1、本机关不掌握相        ← row 1
 *              关政府信息
 *      （四） 2、没有现成信息需       ← row 2
 *                      31                           31      ← row 1's values
 *      无法提 要另行制作       1                             1   ← row 2's end and values
 * ```
 *
 * Rows on the numbered lines, or null where the labels are not so numbered, the lines of values
 * do not match their count, or a line of values is not a whole row (its 总计 the sum of the others).
 */
function numberedRows(
  lines: readonly Line[], i: number, k: number, vlines: readonly Line[], end: number, isGroupPiece: (w: string) => boolean,
): { rows: Line[]; end: number } | null {
  const groups: Line[][] = [];
  let last = -1;
  for (let j = i; j < i + k; j++) {
    const n = itemNumber(lines[j]!.label);
    if (n !== null) {
      if (last >= 0 && n !== last + 1) return null;
      last = n;
      groups.push([lines[j]!]);
    } else if (groups.length === 0) return null;
    else groups[groups.length - 1]!.push(lines[j]!);
  }
  const m = groups.length;
  // (k numbered lines and k rows are wholeRows' case.)
  if (m < 2 || m === k) return null;
  const values = vlines.slice();
  let stop = end;
  let tail: Line | null = null;
  if (values.length === m - 1) {
    // The last row's values beside its label's last words.
    let j = end;
    while (j < lines.length && lines[j]!.mode === 'empty') j++;
    const t = lines[j];
    if (!t || t.mode !== 'space' || t.values === 0 || t.label.trim() === '' || itemNumber(t.label) !== null || isGroupPiece(t.label)) return null;
    tail = t;
    values.push(t);
    stop = j + 1;
  }
  if (values.length !== m) return null;
  const rowValues = wholeRows(values);
  if (!rowValues) return null;
  const rows = groups.map((g, r) => {
    const parts = g.map((l) => l.label.trim());
    const textFields = g.flatMap((l) => l.fields.filter((f) => f.cell.kind === 'text'));
    if (r === m - 1 && tail) {
      // Its words after a group label's pieces (无法提 of （四）无法提供) end the label.
      const words = tail.label.trim().split(/\s+/).filter((w) => !isGroupPiece(w));
      parts.push(words.join(''));
      for (const f of tail.fields) if (f.cell.kind === 'text' && !isGroupPiece(f.text)) textFields.push(f);
    }
    const first = g[0]!;
    const row: Line = { ...first, label: parts.join(''), fields: [...textFields, ...rowValues[r]!], values: rowValues[r]!.length };
    return row;
  });
  return { rows, end: stop };
}

interface Value { f: Field; line: number; from: number; to: number }

/** The k rows' values, each row's in column order, or null where the stacking is not certain. */
function split(vlines: readonly Line[], k: number, width: number): Field[][] | null {
  const vs: Value[] = [];
  vlines.forEach((l, li) => {
    for (const f of l.fields) {
      if (f.text === '' || f.cell.kind !== 'number') continue;
      vs.push({ f, line: li, from: f.start - l.start, to: f.end - l.start });
    }
  });
  // Columns: values whose spans overlap, left to right (numbers set flush right or centred in a
  // column share characters; two columns' numbers one space apart do not).
  const byFrom = [...vs].sort((a, b) => a.from - b.from);
  const cols: Value[][] = [];
  let reach = -Infinity;
  for (const v of byFrom) {
    if (v.from >= reach) cols.push([]);
    cols[cols.length - 1]!.push(v);
    reach = Math.max(reach, v.to);
  }
  if (cols.length < 2 || cols.length > width) return null;
  for (const c of cols) {
    c.sort((a, b) => a.line - b.line);
    if (c.length > k) return null;
    for (let q = 1; q < c.length; q++) if (c[q]!.line === c[q - 1]!.line) return null;
  }
  // The last column, 总计, holds every row's.
  if (cols[cols.length - 1]!.length !== k) return null;
  // Every way to give each column's values to rows, top down; kept where each row's total is the
  // sum of its others and values on one line share a row.
  let found: number[][] | null = null;
  let ways = 0;
  const rowOf: number[][] = cols.map(() => []);
  const walk = (c: number): void => {
    if (ways > 1) return;
    if (c === cols.length) {
      if (valid()) {
        ways++;
        found = rowOf.map((r) => [...r]);
      }
      return;
    }
    for (const pick of subsets(range(k), cols[c]!.length)) {
      rowOf[c] = pick;
      walk(c + 1);
    }
  };
  const valid = (): boolean => {
    const lineRow = new Map<number, number>();
    const sums = new Array<number>(k).fill(0);
    for (let c = 0; c < cols.length; c++) {
      cols[c]!.forEach((v, q) => {
        const r = rowOf[c]![q]!;
        if (c < cols.length - 1) sums[r]! += v.f.cell.value ?? NaN;
        const seen = lineRow.get(v.line);
        if (seen !== undefined && seen !== r) sums[r] = NaN;
        lineRow.set(v.line, r);
      });
    }
    const last = cols[cols.length - 1]!;
    return last.every((v, q) => Math.abs(sums[rowOf[cols.length - 1]![q]!]! - (v.f.cell.value ?? NaN)) < 1e-9);
  };
  walk(0);
  if (ways !== 1 || !found) return null;
  const picked: number[][] = found;
  const rows: Field[][] = Array.from({ length: k }, () => []);
  for (let c = 0; c < cols.length; c++) cols[c]!.forEach((v, q) => rows[picked[c]![q]!]!.push(v.f));
  return rows;
}
