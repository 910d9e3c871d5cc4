/**
 * The corpus API: what the CLI's corpus commands and the web server ask of a store, as typed
 * functions returning plain data (no printing). Errors are `NianbaoError` with a code.
 */
export { filterOf, yearsOf, organOf, type FilterText } from './filter.js';
export { listReports, showReport, listOrgans, organNames, reparse, type ReportDetail, type OrganEntry, type ReparseResult } from './reports.js';
export { compareOrgan, type Comparison, type ComparedCell, type ComparedMetric } from './compare.js';
export { corpusStats, type Stats, type StatsGroup, type StatsOptions } from './stats.js';
export { exportReports, exportItems, type ExportFormat, type ExportOptions } from './export.js';
