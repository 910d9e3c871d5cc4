/**
 * The corpus API: what the CLI's corpus commands and the web server ask of a store, as typed
 * functions returning plain data (no printing). Errors are `NianbaoError` with a code.
 */
export { filterOf, yearsOf, organOf, regionOf, type FilterText } from './filter.js';
export { listReports, showReport, listOrgans, organNames, reparse, listVersions, pinVersion, type ReportDetail, type OrganEntry, type ReparseResult } from './reports.js';
export { compareOrgan, type Comparison, type ComparedCell, type ComparedMetric } from './compare.js';
export { corpusStats, type Stats, type StatsGroup, type StatsOptions } from './stats.js';
export { exportReports, exportItems, versionOf, type ExportFormat, type ExportOptions } from './export.js';

// The rest of the corpus side, for `nianbao/corpus`: the store, ingest, the queue, aggregation, export.
export { Store, sortKeys, type ReportFilter, type ReportRow, type GroupBy, type CellSums, type FileInfo, type PageOptions, type SortKey } from '../store/store.js';
export { connect, StoreError, defaultDbFile } from '../store/connect.js';
export { crossYearPass } from '../store/cross-year.js';
export { ingest, ingestInputs, parsePool, inputKey, type IngestOptions, type IngestResult, type IngestProgress } from '../ingest/ingest.js';
export * as queue from '../queue/index.js';
export { sumReports, metrics, metricById, computeMetrics, change, metricChange, rank, rankByMetric, compareSummary, type Aggregate, type Metric, type Change, type SummaryMismatch } from '../aggregate/index.js';
export { writeCsv, writeXlsx, writeJsonl, type ExportItem, type ExportItems, type ExportVersion, type HeaderMode } from '../export/index.js';
export { expandInput, type Input } from '../input/read-inputs.js';
export * as review from '../review/index.js';
