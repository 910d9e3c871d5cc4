/**
 * XLSX export, streamed with exceljs's WorkbookWriter: a sheet 报告 with one row per report and
 * the figures a reader looks at first (it prints on one page's width), then 表二, 表三, 表四 in
 * the official layout filled from values the caller passes (with check rows under the sums), a
 * sheet 发现 with one row per finding, a sheet 说明 that says what each holds, and last a sheet
 * 全部单元格 for programs: one row per report, one column per cell id (the CSV's columns, about
 * 240). Every sheet prints in landscape with its header rows repeated on each page.
 */
import { once, type EventEmitter } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import type { FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import { exportColumns, exportRow, headerRows, summaryColumns, type ExportValue } from './columns.js';
import { cellsNotInLayout, tableLayout } from './layout.js';
import { sendTo } from './stream.js';
import { notesRows } from './xlsx-notes.js';
import type { ExportItem, ExportItems, ExportResult, HeaderMode, StreamOptions } from './types.js';
import { withChecks, type CheckedLayout } from './xlsx-checks.js';
import { rowHeight, spansOf } from './xlsx-rows.js';
import { cellIdInfo } from '../model/values.js';

/** Values for the official-layout sheets: the sum of the exported reports, or one report's. */
export interface OfficialTables {
  /** What the values are, written above each table (`2023年 某某县 128份报告合计`). */
  title: string;
  values: CellValues;
  /** Lay every table out in this format; by default each table's own (see `layoutFormat`). */
  format?: FormatId;
  /**
   * Numbers of 2019-format reports' 表二 that have no exact place in the 2021 format: not in
   * the sum, listed under 表二 instead.
   */
  apart?: Array<{ organ: string; year: number | null; cell: string; label: string; value: number }>;
}

export interface XlsxOptions extends StreamOptions {
  /** Header row(s) of 全部单元格: official labels (default), ids, or both (labels, then ids). */
  header?: HeaderMode;
  /**
   * Values for 表二, 表三, 表四, or a function called once every report is written (so that
   * a caller can sum while the reports stream past). Without it those sheets are left out.
   */
  tables?: OfficialTables | (() => OfficialTables | undefined | Promise<OfficialTables | undefined>);
}

export const sheetNames = { reports: '报告', findings: '发现', notes: '说明', cells: '全部单元格' } as const;

/** Page set-up of every sheet: A4 landscape. The tables fit the width (as many pages down as needed). */
const landscape = { paperSize: 9, orientation: 'landscape', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;
const fitWidth = { ...landscape, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
/**
 * Column-width units across an A4 landscape page inside those margins: 27.9 cm at 0.19 cm a unit
 * would be 145, but LibreOffice draws a unit wider (its default font): measured on its PDFs, a
 * scaled page held between 103 and 114 units. 100, so that the last column stays on the page.
 */
const pageWidthChars = 100;

/** Column widths of 报告 (others: 6 for the report's data, 9 for a figure): a row fits a page at about 80%. */
const summaryWidth: Record<string, number> = { organ: 24, region: 13, level: 8, chosenBy: 8, status: 9, versions: 5, errors: 5, warnings: 5 };

/** The column widths of 报告, in `summaryColumns()` order. */
export function reportSheetWidths(): number[] {
  return summaryColumns().map((c) => summaryWidth[c.id] ?? (c.kind === 'meta' ? 6 : 9));
}

/** Thousands separators; decimals only where a number has them (amounts in 万元). */
const numberFormat = (v: number) => (Number.isInteger(v) ? '#,##0' : '#,##0.00');
/** A year or an id is no quantity: 2024, not 2,024. */
const plainNumber = '0';

/** Reports between checks that the zip stream has caught up (about 100 KB of XML). */
const batch = 20;

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;
const mismatchFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } } as const;

/**
 * Write reports as an XLSX workbook into `out`, streaming the 报告 rows; resolves when `out`
 * has taken the whole file.
 */
export async function writeXlsx(items: ExportItems, out: Writable, options: XlsxOptions = {}): Promise<ExportResult> {
  const zip = new PassThrough();
  const stop = new AbortController();
  let sendError: unknown;
  const sending = sendTo(zip, [], out, options.end).catch((e: unknown) => {
    sendError = e;
    stop.abort();
  });
  try {
    // exceljs is large: loaded when a workbook is written, not with the library.
    const { default: excel } = await import('exceljs');
    const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
    workbook.creator = 'nianbao';
    const findings: FindingRow[] = [];
    const reports = await writeReportSheets(workbook, items, options.header ?? 'label', stop.signal, findings);
    const tables = typeof options.tables === 'function' ? await options.tables() : options.tables;
    const layouts = tables ? (['table2', 'table3', 'table4'] as const).map((t) => withChecks(tableLayout(t, tables.values, tables.title, tables.format), tables.values)) : [];
    for (const layout of layouts) writeLayoutSheet(workbook, layout, layout.table === 'table2' ? tables?.apart ?? [] : []);
    writeFindingsSheet(workbook, findings);
    writeNotesSheet(workbook, {
      reports,
      tables: tables && {
        title: tables.title,
        layouts: layouts.map((l) => ({ name: l.name, format: l.format, omitted: cellsNotInLayout(l.table, l.format, tables.values).length })),
      },
    });
    await workbook.commit();
    await sending;
    if (sendError) throw sendError;
    return { reports };
  } catch (e) {
    // Where `out` failed first, that is the error to report, not the abort it caused here.
    const cause = sendError ?? e;
    zip.destroy();
    await sending;
    throw cause;
  }
}

type Book = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/**
 * exceljs's sheet stream ignores backpressure: it hands each row on to archiver's entry
 * stream at once, whose buffer then grows while zlib lags (a whole corpus in memory). Wait
 * for that stream to drain; where exceljs's internals are not as expected, just let the
 * event loop turn.
 */
async function zipCaughtUp(sheet: unknown, signal: AbortSignal): Promise<void> {
  const entry = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    | (EventEmitter & { _writableState?: { needDrain?: boolean } })
    | undefined;
  if (!entry?._writableState) await tick();
  else if (entry._writableState.needDrain) await once(entry, 'drain', { signal });
}

/**
 * 报告 and 全部单元格: the wide sheet is streamed (its rows are most of the file) while the
 * rows of 报告, a few figures each, are kept and written once it is committed; 报告 is added
 * first so that it is the first tab.
 */
async function writeReportSheets(workbook: Book, items: ExportItems, header: HeaderMode, signal: AbortSignal, findings: FindingRow[]): Promise<number> {
  const summary = summaryColumns();
  const summaryWidths = reportSheetWidths();
  const total = summaryWidths.reduce((a, b) => a + b, 0);
  const first = workbook.addWorksheet(sheetNames.reports, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    // One page wide, scaled (LibreOffice reads fit-to-width with any height as one page), the header on every page.
    pageSetup: { ...landscape, scale: Math.min(100, Math.floor((100 * pageWidthChars) / total)), printTitlesRow: '1:1' },
  });
  const heads = headerRows(header);
  const sheet = workbook.addWorksheet(sheetNames.cells, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: heads.length }],
    // Too many columns to fit one page: the organ column and the header repeat on every page.
    pageSetup: { ...landscape, printTitlesRow: `1:${heads.length}`, printTitlesColumn: 'A:A' },
  });
  sheet.columns = exportColumns().map((c) => ({ width: c.id === 'organ' || c.id === 'file' ? 28 : c.kind === 'meta' ? 10 : 14 }));
  for (const [i, values] of heads.entries()) {
    const row = sheet.addRow(values);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    // Labels are long (表三 （三）不予公开 1.属于国家秘密 自然人); ids fit one line.
    row.height = header !== 'id' && i === 0 ? 75 : 15;
    row.commit();
  }
  const kept: ExportValue[][] = [];
  const wideKinds = exportColumns().map((c) => c.kind);
  let reports = 0;
  for await (const item of items) {
    signal.throwIfAborted();
    const row = sheet.addRow(exportRow(item));
    row.eachCell((cell, col) => {
      if (typeof cell.value === 'number') cell.numFmt = wideKinds[col - 1] === 'cell' ? numberFormat(cell.value) : plainNumber;
    });
    row.commit();
    kept.push(summary.map((c) => c.value(item)));
    findings.push(...findingRows(item));
    if (++reports % batch === 0) await zipCaughtUp(sheet, signal);
  }
  sheet.commit();

  first.columns = summaryWidths.map((width) => ({ width }));
  // Official labels without the table's name (表三 一、本年新收… 总计 → 一、本年新收… 总计): the columns say which table.
  const labels = summary.map((c) => (c.kind === 'cell' ? c.label.replace(/^表[二三四] /u, '') : c.label));
  const head = first.addRow(labels);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  head.height = rowHeight(labels, summaryWidths);
  head.eachCell((cell) => {
    cell.border = border;
    cell.fill = headerFill;
  });
  head.commit();
  for (const values of kept) {
    const row = first.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell((cell, col) => {
      cell.border = border;
      if (typeof cell.value === 'number') cell.numFmt = summary[col - 1]?.kind === 'cell' ? numberFormat(cell.value) : plainNumber;
    });
    row.height = rowHeight(values, summaryWidths);
    row.commit();
  }
  first.commit();
  return reports;
}

function writeLayoutSheet(workbook: Book, layout: CheckedLayout, apart: NonNullable<OfficialTables['apart']>): void {
  // The header rows of the grid repeat on every page (表二 has one per block: its first).
  const header = layout.table === 'table2' ? `1:${layout.tableTop + 1}` : `1:${layout.tableTop + 2}`;
  const sheet = workbook.addWorksheet(layout.name, { pageSetup: { ...fitWidth, printTitlesRow: header } });
  sheet.columns = layout.widths.map((width) => ({ width }));
  const headings = new Set(layout.headingRows);
  // Where a row's cell starts a merged range, its text wraps in the range's width and down its rows.
  const spans = spansOf(layout.merges);
  const checks = new Map(layout.checks.map((c) => [`${c.row}/${c.col}`, c.value]));
  const checkRows = new Set(layout.checkRows);
  layout.rows.forEach((values, i) => {
    const r = i + 1;
    const row = sheet.addRow(values);
    // Captions (rows above the grid) span the whole width.
    if (r >= layout.tableTop) row.height = rowHeight(values, layout.widths, spans.get(r));
    if (r < layout.tableTop) {
      row.font = { bold: true, size: r === 1 ? 14 : 12 };
    } else {
      for (let c = 1; c <= layout.width; c++) {
        const cell = row.getCell(c);
        cell.border = border;
        const v = values[c - 1];
        cell.alignment = { vertical: 'middle', horizontal: typeof v === 'number' ? 'right' : checkRows.has(r) ? 'left' : 'center', wrapText: true };
        if (typeof v === 'number') cell.numFmt = numberFormat(v);
        if (headings.has(r)) {
          cell.font = { bold: true };
          cell.fill = headerFill;
        }
        const d = checks.get(`${r}/${c}`);
        if (checkRows.has(r) || d !== undefined) cell.font = { italic: true, ...(d ? { bold: true, color: { argb: 'FFC00000' } } : {}) };
        if (d) cell.fill = mismatchFill;
      }
    }
  });
  if (apart.length) {
    sheet.addRow([]);
    const title = sheet.addRow(['2019年格式报告中在2021年格式里没有确切对应位置的表二数字（未计入上表）']);
    title.font = { bold: true };
    layout.merges.push([title.number, 1, title.number, layout.width]);
    // Organ and year, the cell's label across the middle columns, the number in the last.
    const last = Math.max(3, layout.width);
    for (const a of apart) {
      const values: Array<string | number | null> = Array(last).fill(null);
      values[0] = `${a.organ} ${a.year ?? ''}`.trim();
      values[1] = a.label;
      values[last - 1] = a.value;
      const row = sheet.addRow(values);
      row.getCell(last).numFmt = numberFormat(a.value);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (last - 1 > 2) layout.merges.push([row.number, 2, row.number, last - 1]);
      row.height = rowHeight(values, layout.widths, new Map([[2, { right: last - 1, rows: 1 }]]));
    }
  }
  // A streamed sheet merges only rows not yet committed: merge first, then commit it whole.
  for (const [top, left, bottom, right] of layout.merges) sheet.mergeCells(top, left, bottom, right);
  sheet.commit();
}

/** One finding as a row of 发现: who, which year, which rule, which cell, where (page or line). */
interface FindingRow {
  values: Array<string | number | null>;
}

export const findingColumns = [
  { id: 'organ', label: '机关', width: 20 },
  { id: 'year', label: '年度', width: 6 },
  { id: 'rule', label: '规则', width: 18 },
  { id: 'severity', label: '级别', width: 6 },
  { id: 'cell', label: '单元格', width: 22 },
  { id: 'cellLabel', label: '单元格名称', width: 28 },
  { id: 'page', label: '页码', width: 5 },
  { id: 'line', label: '行', width: 5 },
  { id: 'message', label: '说明', width: 56 },
  { id: 'file', label: '文件', width: 18 },
] as const;

const severityNames = { error: '错误', warning: '警告', info: '提示' } as const;

function findingRows(item: ExportItem): FindingRow[] {
  const organ = item.organ?.name ?? item.report.organ ?? '';
  const file = item.file ?? item.report.source.name ?? null;
  return item.diagnostics.map((d) => {
    const origin = d.position?.origin;
    const page = origin && (origin.form === 'pdf' || origin.form === 'image') ? origin.page ?? null : null;
    return {
      values: [organ, item.report.year, d.ruleId, severityNames[d.severity], d.path ?? null, d.path ? cellIdInfo(d.path)?.label ?? null : null,
        page, d.position?.line ?? null, d.message.zh, file],
    };
  });
}

function writeFindingsSheet(workbook: Book, rows: readonly FindingRow[]): void {
  // Many rows: scaled to the page width (LibreOffice reads fit-to-width with any height as one page).
  const total = findingColumns.reduce((n, c) => n + c.width, 0);
  const sheet = workbook.addWorksheet(sheetNames.findings, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...landscape, scale: Math.min(100, Math.floor((100 * pageWidthChars) / total)), printTitlesRow: '1:1' },
  });
  sheet.columns = findingColumns.map((c) => ({ width: c.width }));
  const head = sheet.addRow(findingColumns.map((c) => c.label));
  head.font = { bold: true };
  head.commit();
  for (const r of rows) {
    const row = sheet.addRow(r.values);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(r.values, findingColumns.map((c) => c.width));
    row.commit();
  }
  sheet.commit();
}

function writeNotesSheet(workbook: Book, facts: Parameters<typeof notesRows>[0]): void {
  const sheet = workbook.addWorksheet(sheetNames.notes);
  sheet.columns = [{ width: 70 }, { width: 90 }];
  for (const [i, values] of notesRows(facts).entries()) {
    const row = sheet.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
}
