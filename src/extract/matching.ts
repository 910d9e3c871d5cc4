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
  // Cost matrix (minimisation) padded to square; forbidden pairs cost `big`. Worked out once.
  const costs = new Float64Array(n * n);
  for (let i = 0; i < rows; i++) {
    const wi = weights[i]!;
    for (let j = 0; j < cols; j++) {
      const w = wi[j]!;
      costs[i * n + j] = w > 0 ? -w : big;
    }
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  // Made once and reset for each row: a Float64Array of more than 8 entries is allocated off
  // the heap, which costs far more than filling it again.
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
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
