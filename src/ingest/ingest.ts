/**
 * Ingest files, folders and zip archives into the store: parsed and checked on every core
 * (worker threads), written one report per transaction by this thread. Idempotent (a file
 * already stored, by its SHA-256, is skipped) and so resumable: run it again after an
 * interruption and it stores what is missing.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Piscina } from 'piscina';
import { eachInput, type Input } from '../input/read-inputs.js';
import { expandPaths } from '../input/paths.js';
import { defaultMaxBytes } from '../read/index.js';
import { crossYearPass } from '../store/cross-year.js';
import type { ReportPayload } from '../store/payload.js';
import type { Store } from '../store/store.js';
import type { Task } from './task.js';
import { failedReport } from '../parse.js';
import { toPayload } from '../store/payload.js';

const unreadablePayload = (name: string, ruleId: string, why: { zh: string; en: string }): ReportPayload =>
  toPayload(failedReport(name, ruleId, why), []);

export interface IngestOptions {
  /** Worker threads (default: one per core). 0 parses on this thread. */
  jobs?: number;
  /** Keep each file's bytes in the store (default true); otherwise only its path. */
  storeBytes?: boolean;
  maxBytes?: number;
  /** Called after each file. */
  onProgress?: (p: IngestProgress) => void;
  /** Run the cross-year rules for the organs touched (default true). */
  crossYear?: boolean;
  /**
   * Worker threads to parse on, kept by the caller (a server keeps one pool for all its
   * uploads); otherwise a pool of `jobs` threads is made for this run and ended after it.
   */
  pool?: Piscina;
}

/** A pool of parse workers for `ingestInputs` (the caller destroys it). */
export function parsePool(jobs: number): Piscina {
  // Plain message events to wake the workers: with 'sync' atomics the writer thread spent a
  // third of a millisecond per task on the wake-up, on a machine with as many cores as workers.
  return new Piscina({ filename: new URL('./task.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs, atomics: 'disabled' });
}

export interface IngestProgress {
  /** Files seen so far, and the number of files found (zip archives count as one until opened). */
  done: number;
  total: number;
  stored: number;
  skipped: number;
  failed: number;
  /** The file just handled. */
  file: string;
}

export interface IngestResult {
  /** Reports newly stored (failed ones included). */
  stored: number;
  /** Files already in the store (or twice in this batch). */
  skipped: number;
  /** Of those stored, how many could not be read as a report (stored with their error). */
  failed: number;
  /** Paths that could not even be read (no bytes to store), with why: each is also stored as a failed report. */
  unreadable: Array<{ path: string; error: { zh: string; en: string } }>;
  /** Ids of the reports stored by this run. */
  ids: number[];
  /** Reports whose cross-year findings were recomputed. */
  crossYear: number;
  /** Seconds spent storing (parse, check, write), placing organs, and on the cross-year rules. */
  seconds: { store: number; organs: number; crossYear: number };
  /** Rows of the organ CSV that could not be applied (an organ not in the corpus). */
  organIssues: Array<{ line: number; zh: string; en: string }>;
}

/**
 * The key an input is stored under: the SHA-256 of its bytes; for an input that could not be
 * read, of its path and reason (there are no bytes to hash).
 */
export function inputKey(input: Input): string {
  return input.error
    ? createHash('sha256').update(`nianbao-unreadable\0${input.path}\0${input.error.en}`).digest('hex')
    : createHash('sha256').update(input.bytes).digest('hex');
}

/** Ingest `paths` into `store`. */
export async function ingest(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const files = await expandPaths(paths);
  return ingestInputs(store, eachInput(files, options.maxBytes ?? defaultMaxBytes), files.length, options);
}

/**
 * Ingest inputs already read (or failed to read), e.g. uploaded files expanded by
 * `expandInput`: the same parse, limits, failure storage and cross-year pass as `ingest`.
 * `count` is how many are expected, for progress.
 */
export async function ingestInputs(store: Store, inputs: AsyncIterable<Input> | Iterable<Input>, count: number, options: IngestOptions = {}): Promise<IngestResult> {
  const jobs = options.pool ? options.pool.options.maxThreads : options.jobs ?? availableParallelism();
  const ownPool = !options.pool && jobs > 0 ? parsePool(jobs) : null;
  const pool = options.pool ?? ownPool;
  const run: (t: Task) => Promise<ReportPayload> = pool
    ? (t) => pool.run(t)
    : async (t) => (await import('./task.js')).processFile(t);
  const result: IngestResult = { stored: 0, skipped: 0, failed: 0, unreadable: [], ids: [], crossYear: 0, organIssues: [], seconds: { store: 0, organs: 0, crossYear: 0 } };
  const started = performance.now();
  const since = (t: number) => (performance.now() - t) / 1000;
  const known = await store.knownHashes();
  let done = 0;
  const progress = (file: string) => {
    done++;
    options.onProgress?.({ done, total: Math.max(count, done), stored: result.stored, skipped: result.skipped, failed: result.failed, file });
  };
  // Writes go one after another (SQLite has one writer); parsing runs ahead on the workers,
  // at most `window` files at a time so a large batch is never held in memory.
  const window = Math.max(8, jobs * 16);
  const inFlight = new Set<Promise<void>>();
  let writes: Promise<void> = Promise.resolve();
  let failure: unknown;
  try {
    for await (const input of inputs) {
      if (failure) break;
      const name = basename(input.path.split('!/').pop()!);
      // A file that could not be read (too large, a damaged archive entry, no permission) is
      // stored as failed with why, keyed by its path and reason as there are no bytes to hash.
      if (input.error) result.unreadable.push({ path: input.path, error: input.error });
      const sha256 = inputKey(input);
      if (known.has(sha256)) {
        result.skipped++;
        progress(input.path);
        continue;
      }
      known.add(sha256);
      const parsed = input.error
        ? Promise.resolve(unreadablePayload(name, 'read/unreadable', input.error))
        // A worker that died on this file (it should not: the readers run isolated) fails this file only.
        : run({ bytes: input.bytes, name }).catch((e: unknown) => unreadablePayload(name, 'parse/internal-error', {
          zh: `内部错误：${e instanceof Error ? e.message : String(e)}`, en: `internal error: ${e instanceof Error ? e.message : String(e)}`,
        }));
      const job: Promise<void> = parsed.then((payload) => {
        writes = writes.then(async () => {
          const { id, stored } = await store.put({
            sha256, name, path: input.path, size: input.bytes?.byteLength ?? 0, bytes: options.storeBytes === false || !input.bytes ? null : input.bytes,
          }, payload);
          if (stored) {
            result.stored++;
            result.ids.push(id);
            if (payload.status === 'failed') result.failed++;
          } else result.skipped++;
          progress(input.path);
        }).catch((e) => { failure ??= e; });
        return writes;
      }, (e) => { failure ??= e; }).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writes;
    result.seconds.store = since(started);
    if (!failure) {
      // New organs take their place in the hierarchy (and the user's CSV rows apply to them).
      let t = performance.now();
      if (result.stored) result.organIssues = await store.organs.place();
      result.seconds.organs = since(t);
      t = performance.now();
      if (options.crossYear !== false) {
        result.crossYear = await crossYearPass(store, result.ids, pool ? { run: (t) => pool.run(t, { name: 'checkPairs' }), window: jobs * 4 } : {});
      }
      result.seconds.crossYear = since(t);
    }
  } finally {
    await ownPool?.destroy();
  }
  if (failure) throw failure;
  return result;
}
