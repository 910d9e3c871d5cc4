/**
 * Put files on the queue: one BullMQ job per file, its id the file's SHA-256 (the same file
 * queued twice is one job), retried with exponential backoff.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { eachInput } from '../input/read-inputs.js';
import { expandPaths } from '../input/paths.js';
import { defaultMaxBytes } from '../read/index.js';
import { Store } from '../store/store.js';
import { defaultAttempts, defaultBackoffMs, defaultQueueName, keepCompleted } from './settings.js';
import { openQueue } from './target.js';

export interface EnqueueOptions {
  /** Queue name (default `nianbao`). */
  queueName?: string;
  /** Tries per job before the failed set (default 3). */
  attempts?: number;
  /** First retry delay in ms, doubled at each retry (default 2000). */
  backoffMs?: number;
  /** A store (`--db`): files already stored there are not queued. */
  db?: string;
  maxBytes?: number;
  /** Called after each file. */
  onProgress?: (p: EnqueueProgress) => void;
}

export interface EnqueueProgress {
  /** The file just handled, and what became of it. */
  path: string;
  outcome: 'queued' | 'skipped' | 'unreadable';
  queued: number;
  skipped: number;
  unreadable: number;
}

export interface EnqueueResult {
  /** Jobs added. */
  queued: number;
  /** Files already stored (with `db`), already on the queue, or twice in this batch. */
  skipped: number;
  /** Paths that could not be read (nothing to queue), with why. */
  unreadable: Array<{ path: string; error: { zh: string; en: string } }>;
}

/**
 * Queue `paths` (files, folders, zip archives) on the queue at `queueUrl` for `nianbao worker`
 * processes to parse, check and store.
 */
export async function enqueue(queueUrl: string, paths: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const queue = openQueue(queueUrl, options.queueName ?? defaultQueueName);
  const result: EnqueueResult = { queued: 0, skipped: 0, unreadable: [] };
  const progress = (path: string, outcome: EnqueueProgress['outcome']) =>
    options.onProgress?.({ path, outcome, queued: result.queued, skipped: result.skipped, unreadable: result.unreadable.length });
  let known = new Set<string>();
  try {
    if (options.db) {
      const store = await Store.open(options.db);
      try {
        known = await store.knownHashes();
      } finally {
        await store.close();
      }
    }
    const jobOptions = {
      attempts: options.attempts ?? defaultAttempts,
      backoff: { type: 'exponential', delay: options.backoffMs ?? defaultBackoffMs },
      removeOnComplete: { count: keepCompleted },
      removeOnFail: false,
    };
    for await (const input of eachInput(await expandPaths(paths), options.maxBytes ?? defaultMaxBytes)) {
      if (input.error) {
        result.unreadable.push({ path: input.path, error: input.error });
        progress(input.path, 'unreadable');
        continue;
      }
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      // Already stored, already seen in this batch, or already a job (waiting, active, failed, recently completed).
      if (known.has(sha256) || (await queue.getJob(sha256))) {
        known.add(sha256);
        result.skipped++;
        progress(input.path, 'skipped');
        continue;
      }
      known.add(sha256);
      const name = basename(input.path.split('!/').pop()!);
      await queue.add(name, { name, path: input.path, bytes: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength).toString('base64') }, { ...jobOptions, jobId: sha256 });
      result.queued++;
      progress(input.path, 'queued');
    }
  } finally {
    await queue.close();
  }
  return result;
}
