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

/** A label line made a row of the values stacked after it. */
export const stackedRows = new WeakSet<Line>();

/**
 * The lines with each run of stacked rows made rows on their label lines; `isGroupPiece` tells
 * words that are a piece of a group label spanning the rows (法提供), which a value line may hold.
 */
export function unstackRows(lines: readonly Line[], width: number, isGroupPiece: (words: string) => boolean): readonly Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length;) {
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
    if (rows) {
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
    const m = /(?:^|\s)(\d{1,2})[.．、]/.exec(l.label);
    if (!m || (last >= 0 && Number(m[1]) !== last + 1)) return false;
    last = Number(m[1]);
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
    if (vs.length < 2) return null;
    let sum = 0;
    for (let q = 0; q + 1 < vs.length; q++) sum += vs[q]!.cell.value ?? NaN;
    if (!(Math.abs(sum - (vs[vs.length - 1]!.cell.value ?? NaN)) < 1e-9)) return null;
    rows.push(vs);
  }
  return rows;
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
    for (const pick of increasing(cols[c]!.length, k)) {
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

/** Every increasing choice of `n` rows out of `k`. */
function increasing(n: number, k: number): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const go = (from: number): void => {
    if (cur.length === n) {
      out.push([...cur]);
      return;
    }
    for (let r = from; r <= k - (n - cur.length); r++) {
      cur.push(r);
      go(r + 1);
      cur.pop();
    }
  };
  go(0);
  return out;
}
