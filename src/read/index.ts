import { createHash } from 'node:crypto';
import { decodeText, looksBinary } from './decode.js';
import { detectForm, type Form } from './detect.js';
import { SourceText } from './source.js';

export { SourceText } from './source.js';
export { detectForm, type Form } from './detect.js';
export { decodeText } from './decode.js';

/** Why an input could not be read as text. */
export interface ReadFailure {
  code: 'empty' | 'binary' | 'too-large' | 'unsupported-form' | 'no-text' | 'zip-bomb' | 'unsafe-path' | 'not-docx' | 'corrupt' | 'encrypted' | 'timeout';
  message: { zh: string; en: string };
  form: Form;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes (default 32 MiB). */
  maxBytes?: number;
}

export interface ReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
  bytes: number;
  sha256: string;
  form: Form;
}

export const defaultMaxBytes = 32 * 1024 * 1024;

const formNames: Record<Form, { zh: string; en: string }> = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  docx: { zh: 'Word（.docx）文件', en: 'a Word (.docx) file' },
  doc: { zh: 'Word 97（.doc）文件', en: 'a Word 97 (.doc) file' },
  zip: { zh: 'zip 压缩包', en: 'a zip archive' },
  image: { zh: '图片', en: 'an image' },
  html: { zh: '网页（HTML）', en: 'a web page (HTML)' },
  text: { zh: '文本', en: 'text' },
  binary: { zh: '二进制文件', en: 'a binary file' },
  empty: { zh: '空文件', en: 'an empty file' },
};

/**
 * bytes → text with a source map: the `read` step of the pipeline for text input
 * (plain text and Markdown, UTF-8, GBK/GB18030 or UTF-16). Never throws.
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
  const form = detectForm(bytes);
  if (form === 'empty') return fail('empty', form, '文件为空', 'the file is empty');
  if (form !== 'text') {
    const name = formNames[form];
    return fail('unsupported-form', form, `这是${name.zh}，目前只能读取文本形式的年报（可先转换为文本）`,
      `this is ${name.en}; only text forms of a report can be read for now (convert it to text first)`);
  }
  const decoded = decodeText(bytes);
  if (!decoded || looksBinary(decoded.text)) {
    return fail('binary', 'binary', '不是文本文件（含有二进制数据）', 'not a text file (binary data)');
  }
  if (decoded.text.trim() === '') return fail('empty', 'empty', '文件没有文字内容', 'the file holds no text');
  return { ...base, form, failure: null, source: new SourceText(decoded.text, { encoding: decoded.encoding, bom: decoded.bom, skip: decoded.skip, bytes }) };
}
