/**
 * better-sqlite3 for Kysely, with its prepared statements kept: Kysely asks the driver to
 * prepare every query it runs, and preparing costs more than running the small statements an
 * ingest repeats ten thousand times. Kysely runs one query at a time on a SQLite connection,
 * so a statement is never in use twice at once.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept, by SQL text; the oldest is dropped past this. */
const limit = 200;

export function withStatementCache(db: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let s = cache.get(sql);
      if (s) {
        // Most recently used last, so the first key is the one to drop.
        cache.delete(sql);
      } else {
        s = db.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, s);
      return s;
    },
  };
}
