/** The reports a filter chooses, written as CSV, XLSX or JSON Lines into a stream. */
import type { Writable } from 'node:stream';
import { sumReports } from '../aggregate/index.js';
import { writeCsv, writeCsvLong, writeJsonl, writeXlsx, type ExportItem, type HeaderMode } from '../export/index.js';
import type { ExportVersion } from '../export/index.js';
import type { ReportFilter, ReportRow, Store } from '../store/store.js';

/** `csv`: one row per report; `csv-long`: one row per report × cell (tidy); `xlsx`; `jsonl`. */
export type ExportFormat = 'csv' | 'csv-long' | 'xlsx' | 'jsonl';

export interface ExportOptions {
  to: ExportFormat;
  header?: HeaderMode;
}

/** Write the reports `filter` chooses into `out`; resolves to how many there were. */
export async function exportReports(store: Store, filter: ReportFilter, out: Writable, options: ExportOptions): Promise<{ reports: number }> {
  // Each report once: the version counted (pinned, else the best reading).
  const rows = await store.list({ ...filter, versions: 'preferred' });
  const header = options.header ?? 'label';
  if (options.to === 'csv') await writeCsv(exportItems(store, rows), out, { header });
  else if (options.to === 'csv-long') await writeCsvLong(exportItems(store, rows), out, { header });
  else if (options.to === 'jsonl') await writeJsonl(exportItems(store, rows), out);
  else {
    // The workbook's official tables hold the sum of the reports chosen (one report: its own).
    const [sum] = await store.sums(filter);
    const title = rows.length === 1 ? `${rows[0]!.organ ?? ''} ${rows[0]!.year ?? ''}` : `${rows.length} 份报告合计（sum of ${rows.length} reports）`;
    await writeXlsx(exportItems(store, rows), out, { header, ...(sum ? { tables: { title, values: sumReports([{ values: sum.values, reports: sum.reports, noNumber: sum.blanks }]).values } } : {}) });
  }
  return { reports: rows.length };
}

/** Which version of its report a stored row is, and why it is counted. */
export function versionOf(r: ReportRow): ExportVersion {
  return { id: r.id, versions: r.versions, chosenBy: r.pinned ? 'pin' : r.versions > 1 ? 'quality' : 'only' };
}

/** Each stored report with its findings and organ, read one at a time. */
export async function* exportItems(store: Store, rows: readonly ReportRow[]): AsyncGenerator<ExportItem> {
  for (const r of rows) {
    const report = await store.model(r.id);
    if (!report) continue;
    yield {
      report, diagnostics: await store.diagnostics(r.id), organ: { id: r.organId ?? undefined, name: r.organ ?? r.organName ?? '', level: r.level, department: r.department, region: r.regionCode, parent: r.parent }, file: r.fileName,
      version: versionOf(r),
    };
  }
}
