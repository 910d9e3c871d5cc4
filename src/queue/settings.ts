/**
 * The queue's settings, in one place (docs/queue.md explains them). The lock is short so that
 * the job of a worker that died (power cut, SIGKILL, lost network) is handed to another worker
 * within seconds; parsing runs off the main thread, so a live worker always renews its lock in time.
 */

/** The queue name used when none is given. */
export const defaultQueueName = 'nianbao';

/** Tries per job before it goes to the failed set (the dead-letter list). */
export const defaultAttempts = 3;

/** First retry delay (ms); each further retry waits twice as long (exponential backoff). */
export const defaultBackoffMs = 2000;

/** Completed jobs kept for `nianbao queue status` (older ones are removed). */
export const keepCompleted = 1000;

/** How long a worker holds a job without renewing its lock (ms). Renewed every half of it. */
export const lockDuration = 6000;

/**
 * How often workers look for jobs whose lock expired (ms). A dead worker's job is back in the
 * waiting list at most `lockDuration + stalledInterval` after the worker died (≤ 9 s).
 */
export const stalledInterval = 3000;

/** A job whose worker died this many times is not tried again but failed (a file that kills its worker). */
export const maxStalledCount = 2;
