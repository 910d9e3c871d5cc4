/**
 * Excel workbooks (.xlsx): a report as nianbao renders it or a draft a clerk filled in (sheet
 * 报告 with the title and the sections, sheets 表二/表三/表四 in the official layout), or any
 * workbook, read into text the way the other table forms are: a line per row with the cells
 * separated by TAB, a merged range's text in its first cell only. Each table sheet goes right
 * after the heading of the section it stands in, so the tables are read in their sections; a workbook
 * without a 报告 sheet gives its sheets in order.
 */
import type ExcelJS from 'exceljs';
import { sections, tableNumbers, tableSections } from '../model/formats/index.js';
import type { ReadFailure } from './index.js';
import { SourceText } from './source.js';
import { listEntries, Refusal, zipFailure } from './zip.js';

export interface XlsxReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

const limits = { maxEntries: 2000, maxUncompressed: 256 * 1024 * 1024, maxRatio: 200 };

/** The sheet that holds the report's text in a rendered workbook or a draft. */
export const xlsxTextSheet = '报告';

/** How a blank table cell is written: as reports print one (model/report.ts, CellKind `blank`). */
const blankMark = '空';

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    // A formula's last computed result (a total the spreadsheet worked out); none where never computed.
    if ('formula' in v || 'sharedFormula' in v) return 'result' in v && v.result !== undefined && typeof v.result !== 'object' ? String(v.result) : '';
    if ('text' in v) return String(v.text);
  }
  return '';
}

/**
 * A sheet's rows as lines. In a table, an empty cell of its own (not inside a merged range) to
 * the right of a filled one is written 空, the way a report prints a blank cell: a field of its
 * own that the extractor places, where an empty field beside the empties a merged label leaves
 * would be taken for the gap the label made (a draft's blank totals, a blank first column).
 */
function sheetLines(sheet: ExcelJS.Worksheet, table = true): string[] {
  const out: string[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    let filled = false;
    for (let c = 1; c <= Math.max(row.cellCount, width); c++) {
      const cell = row.getCell(c);
      const text = cellText(cell).replace(/[\t\r\n]+/g, ' ').trim();
      cells.push(table && text === '' && filled && !cell.isMerged ? blankMark : text);
      if (text !== '') filled = true;
    }
    out.push(table ? (filled ? cells.join('\t') : '') : cells.join('\t').replace(/\t+$/, ''));
  }
  return out;
}

/** Read an .xlsx workbook into text. Never throws. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxReadResult> {
  const fail = (code: ReadFailure['code'], zh: string, en: string): XlsxReadResult => ({ source: null, failure: zipFailure(code, zh, en, 'xlsx') });
  try {
    listEntries(bytes, limits, 'xlsx');
  } catch (e) {
    if (e instanceof Refusal) return { source: null, failure: { ...e.failure, form: 'xlsx' } };
    return fail('corrupt', `Excel 文件已损坏，无法读取（${(e as Error).message}）`, `the Excel file is damaged and cannot be read (${(e as Error).message})`);
  }
  // exceljs is large: loaded when a workbook comes, not with the library.
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    return fail('corrupt', `Excel 文件已损坏，无法读取（${(e as Error).message}）`, `the Excel file is damaged and cannot be read (${(e as Error).message})`);
  }
  const text = book.getWorksheet(xlsxTextSheet);
  let lines: string[] = [];
  // A sheet read as a table is a grid: its filled rows' line indexes.
  const grids: number[][] = [];
  const pushTable = (rows: string[]) => {
    const grid: number[] = [];
    for (const r of rows) {
      if (r !== '') grid.push(lines.length);
      lines.push(r);
    }
    if (grid.length) grids.push(grid);
  };
  if (!text) {
    for (const s of book.worksheets) {
      pushTable(sheetLines(s));
      lines.push('');
    }
  } else {
    const tables = Object.entries(tableNumbers).map(([t, name]) => ({ section: tableSections[t as keyof typeof tableSections], sheet: book.getWorksheet(name) }));
    const titles = new Map(sections.map((s) => [s.title, s.id]));
    for (const l of sheetLines(text, false)) {
      lines.push(l);
      const id = titles.get(l.trim());
      for (const t of tables) {
        if (!id || !t.sheet || t.section !== id) continue;
        lines.push('');
        pushTable(sheetLines(t.sheet));
        lines.push('');
      }
    }
  }
  const out = lines.join('\n');
  if (out.trim() === '') return fail('no-text', 'Excel 文件没有内容', 'the Excel file holds no text');
  return { source: new SourceText(out, { form: 'xlsx', encoding: 'utf-8', grids }), failure: null };
}
