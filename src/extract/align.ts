/**
 * Align printed rows with the rows of the official format, in order, as a sequence
 * alignment (dynamic programming): a row whose label matches scores high, a row with no
 * label may fill a row the format expects at its place, and printed rows that match
 * nothing (headers, stray numbers) are left out. This is what reads rows whose labels were
 * lost or split from their numbers (a label-less row between （三）4 and （三）6 is （三）5).
 */
export interface AlignInput {
  /** Per candidate and format row: how well the label on the candidate's own line names the row, 0–1. */
  own: Float64Array[];
  /** Per candidate and format row: how well the text next to it (label lines apart from the values) names the row. */
  near: Float64Array[];
  /** Values each candidate printed. */
  counts: number[];
  /** Values each format row wants. */
  widths: number[];
}

export interface AlignResult {
  score: number;
  /** For each format row, the candidate index assigned, or -1. */
  rowToItem: Int32Array;
}

/**
 * Work space of the alignment, kept between calls and grown as needed (every cell read is
 * written first in each call): tables are aligned thousands of times a second.
 */
const scratch = { f: new Float64Array(0), move: new Uint8Array(0), rewards: new Float64Array(0), least: new Int32Array(0) };

function workSpace(cells: number, pairs: number, rows: number): typeof scratch {
  if (scratch.f.length < cells) {
    scratch.f = new Float64Array(cells * 2);
    scratch.move = new Uint8Array(cells * 2);
  }
  if (scratch.rewards.length < pairs) scratch.rewards = new Float64Array(pairs * 2);
  if (scratch.least.length < rows) scratch.least = new Int32Array(rows * 2);
  return scratch;
}

export function align(input: AlignInput): AlignResult {
  const { own, near, counts, widths } = input;
  const n = own.length;
  const m = widths.length;
  const W = m + 1;
  const { f, move, rewards, least } = workSpace((n + 1) * W, n * m, m); // move: 1 skip item, 2 skip row, 3 match
  f[0] = 0;
  // A row printing fewer values than this needs a label that names it.
  for (let r = 0; r < m; r++) least[r] = Math.max(Math.ceil(widths[r]! / 2), widths[r]! - 2);
  // Own-line labels are reliable: one that names another row weighs against. Text nearby is
  // only a hint (extraction tools scatter wrapped labels), so it adds and never subtracts.
  for (let i = 0; i < n; i++) {
    const o = own[i]!;
    const h = near[i]!;
    let best = 0;
    for (let r = 0; r < m; r++) if (o[r]! > best) best = o[r]!;
    const c = counts[i]!;
    for (let r = 0; r < m; r++) {
      const s = o[r]!;
      const hint = h[r]!;
      const w = widths[r]!;
      const named = s > hint ? s : hint;
      let v: number;
      if (c < least[r]! && named < 0.8) v = -Infinity;
      else v = (c === w ? 0 : -0.3) + 0.5 + 2 * s - 2 * Math.max(0, best - s - 0.1) + hint;
      rewards[i * m + r] = v;
    }
  }
  // A row the format has but the report does not print is unusual: skipping one costs.
  const skipRowCost = 0.6;
  for (let j = 1; j <= m; j++) {
    f[j] = -skipRowCost * j;
    move[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    f[i * W] = 0;
    move[i * W] = 1;
    for (let j = 1; j <= m; j++) {
      let v = f[(i - 1) * W + j]!;
      let mv = 1;
      const skipRow = f[i * W + j - 1]! - skipRowCost;
      if (skipRow > v) {
        v = skipRow;
        mv = 2;
      }
      const rw = rewards[(i - 1) * m + j - 1]!;
      if (rw > 0) {
        const mt = f[(i - 1) * W + j - 1]! + rw;
        if (mt > v) {
          v = mt;
          mv = 3;
        }
      }
      f[i * W + j] = v;
      move[i * W + j] = mv;
    }
  }
  const rowToItem = new Int32Array(m).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const mv = move[i * W + j];
    if (mv === 3) {
      rowToItem[j - 1] = i - 1;
      i--;
      j--;
    } else if (mv === 1) i--;
    else j--;
  }
  return { score: f[n * W + m]!, rowToItem };
}
