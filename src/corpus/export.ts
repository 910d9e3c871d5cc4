/** The reports a filter chooses, written as CSV, XLSX or JSON Lines into a stream. */
import type { Writable } from 'node:stream';
import { sumReports } from '../aggregate/index.js';
import { writeCsv, writeCsvLong, writeJsonl, writeXlsx, type ExportItem, type HeaderMode } from '../export/index.js';
import type { ExportVersion, OfficialTables } from '../export/index.js';
import { cellMoves, convertTable } from '../model/convert.js';
import { allCellIds, cellIdInfo, type CellValues } from '../model/values.js';
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
    const title = rows.length === 1 ? `${rows[0]!.organ ?? ''} ${rows[0]!.year ?? ''}` : `${rows.length} 份报告合计（sum of ${rows.length} reports）`;
    const tables = await officialTables(store, filter, rows, title);
    await writeXlsx(exportItems(store, rows), out, { header, ...(tables ? { tables } : {}) });
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

/**
 * The values of the workbook's official tables: the sum of the reports chosen (one report: its
 * own). 表三 and 表四 in the 2021 layout (a 2019 （六） row added to （六）3, see sumReports);
 * 表二 in the 2021 format, 2019 reports' numbers added where the mapping (model/convert.ts)
 * gives a cell its exact place, the others (those not 0) listed apart.
 */
async function officialTables(store: Store, filter: ReportFilter, rows: readonly ReportRow[], title: string): Promise<OfficialTables | undefined> {
  const [sum] = await store.sums({ ...filter, versions: 'preferred' });
  if (!sum) return undefined;
  const values: CellValues = { ...sumReports([{ values: sum.values, reports: sum.reports, noNumber: sum.blanks }]).values };
  const moves = cellMoves('table2');
  for (const c of allCellIds()) {
    if (c.table !== 'table2' || !c.formats.includes('2021')) continue;
    if (typeof sum.values[c.id] === 'number') values[c.id] = sum.values[c.id]!;
  }
  for (const [from, to] of moves) {
    const v = sum.values[from];
    if (from === to || typeof v !== 'number') continue;
    values[to] = (typeof values[to] === 'number' ? values[to]! : 0) + v;
  }
  const apart: NonNullable<OfficialTables['apart']> = [];
  const old = rows.filter((r) => r.format === '2019' && r.status !== 'failed');
  if (old.length) {
    const each = await store.values(old.map((r) => r.id));
    for (const r of old) {
      // A 0 adds nothing to a sum: only numbers that would have counted are listed.
      for (const id of convertTable('table2', each.get(r.id)!).dropped.filter((x) => each.get(r.id)![x] !== 0)) {
        apart.push({ organ: r.organ ?? r.organName ?? '', year: r.year, cell: id, label: cellIdInfo(id)?.label ?? id, value: each.get(r.id)![id]! });
      }
    }
  }
  return { title, values, format: '2021', apart };
}
