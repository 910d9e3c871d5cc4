import type { Item } from './items.js';
import { contextText, markerOnly } from './rows.js';
import type { LabelMatcher } from './similarity.js';

/**
 * One printed row that a layout split over two lines, each with a part of the label and a
 * part of the values (pdftotext -layout of a PDF whose label cell wraps around the line of the
 * values: the wrapped label's first line carries the first cell, its number marker the last).
 *
 * ```text
 *            危及“三安全一稳 0
 *           3.                                  0
 *           ^ the same row: label “3.危及“三安全一稳定”” (the last characters on a third line)
 * ```
 *
 * Every two consecutive row lines of a space layout that could be one row (each prints fewer
 * values than the row has cells, together no more, and no two of their values stand in the
 * same column) are offered to the alignment as a pair, with the label the two make (a bare
 * number marker put first). The alignment takes a pair only where it names a row better than
 * the two lines do apart.
 */
export interface SplitPairs {
  own: Float64Array[];
  near: Float64Array[];
  counts: number[];
  ok: Uint8Array;
  /** The row item the pair makes, by the pair's first candidate index. */
  merged: Array<Item | null>;
}

/**
 * What the pairs are whatever the format: the row each two consecutive candidates would make
 * (null where they cannot be one), and the texts that may finish its label, the lines before
 * it and after it joined to it ('' where there are none). Scored per format by splitRowPairs.
 */
export interface PairShapes {
  merged: Array<Item | null>;
  around: Array<[string, string]>;
}

export function pairShapes(items: readonly Item[], candidates: readonly number[], width: number): PairShapes {
  const shapes: PairShapes = { merged: [], around: [] };
  for (let i = 0; i + 1 < candidates.length; i++) {
    const k = candidates[i]!;
    const merged = candidates[i + 1] === k + 1 ? mergeSplit(items[k]!, items[k + 1]!, width) : null;
    shapes.merged.push(merged);
    if (!merged) {
      shapes.around.push(['', '']);
      continue;
    }
    // The rest of a wrapped label stands on the lines around the pair, on either side.
    const before = contextText(items, k, 'pre');
    const after = contextText(items, k + 1, 'post');
    shapes.around.push([before && before + merged.label, after && merged.label + after]);
  }
  return shapes;
}

export function splitRowPairs(
  items: readonly Item[],
  candidates: readonly number[],
  matcher: LabelMatcher,
  width: number,
  shapes: PairShapes = pairShapes(items, candidates, width),
): SplitPairs | null {
  const n = candidates.length;
  const none = matcher.none;
  const pairs: SplitPairs = { own: [], near: [], counts: [], ok: new Uint8Array(Math.max(0, n - 1)), merged: [] };
  let any = false;
  for (let i = 0; i + 1 < n; i++) {
    const merged = shapes.merged[i]!;
    pairs.merged.push(merged);
    if (!merged) {
      pairs.own.push(none);
      pairs.near.push(none);
      pairs.counts.push(0);
      continue;
    }
    const own = matcher.scores(merged.label);
    const near = new Float64Array(own.length);
    for (const text of shapes.around[i]!) {
      if (!text) continue;
      const s = matcher.scores(text);
      for (let r = 0; r < s.length; r++) near[r] = Math.max(near[r]!, 0.9 * s[r]!);
    }
    pairs.own.push(own);
    pairs.near.push(near);
    pairs.counts.push(merged.values);
    pairs.ok[i] = 1;
    any = true;
  }
  return any ? pairs : null;
}

/** The row two lines make, or null where they cannot be one row. */
function mergeSplit(a: Item, b: Item, width: number): Item | null {
  if (a.kind !== 'row' || b.kind !== 'row' || a.segment || b.segment) return null;
  if (a.line.mode !== 'space' || b.line.mode !== 'space') return null;
  if (a.values === 0 || b.values === 0 || a.values + b.values > width) return null;
  const fa = a.fields.filter((f) => f.text !== '');
  const fb = b.fields.filter((f) => f.text !== '');
  // Two values in one column are two rows.
  if (fa.some((x) => fb.some((y) => Math.abs(x.col - y.col) < 2))) return null;
  const la = a.label.trim();
  const lb = b.label.trim();
  const label = markerOnly.test(lb) && !markerOnly.test(la) ? lb + la : la + lb;
  const fields = [...fa, ...fb].sort((x, y) => x.col - y.col);
  return { kind: 'row', line: a.line, label, labelStart: a.labelStart, fields, values: fields.length, segment: false };
}
