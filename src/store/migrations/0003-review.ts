import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * The review workflow of the web app: batches of reports under review with a status each, the
 * reviewer's decision on each finding, and corrected cells (the printed value kept beside).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const id = pg ? 'serial' : 'integer';
  const real = pg ? 'double precision' : 'real';
  await db.schema.createTable('review_batch')
    .addColumn('id', id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('review_member')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('review_batch.id'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id'))
    /** 'pending' (待审) | 'returned' (已退回) | 'approved' (已通过). */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_member_pk', ['batch_id', 'report_id'])
    .execute();
  await db.schema.createIndex('review_member_report').on('review_member').column('report_id').execute();
  await db.schema.createTable('review_decision')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id'))
    /** `rule|path|messageId`: the same finding in the organ's next report has the same key. */
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('organ_id', 'integer')
    /** 'confirmed' | 'dismissed'. */
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    /** The report whose dismissal this one carries over (a re-upload of the organ), if any. */
    .addColumn('carried_from', 'integer')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_decision_pk', ['report_id', 'finding_key'])
    .execute();
  await db.schema.createIndex('review_decision_organ').on('review_decision').columns(['organ_id', 'decision']).execute();
  await db.schema.createTable('review_correction')
    .addColumn('id', id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id'))
    .addColumn('cell_id', 'text', (c) => c.notNull())
    .addColumn('value', real)
    /** What the report printed, before any correction. */
    .addColumn('printed_raw', 'text', (c) => c.notNull())
    .addColumn('printed_value', real)
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text')
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_correction_report').on('review_correction').column('report_id').execute();
}
