import type { Item } from './items.js';
import type { Line } from './lines.js';

/**
 * The format row each row of values names by its 序号 (serial k: the format's k-th row), where
 * the table prints a 序号 column whose numbers agree with the rows' own labels. In `-layout` text
 * a tall label cell centres its words between the rows around it, so labels can stand a row off
 * their values, while each value line keeps its serial (on its line or on a line of its own just
 * above it):
 *
 * ```text
 * 13
 *             （四）无 1.2.本机关不掌握相关政府信息    ← rows 13 and 14's labels
 *                      没有现成信息需要另行制作
 *                                       111    0 …   ← row 13 (序号 13), not 14
 * 14
 *       三、本年 法提供      3.补正后申请内容仍不明确     ← row 15's label
 *                                         2    0 …   ← row 14
 * ```
 *
 * `lines`: the table's lines with the serials taken out (Line.serial, see serial-column.ts);
 * `labelRow`: the format row a candidate's own label names surely, or -1. Returns, per
 * candidate, the row its serial names (-1: none), or null where the serials do not agree with the
 * labels (at least `minAgree` rows named alike by both, and disagreeing on at most one in five).
 */
export function serialRows(
  lines: readonly Line[], items: readonly Item[], candidates: readonly number[], rows: number, labelRow: (ci: number) => number,
): Int32Array | null {
  const serials: Array<{ index: number; serial: number }> = [];
  for (const l of lines) if (l.serial !== undefined) serials.push({ index: l.index, serial: l.serial });
  if (serials.length < minAgree) return null;
  const out = new Int32Array(candidates.length).fill(-1);
  // A serial names the row of values on its line, or the first after it; two or more serials
  // before one row of values name none of them surely.
  let s = 0;
  candidates.forEach((k, ci) => {
    const at = items[k]!.line.index;
    let own = -1;
    let pending = 0;
    let last = -1;
    while (s < serials.length && serials[s]!.index <= at) {
      if (serials[s]!.index === at) own = serials[s]!.serial;
      else {
        pending++;
        last = serials[s]!.serial;
      }
      s++;
    }
    const found = own >= 0 ? own : pending === 1 ? last : -1;
    if (found >= 1 && found <= rows) out[ci] = found - 1;
  });
  let agree = 0;
  let disagree = 0;
  out.forEach((r, ci) => {
    if (r < 0) return;
    const named = labelRow(ci);
    if (named < 0) return;
    if (named === r) agree++;
    else disagree++;
  });
  return agree >= minAgree && disagree * 5 <= agree ? out : null;
}

/** Rows named alike by serial and label, at least, before serials are believed. */
const minAgree = 5;
