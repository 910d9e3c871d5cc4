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
  /**
   * Candidates that may be one printed row split over two lines (see splitRowPairs): for pair
   * i (candidates i and i+1 together), the same evidence as above; `ok[i]` says whether the
   * pair may be taken at all.
   */
  pairs?: { own: Float64Array[]; near: Float64Array[]; counts: number[]; ok: Uint8Array };
  /** Per candidate, the format row its 序号 names (-1: none; see serial-rows.ts). */
  serial?: Int32Array;
}

export interface AlignResult {
  score: number;
  /** For each format row, the candidate index assigned, or -1. */
  rowToItem: Int32Array;
  /** For each format row, 1 where it took candidates i and i+1 as one split row. */
  paired: Uint8Array;
}

/**
 * Work space of the alignment, kept between calls and grown as needed (every cell read is
 * written first in each call): tables are aligned thousands of times a second.
 */
const scratch = { f: new Float64Array(0), move: new Uint8Array(0), rewards: new Float64Array(0), pairRewards: new Float64Array(0), least: new Int32Array(0) };

function workSpace(cells: number, pairs: number, rows: number): typeof scratch {
  if (scratch.f.length < cells) {
    scratch.f = new Float64Array(cells * 2);
    scratch.move = new Uint8Array(cells * 2);
  }
  if (scratch.rewards.length < pairs) {
    scratch.rewards = new Float64Array(pairs * 2);
    scratch.pairRewards = new Float64Array(pairs * 2);
  }
  if (scratch.least.length < rows) scratch.least = new Int32Array(rows * 2);
  return scratch;
}

export function align(input: AlignInput): AlignResult {
  const { own, near, counts, widths } = input;
  const n = own.length;
  const m = widths.length;
  const W = m + 1;
  const work = workSpace((n + 1) * W, n * m, m); // move: 1 skip item, 2 skip row, 3 match, 4 match a split pair
  const { f, move, rewards, least } = work;
  f[0] = 0;
  // A row printing fewer values than this needs a label that names it.
  for (let r = 0; r < m; r++) least[r] = Math.max(Math.ceil(widths[r]! / 2), widths[r]! - 2);
  const serial = input.serial;
  for (let i = 0; i < n; i++) rewardRow(own[i]!, near[i]!, counts[i]!, widths, least, rewards, i * m, serial ? serial[i]! : -1);
  const pairs = input.pairs;
  // The pairs' rewards (n - 1 of them) in the work space too, every one read written first.
  const pairRewards = pairs ? work.pairRewards.fill(-Infinity, 0, Math.max(0, n - 1) * m) : null;
  if (pairs && pairRewards) for (let i = 0; i + 1 < n; i++) if (pairs.ok[i]) rewardRow(pairs.own[i]!, pairs.near[i]!, pairs.counts[i]!, widths, least, pairRewards, i * m, serial ? serial[i]! : -1);
  // A row the format has but the report does not print is unusual: skipping one costs.
  const skipRowCost = 0.6;
  for (let j = 1; j <= m; j++) {
    f[j] = -skipRowCost * j;
    move[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    // Offsets of this row of the table, the one before and the one before that, and of the
    // candidate's rewards (the same reads as f[(i - 1) * W + j] and so on, worked out once a row).
    const here = i * W;
    const above = here - W;
    const above2 = above - W;
    const rewardAt = (i - 1) * m - 1;
    const pairAt = (i - 2) * m - 1;
    f[here] = 0;
    move[here] = 1;
    let left = 0; // f[here + j - 1]
    for (let j = 1; j <= m; j++) {
      let v = f[above + j]!;
      let mv = 1;
      const skipRow = left - skipRowCost;
      if (skipRow > v) {
        v = skipRow;
        mv = 2;
      }
      const rw = rewards[rewardAt + j]!;
      if (rw > 0) {
        const mt = f[above + j - 1]! + rw;
        if (mt > v) {
          v = mt;
          mv = 3;
        }
      }
      if (pairRewards && i >= 2) {
        const rp = pairRewards[pairAt + j]!;
        if (rp > 0) {
          const mt = f[above2 + j - 1]! + rp;
          if (mt > v) {
            v = mt;
            mv = 4;
          }
        }
      }
      f[here + j] = v;
      move[here + j] = mv;
      left = v;
    }
  }
  const rowToItem = new Int32Array(m).fill(-1);
  const paired = new Uint8Array(m);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const mv = move[i * W + j];
    if (mv === 3) {
      rowToItem[j - 1] = i - 1;
      i--;
      j--;
    } else if (mv === 4) {
      rowToItem[j - 1] = i - 2;
      paired[j - 1] = 1;
      i -= 2;
      j--;
    } else if (mv === 1) i--;
    else j--;
  }
  return { score: f[n * W + m]!, rowToItem, paired };
}

/** What a row's 序号 adds to its reward at the row it names, and takes away at any other. */
const serialReward = 1;
const serialCost = 3;

/**
 * What matching one candidate to each format row is worth (written at `out[at + r]`).
 * Own-line labels are reliable: one that names another row weighs against. Text nearby is
 * only a hint (extraction tools scatter wrapped labels), so it adds and never subtracts. A 序号
 * (`serial`, the row it names, or -1) names its row as surely as its label would, and no other.
 */
function rewardRow(o: Float64Array, h: Float64Array, c: number, widths: readonly number[], least: Int32Array, out: Float64Array, at: number, serial: number): void {
  const m = widths.length;
  let best = 0;
  for (let r = 0; r < m; r++) if (o[r]! > best) best = o[r]!;
  for (let r = 0; r < m; r++) {
    const s = o[r]!;
    const hint = h[r]!;
    const w = widths[r]!;
    const named = r === serial ? 1 : s > hint ? s : hint;
    const v = c < least[r]! && named < 0.8 ? -Infinity : (c === w ? 0 : -0.3) + 0.5 + 2 * s - 2 * Math.max(0, best - s - 0.1) + hint;
    out[at + r] = serial < 0 ? v : v + (r === serial ? serialReward : -serialCost);
  }
}
