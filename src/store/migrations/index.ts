import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as versions from './0002-versions.js';
import * as review from './0003-review.js';
import * as regionNote from './0004-region-note.js';
import * as corrections from './0005-corrections.js';

/** Every migration, in order; the same list for SQLite and PostgreSQL. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-versions': versions,
  '0003-review': review,
  '0004-region-note': regionNote,
  '0005-corrections': corrections,
};
/** Migrations compiled into the package (no directory scan at run time). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
