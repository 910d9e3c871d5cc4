/** The corpus summed by group, with the derived metrics, ranked, and summary reports checked. */
import { compareSummary, computeMetrics, metricById, metricFigures, metrics, rankByMetric, sumReports, type SummaryMismatch } from '../aggregate/index.js';
import { NianbaoError } from '../errors.js';
import type { CellValues } from '../model/values.js';
import type { CellSums, GroupBy, ReportFilter, Store } from '../store/store.js';
import { organNames } from './reports.js';
import { divisions, pathOf } from '../organs/divisions.js';

export interface StatsOptions {
  by?: GroupBy;
  /** Digits of the region code to group by (2 province, 4 city, 6 county). */
  regionDigits?: number;
  /** A metric id: rank the groups by it. */
  rank?: string | undefined;
}

export interface StatsGroup {
  /** 1-based, shared by ties; null without --rank or where the metric has no value. */
  rank: number | null;
  key: string | number | null;
  /** The organ's name for organ and parent groups, the division's (福建省泉州市晋江市) for region groups, else the key; null for the whole corpus or an unknown key. */
  name: string | null;
  reports: number;
  ids: number[];
  values: CellValues;
  blanks: Record<string, number>;
  metrics: Record<string, number | null>;
  /**
   * Per metric: report × input cells without a number. A figure beside a count above 0 is
   * computed on the numbers there are (docs/metrics.md).
   */
  metricBlanks: Record<string, number>;
}

export interface Stats {
  groupBy: GroupBy;
  /** The metric ranked by. */
  rank: string | null;
  /** Reports left out for their errors (with excludeErrors). */
  excluded: Array<{ id: number; organ: string | null; year: number | null; errors: number }>;
  groups: StatsGroup[];
  /**
   * Each report is counted once, by one version: how many reports were summed and how many
   * further files (other versions of them) were left out.
   */
  versions: { reports: number; leftOut: number; pinned: number };
  /** A parent organ's own summary (汇总) report against the sum of its members (by parent only). */
  summaries: Array<{ organ: string; year: number | null; reportId: number; findings: SummaryMismatch[] }>;
}

export async function corpusStats(store: Store, filter: ReportFilter, options: StatsOptions = {}): Promise<Stats> {
  const by = options.by ?? 'none';
  const metric = options.rank ? metricById(options.rank) : undefined;
  if (options.rank && !metric) throw new NianbaoError('usage.metric', `没有指标 ${options.rank}，可用：${metrics.map((m) => m.id).join('、')}`, `no metric ${options.rank}; one of ${metrics.map((m) => m.id).join(', ')}`);
  const groups = (await store.sums(filter, by, options.regionDigits ?? 6))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const excluded = filter.excludeErrors
    ? (await store.list({ ...filter, excludeErrors: false })).filter((r) => r.errors > 0 && r.status !== 'failed').map((r) => ({ id: r.id, organ: r.organ, year: r.year, errors: r.errors }))
    : [];
  const names = by === 'organ' || by === 'parent' ? await organNames(store, groups.map((g) => g.key)) : by === 'region' ? regionNames(groups.map((g) => g.key)) : new Map();
  const items = groups.map((g) => {
    const agg = sumReports([{ values: g.values, reports: g.reports, noNumber: g.blanks }]);
    const figures = metricFigures(agg.values, agg.noNumber);
    return {
      key: g.key, name: names.get(g.key) ?? (g.key === null ? null : String(g.key)), reports: g.reports, ids: g.ids, values: agg.values, blanks: g.blanks,
      metrics: computeMetrics(agg.values), metricBlanks: Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, f.blanks])),
    };
  });
  const ranked = metric ? rankByMetric(items, metric) : items.map((item) => ({ item, rank: null }));
  return {
    groupBy: by, rank: metric?.id ?? null, excluded, versions: await store.versionCensus(filter),
    groups: ranked.map((r) => ({ rank: r.rank, ...r.item })),
    summaries: by === 'parent' ? await summaryChecks(store, groups, filter) : [],
  };
}

/** A parent organ's own report that is a summary (汇总) of its members', against their sum. */
async function summaryChecks(store: Store, groups: CellSums[], filter: ReportFilter): Promise<Stats['summaries']> {
  const out: Stats['summaries'] = [];
  const rows = await store.list(filter);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const g of groups) {
    if (typeof g.key !== 'number') continue;
    const own = rows.filter((r) => r.preferred && r.organId === g.key && r.status !== 'failed' && /汇总/.test(r.title ?? ''));
    for (const r of own) {
      const members = g.ids.map((id) => byId.get(id)!).filter((m) => m.year === r.year);
      if (!members.length) continue;
      const values = await store.values([r.id, ...members.map((m) => m.id)]);
      out.push({
        organ: r.organ ?? '', year: r.year, reportId: r.id,
        findings: compareSummary(values.get(r.id)!, members.map((m) => ({ name: m.organ, values: values.get(m.id)! }))),
      });
    }
  }
  return out;
}

/** The division each region group's code prefix stands for (350582 → 福建省泉州市晋江市). */
function regionNames(keys: Array<string | number | null>): Map<string | number | null, string> {
  const out = new Map<string | number | null, string>();
  for (const k of keys) {
    const d = typeof k === 'string' ? divisions().byCode(k) : null;
    if (d) out.set(k, `${k} ${pathOf(d)}`);
  }
  return out;
}
