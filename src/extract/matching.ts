/**
 * Work space kept between calls and grown as needed, each part cleared for its first n * n or
 * n + 1 entries before use: a Float64Array of more than 8 entries is allocated off the heap,
 * which costs more than clearing one.
 */
const work = { costs: new Float64Array(0), u: new Float64Array(0), v: new Float64Array(0), minv: new Float64Array(0), p: new Int32Array(0), way: new Int32Array(0), used: new Uint8Array(0) };

/**
 * Maximum-weight assignment of rows to columns (Hungarian method, O(n³)): used where the
 * printed order cannot be trusted and every label may sit on either side of its values.
 * Pairs of weight ≤ 0 are never assigned. Returns, for each row, the column or -1.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  if (!rows || !cols) return new Array(rows).fill(-1);
  const n = Math.max(rows, cols);
  const big = 1e6;
  if (work.costs.length < n * n) work.costs = new Float64Array(n * n * 2);
  if (work.u.length < n + 1) {
    const m = (n + 1) * 2;
    work.u = new Float64Array(m);
    work.v = new Float64Array(m);
    work.minv = new Float64Array(m);
    work.p = new Int32Array(m);
    work.way = new Int32Array(m);
    work.used = new Uint8Array(m);
  }
  // Cost matrix (minimisation) padded to square; forbidden pairs cost `big`. Worked out once.
  const costs = work.costs.fill(0, 0, n * n);
  for (let i = 0; i < rows; i++) {
    const wi = weights[i]!;
    for (let j = 0; j < cols; j++) {
      const w = wi[j]!;
      costs[i * n + j] = w > 0 ? -w : big;
    }
  }
  const u = work.u.fill(0, 0, n + 1);
  const v = work.v.fill(0, 0, n + 1);
  const p = work.p.fill(0, 0, n + 1);
  const way = work.way.fill(0, 0, n + 1);
  // Reset for each row (its first n + 1 entries: the only ones read).
  const minv = work.minv;
  const used = work.used;
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity, 0, n + 1);
    used.fill(0, 0, n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = costs[(i0 - 1) * n + j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i >= 0 && i < rows && j - 1 < cols && weights[i]![j - 1]! > 0) out[i] = j - 1;
  }
  return out;
}
