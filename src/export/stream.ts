/** Sending an export into the caller's stream (a file or stdout). */
import type { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Whether to end `out` when done: as asked, but never stdout or stderr (later output would fail). */
function shouldEnd(out: Writable, end: boolean | undefined): boolean {
  return (end ?? true) && out !== process.stdout && out !== process.stderr;
}

/**
 * Pipe `source` through `transforms` into `out`, with backpressure, and resolve once `out`
 * has taken everything: finished where it is ended, drained where it is left open.
 */
export async function sendTo(source: Readable, transforms: Transform[], out: Writable, end?: boolean): Promise<void> {
  const close = shouldEnd(out, end);
  await pipeline([source, ...transforms, out], { end: close });
  if (!close) await flushed(out);
}

/**
 * Resolve once `out` has written everything it was given (an empty write's callback runs
 * after the writes before it), rejecting where it fails meanwhile (EPIPE when the reader
 * of stdout has gone), so that an open stream's failure is not reported as success.
 */
function flushed(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: Error) => reject(e);
    out.once('error', fail);
    out.write('', (e) => {
      out.off('error', fail);
      if (e) reject(e);
      else resolve();
    });
  });
}
