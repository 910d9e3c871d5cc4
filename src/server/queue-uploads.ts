/**
 * Uploads through the job queue (`nianbao serve --queue URL`): each file of an upload becomes a
 * BullMQ job (its id the file's SHA-256, as `nianbao enqueue` makes them) that `nianbao worker`
 * processes parse, check and store. The server keeps nothing: a job's state is the queue's, its
 * result the store's (a job no longer on the queue is found by its hash in the store).
 */
import { basename } from 'node:path';
import type { Job, Queue } from 'bullmq';
import { serve } from '../cli/messages.js';
import type { Message } from '../errors.js';
import { ingestInputs, inputKey } from '../ingest/ingest.js';
import { expandInput, type Input } from '../input/read-inputs.js';
import { defaultAttempts, defaultBackoffMs, keepCompleted } from '../queue/settings.js';
import type { FileJobData, FileJobResult } from '../queue/target.js';
import { addToBatch } from '../review/index.js';
import type { Store } from '../store/store.js';
import { uploadName, type UploadedFile } from './uploads.js';

export type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';

/** One file of a queued upload: its job, and the stored report once there is one. */
export interface JobItem {
  /** The job id: the file's SHA-256. */
  job: string;
  name: string;
  state: JobState;
  /** 0–100: 10 parsing, 80 storing, 100 stored. */
  progress: number;
  /** The stored report (null until stored). */
  id: number | null;
  /** false: the same bytes were stored before. */
  stored: boolean | null;
  status: string | null;
  organ: string | null;
  year: number | null;
  errors: number | null;
  warnings: number | null;
  error: Message | null;
}

export interface QueuedUpload {
  queued: number;
  /** Files stored before (nothing queued). */
  skipped: number;
  /** Files that could not be read at all (stored as failed reports at once). */
  failed: number;
  jobs: JobItem[];
}

type FileQueue = Queue<FileJobData, FileJobResult>;

const blank = (job: string, name: string, state: JobState, progress: number): JobItem => ({
  job, name, state, progress, id: null, stored: null, status: null, organ: null, year: null, errors: null, warnings: null, error: null,
});

/** Queue an upload's files; files already stored, or unreadable, are answered at once. */
export async function queueUploads(store: Store, queue: FileQueue, files: readonly UploadedFile[], options: { maxBytes: number; batch?: number | undefined }): Promise<QueuedUpload> {
  const inputs: Input[] = [];
  for (const f of files) inputs.push(...expandInput({ path: uploadName(f.name), bytes: f.bytes }, options.maxBytes));
  const keys = inputs.map(inputKey);
  const known = await store.idsBySha(keys);
  // What cannot be read at all is stored as a failed report with why, as ingest does (no parsing to queue).
  const unreadable = inputs.filter((input, i) => input.error && !known.has(keys[i]!));
  if (unreadable.length) await ingestInputs(store, unreadable, unreadable.length, { jobs: 0 });
  const ids = unreadable.length ? await store.idsBySha(keys) : known;
  const result: QueuedUpload = { queued: 0, skipped: 0, failed: 0, jobs: [] };
  const now: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const key = keys[i]!;
    const id = ids.get(key);
    if (id !== undefined) {
      if (known.has(key)) result.skipped++;
      else result.failed++;
      now.push(id);
      result.jobs.push({ ...blank(key, input.path, 'completed', 100), id, stored: !known.has(key) });
      continue;
    }
    const name = basename(input.path.split('!/').pop()!);
    const job = await queue.add(name, {
      name, path: input.path, bytes: Buffer.from(input.bytes!.buffer, input.bytes!.byteOffset, input.bytes!.byteLength).toString('base64'),
      ...(options.batch !== undefined ? { batch: options.batch } : {}),
    }, {
      jobId: key, attempts: defaultAttempts, backoff: { type: 'exponential', delay: defaultBackoffMs }, removeOnComplete: { count: keepCompleted }, removeOnFail: false,
    });
    result.queued++;
    result.jobs.push(blank(job.id ?? key, input.path, 'waiting', 0));
  }
  if (options.batch !== undefined && now.length) await addToBatch(store, options.batch, now);
  return withReports(store, result.jobs).then((jobs) => ({ ...result, jobs }));
}

/** The state of jobs by id: the queue's, else (job removed) the store's. */
export async function jobStates(store: Store, queue: FileQueue, jobIds: readonly string[]): Promise<JobItem[]> {
  const items: JobItem[] = [];
  for (const jobId of jobIds) {
    const job = (await queue.getJob(jobId)) as Job<FileJobData, FileJobResult> | undefined;
    if (!job) {
      items.push(blank(jobId, '', 'unknown', 0));
      continue;
    }
    const raw = await job.getState();
    const state: JobState = raw === 'prioritized' || raw === 'waiting-children' ? 'waiting' : (['waiting', 'active', 'delayed', 'completed', 'failed'].includes(raw) ? raw as JobState : 'unknown');
    const progress = state === 'completed' ? 100 : typeof job.progress === 'number' ? job.progress : 0;
    const item = blank(jobId, job.data.path, state, progress);
    if (state === 'failed') item.error = serve.jobFailed(job.failedReason ?? '');
    if (state === 'completed' && job.returnvalue) {
      item.id = job.returnvalue.id;
      item.stored = job.returnvalue.stored;
    }
    items.push(item);
  }
  return withReports(store, items);
}

/** Fill in the stored report of each job (by its hash: also jobs the queue no longer holds). */
async function withReports(store: Store, items: JobItem[]): Promise<JobItem[]> {
  const ids = await store.idsBySha(items.map((j) => j.job).filter((j) => /^[0-9a-f]{64}$/.test(j)));
  const rows = new Map((await store.list({ ids: [...new Set(ids.values())] })).map((r) => [r.id, r]));
  return items.map((item) => {
    const id = item.id ?? ids.get(item.job);
    const row = id === undefined ? undefined : rows.get(id);
    if (!row) return item;
    // Stored by a worker that has not yet told the queue the job is done: still the queue's state
    // (whether this upload stored the report comes with the job's result).
    if (item.state === 'waiting' || item.state === 'active' || item.state === 'delayed') return item;
    return {
      ...item, id: row.id, state: 'completed', progress: 100, stored: item.stored ?? false, status: row.status, organ: row.organ, year: row.year,
      name: item.name || row.fileName, errors: row.errors, warnings: row.warnings, error: row.error ? { zh: row.error.zh, en: row.error.en } : item.error,
    };
  });
}
