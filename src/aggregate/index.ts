/**
 * Aggregation: sums of 表三 and 表四 over any set of reports, derived metrics, rankings, and
 * the comparison of a summary report with its members. Pure: no database, only `CellValues`.
 */
export { sumReports, type SumItem, type Aggregate, type Folded } from './sum.js';
export { aggregateCellIds, layoutCellIds, splitRows, table3Layout, type SplitRow } from './layout.js';
export { metrics, metricById, computeMetrics, metricFigure, metricFigures, change, metricChange, type Metric, type MetricFigure, type MetricUnit, type Change, type Text } from './metrics.js';
export { rank, rankByMetric, type Ranked, type RankOrder } from './rank.js';
export { compareSummary, type Member, type SummaryMismatch } from './summary.js';
export { metricsDoc } from './metrics-doc.js';
