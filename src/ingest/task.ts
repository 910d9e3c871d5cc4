/**
 * The work of one file, run in a worker thread (or a queue worker): parse, check, and make
 * what the store writes. Never throws for bad input: a file that cannot be read is a failed
 * report with its error.
 */
import { check } from '../check/engine.js';
import { parseAsync } from '../parse.js';
import { toPayload, type ReportPayload } from '../store/payload.js';

export interface Task {
  bytes: Uint8Array;
  name: string;
}

export async function processFile({ bytes, name }: Task): Promise<ReportPayload> {
  const report = await parseAsync(bytes, { name });
  return toPayload(report, check(report));
}

export default processFile;

/** The cross-year rules on one pair of stored reports (run by name on the same pool). */
export { checkPairs } from '../store/cross-year.js';

/**
 * The lines of the text a text or HTML report was read as (where a cell's `line` points), read
 * on a worker like any untrusted bytes; null for other forms (PDF, Word, images).
 */
export async function sourceLines({ bytes }: Task): Promise<{ form: string; lines: string[] } | null> {
  const { read, detectForm } = await import('../read/index.js');
  const form = detectForm(bytes);
  if (form !== 'text' && form !== 'html') return null;
  const r = read(bytes, {});
  return r.source ? { form, lines: r.source.text.split(/\r\n|\r|\n/) } : null;
}
