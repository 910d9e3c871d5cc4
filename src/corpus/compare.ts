/** One organ's reports side by side across years: every cell, the derived metrics, cross-year findings. */
import { metricChange, metricFigure, metrics, sumReports, type Change, type Metric } from '../aggregate/index.js';
import { NianbaoError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { allCellIds } from '../model/values.js';
import type { ReportRow, Store } from '../store/store.js';
import type { ExportVersion } from '../export/index.js';
import { versionOf } from './export.js';

export interface ComparedCell {
  id: string;
  label: string;
  /** One per year of `Comparison.years`: a number, null (printed without a number), undefined (not in that report). */
  values: Array<number | null | undefined>;
  same: boolean;
}

export interface ComparedMetric {
  id: string;
  label: Metric['label'];
  unit: Metric['unit'];
  /** One per year of `Comparison.years`. */
  values: Array<number | null>;
  /** One per year: input cells left blank; a figure beside a count above 0 is computed on the numbers there are. */
  blanks: number[];
  /** From the first year shown to the last. */
  change: Change;
}

export interface Comparison {
  organ: string | null;
  organId: number | null;
  /** The years asked for that the corpus holds a report of, in the order asked. */
  years: number[];
  /** The years asked for that it does not. */
  missingYears: number[];
  /** The report shown for each of `years`: the version counted of each (see `versions`). */
  reports: ReportRow[];
  /** For each of `years`: the file used, how many versions the report has, why that one. */
  versions: Array<{ year: number } & ExportVersion & { file: string }>;
  /** Every cell some year has, in the format's order. */
  cells: ComparedCell[];
  /** How many cells differ between the years. */
  differ: number;
  /** Empty unless two years or more are shown. */
  metrics: ComparedMetric[];
  crossYear: Array<{ year: number; diagnostic: Diagnostic }>;
}

/**
 * Compare an organ's reports of `years`. `organ` is an id or a name (any variant, or a part
 * that names one organ only, within `region` where given); `corpus.ambiguous-organ` or `corpus.no-organ-report` otherwise.
 */
export async function compareOrgan(store: Store, organ: string | number, years: readonly number[], region?: string): Promise<Comparison> {
  // Each report once: the version counted (pinned, else the best reading).
  // `region` (a code prefix, see filterOf) tells apart organs of one name (two 城关镇人民政府).
  const rows = await store.list({ organ, years: [...years], versions: 'preferred', ...(region ? { region } : {}) });
  const organs = new Set(rows.map((r) => r.organId));
  if (organs.size > 1) {
    throw new NianbaoError('corpus.ambiguous-organ', `“${organ}”对应多个机关：${[...new Set(rows.map((r) => r.organ))].join('、')}`, `“${organ}” matches several organs; give the full name or the id`);
  }
  if (!rows.length) throw new NianbaoError('corpus.no-organ-report', `语料库中没有“${organ}”的报告`, `no report of “${organ}” in the corpus`);
  const byYear = new Map<number, ReportRow>();
  for (const r of rows) if (r.year !== null && !byYear.has(r.year)) byYear.set(r.year, r);
  const shown = years.filter((y) => byYear.has(y));
  const reports = shown.map((y) => byYear.get(y)!);
  const values = await store.values(reports.map((r) => r.id));
  const perYear = reports.map((r) => values.get(r.id)!);

  const cells: ComparedCell[] = [];
  for (const info of allCellIds()) {
    const vals = perYear.map((v) => v[info.id]);
    if (vals.every((x) => x === undefined)) continue;
    cells.push({ id: info.id, label: info.label, values: vals, same: vals.every((x) => x === vals[0]) });
  }
  let compared: ComparedMetric[] = [];
  if (shown.length >= 2) {
    // Each year's values in the layout the metrics read (a 2019 （六） folded into （六）3).
    const laidOut = perYear.map((v) => sumReports([{ values: v }]).values);
    const first = laidOut[0]!;
    const last = laidOut[laidOut.length - 1]!;
    compared = metrics.map((m) => {
      const figures = laidOut.map((v) => metricFigure(m, v));
      return { id: m.id, label: m.label, unit: m.unit, values: figures.map((f) => f.value), blanks: figures.map((f) => f.blanks), change: metricChange(m, last, first) };
    });
  }
  const crossYear: Comparison['crossYear'] = [];
  for (const [i, r] of reports.entries()) {
    for (const d of await store.diagnostics(r.id)) if (d.category === 'cross-year') crossYear.push({ year: shown[i]!, diagnostic: d });
  }
  return {
    organ: rows[0]!.organ, organId: rows[0]!.organId, years: shown, missingYears: years.filter((y) => !byYear.has(y)), reports,
    versions: reports.map((r, i) => ({ year: shown[i]!, ...versionOf(r), file: r.fileName })),
    cells, differ: cells.filter((c) => !c.same).length, metrics: compared, crossYear,
  };
}
