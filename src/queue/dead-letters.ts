/**
 * The queue seen from outside: job counts, and the dead-letter list (BullMQ's failed set: jobs
 * that failed after all their attempts) with a way to put them back.
 */
import { defaultQueueName } from './settings.js';
import { openQueue } from './target.js';

export interface QueueCounts {
  waiting: number;
  active: number;
  /** Waiting for a retry (backoff). */
  delayed: number;
  /** Recently completed (the last 1000 are kept). */
  completed: number;
  /** The dead-letter list. */
  failed: number;
}

export interface FailedJob {
  /** The job id: the file's SHA-256. */
  id: string;
  name: string;
  path: string;
  /** The last error. */
  error: string;
  attempts: number;
  /** When it failed for the last time (ms since the epoch). */
  failedAt: number | null;
}

export interface QueueOptions {
  queueName?: string;
}

const page = 500;

/** How many jobs the queue holds, by state. */
export async function queueStatus(queueUrl: string, options: QueueOptions = {}): Promise<QueueCounts> {
  const queue = openQueue(queueUrl, options.queueName ?? defaultQueueName);
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const n = (k: string) => c[k] ?? 0;
    return { waiting: n('waiting') + n('prioritized'), active: n('active'), delayed: n('delayed'), completed: n('completed'), failed: n('failed') };
  } finally {
    await queue.close();
  }
}

/** The dead-letter list: every job that failed after its attempts. */
export async function listFailed(queueUrl: string, options: QueueOptions = {}): Promise<FailedJob[]> {
  const queue = openQueue(queueUrl, options.queueName ?? defaultQueueName);
  const out: FailedJob[] = [];
  try {
    for (let start = 0; ; start += page) {
      const jobs = await queue.getFailed(start, start + page - 1);
      for (const job of jobs) {
        out.push({
          id: job.id!, name: job.data.name, path: job.data.path, error: job.failedReason, attempts: job.attemptsMade, failedAt: job.finishedOn ?? null,
        });
      }
      if (jobs.length < page) break;
    }
  } finally {
    await queue.close();
  }
  return out;
}

/** Put every job of the dead-letter list back on the queue, with all its attempts again. Returns how many. */
export async function retryFailed(queueUrl: string, options: QueueOptions = {}): Promise<number> {
  const queue = openQueue(queueUrl, options.queueName ?? defaultQueueName);
  let retried = 0;
  try {
    // Read the whole list first: a retried job that fails again at once must not be met twice.
    const jobs = [];
    for (let start = 0; ; start += page) {
      const got = await queue.getFailed(start, start + page - 1);
      jobs.push(...got);
      if (got.length < page) break;
    }
    for (const job of jobs) {
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried++;
      } catch {
        // Retried or removed meanwhile by someone else: nothing to do.
      }
    }
  } finally {
    await queue.close();
  }
  return retried;
}
