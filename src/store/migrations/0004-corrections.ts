import type { Kysely } from 'kysely';

/**
 * A reviewer's correction is a version of its report: a `report` row of its own whose
 * source file row holds no bytes but names the file it corrects (`corrects`, that file's
 * sha256), so its source, its re-reading and `reparse` go to the printed file, and the
 * corrections (review_correction of the new row) are applied again on every reading.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_file').addColumn('corrects', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_file').dropColumn('corrects').execute();
}
