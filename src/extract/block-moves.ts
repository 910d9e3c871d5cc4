/**
 * Values printed in the table's order but for one block moved elsewhere: plain pdftotext of a
 * ruled table reads the page in text blocks, and a block of cells (a row's last four, one cell)
 * can come out before or after the cells it stands between on the page.
 *
 * ```text
 * 72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20     ← as printed (表四)
 * 72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20         ← 12 1 1 6 put back: every sum holds
 * ```
 *
 * The format's arithmetic decides: every way of taking one run of consecutive values out and
 * putting it back elsewhere is tried, and the readings under which every sum holds (with a
 * value other than 0 somewhere) are kept. Readings with the same values are one reading.
 */
export type BlockOrder =
  /** The printed order already holds every sum (or holds no value other than 0): nothing moved. */
  | { kind: 'as-printed' }
  /** Exactly one reading holds: `order[i]` is the printed index of the value in place i. */
  | { kind: 'one'; order: number[] }
  /** Several readings hold (their values, and their orders as in `one`), or none (both empty). */
  | { kind: 'ambiguous'; candidates: number[][]; orders: number[][] };

export interface Relation {
  /** Indices into the values, in the table's order (-1: a cell the table lacks, never holds). */
  lhs: ArrayLike<number>;
  rhs: ArrayLike<number>;
}

/** The first and last place a relation names (a cell the table lacks: every place, as it never holds). */
function spanOf(r: Relation): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const ps of [r.lhs, r.rhs]) {
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (p < 0) return { first: -Infinity, last: Infinity };
      if (p < first) first = p;
      if (p > last) last = p;
    }
  }
  return { first, last };
}

/** Whether one of the spans lies wholly outside the places [lo, hi). */
function outside(spans: ReadonlyArray<{ first: number; last: number }>, lo: number, hi: number): boolean {
  for (const f of spans) if (f.last < lo || f.first >= hi) return true;
  return false;
}

/** Whether one of the readings `which` (indices into `seqs`) has these values. */
function seen(which: readonly number[], seqs: readonly number[][], vals: readonly number[]): boolean {
  for (const x of which) {
    const s = seqs[x]!;
    let p = 0;
    while (p < vals.length && s[p] === vals[p]) p++;
    if (p === vals.length) return true;
  }
  return false;
}

/** The printed index of the value at place p once the block [i, j) is moved to place k of the values that remain. */
function movedFrom(p: number, i: number, j: number, k: number): number {
  const len = j - i;
  return p < k ? (p < i ? p : p + len) : p < k + len ? i + p - k : p - len < i ? p - len : p;
}

/**
 * Whether every relation holds once the block [i, j) is moved to place k of the values that
 * remain (as relationsHold on the moved values, without moving them: most moves fail).
 */
function holdsMoved(values: readonly number[], relations: readonly Relation[], i: number, j: number, k: number): boolean {
  for (const r of relations) {
    if (!(Math.abs(movedSum(values, r.lhs, i, j, k) - movedSum(values, r.rhs, i, j, k)) <= 1e-6)) return false;
  }
  return true;
}

/** The sum of the values at places `ps` once the block [i, j) is moved to place k (NaN with a cell the table lacks). */
function movedSum(values: readonly number[], ps: ArrayLike<number>, i: number, j: number, k: number): number {
  let a = 0;
  for (let q = 0; q < ps.length; q++) a += ps[q]! >= 0 ? values[movedFrom(ps[q]!, i, j, k)]! : NaN;
  return a;
}

/** Whether every relation holds on these values. */
export function relationsHold(values: ArrayLike<number>, relations: readonly Relation[]): boolean {
  const sum = (ps: ArrayLike<number>) => {
    let a = 0;
    for (let i = 0; i < ps.length; i++) a += ps[i]! >= 0 ? values[ps[i]!]! : NaN;
    return a;
  };
  return relations.every((r) => Math.abs(sum(r.lhs) - sum(r.rhs)) <= 1e-6);
}

/**
 * The reading of `values` (printed order) under which `relations` hold, by at most one block
 * moved. `maxLength`: the longest block tried (the whole length by default).
 */
export function orderBySums(values: readonly number[], relations: readonly Relation[], maxLength = values.length - 1): BlockOrder {
  const n = values.length;
  if (!values.some((v) => v !== 0) || relationsHold(values, relations)) return { kind: 'as-printed' };
  // The readings found, in the order first found: their orders and their values, and by a hash
  // of their values (readings with the same values are one reading: many moves of zeros are).
  const orders: number[][] = [];
  const seqs: number[][] = [];
  const byHash = new Map<number, number[]>();
  const vals = new Array<number>(n);
  // A move leaves the values outside the places it spans where they were: a relation that fails
  // as printed and names none of those places fails after the move too.
  const failingRelations = relations.filter((r) => !relationsHold(values, [r]));
  // (A plain loop, not map: outside() then meets one kind of list.)
  const failing: Array<{ first: number; last: number }> = [];
  for (const r of failingRelations) failing.push(spanOf(r));
  // Every relation must hold after a move: those that failed as printed are asked first, as
  // they fail again after most moves (the answer is the same in any order).
  const firstAsked = [...failingRelations, ...relations.filter((r) => !failingRelations.includes(r))];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= Math.min(n, i + maxLength); j++) {
      const len = j - i;
      // The block [i, j) goes to place k of what remains (k ≠ i: that is where it was).
      for (let k = 0; k <= n - len; k++) {
        if (k === i) continue;
        // Moving [i, j) left to k is moving [k, i) right past it: that move, (k, i, k + len),
        // came earlier in this order and gave the same reading, so it is not tried again.
        if (k < i && i - k <= maxLength) continue;
        const lo = Math.min(i, k);
        const hi = Math.max(j, k + len);
        if (outside(failing, lo, hi)) continue;
        if (!holdsMoved(values, firstAsked, i, j, k)) continue;
        let h = 0;
        for (let p = 0; p < n; p++) {
          vals[p] = values[movedFrom(p, i, j, k)]!;
          h = (Math.imul(h, 31) + (vals[p]! | 0)) | 0;
        }
        const same = byHash.get(h);
        if (same && seen(same, seqs, vals)) continue;
        if (same) same.push(orders.length);
        else byHash.set(h, [orders.length]);
        const order = new Array<number>(n);
        for (let p = 0; p < n; p++) order[p] = movedFrom(p, i, j, k);
        orders.push(order);
        seqs.push(vals.slice());
      }
    }
  }
  if (orders.length === 1) return { kind: 'one', order: orders[0]! };
  return { kind: 'ambiguous', candidates: orders.map((o) => o.map((p) => values[p]!)), orders };
}
