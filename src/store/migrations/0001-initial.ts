import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/** The corpus tables. Column types are chosen to mean the same in SQLite and PostgreSQL. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const id = pg ? 'serial' : 'integer';
  const bytes = pg ? 'bytea' : 'blob';

  await db.schema.createTable('organ')
    .addColumn('id', id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('department', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('level_assumed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('region_code', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('organ.id'))
    .addColumn('placed_by', 'text', (c) => c.notNull().defaultTo('name'))
    .execute();
  await db.schema.createIndex('organ_key').on('organ').column('key').execute();

  await db.schema.createTable('organ_name')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('organ_id', 'integer', (c) => c.notNull().references('organ.id'))
    .execute();

  await db.schema.createTable('organ_override')
    .addColumn('line', 'integer', (c) => c.primaryKey())
    .addColumn('organ', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('level', 'text')
    .addColumn('department', 'integer')
    .addColumn('parent', 'text')
    .execute();

  await db.schema.createTable('source_file')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes)
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('report')
    .addColumn('id', id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('sha256', 'text', (c) => c.notNull().unique().references('source_file.sha256'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('organ_id', 'integer', (c) => c.references('organ.id'))
    .addColumn('organ_name', 'text')
    .addColumn('year', 'integer')
    .addColumn('format', 'text')
    .addColumn('title', 'text')
    .addColumn('parser_version', 'text', (c) => c.notNull())
    .addColumn('model', bytes, (c) => c.notNull())
    .addColumn('cell_vector', bytes, (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('infos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cross_checked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_organ_year').on('report').columns(['organ_id', 'year']).execute();
  await db.schema.createIndex('report_year').on('report').column('year').execute();

  await db.schema.createTable('cell')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('cell_id', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .addPrimaryKeyConstraint('cell_pk', ['report_id', 'cell_id'])
    .$call((b) => (pg ? b : b.modifyEnd(sql`without rowid`)))
    .execute();
  // No index by cell id: keeping one up to date costs more on ingest (random inserts, 226 per
  // report) than it saves; sums read cells by report, along the primary key.

  await db.schema.createTable('diagnostic')
    .addColumn('id', id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('message_zh', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('line', 'integer')
    .addColumn('column', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('diagnostic_report').on('diagnostic').columns(['report_id', 'scope']).execute();
  await db.schema.createIndex('diagnostic_rule').on('diagnostic').column('rule_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['diagnostic', 'cell', 'report', 'source_file', 'organ_override', 'organ_name', 'organ']) await db.schema.dropTable(t).execute();
}
