/** JSON Lines export: one object `{ report, diagnostics, organ, file }` per line per report. */
import { Readable, type Writable } from 'node:stream';
import { sendTo } from './stream.js';
import type { ExportItem, ExportItems, ExportResult, StreamOptions } from './types.js';

/** The line of one report, without its line end; absent organ and file are written as null. */
export function jsonlLine(item: ExportItem): string {
  return JSON.stringify({ report: item.report, diagnostics: item.diagnostics, organ: item.organ ?? null, file: item.file ?? null });
}

/** Write reports as JSON Lines (UTF-8, `\n`) into `out`; resolves when `out` has taken it all. */
export async function writeJsonl(items: ExportItems, out: Writable, options: StreamOptions = {}): Promise<ExportResult> {
  let reports = 0;
  async function* lines() {
    for await (const item of items) {
      reports++;
      yield jsonlLine(item) + '\n';
    }
  }
  await sendTo(Readable.from(lines(), { objectMode: false }), [], out, options.end);
  return { reports };
}
