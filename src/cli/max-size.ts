import { usage } from './messages.js';
import type { Terminal } from './terminal.js';

/** `--max-size` in bytes, or null (and a message) where it is not a positive number. */
export function maxBytesOf(mb: string, t: Terminal): number | null {
  const n = Number(mb);
  if (Number.isFinite(n) && n > 0) return Math.floor(n * 1048576);
  t.fail(usage.maxSize);
  return null;
}
