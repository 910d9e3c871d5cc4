/**
 * Rank items (the organs of a region, the regions of a province) by a value such as a metric.
 */
import type { CellValues } from '../model/values.js';
import type { Metric } from './metrics.js';

/** An item with its value and its rank (null: no value, listed last). */
export interface Ranked<T> {
  item: T;
  value: number | null;
  rank: number | null;
}

export type RankOrder = 'desc' | 'asc';

/**
 * Rank `items` by `valueOf`, highest first (`desc`, the default) or lowest first (`asc`).
 * Equal values share a rank and the next rank skips (competition ranking 1, 2, 2, 4); items
 * without a value (null, NaN) come last, unranked, in their input order, as do ties.
 */
export function rank<T>(items: readonly T[], valueOf: (item: T) => number | null, order: RankOrder = 'desc'): Ranked<T>[] {
  const withValue: Array<{ item: T; value: number; index: number }> = [];
  const without: Ranked<T>[] = [];
  items.forEach((item, index) => {
    const v = valueOf(item);
    if (typeof v === 'number' && !Number.isNaN(v)) withValue.push({ item, value: v, index });
    else without.push({ item, value: null, rank: null });
  });
  const sign = order === 'asc' ? 1 : -1;
  withValue.sort((a, b) => sign * (a.value - b.value) || a.index - b.index);
  const out: Ranked<T>[] = [];
  withValue.forEach((x, i) => {
    const prev = out[i - 1];
    const r = prev && prev.value === x.value ? prev.rank : i + 1;
    out.push({ item: x.item, value: x.value, rank: r });
  });
  return [...out, ...without];
}

/** Rank items that carry cell values (reports, aggregates) by a metric. */
export function rankByMetric<T extends { values: CellValues }>(items: readonly T[], metric: Metric, order: RankOrder = 'desc'): Ranked<T>[] {
  return rank(items, (x) => metric.compute(x.values), order);
}
