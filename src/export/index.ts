/** Export reports to CSV, XLSX and JSON Lines, streamed into a file or stdout. */
export { writeCsv, guardFormula, type CsvOptions } from './csv.js';
export { writeCsvLong, longRows, longColumns, type CsvLongOptions } from './csv-long.js';
export { writeXlsx, sheetNames, type XlsxOptions, type OfficialTables } from './xlsx.js';
export { writeJsonl, jsonlLine } from './jsonl.js';
export { exportColumns, exportRow, headerRows, cellExportValue, metaColumns, type ExportColumn, type ExportValue } from './columns.js';
export { tableLayout, layoutFormat, cellsNotInLayout, type TableLayout, type TableId, type LayoutValue } from './layout.js';
export type { ExportItem, ExportItems, ExportOrgan, ExportVersion, ExportResult, HeaderMode, StreamOptions } from './types.js';
