/**
 * Derived metrics as data: what a city office or a researcher reads off 表三 and 表四 of a
 * report or of a sum of reports (`sumReports(...).values`). Of a sum, a share is the pooled
 * ratio (sum over sum), not the mean of the reports' ratios.
 */
import { formats, table3Groups } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import { numberOrNull } from './layout.js';

export interface Text {
  zh: string;
  en: string;
}

/** `count`: a number of applications; `share`: a fraction 0–1; `per100`: per 100 applications. */
export type MetricUnit = 'count' | 'share' | 'per100';

/** A derived metric. */
export interface Metric {
  /** Stable id (API, CSV column, docs). */
  id: string;
  label: Text;
  /** How it is computed, with the official labels. */
  formula: Text;
  unit: MetricUnit;
  /** The cell ids it reads. */
  inputs: readonly string[];
  /** The value, or null where the denominator is 0 or missing (or no input has a number). */
  compute(values: CellValues): number | null;
}

const t3 = formats['2021'].table3;
const t4 = formats['2021'].table4;

/** 总计-column cell ids of the 表三 rows in an official group (`（三）不予公开`), from the format data. */
const groupTotals = (group: string): string[] => t3.rows.filter((r) => r.group === group).map((r) => `table3.${r.id}.total`);

const received = 'table3.newReceived.total';
const handled = 'table3.total.total';
const granted = ['table3.granted.total', 'table3.partiallyGranted.total'];
const withheld = groupTotals(table3Groups.withheld);
const unavailable = groupTotals(table3Groups.unavailable);
const notProcessed = groupTotals(table3Groups.notProcessed);
const review = 'table4.review.total';
const suits = t4.rows.filter((r) => r.group === '行政诉讼').map((r) => `table4.${r.id}.total`);
const groups = t4.rows.map((r) => r.id);

/**
 * The sum of the numbers among `ids`; blanks count as 0 beside a number (as the sum checks
 * treat them), and the result is null where none of the cells has a number.
 */
function sumOf(values: CellValues, ids: readonly string[]): number | null {
  let sum = 0;
  let any = false;
  for (const id of ids) {
    const v = numberOrNull(values[id]);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/** numerator / denominator × scale, or null where either is missing or the denominator is not positive. */
function ratio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || !(denominator > 0)) return null;
  return (numerator / denominator) * scale;
}

const share = (id: string, label: Text, formula: Text, numerator: readonly string[]): Metric => ({
  id,
  label,
  formula,
  unit: 'share',
  inputs: [...numerator, handled],
  compute: (v) => ratio(sumOf(v, numerator), numberOrNull(v[handled])),
});

/** Every derived metric, in the order reports and docs show them. */
export const metrics: readonly Metric[] = [
  {
    id: 'applications',
    label: { zh: '本年新收申请数', en: 'Applications received' },
    formula: { zh: '表三 一、本年新收政府信息公开申请数量 总计', en: 'Table 3, new applications received this year, total column' },
    unit: 'count',
    inputs: [received],
    compute: (v) => numberOrNull(v[received]),
  },
  share(
    'grantedShare',
    { zh: '公开率', en: 'Share granted' },
    {
      zh: '（（一）予以公开 + （二）部分公开）÷ （七）总计，均取总计列',
      en: '(granted + partially granted) ÷ total handled, total column',
    },
    granted,
  ),
  share(
    'withheldShare',
    { zh: '不予公开率', en: 'Share withheld' },
    { zh: `（三）不予公开 1–${withheld.length} 项之和 ÷ （七）总计，均取总计列`, en: `withheld, sum of items 1–${withheld.length} ÷ total handled, total column` },
    withheld,
  ),
  share(
    'unavailableShare',
    { zh: '无法提供率', en: 'Share unavailable' },
    { zh: `（四）无法提供 1–${unavailable.length} 项之和 ÷ （七）总计，均取总计列`, en: `unavailable, sum of items 1–${unavailable.length} ÷ total handled, total column` },
    unavailable,
  ),
  share(
    'notProcessedShare',
    { zh: '不予处理率', en: 'Share not processed' },
    { zh: `（五）不予处理 1–${notProcessed.length} 项之和 ÷ （七）总计，均取总计列`, en: `not processed, sum of items 1–${notProcessed.length} ÷ total handled, total column` },
    notProcessed,
  ),
  {
    id: 'reviewsPer100',
    label: { zh: '每百件申请行政复议数', en: 'Administrative reviews per 100 applications' },
    formula: {
      zh: '表四 行政复议 总计 ÷ 表三 一、本年新收 总计 × 100',
      en: 'Table 4 administrative review total ÷ Table 3 new applications total × 100',
    },
    unit: 'per100',
    inputs: [review, received],
    compute: (v) => ratio(numberOrNull(v[review]), numberOrNull(v[received]), 100),
  },
  {
    id: 'suitsPer100',
    label: { zh: '每百件申请行政诉讼数', en: 'Lawsuits per 100 applications' },
    formula: {
      zh: '表四 行政诉讼（未经复议直接起诉 总计 + 复议后起诉 总计）÷ 表三 一、本年新收 总计 × 100',
      en: 'Table 4 lawsuits (direct total + after review total) ÷ Table 3 new applications total × 100',
    },
    unit: 'per100',
    inputs: [...suits, received],
    compute: (v) => ratio(sumOf(v, suits), numberOrNull(v[received]), 100),
  },
  {
    id: 'correctedShare',
    label: { zh: '纠错率', en: 'Share of reviews and lawsuits corrected' },
    formula: {
      zh: '三组（行政复议、未经复议直接起诉、复议后起诉）结果纠正之和 ÷ 三组（总计 − 尚未审结）之和',
      en: 'corrected ÷ (total − pending), each summed over the three groups (review, direct suit, suit after review)',
    },
    unit: 'share',
    inputs: groups.flatMap((g) => [`table4.${g}.corrected`, `table4.${g}.total`, `table4.${g}.pending`]),
    compute: (v) => {
      const totals = sumOf(v, groups.map((g) => `table4.${g}.total`));
      if (totals === null) return null;
      const pending = sumOf(v, groups.map((g) => `table4.${g}.pending`)) ?? 0;
      return ratio(sumOf(v, groups.map((g) => `table4.${g}.corrected`)) ?? 0, totals - pending);
    },
  },
];

const byId = new Map(metrics.map((m) => [m.id, m]));

/** The metric with this id, or undefined. */
export function metricById(id: string): Metric | undefined {
  return byId.get(id);
}

/** Every metric of `values`, by metric id. */
export function computeMetrics(values: CellValues): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of metrics) out[m.id] = m.compute(values);
  return out;
}

/** A metric's figure and how many of its inputs were blank: the figure is computed on what is there. */
export interface MetricFigure {
  value: number | null;
  /**
   * Inputs without a number. Of one report: the input cells left blank (or not printed). Of a
   * sum: report × input cells without a number (`noNumber` of the sum, added over the inputs).
   */
  blanks: number;
}

/**
 * A metric with the count of its blank inputs beside it. `noNumber` (of a sum): per cell, how
 * many reports had no number; without it, `values` is one report's and a blank input counts once.
 */
export function metricFigure(metric: Metric, values: CellValues, noNumber?: Readonly<Record<string, number>>): MetricFigure {
  let blanks = 0;
  for (const id of metric.inputs) {
    if (noNumber) blanks += noNumber[id] ?? 0;
    else if (numberOrNull(values[id]) === null) blanks++;
  }
  return { value: metric.compute(values), blanks };
}

/** Every metric of `values` with its blank inputs, by metric id (see `metricFigure`). */
export function metricFigures(values: CellValues, noNumber?: Readonly<Record<string, number>>): Record<string, MetricFigure> {
  const out: Record<string, MetricFigure> = {};
  for (const m of metrics) out[m.id] = metricFigure(m, values, noNumber);
  return out;
}

/** Year-over-year change: absolute (current − previous) and relative ((current − previous) / previous). */
export interface Change {
  current: number | null;
  previous: number | null;
  /** null where either value is missing. */
  absolute: number | null;
  /** null where either value is missing or `previous` is 0. */
  relative: number | null;
}

/** The change from `previous` to `current`; for shares `absolute` is in points of the fraction (0.05 = 5 percentage points). */
export function change(current: number | null, previous: number | null): Change {
  const c = numberOrNull(current);
  const p = numberOrNull(previous);
  const absolute = c === null || p === null ? null : c - p;
  const relative = absolute === null || p === 0 ? null : absolute / Math.abs(p!);
  return { current: c, previous: p, absolute, relative };
}

/** The change of one metric between two reports' (or aggregates') values. */
export function metricChange(metric: Metric, current: CellValues, previous: CellValues): Change {
  return change(metric.compute(current), metric.compute(previous));
}
