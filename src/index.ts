/**
 * nianbao — 政府信息公开工作年度报告 as verified structured data: the reading and checking core.
 *
 * bytes → read (text with a source map) → extract (sections, tables, metadata) → Report → check.
 * Nothing of storage loads from here (no SQLite, no worker pool, no queue): the store, ingest,
 * the queue, aggregation and export are `nianbao/corpus`.
 */
export { parse, parseAsync, sourceOf, type ParseOptions } from './parse.js';
export { readAsync } from './read/async.js';
export { check, rules, crossYearRules, positionOf, type Rule, type RuleMeta, type RuleContext, type Finding, type CheckOptions, type RuleSetting, type PreviousReport } from './check/index.js';
export { read, detectForm, SourceText, type ReadResult, type ReadFailure, type Form } from './read/index.js';
export { documentOf, type ReadDocument, type DocumentBlock, type TableBlock, type ParagraphBlock, type DocumentRow, type DocumentCell } from './read/document.js';
export { findingName } from './check/names.js';
export { codeName, codeNames } from './read/codes.js';
export { extract, parserVersion } from './extract/index.js';
export * as formats from './model/formats/index.js';
export type { Report, Cell, CellKind, CellRow, Section, SourceInfo } from './model/report.js';
export type { Diagnostic, Origin, Position, Severity } from './model/diagnostic.js';
export { getCell, cellEntries } from './model/cells.js';
export { cellValues, allCellIds, cellIdInfo, type CellValues, type CellIdInfo } from './model/values.js';
export { parseOrganName, OrganIndex, parseOverrides, applyOverrides, divisions, findRegion, regionPrefix, type Division, type OrganName, type OrganLevel, type OrganOverride, type OrganPlacement } from './organs/index.js';
export { NianbaoError, type Message } from './errors.js';
export { renderDoc, sourceOfReport, renderHtml, renderMarkdown, renderDocx, renderXlsx, renderTo, regionDoc, RenderError, type RenderDoc, type RenderSource, type RenderForm, type RenderOptions } from './render/index.js';
export { newDraft, draftSource, draftXlsx, readDraft, fillTotals, carryOver, type Draft } from './draft/index.js';
export { convertTable, type Conversion } from './model/convert.js';
