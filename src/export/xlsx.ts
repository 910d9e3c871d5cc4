/**
 * XLSX export, streamed with exceljs's WorkbookWriter: a sheet 报告 with one row per report
 * (the CSV's columns, numbers as numbers, header frozen), then 表二, 表三, 表四 in the official
 * layout filled from values the caller passes, and a sheet 说明 that says what each holds.
 */
import { once, type EventEmitter } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import type { FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import { exportColumns, exportRow, headerRows } from './columns.js';
import { cellsNotInLayout, tableLayout, type TableLayout } from './layout.js';
import { sendTo } from './stream.js';
import { notesRows } from './xlsx-notes.js';
import type { ExportItems, ExportResult, HeaderMode, StreamOptions } from './types.js';

/** Values for the official-layout sheets: the sum of the exported reports, or one report's. */
export interface OfficialTables {
  /** What the values are, written above each table (`2023年 某某县 128份报告合计`). */
  title: string;
  values: CellValues;
  /** Lay every table out in this format; by default each table's own (see `layoutFormat`). */
  format?: FormatId;
}

export interface XlsxOptions extends StreamOptions {
  /** Header row(s) of 报告: official labels (default), ids, or both (labels, then ids). */
  header?: HeaderMode;
  /**
   * Values for 表二, 表三, 表四, or a function called once every report is written (so that
   * a caller can sum while the reports stream past). Without it those sheets are left out.
   */
  tables?: OfficialTables | (() => OfficialTables | undefined | Promise<OfficialTables | undefined>);
}

export const sheetNames = { reports: '报告', notes: '说明' } as const;

/** Reports between checks that the zip stream has caught up (about 100 KB of XML). */
const batch = 20;

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;

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
    const reports = await writeReportSheet(workbook, items, options.header ?? 'label', stop.signal);
    const tables = typeof options.tables === 'function' ? await options.tables() : options.tables;
    const layouts = tables ? (['table2', 'table3', 'table4'] as const).map((t) => tableLayout(t, tables.values, tables.title, tables.format)) : [];
    for (const layout of layouts) writeLayoutSheet(workbook, layout);
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

async function writeReportSheet(workbook: Book, items: ExportItems, header: HeaderMode, signal: AbortSignal): Promise<number> {
  const heads = headerRows(header);
  const sheet = workbook.addWorksheet(sheetNames.reports, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: heads.length }],
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
  let reports = 0;
  for await (const item of items) {
    signal.throwIfAborted();
    sheet.addRow(exportRow(item)).commit();
    if (++reports % batch === 0) await zipCaughtUp(sheet, signal);
  }
  sheet.commit();
  return reports;
}

function writeLayoutSheet(workbook: Book, layout: TableLayout): void {
  const sheet = workbook.addWorksheet(layout.name);
  sheet.columns = layout.widths.map((width) => ({ width }));
  const headings = new Set(layout.headingRows);
  layout.rows.forEach((values, i) => {
    const r = i + 1;
    const row = sheet.addRow(values);
    if (r < layout.tableTop) {
      row.font = { bold: true, size: r === 1 ? 14 : 12 };
    } else {
      for (let c = 1; c <= layout.width; c++) {
        const cell = row.getCell(c);
        cell.border = border;
        cell.alignment = { vertical: 'middle', horizontal: typeof values[c - 1] === 'number' ? 'right' : 'center', wrapText: true };
        if (headings.has(r)) {
          cell.font = { bold: true };
          cell.fill = headerFill;
        }
      }
    }
  });
  // A streamed sheet merges only rows not yet committed: merge first, then commit it whole.
  for (const [top, left, bottom, right] of layout.merges) sheet.mergeCells(top, left, bottom, right);
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
