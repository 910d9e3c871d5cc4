import type { Kysely } from 'kysely';

/**
 * Why an organ has no region code (a town name that several counties have, a name not in the
 * division list), or how its code was found from the reports' titles: JSON `{ zh, en }` or null.
 * The codes themselves go in `organ.region_code`, filled on the next ingest or `organs import`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organ').addColumn('region_note', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organ').dropColumn('region_note').execute();
}
