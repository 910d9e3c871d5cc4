import { readerOf } from './registry.js';

/** Input forms nianbao recognises from the bytes themselves (magic numbers, markup). */
export type Form = 'text' | 'html' | 'pdf' | 'docx' | 'xlsx' | 'doc' | 'zip' | 'image' | 'binary' | 'empty';

/**
 * Decide the input form from the first bytes, by asking the readers of read/registry.ts in turn.
 * Text forms (plain text, Markdown) and HTML are told apart by markup near the start, never by
 * the file name alone.
 */
export function detectForm(bytes: Uint8Array): Form {
  return readerOf(bytes).form;
}
