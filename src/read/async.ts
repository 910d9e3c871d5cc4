import { read, type ReadOptions, type ReadResult } from './index.js';
import type { ReadBudget } from './reader.js';
import { readerFor } from './registry.js';
import type { IsolationLimits } from './isolate.js';

export type { ReadBudget } from './reader.js';
export { readDoc, defaultDocTimeoutMs, type DocReadOptions } from './doc.js';

/**
 * Every form `read` takes, plus those whose reader waits (read/registry.ts): PDF (pdf.js; a scan
 * without a text layer by OCR), page images (PNG, JPEG, TIFF, by OCR where an engine is
 * installed), Word 97 (.doc, through LibreOffice where it is installed) and XLSX. Never throws.
 */
export async function readAsync(input: Uint8Array | string, options: AsyncReadOptions = {}): Promise<ReadResult> {
  const r = read(input, options);
  if (r.source || typeof input === 'string' || !needsReader(r)) return r;
  const reader = readerFor(r.form)!;
  // The parsers of untrusted bytes run in a child process within limits (read/isolate.ts).
  if (!reader.isolated || options.isolate === false) return { ...r, ...(await readInProcess(input, r, options.ocrPdf ? { forceOcr: true } : {})) };
  const { readIsolated, fromWire } = await import('./isolate.js');
  const { isolate: _, ...rest } = options;
  return { ...r, ...fromWire(await readIsolated(input, r.form, rest)) };
}

export interface AsyncReadOptions extends ReadOptions, IsolationLimits {
  /** Run the PDF, image and Word 97 readers in a child process within the limits (default true). */
  isolate?: boolean;
}

/** A form `read` left to a reader that waits (PDF, image, Word 97, XLSX). */
export function needsReader(r: ReadResult): boolean {
  return r.failure?.code === 'unsupported-form' && readerFor(r.form)?.readAsync !== undefined;
}

/** The waiting reader of the form, in this process (`r`: what `read` said of it). */
export async function readInProcess(input: Uint8Array, r: ReadResult, budget: ReadBudget = {}): Promise<Pick<ReadResult, 'source' | 'failure'>> {
  const { source, failure } = await readerFor(r.form)!.readAsync!(input, budget);
  return { source, failure };
}
