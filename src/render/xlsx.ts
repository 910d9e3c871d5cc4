/**
 * The report as an Excel workbook: a sheet 报告 with the title and the sections (official titles,
 * the report's own text, one paragraph a row), then 表二, 表三 and 表四 each on its own sheet in
 * the official layout with its merged cells, set up to print on A4. nianbao's XLSX reader
 * (read/xlsx.ts) reads such a workbook back, each table into the section it belongs to.
 */
import type ExcelJS from 'exceljs';
import { tableNumbers } from '../model/formats/index.js';
import type { RenderDoc } from './document.js';
import type { TableGrid } from './grid.js';

/** Name of the sheet that holds the title and the sections' text. */
export const textSheetName = '报告';

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

function tableSheet(book: ExcelJS.Workbook, grid: TableGrid): void {
  const sheet = book.addWorksheet(tableNumbers[grid.table], {
    pageSetup: { paperSize: 9, orientation: grid.width > 10 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = grid.widths.map((width) => ({ width }));
  grid.rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (!c.covered) cell.value = c.value;
      cell.border = border;
      cell.alignment = { vertical: 'middle', horizontal: c.header ? 'center' : 'right', wrapText: true };
      if (c.header) cell.fill = headerFill;
    });
  });
  grid.rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      if (!c.covered && (c.rowSpan > 1 || c.colSpan > 1)) sheet.mergeCells(i + 1, j + 1, i + c.rowSpan, j + c.colSpan);
    }));
}

/** Fill a workbook with the report (the draft writer adds to the same layout). */
export function fillWorkbook(book: ExcelJS.Workbook, doc: RenderDoc): void {
  const text = book.addWorksheet(textSheetName, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  text.columns = [{ width: 100 }];
  const add = (value: string, kind: 'title' | 'heading' | 'text') => {
    const row = text.addRow([value]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top', horizontal: kind === 'title' ? 'center' : 'left' };
    if (kind !== 'text') row.getCell(1).font = { bold: true, size: kind === 'title' ? 16 : 13 };
  };
  add(doc.title, 'title');
  for (const p of doc.intro) add(p, 'text');
  for (const s of doc.sections) {
    add(s.title, 'heading');
    for (const p of s.paragraphs) add(p, 'text');
  }
  for (const s of doc.sections) if (s.table) tableSheet(book, s.table);
}

/** The report as .xlsx bytes. */
export async function renderXlsx(doc: RenderDoc): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = 'nianbao';
  fillWorkbook(book, doc);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
