/**
 * For storage tests: the same test against a fresh SQLite file and a fresh PostgreSQL schema
 * (127.0.0.1:5432, database `test`; `NIANBAO_TEST_PG` names another server).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as tcp } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrationLock } from './connect.js';

export interface Target {
  dialect: 'sqlite' | 'postgres';
  /** What `Store.open` / `--db` takes. */
  url: string;
  /** Remove the file or drop the schema. */
  drop(): Promise<void>;
}

export const testPostgres = process.env.NIANBAO_TEST_PG ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;

/** A fresh SQLite file. */
export function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-store-'));
  return { dialect: 'sqlite', url: join(dir, 'nianbao.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh schema in the test PostgreSQL database. */
export function postgresTarget(): Target {
  const schema = `nb_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    dialect: 'postgres',
    url: `${testPostgres}?schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: testPostgres });
      await client.connect();
      try {
        // Under the lock every migration takes (store/connect.ts): Kysely's migrator lists the
        // tables of every schema, and a schema dropped meanwhile by a test running beside it
        // fails that listing ("schema … does not exist").
        await client.query(`select pg_advisory_lock(${migrationLock})`);
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Both kinds of store, for `for (const make of targets)` loops. */
export const targets: ReadonlyArray<() => Target> = [sqliteTarget, postgresTarget];

/**
 * Why a service cannot be used by the tests (a reason for `skip`), or false: a TCP connection
 * to the URL's host and port within two seconds.
 */
export function unreachable(url: string, name: string, defaultPort: number): Promise<string | false> {
  const u = new URL(url);
  const host = u.hostname || '127.0.0.1';
  const port = Number(u.port || defaultPort);
  return new Promise((resolve) => {
    const socket = tcp({ host, port, timeout: 2000 });
    const done = (why: string | false) => {
      socket.destroy();
      resolve(why);
    };
    socket.once('connect', () => done(false));
    socket.once('timeout', () => done(`${name} does not answer at ${host}:${port} (.ci/run starts it)`));
    socket.once('error', (e) => done(`${name} is not reachable at ${host}:${port}: ${e.message} (.ci/run starts it)`));
  });
}

/** Why the PostgreSQL tests skip, or false. */
export const postgresSkip = await unreachable(testPostgres, 'PostgreSQL', 5432);

/** The skip reason for a store of this kind. */
export const skipFor = (dialect: Target['dialect']): string | false => (dialect === 'postgres' ? postgresSkip : false);
