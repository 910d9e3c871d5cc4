/**
 * For tests of the job queue: the Redis it needs, or why a test skips, and a queue removed after.
 */
import { createRequire } from 'node:module';
import { unreachable } from '../store/testing.js';
import { openQueue } from './target.js';

/** The test Redis (`NIANBAO_TEST_QUEUE_REDIS`, else the local one). */
export const testRedis = process.env.NIANBAO_TEST_QUEUE_REDIS ?? 'redis://127.0.0.1:6379';

/** Whether BullMQ's Redis driver (ioredis) is installed. */
export const hasIORedis = (() => {
  try {
    createRequire(import.meta.url).resolve('ioredis');
    return true;
  } catch {
    return false;
  }
})();

/** Why a test on Redis skips (false: it runs). */
export const redisSkip: string | false = hasIORedis ? await unreachable(testRedis, 'Redis', 6379) : 'ioredis is not installed';

/** Remove a test's queue with every job in it. */
export async function dropQueue(url: string, name: string): Promise<void> {
  const queue = openQueue(url, name);
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
}
