import type { Kysely } from 'kysely';

/**
 * A reviewer's correction is a version of its report: a `report` row of its own whose
 * source file row holds no bytes but names the file it corrects (`corrects`, that file's
 * sha256), so its source, its re-reading and `reparse` go to the printed file, and the
 * corrections (review_correction of the new row) are applied again on every reading. And a
 * report's revision, for caches of what is derived from its model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_file').addColumn('corrects', 'text').execute();
  // How many times a stored file was read again (`replace`): with the id, the key of anything
  // derived from its model that a server may keep (several servers read the same number).
  await db.schema.alterTable('report').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('report').dropColumn('revision').execute();
  await db.schema.alterTable('source_file').dropColumn('corrects').execute();
}
