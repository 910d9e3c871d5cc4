import { createHash } from 'node:crypto';
import { decodeText, looksBinary } from './decode.js';
import { detectForm, type Form } from './detect.js';
import { SourceText } from './source.js';
import { readHtml } from './html.js';
import { readDocx } from './docx.js';
import { holdsHtml, readMarkdownWithHtml } from './markdown.js';

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

const wordDocumentName = Buffer.from('WordDocument', 'utf16le');

/** An OLE compound file that is not a Word document (an .xls, a .ppt): said by `read` and `readDoc` alike. */
export const notWordMessage = {
  zh: '这是 Office 97–2003 复合文档，但不是 Word 文档（可能是 Excel .xls 或 PowerPoint .ppt），暂不能读取',
  en: 'this is an Office 97–2003 compound file but not a Word document (an Excel .xls or a PowerPoint .ppt?), which cannot be read',
} as const;

const formNames: Record<Form, { zh: string; en: string }> = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  docx: { zh: 'Word（.docx）文件', en: 'a Word (.docx) file' },
  xlsx: { zh: 'Excel（.xlsx）文件', en: 'an Excel (.xlsx) file' },
  doc: { zh: 'Word 97（.doc）文件', en: 'a Word 97 (.doc) file' },
  zip: { zh: 'zip 压缩包', en: 'a zip archive' },
  image: { zh: '图片', en: 'an image' },
  html: { zh: '网页（HTML）', en: 'a web page (HTML)' },
  text: { zh: '文本', en: 'text' },
  binary: { zh: '二进制文件', en: 'a binary file' },
  empty: { zh: '空文件', en: 'an empty file' },
};

/**
 * bytes → text with a source map: the `read` step of the pipeline, one adapter per input
 * form told from the bytes: plain text and Markdown (UTF-8, GBK/GB18030, UTF-16), web pages
 * (HTML), Word (.docx). PDF takes `readAsync`. Never throws.
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
  if (form === 'html') {
    const r = readHtml(bytes);
    return { ...base, form, source: r.source, failure: r.failure, encoding: r.encoding };
  }
  if (form === 'docx') {
    const r = readDocx(bytes);
    return { ...base, form, source: r.source, failure: r.failure };
  }
  if (form === 'pdf') {
    return fail('unsupported-form', form, 'PDF 需用异步接口读取（parseAsync，命令行已使用）', 'a PDF is read by the asynchronous API (parseAsync, which the CLI uses)');
  }
  if (form === 'xlsx') {
    return fail('unsupported-form', form, 'Excel（.xlsx）文件需用异步接口读取（parseAsync，命令行已使用）', 'an Excel (.xlsx) file is read by the asynchronous API (parseAsync, which the CLI uses)');
  }
  if (form === 'doc') {
    // Every Word file names its WordDocument stream in the compound file's directory (UTF-16LE).
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(wordDocumentName) < 0) {
      return fail('unsupported-form', form, notWordMessage.zh, notWordMessage.en);
    }
    return fail('unsupported-form', form, '这是 Word 97（.doc）文件：请先另存为 .docx（或安装 LibreOffice 后用 parseAsync / 命令行读取）',
      'this is a Word 97 (.doc) file: save it as .docx first (or install LibreOffice and use parseAsync / the CLI)');
  }
  if (form !== 'text') {
    const name = formNames[form];
    return fail('unsupported-form', form, `这是${name.zh}，暂不能读取${form === 'image' ? '（图片版需要文字识别 OCR）' : ''}`,
      `this is ${name.en}, which cannot be read yet${form === 'image' ? ' (a scan needs OCR)' : ''}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded || looksBinary(decoded.text)) {
    return fail('binary', 'binary', '不是文本文件（含有二进制数据）', 'not a text file (binary data)');
  }
  if (decoded.text.trim() === '') return fail('empty', 'empty', '文件没有文字内容', 'the file holds no text');
  if (holdsHtml(decoded.text)) {
    // Markdown with HTML (pandoc's tables with merged cells, Word-pasted inline markup).
    const out = readMarkdownWithHtml(decoded.text, decoded.encoding, decoded.skip);
    return {
      ...base, form, failure: null, encoding: decoded.encoding,
      source: new SourceText(out.text(), { encoding: 'utf-8', bom: decoded.bom, form: 'text', origins: out.origins }),
      ...(decoded.repaired ? { repaired: decoded.repaired } : {}),
    };
  }
  return {
    ...base, form, failure: null, source: new SourceText(decoded.text, { encoding: decoded.encoding, bom: decoded.bom, skip: decoded.skip, bytes }),
    ...(decoded.repaired ? { repaired: decoded.repaired } : {}),
  };
}
