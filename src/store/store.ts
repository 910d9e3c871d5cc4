/**
 * The corpus: reports stored with their source files, cells and findings, in SQLite or
 * PostgreSQL through one Kysely schema. Every write of a report is one transaction.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { CellValues } from '../model/values.js';
import { connect, type Connection, type ConnectOptions } from './connect.js';
import type { DialectName } from './dialect.js';
import { OrganBook } from './organ-book.js';
import { modelOf, vectorIds, vectorOf, type ReportPayload } from './payload.js';
import type { Database } from './schema.js';
import { recount, reportKey, settleVersions, byQuality } from './versions.js';
import { NianbaoError } from '../errors.js';
import { regionPrefix } from '../organs/divisions.js';

/** A source file as ingested. */
export interface FileInfo {
  sha256: string;
  name: string;
  path?: string | null;
  size: number;
  /** Kept unless the caller stores paths only. */
  bytes?: Uint8Array | null;
  /** A reviewer's corrected version (no bytes): the sha256 of the printed file it corrects. */
  corrects?: string | null;
}

/** Which reports a query is about. Every field narrows; none means all. */
export interface ReportFilter {
  years?: number[];
  /** Region code or prefix (`350500` or `3505` = every organ placed under 泉州市's code); see `regionPrefix`. */
  region?: string;
  level?: string;
  /** Organ id, or a name (any printed variant, or a part of one). */
  organ?: string | number;
  /** Reports with a finding of this rule id. */
  rule?: string;
  status?: string;
  /** Leave out reports with error-severity findings. */
  excludeErrors?: boolean;
  /** Report ids. */
  ids?: number[];
  /**
   * `all` (default): every stored file; `preferred`: each report once, by the version counted
   * (what stats, compare and export read).
   */
  versions?: 'all' | 'preferred';
}

export interface ReportRow {
  id: number;
  sha256: string;
  fileName: string;
  status: string;
  organId: number | null;
  organName: string | null;
  /** The organ's canonical name (first printed). */
  organ: string | null;
  level: string | null;
  /** The organ is a department of the government at `level`. */
  department: boolean;
  regionCode: string | null;
  /** The organ above it (its parent's name), where placed. */
  parent: string | null;
  year: number | null;
  format: string | null;
  title: string | null;
  parserVersion: string;
  errors: number;
  warnings: number;
  infos: number;
  error: { code: string; zh: string; en: string } | null;
  /** The report this file is a version of (`organ id/year/kind`), null where it stands alone. */
  reportKey: string | null;
  /** How many files (versions) that report has: 1 for one standing alone. */
  versions: number;
  /** This version is the one counted of its report. */
  preferred: boolean;
  /** The user chose it (`nianbao pin`); otherwise it was chosen by reading quality. */
  pinned: boolean;
  /** Reader diagnostics (parse/*, read/*) of this reading. */
  readerIssues: number;
  /** How many times the file was read again: with the id, it names this reading of the model. */
  revision: number;
}

/** The columns a page of reports can be sorted by. */
export const sortKeys = ['organ', 'year', 'id', 'status', 'errors', 'warnings', 'file'] as const;
export type SortKey = (typeof sortKeys)[number];
const sortColumns = {
  organ: 'organ.name', year: 'report.year', id: 'report.id', status: 'report.status', errors: 'report.errors', warnings: 'report.warnings', file: 'report.file_name',
} as const satisfies Record<SortKey, string>;

export interface PageOptions {
  limit: number;
  offset: number;
  sort?: SortKey;
  desc?: boolean;
}

export type GroupBy = 'none' | 'year' | 'level' | 'region' | 'organ' | 'parent';

/** Sums of every cell over a group of reports. */
export interface CellSums {
  key: string | number | null;
  reports: number;
  /** Report ids summed. */
  ids: number[];
  values: CellValues;
  /** Per cell id, how many of the reports printed no number there. */
  blanks: Record<string, number>;
}

const now = () => new Date().toISOString();

export class Store {
  readonly organs: OrganBook;
  private constructor(readonly connection: Connection) {
    this.organs = new OrganBook(connection);
  }

  /**
   * Open (and migrate) the store: a SQLite file, or a PostgreSQL URL. With `create: false` a
   * SQLite file must exist already (reading a corpus never makes an empty one).
   */
  static async open(target?: string, options: ConnectOptions = {}): Promise<Store> {
    const store = new Store(await connect(target, options));
    await store.organs.load();
    return store;
  }

  get db(): Kysely<Database> {
    return this.connection.db;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** The hashes of every stored file (to skip them on ingest). */
  async knownHashes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('report').select('sha256').execute();
    return new Set(rows.map((r) => r.sha256));
  }

  /** The report ids of stored files, by their hashes (those stored). */
  async idsBySha(hashes: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < hashes.length; i += 500) {
      const rows = await this.db.selectFrom('report').select(['id', 'sha256']).where('sha256', 'in', hashes.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.sha256, r.id);
    }
    return out;
  }

  async has(sha256: string): Promise<boolean> {
    return !!(await this.db.selectFrom('report').select('id').where('sha256', '=', sha256).executeTakeFirst());
  }

  /**
   * Store one parsed file in one transaction: the file, the report, its cells and findings,
   * its organ. Returns the report id, and `stored: false` where the file was already there
   * (the same bytes twice are stored once, also when two workers race).
   */
  async put(file: FileInfo, payload: ReportPayload): Promise<{ id: number; stored: boolean }> {
    // No look before the write: the file's row is inserted first, and a file already there
    // (stored before, or by another worker a moment ago) rolls the transaction back.
    try {
      return await this.db.transaction().execute(async (trx) => {
        const inserted = await trx.insertInto('source_file').values({
          sha256: file.sha256, name: file.name, path: file.path ?? null, size: file.size, bytes: file.bytes ?? null, added_at: now(), corrects: file.corrects ?? null,
        }).onConflict((oc) => oc.column('sha256').doNothing()).returning('sha256').executeTakeFirst();
        if (!inserted) throw new AlreadyStored();
        const organId = payload.organ ? await this.organs.resolve(trx, payload.organ) : null;
        const key = reportKey(organId, payload.year, payload.title, payload.status);
        const { id } = await trx.insertInto('report').values({
          sha256: file.sha256, file_name: file.name, ...reportColumns(payload), organ_id: organId, report_key: key, ingested_at: now(),
        }).returning('id').executeTakeFirstOrThrow();
        await writeDetails(trx, id, payload, this.connection.dialect);
        // A second file of a stored report is a version of it: choose the one counted again.
        if (key !== null) await settleVersions(trx, key, this.connection.dialect);
        return { id, stored: true };
      });
    } catch (e) {
      if (e instanceof AlreadyStored || isUniqueViolation(e)) {
        this.organs.forgetPending();
        const row = await this.db.selectFrom('report').select('id').where('sha256', '=', file.sha256).executeTakeFirst();
        if (row) return { id: row.id, stored: false };
      }
      this.organs.forgetPending();
      throw e;
    } finally {
      this.organs.commitPending();
    }
  }

  /** Replace a stored report by a new parse of the same file (after a parser upgrade), in one transaction. */
  async replace(id: number, payload: ReportPayload): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('report').select('report_key').where('id', '=', id).executeTakeFirst();
        await trx.deleteFrom('cell').where('report_id', '=', id).execute();
        await trx.deleteFrom('diagnostic').where('report_id', '=', id).execute();
        const organId = payload.organ ? await this.organs.resolve(trx, payload.organ) : null;
        const key = reportKey(organId, payload.year, payload.title, payload.status);
        await trx.updateTable('report').set({ ...reportColumns(payload), organ_id: organId, report_key: key, preferred: 1, revision: sql`revision + 1` }).where('id', '=', id).execute();
        await writeDetails(trx, id, payload, this.connection.dialect);
        // The new reading may be better or worse than the other versions, or of another report.
        for (const k of new Set([before?.report_key ?? null, key])) if (k !== null) await settleVersions(trx, k, this.connection.dialect);
      });
    } catch (e) {
      this.organs.forgetPending();
      throw e;
    } finally {
      this.organs.commitPending();
    }
  }

  /** Replace the cross-year findings of a report. */
  async setCrossYear(id: number, diagnostics: readonly Diagnostic[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Two queue workers may recompute one report's findings at once: one after the other.
      if (this.connection.dialect === 'postgres') await sql`select pg_advisory_xact_lock(4244, ${id})`.execute(trx);
      await trx.deleteFrom('diagnostic').where('report_id', '=', id).where('scope', '=', 'cross-year').execute();
      await insertDiagnostics(trx, id, 'cross-year', diagnostics);
      await recount(trx, id);
    });
  }

  /** Reports matching a filter, by organ and year. */
  async list(filter: ReportFilter = {}): Promise<ReportRow[]> {
    return this.rows(filter);
  }

  /**
   * One page of the reports a filter chooses, sorted by the database (a corpus of 10,000+
   * reports is never read whole for a page), with how many there are in all.
   */
  async page(filter: ReportFilter, page: PageOptions): Promise<{ total: number; rows: ReportRow[] }> {
    const { n } = await this.filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { total: Number(n), rows: await this.rows(filter, page) };
  }

  private async rows(filter: ReportFilter, page?: PageOptions): Promise<ReportRow[]> {
    let q = this.filtered(filter)
      .leftJoin('organ', 'organ.id', 'report.organ_id')
      .leftJoin('organ as parent', 'parent.id', 'organ.parent_id')
      .select([
        'organ.department', 'parent.name as parent',
        'report.id', 'report.sha256', 'report.file_name', 'report.status', 'report.organ_id', 'report.organ_name', 'report.year',
        'report.format', 'report.title', 'report.parser_version', 'report.errors', 'report.warnings', 'report.infos', 'report.error',
        'organ.name as organ', 'organ.level', 'organ.region_code', 'report.report_key', 'report.preferred', 'report.pinned', 'report.reader_issues', 'report.revision',
      ]);
    if (page) {
      const dir = page.desc ? 'desc' : 'asc';
      const column = sortColumns[page.sort ?? 'organ'];
      q = q.orderBy(column, dir);
      if (column !== 'report.id') q = q.orderBy('report.id', dir);
      q = q.limit(page.limit).offset(page.offset);
    } else q = q.orderBy('organ.name').orderBy('report.year').orderBy('report.report_key').orderBy('report.preferred', 'desc').orderBy('report.id');
    const rows = await q.execute();
    const counts = await this.versionCounts(rows.map((r) => r.report_key));
    return rows.map((r) => ({
      id: r.id, sha256: r.sha256, fileName: r.file_name, status: r.status, organId: r.organ_id, organName: r.organ_name,
      organ: r.organ, level: r.level, department: r.department === 1, regionCode: r.region_code, parent: r.parent, year: r.year, format: r.format, title: r.title,
      parserVersion: r.parser_version, errors: r.errors, warnings: r.warnings, infos: r.infos,
      error: r.error ? JSON.parse(r.error) : null,
      reportKey: r.report_key, versions: r.report_key === null ? 1 : counts.get(r.report_key) ?? 1,
      preferred: r.preferred === 1, pinned: r.pinned === 1, readerIssues: r.reader_issues, revision: r.revision,
    }));
  }

  /** How many versions each report key has. */
  private async versionCounts(keys: ReadonlyArray<string | null>): Promise<Map<string, number>> {
    const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
    const out = new Map<string, number>();
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await this.db.selectFrom('report').select(['report_key', (eb) => eb.fn.countAll<number>().as('n')])
        .where('report_key', 'in', wanted.slice(i, i + 500)).groupBy('report_key').execute();
      for (const r of rows) out.set(r.report_key!, Number(r.n));
    }
    return out;
  }

  /**
   * Every version of the report that the stored file `id` belongs to: the one counted first,
   * then by reading quality. `corpus.no-report` where there is no such id.
   */
  async versionsOf(id: number): Promise<ReportRow[]> {
    const row = await this.db.selectFrom('report').select(['id', 'report_key']).where('id', '=', id).executeTakeFirst();
    if (!row) throw noReport(id);
    if (row.report_key === null) return this.list({ ids: [id] });
    const ids = (await this.db.selectFrom('report').select('id').where('report_key', '=', row.report_key).execute()).map((r) => r.id);
    const rows = await this.list({ ids });
    return rows.sort((a, b) => Number(b.preferred) - Number(a.preferred)
      || byQuality({ id: a.id, status: a.status, reader_issues: a.readerIssues }, { id: b.id, status: b.status, reader_issues: b.readerIssues }));
  }

  /**
   * Of the readable files a filter chooses: the reports counted (one version each), the other
   * versions left out, and how many of the counted were pinned by the user.
   */
  async versionCensus(filter: ReportFilter = {}): Promise<{ reports: number; leftOut: number; pinned: number }> {
    const rows = await this.filtered({ ...filter, versions: 'all' }).where('report.status', '!=', 'failed')
      .select(['report.preferred', 'report.pinned', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['report.preferred', 'report.pinned']).execute();
    const n = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((t, r) => t + Number(r.n), 0);
    return { reports: n((r) => r.preferred === 1), leftOut: n((r) => r.preferred !== 1), pinned: n((r) => r.preferred === 1 && r.pinned === 1) };
  }

  /** Count this version of its report, whatever its reading quality (until unpinned). */
  async pin(id: number): Promise<void> {
    await this.setPin(id, true);
  }

  /** Let reading quality choose the version counted of the report `id` is a version of. */
  async unpin(id: number): Promise<void> {
    await this.setPin(id, false);
  }

  private async setPin(id: number, pinned: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('report').select(['report_key']).where('id', '=', id).executeTakeFirst();
      if (!row) throw noReport(id);
      if (row.report_key === null) {
        await trx.updateTable('report').set({ pinned: pinned ? 1 : 0 }).where('id', '=', id).execute();
        return;
      }
      await trx.updateTable('report').set({ pinned: 0 }).where('report_key', '=', row.report_key).execute();
      if (pinned) await trx.updateTable('report').set({ pinned: 1 }).where('id', '=', id).execute();
      await settleVersions(trx, row.report_key, this.connection.dialect);
    });
  }

  /** One stored report's model. */
  async model(id: number): Promise<Report | undefined> {
    const row = await this.db.selectFrom('report').select('model').where('id', '=', id).executeTakeFirst();
    return row ? modelOf(row.model) : undefined;
  }

  /** A stored report's findings (report scope and cross-year), as diagnostics. */
  async diagnostics(id: number): Promise<Diagnostic[]> {
    const rows = await this.db.selectFrom('diagnostic').select('detail').where('report_id', '=', id).orderBy('id').execute();
    return rows.map((r) => JSON.parse(r.detail) as Diagnostic);
  }

  /**
   * A stored file's bytes and name, for re-parsing. A corrected version's file is the printed
   * file it corrects (`corrects`: its sha256 there).
   */
  async file(sha256: string): Promise<{ name: string; path: string | null; bytes: Uint8Array | null; corrects: string | null } | undefined> {
    const f = await this.db.selectFrom('source_file').select(['name', 'path', 'bytes', 'corrects']).where('sha256', '=', sha256).executeTakeFirst();
    if (!f?.corrects) return f;
    const printed = await this.db.selectFrom('source_file').select(['name', 'path', 'bytes']).where('sha256', '=', f.corrects).executeTakeFirst();
    return printed ? { ...printed, corrects: f.corrects } : f;
  }

  /** Which of these reports are reviewers' corrected versions (their file names the file it corrects). */
  async correctedIds(ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom('report').innerJoin('source_file', 'source_file.sha256', 'report.sha256').select('report.id')
      .where('report.id', 'in', [...ids]).where('source_file.corrects', 'is not', null).execute();
    return new Set(rows.map((r) => r.id));
  }

  /** The printed values of reports, by report id. */
  async values(ids: readonly number[]): Promise<Map<number, CellValues>> {
    const out = new Map<number, CellValues>(ids.map((id) => [id, {}]));
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db.selectFrom('cell').select(['report_id', 'cell_id', 'value'])
        .where('report_id', 'in', ids.slice(i, i + 500)).execute();
      for (const r of rows) out.get(r.report_id)![r.cell_id] = r.value;
    }
    return out;
  }

  /**
   * Sum every cell over the reports of a filter, grouped by year, level, region code (`region`,
   * the first `regionDigits` of the code), organ or parent organ. Failed reports are left out.
   * Reads each report's value vector (one row per report), not its ~230 cell rows.
   */
  async sums(filter: ReportFilter, groupBy: GroupBy = 'none', regionDigits = 6): Promise<CellSums[]> {
    const reports = await this.filtered(filter)
      .leftJoin('organ', 'organ.id', 'report.organ_id')
      .where('report.status', '!=', 'failed')
      // Each report once: the version counted.
      .where('report.preferred', '=', 1)
      .select(['report.id', 'report.year', 'report.organ_id', 'organ.level', 'organ.region_code', 'organ.parent_id', 'report.cell_vector'])
      .execute();
    const keyOf = (r: (typeof reports)[number]): string | number | null => {
      switch (groupBy) {
        case 'none': return null;
        case 'year': return r.year;
        case 'level': return r.level;
        case 'region': return r.region_code ? r.region_code.slice(0, regionDigits) : null;
        case 'organ': return r.organ_id;
        case 'parent': return r.parent_id;
      }
    };
    const ids = vectorIds();
    const groups = new Map<string | number | null, { sums: CellSums; total: Float64Array; numbers: Float64Array }>();
    for (const r of reports) {
      const key = keyOf(r);
      let g = groups.get(key);
      if (!g) {
        g = { sums: { key, reports: 0, ids: [], values: {}, blanks: {} }, total: new Float64Array(ids.length), numbers: new Float64Array(ids.length) };
        groups.set(key, g);
      }
      g.sums.reports++;
      g.sums.ids.push(r.id);
      const v = vectorOf(r.cell_vector);
      for (let i = 0; i < v.length; i++) {
        const x = v[i]!;
        if (x === x) {
          g.total[i]! += x;
          g.numbers[i]! += 1;
        }
      }
    }
    for (const { sums, total, numbers } of groups.values()) {
      for (let i = 0; i < ids.length; i++) {
        if (numbers[i]) sums.values[ids[i]!] = total[i]!;
        const blanks = sums.reports - numbers[i]!;
        if (blanks && blanks < sums.reports) sums.blanks[ids[i]!] = blanks;
      }
    }
    return [...groups.values()].map((g) => g.sums);
  }

  /** The rules with findings in the most reports a filter chooses: rule id, severity, reports. */
  async ruleCounts(filter: ReportFilter, limit = 20): Promise<Array<{ ruleId: string; severity: string; reports: number }>> {
    const rows = await this.db.selectFrom('diagnostic')
      .select(['diagnostic.rule_id', 'diagnostic.severity', (eb) => eb.fn.count<number>('diagnostic.report_id').distinct().as('n')])
      .where('diagnostic.report_id', 'in', this.filtered(filter).select('report.id'))
      .groupBy(['diagnostic.rule_id', 'diagnostic.severity'])
      .orderBy('n', 'desc').orderBy('diagnostic.rule_id').limit(limit).execute();
    return rows.map((r) => ({ ruleId: r.rule_id, severity: r.severity, reports: Number(r.n) }));
  }

  /** The query of report ids a filter selects. */
  private filtered(filter: ReportFilter) {
    let q = this.db.selectFrom('report');
    if (filter.ids) q = q.where('report.id', 'in', filter.ids.length ? filter.ids : [-1]);
    if (filter.versions === 'preferred') q = q.where('report.preferred', '=', 1);
    if (filter.years?.length) q = q.where('report.year', 'in', filter.years);
    if (filter.status) q = q.where('report.status', '=', filter.status);
    if (filter.excludeErrors) q = q.where('report.errors', '=', 0);
    if (filter.level || filter.region) {
      q = q.where('report.organ_id', 'in', (eb) => {
        let s = eb.selectFrom('organ').select('organ.id');
        if (filter.level) s = s.where('organ.level', '=', filter.level);
        // 350000 is 福建省 and everything under it: the codes that begin 35.
        if (filter.region) s = s.where('organ.region_code', 'like', `${regionPrefix(filter.region) ?? filter.region}%`);
        return s;
      });
    }
    if (filter.organ !== undefined) {
      const o = filter.organ;
      q = typeof o === 'number'
        ? q.where('report.organ_id', '=', o)
        : q.where('report.organ_id', 'in', (eb) => eb.selectFrom('organ_name').select('organ_name.organ_id').where('organ_name.name', 'like', `%${o}%`));
    }
    if (filter.rule) {
      const rule = filter.rule;
      q = q.where('report.id', 'in', (eb) => eb.selectFrom('diagnostic').select('diagnostic.report_id').where('diagnostic.rule_id', '=', rule));
    }
    return q;
  }
}

class AlreadyStored extends Error {}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string };
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function reportColumns(p: ReportPayload) {
  const count = (s: string) => p.diagnostics.filter((d) => d.severity === s).length;
  return {
    status: p.status, organ_name: p.organ, year: p.year, format: p.format, title: p.title, parser_version: p.parserVersion,
    model: p.model, cell_vector: p.values, error: p.error ? JSON.stringify(p.error) : null,
    errors: count('error'), warnings: count('warning'), infos: count('info'), reader_issues: p.readerIssues,
  };
}

async function writeDetails(trx: Transaction<Database>, id: number, p: ReportPayload, dialect: DialectName): Promise<void> {
  // All of a report's cells in one statement with one JSON parameter: a multi-row insert of
  // ~230 rows costs more to build and prepare than to run.
  const json = p.cells;
  if (dialect === 'postgres') {
    await sql`insert into cell (report_id, cell_id, value, kind, raw)
      select ${id}, e->>0, (e->>1)::double precision, e->>2, e->>3 from json_array_elements(${json}::json) as e`.execute(trx);
  } else {
    await sql`insert into cell (report_id, cell_id, value, kind, raw)
      select ${id}, e.value->>0, e.value->>1, e.value->>2, e.value->>3 from json_each(${json}) as e`.execute(trx);
  }
  await insertDiagnostics(trx, id, 'report', p.diagnostics);
}

async function insertDiagnostics(trx: Transaction<Database>, id: number, scope: string, ds: readonly Diagnostic[]): Promise<void> {
  for (let i = 0; i < ds.length; i += 200) {
    await trx.insertInto('diagnostic').values(ds.slice(i, i + 200).map((d) => ({
      report_id: id, scope, rule_id: d.ruleId, severity: d.severity, message_id: d.messageId,
      message_zh: d.message.zh, message_en: d.message.en, path: d.path ?? null,
      line: d.position?.line ?? null, column: d.position?.column ?? null, detail: JSON.stringify(d),
    }))).execute();
  }
}

function noReport(id: number): NianbaoError {
  return new NianbaoError('corpus.no-report', `没有编号为 ${id} 的报告`, `no report with id ${id}`);
}
