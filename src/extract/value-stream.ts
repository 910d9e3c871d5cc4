import { type TableDef } from '../model/formats/index.js';
import { indexedRelations } from '../model/sums.js';
import { withCol, type Field } from './lines.js';
import { emptyLists } from './empty-lists.js';
import type { Item } from './items.js';
import { namedRow } from './label-list.js';
import type { LabelMatcher } from './similarity.js';

/**
 * 表三's values read as one stream in the table's own order, row after row, left to right:
 * plain pdftotext of a ruled table can print the values apart from the labels, in runs that
 * cut across rows (a run holding the end of one row and the start of the next, the labels of
 * four rows together after their values), while the values themselves still come in the
 * table's order. A value printed on its row's label line is that row's first cell; a run of
 * values right after a label may start with that row's cells or with an earlier row's, and
 * both are tried.
 *
 * ```text
 * 二、上年结转政府信息公开申请数量
 * 34 … 34          ← 二's seven values
 * 21 … 1362        ← （一）'s last six: its first, 1288, stands by its label below
 * 7 … 454          ← （二）'s last six
 * 三 、 （一）予以公开 1288
 * ```
 *
 * It is a hypothesis, used only where the table's arithmetic confirms it: every value placed
 * (as many as the table has cells, none left over), every sum relation of 表三 holding, with
 * at least one value that is not 0, and no other way of attaching the runs that the sums also
 * accept with other values. Returns each row's fields, or null. With `agreed`, several readings
 * the sums accept are allowed: the first is returned and `agreed.doubt[r]` says whether another
 * reading puts other values in row r (those rows are not sure).
 */
export function streamRows(
  items: readonly Item[],
  t: TableDef,
  matcher: LabelMatcher,
  cols?: readonly number[],
  agreed?: { doubt: boolean[] },
): Array<{ fields: Field[]; item: Item }> | null {
  // The columns each row prints (all by default; e.g. 自然人 and 总计 only, the others blank).
  const widthOf = (r: number) => (cols ? cols.length : t.rows[r]!.columns.length);
  const cells = t.rows.reduce((n, _, r) => n + widthOf(r), 0);
  // Every value is placed, none left over: told by counting, before any label is read.
  if (valueCount(items) !== cells) return null;
  // Values on a label's own line are that row's first cells; a run of values right after a
  // label may begin with that row's cells or with an earlier row's: both are tried.
  const fixed = new Map<number, Field[]>();
  const runs: Array<{ fields: Array<{ field: Field; item: Item }>; after: number }> = [];
  let lastLabel = -1;
  for (const it of items) {
    if (it.kind !== 'row') {
      const r = namedRow(matcher.scores(it.label));
      lastLabel = r;
      continue;
    }
    // A segment's blank fields are printed blank cells (lines of their own): they keep their places.
    const values = it.segment ? it.fields : it.fields.filter((f) => f.text !== '');
    // A label line is read for the row it names best: its value is that row's either way.
    const r = it.label.trim() && !it.segment ? namedRow(matcher.scores(it.label), 0.5) : -1;
    if (r >= 0) {
      if (fixed.has(r)) return null;
      fixed.set(r, values);
      lastLabel = -1;
      continue;
    }
    // Rows printed one column at a time come whole, in the table's order: the label before
    // them may be any of theirs, so they always join the stream.
    runs.push({ fields: values.map((field) => ({ field, item: it })), after: it.columns ? -1 : lastLabel });
    lastLabel = -1;
  }
  // (Lists made by plain loops here, not map and filter: the arrays those make differ in kind,
  // empty or not, and a kind not met before threw this function's compiled code away.)
  const choices: number[] = [];
  for (let i = 0; i < runs.length; i++) if (runs[i]!.after >= 0) choices.push(i);
  if (choices.length > maxChoices) return null;
  let found: Array<{ fields: Field[]; item: Item }> | null = null;
  // Each row's values in the first reading found, and whether another reading differs on it.
  let keys: string[] = [];
  let doubt: boolean[] = [];
  // Each run's bit in the mask, or -1 for a run that always joins the stream.
  const bitOf = new Int32Array(runs.length).fill(-1);
  choices.forEach((i, b) => (bitOf[i] = b));
  // The values the first reading found placed: a reading that places the same is the same reading.
  let firstTaken: Int32Array | null = null;
  // Most readings fail: they are tested on plain numbers first, and rows built only for those that pass.
  for (const { mask, taken } of readingsThatFit(t, fixed, runs, bitOf, choices.length, widthOf, cols)) {
    if (firstTaken && sameValues(firstTaken, taken)) continue;
    const rows = place(t, fixed, runs, bitOf, mask, widthOf);
    if (!rows || !holds(t, rows, cols)) continue;
    const ks = rowKeys(rows);
    if (found) {
      // Two readings the sums both accept: the rows they differ on are not sure.
      const same = ks.every((k, r) => k === keys[r]);
      if (!same && !agreed) return null;
      ks.forEach((k, r) => (doubt[r] ||= k !== keys[r]));
      continue;
    }
    // Each field takes its column only here, on a reading the sums accept (most are not).
    found = rows.map((r) => ({ fields: r.fields.map((f, i) => withCol(f, cols ? cols[i]! : i)), item: r.item }));
    keys = ks;
    doubt = [];
    for (let r = 0; r < ks.length; r++) doubt.push(false);
    firstTaken = taken.slice();
  }
  if (found && agreed) agreed.doubt = doubt;
  return found;
}

/**
 * 表三's values read in the text's order alone, row after row, wherever its labels stand: plain
 * pdftotext can print each row's values before its label (the label closing the row), which no
 * attaching of runs to the labels after them reads. Kept only where the text holds exactly as
 * many values as the table has cells and every sum relation holds, with a value other than 0:
 * the caller asks this only where no reading by the labels fits the sums at all.
 */
export function orderRows(items: readonly Item[], t: TableDef): Array<{ fields: Field[]; item: Item }> | null {
  const all: Array<{ field: Field; item: Item }> = [];
  for (const it of items) {
    if (it.kind !== 'row') continue;
    for (const f of it.fields) if (f.cell.kind !== 'text' && (it.segment || f.text !== '')) all.push({ field: f, item: it });
  }
  const cells = t.rows.reduce((n, r) => n + r.columns.length, 0);
  if (all.length !== cells) return null;
  const rows: Array<{ fields: Field[]; item: Item }> = [];
  let at = 0;
  for (const r of t.rows) {
    const mine = all.slice(at, at + r.columns.length);
    at += r.columns.length;
    rows.push({ fields: mine.map((x, i) => withCol(x.field, i)), item: mine[0]!.item });
  }
  return holds(t, rows) ? rows : null;
}

/**
 * The values the stream holds: every field of a segment (its blank fields are printed blank
 * cells), the printed fields of a row's line.
 */
function valueCount(items: readonly Item[]): number {
  let n = 0;
  for (const it of items) {
    if (it.kind !== 'row') continue;
    if (it.segment) n += it.fields.length;
    else for (const f of it.fields) if (f.text !== '') n++;
  }
  return n;
}

/** Whether two readings placed the same values in every cell. */
function sameValues(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Runs after labels tried both ways: beyond this many, the table is left to the aligned reading. */
const maxChoices = 12;

/**
 * The readings (masks below 2^`bits`) that `place` followed by `holds` would accept, found on
 * numbers alone: exactly the same answer, in the order of their masks. Each comes with `taken`,
 * the value each placed cell took (its index among all the runs' values, -1 for a value on its
 * label's line): two readings with the same `taken` place the same fields.
 *
 * Rows are filled one after another, and a row as soon as the runs it takes values from are
 * decided: the readings are searched as a tree, one run's choice at a time, so that readings
 * sharing their first choices share the rows those decide, and a row that fails the sums
 * drops every reading under it at once.
 */
function readingsThatFit(
  t: TableDef,
  fixed: ReadonlyMap<number, Field[]>,
  runs: ReadonlyArray<{ fields: Array<{ field: Field; item: Item }>; after: number }>,
  bitOf: Int32Array,
  bits: number,
  widthOf: (r: number) => number,
  cols?: readonly number[],
): Array<{ mask: number; taken: Int32Array }> {
  const num = (f: Field) => (typeof f.cell.value === 'number' ? f.cell.value : 0);
  const nRows = t.rows.length;
  // Every run's values one after another; a run's fields start at runStart[i].
  const runStart = new Int32Array(runs.length + 1);
  runs.forEach((run, i) => (runStart[i + 1] = runStart[i]! + run.fields.length));
  const total = runStart[runs.length]!;
  const runVal = new Float64Array(total);
  runs.forEach((run, i) => run.fields.forEach((f, k) => (runVal[runStart[i]! + k] = num(f.field))));
  // (Plain loops, not map: the lists map makes differ in kind, and fillRow's compiled code was
  // thrown away at the first of another kind.)
  const fixedVal: number[][] = [];
  for (let r = 0; r < nRows; r++) {
    const vals: number[] = [];
    for (const f of fixed.get(r) ?? []) vals.push(num(f));
    fixedVal.push(vals);
  }
  const width = new Int32Array(nRows);
  for (let r = 0; r < nRows; r++) width[r] = widthOf(r);
  const { base, relsAfter } = rowRelationsOf(t);
  const values = new Float64Array(base[nRows]!);
  const sumsHold = (rels: ReadonlyArray<{ lhs: Int32Array; rhs: Int32Array }>) => {
    for (const rel of rels) {
      let lhs = 0;
      let rhs = 0;
      for (const p of rel.lhs) lhs += p >= 0 ? values[p]! : NaN;
      for (const p of rel.rhs) rhs += p >= 0 ? values[p]! : NaN;
      if (!(Math.abs(lhs - rhs) <= 1e-6)) return false;
    }
    return true;
  };
  // The runs that may attach to the row of the label before them (run i decides bit bitOf[i]), by row.
  const optionalOf = emptyLists<number>(nRows);
  const runOfBit = new Int32Array(bits);
  runs.forEach((run, i) => {
    if (bitOf[i]! < 0) return;
    runOfBit[bitOf[i]!] = i;
    optionalOf[run.after]!.push(i);
  });
  // Per run, how many of its first values go to its row under the choices made (0: all join the stream).
  const own = new Int32Array(runs.length);
  let placed = 0;
  for (let r = 0; r < nRows; r++) placed += width[r]!;
  const taken = new Int32Array(placed);
  const out: Array<{ mask: number; taken: Int32Array }> = [];

  // Where the filling stands: the next row, the stream's cursor (run `si`, value `sk`), values
  // taken from the stream, the next cell of `taken`, whether a value other than 0 was placed.
  let row = 0;
  let si = -1;
  let sk = 0;
  let next = 0;
  let slot = 0;
  let nonZero = false;
  // The row being filled: where its cells start, how many it has, its next printed value's place.
  let at = 0;
  let cells = 0;
  let k = 0;
  const put = (v: number, from: number) => {
    taken[slot++] = from;
    const c = cols ? cols[k++]! : k++;
    if (c >= cells) return; // a column this row lacks: not in its sums
    values[at + c] = v;
    if (v !== 0) nonZero = true;
  };
  const blocked = 0;
  const failed = -1;
  const done = 1;
  /** Fill the next row, unless it needs a run whose choice is not made yet (bits from `d` on). */
  const fillRow = (d: number): number => {
    const r = row;
    const w = width[r]!;
    const first = fixedVal[r]!;
    let mine = 0;
    for (const i of optionalOf[r]!) {
      if (bitOf[i]! >= d) return blocked;
      mine += own[i]!;
    }
    if (first.length + mine > w) return failed;
    const want = w - first.length - mine;
    if (mine === 0 && want === 0) return failed; // no item to hang the row on
    // The stream's values this row takes: every run the cursor enters must be decided; a stream
    // that runs out is too short (the reading places fewer values than it holds).
    let s = si;
    let q = sk;
    for (let need = want; need > 0; ) {
      while (q >= runStart[s + 1]!) {
        if (s + 1 >= runs.length) return failed;
        if (bitOf[s + 1]! >= d) return blocked;
        s++;
        q = runStart[s]! + own[s]!;
      }
      const n = Math.min(need, runStart[s + 1]! - q);
      need -= n;
      q += n;
    }
    at = base[r]!;
    cells = base[r + 1]! - at;
    values.fill(0, at, at + cells);
    k = 0;
    for (const v of first) put(v, -1);
    for (const i of optionalOf[r]!) for (let p = runStart[i]!, e = p + own[i]!; p < e; p++) put(runVal[p]!, p);
    for (let j = 0; j < want; j++) {
      while (sk >= runStart[si + 1]!) {
        si++;
        sk = runStart[si]! + own[si]!;
      }
      put(runVal[sk]!, sk);
      sk++;
    }
    next += want;
    row++;
    return sumsHold(relsAfter[r]!) ? done : failed;
  };
  /** Fill what choices 0 … d-1 (in `mask`) decide, then try both ways of choice d. */
  const search = (d: number, mask: number): void => {
    let res = done;
    while (row < nRows && (res = fillRow(d)) === done);
    if (res === failed) return;
    if (row === nRows) {
      // Every row filled: every choice is made (each run attaches to a row). All values placed?
      let n = total;
      for (let b = 0; b < bits; b++) n -= own[runOfBit[b]!]!;
      if (next === n && nonZero) out.push({ mask, taken: taken.slice() });
      return;
    }
    const i = runOfBit[d]!;
    const r = runs[i]!.after;
    const saved = [row, si, sk, next, slot, nonZero ? 1 : 0] as const;
    // The run's row is the one to fill and the stream goes on with the run itself: taking its
    // first values as the row's own or from the stream places the same values in the same
    // cells, and leaves the same values to the rows after. The readings with the run attached
    // are then those found without it.
    const same = row === r && optionalOf[r]!.length === 1 && si < i && sk === runStart[i];
    own[i] = 0;
    const before = out.length;
    search(d + 1, mask);
    if (same) {
      for (let k = before, e = out.length; k < e; k++) out.push({ mask: out[k]!.mask | (1 << d), taken: out[k]!.taken });
      return;
    }
    [row, si, sk, next, slot] = saved;
    nonZero = saved[5] === 1;
    own[i] = Math.min(runStart[i + 1]! - runStart[i]!, Math.max(0, width[r]! - fixedVal[r]!.length));
    search(d + 1, mask | (1 << d));
  };
  search(0, 0);
  return out.sort((a, b) => a.mask - b.mask);
}

/** Fill the rows in order from the values: a row's own first (fixed, then the run after its label where chosen), then the stream (fields not yet given their columns). */
function place(
  t: TableDef,
  fixed: ReadonlyMap<number, Field[]>,
  runs: ReadonlyArray<{ fields: Array<{ field: Field; item: Item }>; after: number }>,
  bitOf: Int32Array,
  mask: number,
  widthOf: (r: number) => number,
): Array<{ fields: Field[]; item: Item }> | null {
  const own = new Map<number, Array<{ field: Field; item: Item }>>();
  const stream: Array<{ field: Field; item: Item }> = [];
  runs.forEach((run, i) => {
    // Attached to the row of the label before it where the run's bit is set.
    if (bitOf[i]! < 0 || !(mask & (1 << bitOf[i]!))) {
      stream.push(...run.fields);
      return;
    }
    const w = widthOf(run.after) - (fixed.get(run.after)?.length ?? 0);
    own.set(run.after, [...(own.get(run.after) ?? []), ...run.fields.slice(0, w)]);
    stream.push(...run.fields.slice(w));
  });
  const out: Array<{ fields: Field[]; item: Item }> = [];
  let next = 0;
  for (let r = 0; r < t.rows.length; r++) {
    const w = widthOf(r);
    const first = fixed.get(r) ?? [];
    const mine = own.get(r) ?? [];
    if (first.length + mine.length > w) return null;
    const taken = stream.slice(next, next + w - first.length - mine.length);
    next += taken.length;
    const fields = [...first, ...[...mine, ...taken].map((s) => s.field)];
    if (fields.length !== w) return null;
    const item = mine[0]?.item ?? taken[0]?.item;
    if (!item) return null;
    out.push({ fields, item });
  }
  return next === stream.length ? out : null;
}

/**
 * Where each row's cells start among all cells (the relations' indices), and the relations to
 * test once each row is filled (those whose last row it is: most readings then fail early),
 * once per table.
 */
const rowRelations = new WeakMap<TableDef, { base: Int32Array; relsAfter: Array<Array<{ lhs: Int32Array; rhs: Int32Array }>> }>();
function rowRelationsOf(t: TableDef): { base: Int32Array; relsAfter: Array<Array<{ lhs: Int32Array; rhs: Int32Array }>> } {
  let x = rowRelations.get(t);
  if (x) return x;
  const nRows = t.rows.length;
  const { rowBase: base, rels } = indexedRelations(t);
  const rowOf = (p: number) => {
    let r = 0;
    while (base[r + 1]! <= p) r++;
    return r;
  };
  const relsAfter: Array<Array<{ lhs: Int32Array; rhs: Int32Array }>> = Array.from({ length: nRows }, () => []);
  for (const rel of rels) {
    const all = [...rel.lhs, ...rel.rhs];
    relsAfter[all.some((p) => p < 0) ? 0 : Math.max(...all.map(rowOf))]!.push(rel);
  }
  rowRelations.set(t, (x = { base, relsAfter }));
  return x;
}

/** 表三's relations as indices into its cells, row after row (-1: a cell the table lacks), once per table. */
const relationsOf = (t: TableDef) => indexedRelations(t).rels;

/** Whether every 表三 relation holds on these rows' values, with a value other than 0 among them. */
function holds(t: TableDef, rows: ReadonlyArray<{ fields: Field[] }>, cols?: readonly number[]): boolean {
  const values: number[] = [];
  let nonZero = false;
  for (let r = 0; r < t.rows.length; r++) {
    const fields = rows[r]!.fields;
    for (let i = 0; i < t.rows[r]!.columns.length; i++) {
      // A column the rows do not print is blank: 0 in the sums.
      const at = cols ? cols.indexOf(i) : i;
      const v = at >= 0 ? fields[at]!.cell.value : 0;
      const n = typeof v === 'number' ? v : 0;
      if (n !== 0) nonZero = true;
      values.push(n);
    }
  }
  if (!nonZero) return false;
  const sum = (ps: Int32Array) => {
    let a = 0;
    for (const p of ps) a += p >= 0 ? values[p]! : NaN;
    return a;
  };
  return relationsOf(t).every((rel) => Math.abs(sum(rel.lhs) - sum(rel.rhs)) <= 1e-6);
}

/** Each row's values as one text (their texts joined by commas): rows with the same key read the same. */
function rowKeys(rows: ReadonlyArray<{ fields: readonly Field[] }>): string[] {
  const keys: string[] = [];
  for (const r of rows) {
    let k = '';
    for (let i = 0; i < r.fields.length; i++) k += (i ? ',' : '') + r.fields[i]!.text;
    keys.push(k);
  }
  return keys;
}
