/**
 * Where the queue lives, from a URL: Redis (`redis://host:6379/0`, `rediss://` for TLS) through
 * BullMQ's Redis backend, or PostgreSQL (`postgres://host/db?schema=bullmq`) through BullMQ's
 * PostgreSQL backend. Either way the queue is BullMQ's: jobs, locks, retries and the failed set
 * are its own.
 */
import { NianbaoError } from '../errors.js';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { createPostgresBackend, Queue, Worker, type Processor, type WorkerOptions } from 'bullmq';
import { defaultQueueName } from './settings.js';

/** What a job carries: the file, its bytes in base64 (its SHA-256 is the job id). */
export interface FileJobData {
  name: string;
  path: string;
  bytes: string;
  /** A review batch to put the stored report in (uploads through `nianbao serve --queue`). */
  batch?: number;
}

/** What a finished job returns. */
export interface FileJobResult {
  id: number;
  stored: boolean;
  status: string;
}

/** A queue URL that cannot be used, with why. */
export class QueueError extends NianbaoError {
  constructor(zh: string, en: string, options?: { cause?: unknown }, code = 'queue') {
    super(code, zh, en, options);
  }
}

export interface QueueTarget {
  kind: 'redis' | 'postgres';
  /** The URL with any password masked (for messages). */
  shown: string;
  /** BullMQ's `connection` option. */
  connection: Record<string, unknown>;
}

/** Where a queue URL points; throws a `QueueError` for a URL that is not a queue. */
export function queueTarget(queueUrl: string): QueueTarget {
  let url: URL;
  try {
    url = new URL(queueUrl);
  } catch {
    throw badUrl(queueUrl);
  }
  const shown = masked(url);
  if (url.protocol === 'redis:' || url.protocol === 'rediss:') {
    requireIORedis(shown);
    const db = url.pathname.replace(/^\//, '');
    return {
      kind: 'redis',
      shown,
      connection: {
        host: url.hostname || '127.0.0.1',
        port: Number(url.port || 6379),
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(db ? { db: Number(db) } : {}),
        ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      },
    };
  }
  if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') {
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    // libpq's default user is the login name; node-postgres reads $USER, which may be unset.
    if (!url.username) url.username = userInfo().username;
    if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new QueueError(`模式名不合法：${schema}`, `invalid schema name: ${schema}`);
    }
    return {
      kind: 'postgres',
      shown,
      // `migrate`: the first worker or producer creates BullMQ's tables (under an advisory lock).
      connection: { connectionString: url.toString(), migrate: true, max: 4, ...(schema ? { schema } : {}) },
    };
  }
  throw badUrl(shown);
}

/** A BullMQ queue on `queueUrl` (close it after use). */
export function openQueue(queueUrl: string, name = defaultQueueName): Queue<FileJobData, FileJobResult> {
  const target = queueTarget(queueUrl);
  const queue = target.kind === 'postgres'
    ? new Queue(name, { connection: target.connection }, createPostgresBackend)
    : new Queue(name, { connection: target.connection });
  return queue as unknown as Queue<FileJobData, FileJobResult>;
}

/** A BullMQ worker on `queueUrl` running `processor`. */
export function openWorker(
  queueUrl: string,
  name: string,
  processor: Processor<FileJobData, FileJobResult>,
  options: Omit<WorkerOptions, 'connection'>,
): Worker<FileJobData, FileJobResult> {
  const target = queueTarget(queueUrl);
  const worker = target.kind === 'postgres'
    ? new Worker(name, processor, { ...options, connection: target.connection }, createPostgresBackend)
    : new Worker(name, processor, { ...options, connection: target.connection });
  return worker as unknown as Worker<FileJobData, FileJobResult>;
}

/** BullMQ talks to Redis through the `ioredis` package, an optional dependency: say so plainly. */
function requireIORedis(shown: string): void {
  try {
    createRequire(import.meta.url).resolve('ioredis');
  } catch {
    throw new QueueError(
      `无法使用 Redis 队列 ${shown}：未安装 Redis 驱动 ioredis（npm install ioredis），或改用 PostgreSQL 队列（--queue postgres://…）`,
      `cannot use the Redis queue ${shown}: the Redis driver ioredis is not installed (npm install ioredis); or use a PostgreSQL queue (--queue postgres://…)`,
    );
  }
}

function badUrl(shown: string): QueueError {
  return new QueueError(
    `队列地址不对：${shown}（应为 redis://主机:6379 或 postgres://主机/数据库）`,
    `not a queue URL: ${shown} (expected redis://host:6379 or postgres://host/database)`,
  );
}

function masked(url: URL): string {
  const u = new URL(url.toString());
  if (u.password) u.password = '***';
  return u.toString();
}
