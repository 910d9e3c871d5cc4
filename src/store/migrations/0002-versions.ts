import { sql, type Kysely } from 'kysely';
import { modelOf } from '../payload.js';
import { readerIssues } from '../../model/diagnostic.js';

/**
 * One report, one record: the files of one report (organ + year + kind) are its versions.
 * Each file keeps its own `report` row (every file stored once, as before); these columns
 * say which report it is a version of and which version is counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('report').addColumn('report_key', 'text').execute();
  await db.schema.alterTable('report').addColumn('reader_issues', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('report').addColumn('preferred', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('report').addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('report_key').on('report').column('report_key').execute();
  await backfillVersions(db);
}

/**
 * Reports stored before: their key, their reader diagnostics, and the version counted (the
 * rules of store/versions.ts: ok before incomplete, fewest reader diagnostics, newest).
 * Findings across versions come with the next file of a report, or `nianbao reparse`.
 */
export async function backfillVersions(db: Kysely<any>): Promise<void> {
  // The reader's diagnostics are all in the stored model (the diagnostic table leaves out infos).
  for (let after = 0; ;) {
    const rows: Array<{ id: number; model: Uint8Array }> = await db.selectFrom('report').select(['id', 'model']).where('id', '>', after).orderBy('id').limit(200).execute();
    if (!rows.length) break;
    for (const r of rows) await db.updateTable('report').set({ reader_issues: readerIssues(modelOf(r.model).diagnostics) }).where('id', '=', r.id).execute();
    after = rows[rows.length - 1]!.id;
  }
  await sql`update report set report_key = cast(organ_id as text) || '/' || cast(year as text) || '/' || (case when title like '%汇总%' then '汇总' else '' end)
    where organ_id is not null and year is not null and status <> 'failed'`.execute(db);
  await sql`update report set preferred = case when report_key is null then 1 when exists (select 1 from report o where o.report_key = report.report_key and o.id <> report.id
    and ((case when o.status = 'ok' then 0 else 1 end) < (case when report.status = 'ok' then 0 else 1 end)
      or ((case when o.status = 'ok' then 0 else 1 end) = (case when report.status = 'ok' then 0 else 1 end)
        and (o.reader_issues < report.reader_issues or (o.reader_issues = report.reader_issues and o.id > report.id))))) then 0 else 1 end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('report_key').execute();
  for (const c of ['pinned', 'preferred', 'reader_issues', 'report_key']) await db.schema.alterTable('report').dropColumn(c).execute();
}
