/**
 * A queue worker: takes file jobs from the queue, parses and checks them on worker threads,
 * stores each report in one transaction (idempotent by SHA-256) and runs the cross-year rules
 * for it. Run as many as wanted, on any number of machines, against one PostgreSQL store.
 */
import { createHash } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import { Piscina } from 'piscina';
import type { Task } from '../ingest/task.js';
import { addToBatch, rememberedDecisions } from '../review/review.js';
import { crossYearPass } from '../store/cross-year.js';
import type { ReportPayload } from '../store/payload.js';
import { Store } from '../store/store.js';
import { defaultQueueName, lockDuration, maxStalledCount, stalledInterval } from './settings.js';
import { openWorker, queueTarget, type FileJobData, type FileJobResult } from './target.js';

export interface WorkerOptions {
  queueUrl: string;
  /** The store: a PostgreSQL URL when several workers share it (a SQLite file works for one). */
  db: string;
  /** Jobs at once (default: one per core); as many threads parse. */
  concurrency?: number;
  queueName?: string;
  /** Closes the worker gracefully when aborted (the CLI aborts on SIGTERM and SIGINT). */
  signal?: AbortSignal;
  /** Called for every job handled, retried or given up. */
  onEvent?: (e: WorkerEvent) => void;
  /** Lock settings, for tests (defaults in settings.ts). */
  lockDuration?: number;
  stalledInterval?: number;
}

/** What happened to a job, for progress lines. */
export type WorkerEvent =
  | { kind: 'stored' | 'already-stored' | 'not-a-report'; file: string; id: number; organ: string | null; year: number | null; error: { zh: string; en: string } | null }
  | { kind: 'retry' | 'dead-letter'; file: string; attempt: number; attempts: number; error: string }
  | { kind: 'store-unavailable' | 'error'; error: string };

export interface WorkerHandle {
  /** Its name on the jobs it takes (`host:pid`). */
  name: string;
  /** Stop taking jobs, let the active ones finish, close the store. */
  close(): Promise<void>;
  /** Settles once closed. */
  closed: Promise<void>;
}

/** Start a worker on the queue at `queueUrl`, storing into `db`. */
export async function runWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const emit = (e: WorkerEvent) => options.onEvent?.(e);
  const name = `${hostname()}:${process.pid}`;
  queueTarget(options.queueUrl); // a bad queue URL fails here, before anything is opened
  // Parsing off the main thread keeps the event loop free to renew the job locks in time.
  const pool = new Piscina<Task, ReportPayload>({
    filename: new URL('../ingest/task.js', import.meta.url).href, minThreads: concurrency, maxThreads: concurrency, atomics: 'disabled',
  });
  const stores = lazyStore(options.db);
  // An unreachable store does not stop the worker: its jobs fail, are retried and end in the failed set.
  try {
    await stores.get();
  } catch (e) {
    emit({ kind: 'store-unavailable', error: (e as Error).message });
  }
  // One write at a time per process (as ingest does): the store's organ cache is not shared between transactions.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const run = writes.then(f, f);
    writes = run.catch(() => undefined);
    return run;
  };

  const processor = async (job: Job<FileJobData, FileJobResult>): Promise<FileJobResult> => {
    const { name: file, path } = job.data;
    const bytes = Buffer.from(job.data.bytes, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== job.id) throw new UnrecoverableError(`job ${job.id}: the bytes do not match the job id (SHA-256 ${sha256})`);
    await job.updateProgress(10).catch(() => undefined);
    const payload = await pool.run({ bytes, name: file });
    await job.updateProgress(80).catch(() => undefined);
    return serial(async () => {
      const store = await stores.get();
      const { id, stored } = await store.put({ sha256, name: file, path, size: bytes.byteLength, bytes }, payload);
      // Also when the report was already there: the worker that stored it may have died before this pass.
      await crossYearPass(store, [id]);
      // A reviewer's decisions on the organ's earlier reports carry to this one; an upload's batch takes it in.
      if (stored) await rememberedDecisions(store, [id]);
      if (job.data.batch !== undefined) await addToBatch(store, job.data.batch, [id]).catch(() => undefined);
      emit({
        kind: payload.status === 'failed' ? 'not-a-report' : stored ? 'stored' : 'already-stored',
        file: path, id, organ: payload.organ, year: payload.year, error: payload.error ? { zh: payload.error.zh, en: payload.error.en } : null,
      });
      return { id, stored, status: payload.status };
    });
  };

  let worker: Worker<FileJobData, FileJobResult>;
  try {
    worker = openWorker(options.queueUrl, options.queueName ?? defaultQueueName, processor, {
      name,
      concurrency,
      lockDuration: options.lockDuration ?? lockDuration,
      stalledInterval: options.stalledInterval ?? stalledInterval,
      maxStalledCount,
    });
  } catch (e) {
    await pool.destroy();
    await stores.close();
    throw e;
  }
  worker.on('failed', (job, err) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const last = job.attemptsMade >= attempts || err instanceof UnrecoverableError;
    emit({ kind: last ? 'dead-letter' : 'retry', file: job.data.path, attempt: job.attemptsMade, attempts, error: err.message });
  });
  worker.on('error', (err) => emit({ kind: 'error', error: err.message }));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await worker.close();
      await writes;
      await pool.destroy();
      await stores.close();
    })());
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const closeAndSignal = () => close().finally(resolveClosed);
  if (options.signal) {
    if (options.signal.aborted) void closeAndSignal();
    else options.signal.addEventListener('abort', () => void closeAndSignal(), { once: true });
  }
  return { name, close: closeAndSignal, closed };
}

/** The store, opened on first use and again after a failed open (the database may come back). */
function lazyStore(db: string) {
  let opening: Promise<Store> | null = null;
  return {
    get(): Promise<Store> {
      opening ??= Store.open(db).catch((e) => {
        opening = null;
        throw e;
      });
      return opening;
    },
    async close(): Promise<void> {
      const s = await opening?.catch(() => null);
      await s?.close();
    },
  };
}
