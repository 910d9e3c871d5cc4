/**
 * One reader per input form, behind one registry (read/registry.ts): the registry tells the form
 * from the bytes by asking each reader in turn, then hands the bytes to that reader.
 *
 * A reader that works in this process at once (text, HTML, DOCX) has `read`; one that waits on a
 * parser of untrusted bytes or a program (PDF, Word 97, images by OCR, XLSX) has `readAsync`,
 * and `read` alone answers for it with `unsupported-form` saying to use `parseAsync`.
 */
import type { Form } from './detect.js';
import type { ReadFailure, ReadResult } from './index.js';
import type { SourceText } from './source.js';

/** The first bytes, decoded once for every reader's `detect`. */
export interface Sniff {
  bytes: Uint8Array;
  /** The first 2 KB as latin-1, lower case (markup is ASCII). */
  head: string;
  /** The first 4 KB as latin-1 (the names of a zip's first entries). */
  zipHead: string;
}

/** What a reader gives back: the text with its source map, or why there is none. */
export type ReaderOutput = Pick<ReadResult, 'source' | 'failure'> & Partial<Pick<ReadResult, 'encoding' | 'repaired' | 'form'>>;

/** The time the tools get when a file is read within a deadline (read/isolate-child.ts). */
export interface ReadBudget {
  /** LibreOffice's deadline, in milliseconds. */
  docTimeoutMs?: number;
  /** Told the pages a scan or an image will have read by OCR; gives the OCR's deadline for them. */
  ocr?: (pages: number) => number;
  /** A PDF read by OCR of its pages, its text layer left aside (ReadOptions.ocrPdf). */
  forceOcr?: boolean;
}

export interface Reader {
  form: Form;
  /** The form's name in messages ("这是{name}，暂不能读取"). */
  name: { zh: string; en: string };
  /** Whether the bytes are of this form; readers are asked in the registry's order. */
  detect(sniff: Sniff): boolean;
  /** Read at once, in this process. */
  read?(bytes: Uint8Array): ReaderOutput;
  /** Read by waiting (a program, a worker, a large parser). */
  readAsync?(bytes: Uint8Array, budget: ReadBudget): Promise<ReaderOutput>;
  /** `readAsync` parses untrusted bytes: run it in read/isolate.ts's child process. */
  isolated?: boolean;
}

export function failed(form: Form, code: ReadFailure['code'], zh: string, en: string): ReaderOutput {
  return { source: null, failure: { code, form, message: { zh, en } } };
}

/** A text with its map, as a reader's output. */
export const found = (source: SourceText): ReaderOutput => ({ source, failure: null });
