/**
 * CSV export: one row per report, metadata columns then one column per cell id; UTF-8 with
 * a BOM and CRLF line ends, so that Excel and WPS open it with the Chinese intact.
 */
import { Readable, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { exportRow, headerRows } from './columns.js';
import { sendTo } from './stream.js';
import type { ExportItems, ExportResult, HeaderMode, StreamOptions } from './types.js';

export interface CsvOptions extends StreamOptions {
  /** Header row(s): official labels (default), ids, or both (labels, then ids). */
  header?: HeaderMode;
}

/**
 * Text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`
 * (OWASP's advice): report text comes from the web. A lone dash or plus is left alone, as
 * is every number.
 */
export function guardFormula(text: string): string {
  return /^[=＝@\t\r]/.test(text) || /^[+\-].+/s.test(text) ? `'${text}` : text;
}

/** Write reports as CSV into `out`, one row at a time; resolves when `out` has taken it all. */
export async function writeCsv(items: ExportItems, out: Writable, options: CsvOptions = {}): Promise<ExportResult> {
  let reports = 0;
  async function* rows() {
    yield* headerRows(options.header);
    for await (const item of items) {
      reports++;
      yield exportRow(item);
    }
  }
  const csv = stringify({
    bom: true,
    record_delimiter: 'windows',
    cast: { string: guardFormula },
    // A bare CR (or LF) must be quoted too: unquoted, a spreadsheet starts a new row there,
    // whose first cell would be an unguarded formula.
    quoted_match: /[\r\n",]/,
  });
  await sendTo(Readable.from(rows()), [csv], out, options.end);
  return { reports };
}
