/**
 * Open the corpus: a SQLite file (the embedded default, nothing to install or start) or a
 * PostgreSQL server (`postgres://…`, for many machines). Migrations run on open.
 */
import { NianbaoError } from '../errors.js';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import { isPostgresUrl, type DialectName } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export const defaultDbFile = 'nianbao.db';

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** What was opened, with any password masked (for messages). */
  target: string;
  /** The PostgreSQL schema the URL named, if any. */
  schema?: string;
}

/** A store could not be opened or migrated. */
export class StoreError extends NianbaoError {
  constructor(zh: string, en: string, options?: { cause?: unknown }, code = 'store') {
    super(code, zh, en, options);
  }
}

/**
 * The PostgreSQL driver, loaded when a PostgreSQL store is opened (not with the library).
 * PostgreSQL returns bigint (COUNT, SUM of integers) and numeric as strings; the corpus never
 * holds numbers beyond 2^53, so they are read as numbers.
 */
async function loadPg(): Promise<typeof pg> {
  const { default: driver } = await import('pg');
  driver.types.setTypeParser(20, (v) => Number(v));
  driver.types.setTypeParser(1700, (v) => Number(v));
  return driver;
}

/**
 * Open (and migrate) the store at `target`: a file path for SQLite, or a PostgreSQL URL. A URL
 * may name a schema (`postgres://127.0.0.1/test?schema=nianbao`), created if missing, so that
 * several corpora (or test runs) can share one database.
 */
export interface ConnectOptions {
  /** Make a new SQLite file where there is none (the default); false for commands that only read. */
  create?: boolean;
}

export async function connect(target: string = defaultDbFile, options: ConnectOptions = {}): Promise<Connection> {
  let conn: Connection;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1];
  if (scheme && !isPostgresUrl(target)) {
    throw new StoreError(`不支持的数据库地址：${target}（可用 SQLite 文件路径或 postgres:// 地址）`, `unsupported database URL: ${target} (a SQLite file path or a postgres:// URL)`, undefined, 'store.scheme');
  }
  if (isPostgresUrl(target)) {
    const url = new URL(target);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    // libpq's default user is the login name; node-postgres reads $USER, which may be unset.
    if (!url.username) url.username = userInfo().username;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new StoreError(`模式名不合法：${schema}`, `invalid schema name: ${schema}`);
    }
    const pool = new (await loadPg()).Pool({
      connectionString: url.toString(),
      max: 4,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    conn = { db, dialect: 'postgres', target: masked(url), ...(schema ? { schema } : {}) };
    try {
      await sql`select 1`.execute(db);
      if (schema) await createSchema(db, schema);
    } catch (e) {
      await db.destroy();
      throw new StoreError(`无法连接 PostgreSQL：${conn.target}（${(e as Error).message}）`, `cannot connect to PostgreSQL: ${conn.target} (${(e as Error).message})`, { cause: e });
    }
  } else {
    if (options.create === false && !existsSync(target)) {
      throw new StoreError(`数据库文件不存在：${target}（先用 nianbao ingest 收录报告，或用 --db 指定文件）`, `no database file: ${target} (nianbao ingest makes one; --db names another)`, undefined, 'store.not-found');
    }
    let file: SQLite.Database;
    try {
      file = new SQLite(target);
    } catch (e) {
      throw new StoreError(`无法打开数据库文件：${target}（${(e as Error).message}）`, `cannot open database file: ${target} (${(e as Error).message})`, { cause: e });
    }
    try {
      // The first read of the file: a file that is not SQLite (a workbook, a report) fails here.
      file.pragma('schema_version');
    } catch (e) {
      file.close();
      throw new StoreError(`不是 SQLite 数据库文件：${target}`, `not a SQLite database file: ${target}`, { cause: e }, 'store.not-a-database');
    }
    file.pragma('busy_timeout = 10000');
    walMode(file);
    file.pragma('synchronous = NORMAL');
    // Fewer, larger checkpoints (each one syncs) and a page cache that holds the hot B-tree pages.
    file.pragma('wal_autocheckpoint = 10000');
    file.pragma('cache_size = -65536');
    file.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(file) }) });
    conn = { db, dialect: 'sqlite', target };
  }
  await migrate(conn);
  return conn;
}

/**
 * Switch a SQLite file to WAL. Two processes opening a new file at once can each hold the read
 * lock the other's switch must wait out; SQLite then answers one of them "database is locked" at
 * once instead of waiting (its busy handler would deadlock). The switch is tried again for a
 * while: once the other process has made the file WAL, it is already done.
 */
function walMode(file: SQLite.Database): void {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      file.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw e;
      Atomics.wait(pause, 0, 0, 20 + Math.random() * 30);
    }
  }
}
const pause = new Int32Array(new SharedArrayBuffer(4));

/** The PostgreSQL advisory lock a migration holds: one migration at a time in a database. */
export const migrationLock = 4242;

async function migrate(conn: Connection): Promise<void> {
  // Two processes opening a new PostgreSQL corpus at once (two workers) must not both migrate.
  const run = async (db: Kysely<Database>, disableTransactions = false) => {
    // The migration bookkeeping lives in the store's own schema: otherwise Kysely finds another
    // corpus's tables on the search path of a shared database.
    const { error } = await new Migrator({ db, provider: migrationProvider, disableTransactions, ...(conn.schema ? { migrationTableSchema: conn.schema } : {}) }).migrateToLatest();
    if (error) throw error;
  };
  try {
    if (conn.dialect === 'postgres') {
      await conn.db.connection().execute(async (db) => {
        await sql`select pg_advisory_lock(${sql.lit(migrationLock)})`.execute(db);
        try {
          await run(db);
        } finally {
          await sql`select pg_advisory_unlock(${sql.lit(migrationLock)})`.execute(db);
        }
      });
    } else {
      // Two processes opening a new SQLite file at once: the first to take the write lock
      // (BEGIN IMMEDIATE waits for it) migrates, the second then finds nothing to do.
      await sql`begin immediate`.execute(conn.db);
      try {
        await run(conn.db, true);
        await sql`commit`.execute(conn.db);
      } catch (e) {
        await sql`rollback`.execute(conn.db).catch(() => undefined);
        throw e;
      }
    }
  } catch (e) {
    await conn.db.destroy();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`数据库迁移失败：${conn.target}（${(e as Error).message}）`, `database migration failed: ${conn.target} (${(e as Error).message})`, { cause: e });
  }
}

function masked(url: URL): string {
  const u = new URL(url.toString());
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * `create schema if not exists` is not safe against itself: two processes starting at once
 * may both find no schema and one fails on the catalogue's unique index (23505). The schema
 * then exists, which is all that was asked.
 */
async function createSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw e;
  }
}
