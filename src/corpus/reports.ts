/** Reports and organs in the corpus, as plain data for a terminal or a web page. */
import { readFile } from 'node:fs/promises';
import { NianbaoError } from '../errors.js';
import { parserVersion } from '../extract/index.js';
import { processFile } from '../ingest/task.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { crossYearPass } from '../store/cross-year.js';
import { correctedPayload, correctionsOf } from '../review/review.js';
import type { ReportFilter, ReportRow, Store } from '../store/store.js';

export function listReports(store: Store, filter: ReportFilter = {}): Promise<ReportRow[]> {
  return store.list(filter);
}

export interface ReportDetail {
  row: ReportRow;
  report: Report;
  diagnostics: Diagnostic[];
  organ: { id: number | null; name: string | null; level: string | null; region: string | null };
}

/**
 * One stored report with its findings; `corpus.no-report` when there is no such id. `model`
 * reads the model of the row (a server passes its cache of models by id and revision).
 */
export async function showReport(store: Store, id: number, model: (row: ReportRow) => Promise<Report> = async (row) => (await store.model(row.id))!): Promise<ReportDetail> {
  const [row] = Number.isInteger(id) ? await store.list({ ids: [id] }) : [];
  if (!row) throw new NianbaoError('corpus.no-report', `没有编号为 ${id} 的报告`, `no report with id ${id}`);
  const report = await model(row);
  const diagnostics = await store.diagnostics(row.id);
  return { row, report, diagnostics, organ: { id: row.organId, name: row.organ, level: row.level, region: row.regionCode } };
}

export interface OrganEntry {
  id: number;
  name: string;
  level: string | null;
  department: boolean;
  /** The level was guessed from the name (see docs/organs.md). */
  level_assumed: boolean;
  /** 区划代码 from the division list or the user's CSV (350582, 350582109000). */
  region_code: string | null;
  /** Why there is no region code (城关镇 may be any of 91 towns), or how the reports' titles gave it. */
  region_note: { zh: string; en: string } | null;
  placed_by: string | null;
  parent: string | null;
  /** Every printed name of the organ, the canonical one included. */
  names: string[];
}

export async function listOrgans(store: Store): Promise<OrganEntry[]> {
  const organs = await store.db.selectFrom('organ').leftJoin('organ as parent', 'parent.id', 'organ.parent_id')
    .select(['organ.id', 'organ.name', 'organ.level', 'organ.department', 'organ.level_assumed', 'organ.region_code', 'organ.region_note', 'organ.placed_by', 'parent.name as parent'])
    .orderBy('organ.name').execute();
  const names = await store.db.selectFrom('organ_name').select(['organ_id', 'name']).execute();
  const variants = new Map<number, string[]>();
  for (const n of names) variants.set(n.organ_id, [...(variants.get(n.organ_id) ?? []), n.name]);
  return organs.map((o) => ({
    ...o, department: o.department === 1, level_assumed: o.level_assumed === 1,
    region_note: o.region_note ? (JSON.parse(o.region_note) as { zh: string; en: string }) : null, names: variants.get(o.id) ?? [],
  }));
}

/** Organ names by id (ids that are not numbers are left out). */
export async function organNames(store: Store, ids: Array<string | number | null>): Promise<Map<string | number | null, string>> {
  const list = ids.filter((x): x is number => typeof x === 'number');
  if (!list.length) return new Map();
  const rows = await store.db.selectFrom('organ').select(['id', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface ReparseResult {
  reparsed: number;
  /** Reports whose bytes were not stored and whose original path cannot be read. */
  missing: ReportRow[];
}

/** Read stored reports again with this version (all, or those another version read). */
export async function reparse(store: Store, options: { all?: boolean } = {}): Promise<ReparseResult> {
  const rows = (await store.list()).filter((r) => options.all || r.parserVersion !== parserVersion);
  let reparsed = 0;
  const missing: ReportRow[] = [];
  for (const r of rows) {
    const f = await store.file(r.sha256);
    let bytes = f?.bytes ?? null;
    if (!bytes && f?.path) {
      try {
        bytes = await readFile(f.path);
      } catch { /* reported as missing */ }
    }
    if (!bytes) {
      missing.push(r);
      continue;
    }
    // A reviewer's corrected version: the printed file read again, its corrections applied again.
    const corrections = f?.corrects ? await correctionsOf(store, r.id) : [];
    await store.replace(r.id, corrections.length ? await correctedPayload(bytes, r.fileName, corrections) : await processFile({ bytes, name: r.fileName }));
    reparsed++;
  }
  if (rows.length) await crossYearPass(store, rows.map((r) => r.id));
  return { reparsed, missing };
}

/** Every version (stored file) of the report that the stored file `id` belongs to, the one counted first. */
export function listVersions(store: Store, id: number): Promise<ReportRow[]> {
  return store.versionsOf(id);
}

/**
 * Count the version `id` of its report (`pin`), or let reading quality choose again
 * (`unpin`); resolves to the report's versions afterwards.
 */
export async function pinVersion(store: Store, id: number, pinned = true): Promise<ReportRow[]> {
  if (pinned) await store.pin(id);
  else await store.unpin(id);
  return store.versionsOf(id);
}
