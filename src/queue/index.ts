/**
 * Scale-out ingest through a BullMQ job queue: `enqueue` files, run `runWorker` processes on
 * any number of machines into one PostgreSQL store, read and retry the dead-letter list.
 */
export { enqueue, type EnqueueOptions, type EnqueueProgress, type EnqueueResult } from './enqueue.js';
export { runWorker, type WorkerEvent, type WorkerHandle, type WorkerOptions } from './worker.js';
export { listFailed, queueStatus, retryFailed, type FailedJob, type QueueCounts, type QueueOptions } from './dead-letters.js';
export { openQueue, queueTarget, QueueError, type FileJobData, type FileJobResult, type QueueTarget } from './target.js';
export * as queueSettings from './settings.js';
