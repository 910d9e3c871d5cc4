import { createHash } from 'node:crypto';
import type { Form } from './detect.js';
import { readerOf } from './registry.js';
import { SourceText } from './source.js';

export { SourceText } from './source.js';
export { detectForm, type Form } from './detect.js';
export { decodeText } from './decode.js';

/** Why an input could not be read as text. */
export interface ReadFailure {
  code: 'empty' | 'binary' | 'too-large' | 'unsupported-form' | 'no-text' | 'zip-bomb' | 'unsafe-path' | 'not-docx' | 'corrupt' | 'encrypted' | 'timeout' | 'crashed';
  message: { zh: string; en: string };
  form: Form;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes (default 32 MiB). */
  maxBytes?: number;
  /** Read a PDF by OCR of its rendered pages whatever its text layer holds (tables pasted as pictures). */
  ocrPdf?: boolean;
}

export interface ReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
  bytes: number;
  sha256: string;
  form: Form;
  /** The encoding of the original where it differs from the derived text's (a GBK web page). */
  encoding?: string;
  /** What was repaired to read the text (stray NULs, a character cut at the end). */
  repaired?: { zh: string; en: string };
}

export const defaultMaxBytes = 32 * 1024 * 1024;

export { notWordMessage } from './doc.js';

/**
 * bytes → text with a source map: the `read` step of the pipeline, by the reader of the form
 * told from the bytes (read/registry.ts): plain text and Markdown (UTF-8, GBK/GB18030, UTF-16),
 * web pages (HTML), Word (.docx) here; PDF, Word 97, XLSX and images take `readAsync`. Never throws.
 */
export function read(input: Uint8Array | string, options: ReadOptions = {}): ReadResult {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { bytes: bytes.byteLength, sha256 };
  const max = options.maxBytes ?? defaultMaxBytes;
  const fail = (code: ReadFailure['code'], form: Form, zh: string, en: string): ReadResult => ({
    ...base, source: null, form, failure: { code, form, message: { zh, en } },
  });
  if (bytes.byteLength > max) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return fail('too-large', 'text', `文件过大（${mb(bytes.byteLength)} MB，上限 ${mb(max)} MB）`,
      `file too large (${mb(bytes.byteLength)} MB, limit ${mb(max)} MB)`);
  }
  if (typeof input === 'string') {
    const bom = input.startsWith('\uFEFF');
    return { ...base, form: 'text', failure: null, source: new SourceText(bom ? input.slice(1) : input, { bom, skip: bom ? 3 : 0 }) };
  }
  const reader = readerOf(bytes);
  if (!reader.read) {
    const name = reader.name;
    return fail('unsupported-form', reader.form, `这是${name.zh}，暂不能读取${reader.form === 'image' ? '（图片版需要文字识别 OCR）' : ''}`,
      `this is ${name.en}, which cannot be read yet${reader.form === 'image' ? ' (a scan needs OCR)' : ''}`);
  }
  const { form = reader.form, ...out } = reader.read(bytes);
  return { ...base, form, ...out };
}
