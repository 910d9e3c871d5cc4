/**
 * nianbao — 政府信息公开工作年度报告 as verified structured data.
 *
 * bytes → read (text with a source map) → extract (sections, tables, metadata) → Report.
 */
export { parse, parseAsync, sourceOf, type ParseOptions } from './parse.js';
export { readAsync } from './read/async.js';
export { check, rules, positionOf, type Rule, type RuleMeta, type RuleContext, type Finding, type CheckOptions, type RuleSetting } from './check/index.js';
export { read, detectForm, SourceText, type ReadResult, type ReadFailure, type Form } from './read/index.js';
export { extract, parserVersion } from './extract/index.js';
export * as formats from './model/formats/index.js';
export type { Report, Cell, CellKind, CellRow, Section, SourceInfo } from './model/report.js';
export type { Diagnostic, Position, Severity } from './model/diagnostic.js';
export { getCell, cellEntries } from './model/cells.js';
export { cellValues, allCellIds, cellIdInfo, type CellValues, type CellIdInfo } from './model/values.js';
export { parseOrganName, OrganIndex, parseOverrides, applyOverrides, type OrganName, type OrganLevel, type OrganOverride, type OrganPlacement } from './organs/index.js';
export { sumReports, metrics, metricById, computeMetrics, change, rank, rankByMetric, compareSummary, type Aggregate, type Metric } from './aggregate/index.js';
export { writeCsv, writeXlsx, writeJsonl, type ExportItem, type ExportItems } from './export/index.js';
export { Store, type ReportFilter, type ReportRow, type GroupBy, type CellSums, type FileInfo } from './store/store.js';
export { connect, StoreError, defaultDbFile } from './store/connect.js';
export { crossYearPass } from './store/cross-year.js';
export { ingest, type IngestOptions, type IngestResult, type IngestProgress } from './ingest/ingest.js';
export { crossYearRules, type PreviousReport } from './check/index.js';
export { renderDoc, sourceOfReport, renderHtml, renderMarkdown, renderDocx, renderXlsx, renderTo, regionDoc, RenderError, type RenderDoc, type RenderSource, type RenderForm, type RenderOptions } from './render/index.js';
export { newDraft, draftSource, draftXlsx, readDraft, fillTotals, carryOver, type Draft } from './draft/index.js';
export { convertTable, type Conversion } from './model/convert.js';
