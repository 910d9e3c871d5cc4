import { createHash } from 'node:crypto';
import { extract, parserVersion } from './extract/index.js';
import { format, parseMessages } from './extract/messages.js';
import type { Report } from './model/report.js';
import { read, type ReadOptions, type ReadResult } from './read/index.js';
import { readAsync } from './read/async.js';
import type { SourceText } from './read/source.js';
import { miscodedCharacters } from './read/pdf/miscoded.js';

/**
 * Where a report keeps the text it was read from: a property of its own that is not enumerable
 * (JSON, Object.keys, spreads and deep comparisons pass it over), not a WeakMap. A young
 * collection keeps every value of a WeakMap whose key is young, so the texts of all the reports
 * parsed since the last one were copied at each (about a megabyte), only to be dropped after it.
 */
const sourceKey = Symbol('nianbao.source');

/** The decoded text a report was read from (for checks that read the narrative, and for carets). */
export function sourceOf(report: Report): SourceText | undefined {
  return (report as unknown as { [sourceKey]?: SourceText })[sourceKey];
}

/**
 * Like `parse`, for every form including PDF and Word 97: bytes → Report. Never throws
 * (a failure is a report with `status: 'failed'`).
 */
export async function parseAsync(input: Uint8Array | string, options: ParseOptions = {}): Promise<Report> {
  try {
    const r = await readAsync(input, options);
    const report = fromRead(r, options);
    return (await tablesAsPictures(input, r, report, options)) ?? (await miscodedTextLayer(input, r, report, options));
  } catch (e) {
    return internalError(e, input, options);
  }
}

const tablesFound = (report: Report) => [report.table2, report.table3, report.table4].filter(Boolean).length;

/**
 * A PDF whose text layer lacks one of the three tables, with pages that pictures cover: the
 * tables may be pictures pasted into the document (a screenshot of a spreadsheet). The file is
 * read again by OCR of its pages, and that reading kept where it finds more of the tables, said so
 * (`parse/tables-by-ocr`). Null where there is nothing to try or OCR found no more.
 */
async function tablesAsPictures(input: Uint8Array | string, r: ReadResult, report: Report, options: ParseOptions): Promise<Report | null> {
  const pages = r.source?.form === 'pdf' ? r.source.imagePages : [];
  if (typeof input === 'string' || options.ocrPdf || pages.length === 0) return null;
  const found = tablesFound(report);
  if (found === 3) return null;
  const again = fromRead(await readAsync(input, { ...options, ocrPdf: true }), options);
  if (tablesFound(again) <= found) return null;
  warnFirst(again, 'tables-by-ocr', { pages: pages.join('、') });
  return again;
}

/** Put a parse warning of the whole file (no position) first among the report's diagnostics. */
function warnFirst(report: Report, id: 'tables-by-ocr' | 'text-layer-miscoded' | 'text-layer-miscoded-kept', data: Record<string, string | number>): void {
  const m = parseMessages[id];
  report.diagnostics.unshift({
    ruleId: `parse/${id}`, severity: 'warning', messageId: id, data,
    message: { zh: format(m.zh, data), en: format(m.en, data) }, position: null,
  });
}

/**
 * A PDF whose text layer is mis-coded (its fonts map glyphs to wrong characters, see
 * read/pdf/miscoded.ts): what it says of labels, headings and numbers cannot be trusted. The file
 * is read again by OCR of its pages, and that reading kept where it finds as many tables, said so
 * (`parse/text-layer-miscoded`); else (no OCR engine, or OCR found fewer) the text layer's reading
 * is kept with a warning that it may be wrong (`parse/text-layer-miscoded-kept`).
 */
async function miscodedTextLayer(input: Uint8Array | string, r: ReadResult, report: Report, options: ParseOptions): Promise<Report> {
  if (typeof input === 'string' || options.ocrPdf || r.source?.form !== 'pdf') return report;
  const odd = miscodedCharacters(r.source.text);
  if (!odd) return report;
  const again = fromRead(await readAsync(input, { ...options, ocrPdf: true }), options);
  const byOcr = again.status === 'ok' && tablesFound(again) >= tablesFound(report);
  const kept = byOcr ? again : report;
  warnFirst(kept, byOcr ? 'text-layer-miscoded' : 'text-layer-miscoded-kept', { count: odd.count, sample: odd.sample });
  return kept;
}

export interface ParseOptions extends ReadOptions {
  /** File name or label, kept in `report.source.name`. */
  name?: string;
}

/**
 * bytes or text → Report. Never throws: input that cannot be read gives a report with
 * `status: 'failed'` and a fatal diagnostic that says why, in Chinese and English.
 */
export function parse(input: Uint8Array | string, options: ParseOptions = {}): Report {
  try {
    return fromRead(read(input, options), options);
  } catch (e) {
    return internalError(e, input, options);
  }
}

function fromRead(r: ReadResult, options: ParseOptions): Report {
  const info = { bytes: r.bytes, sha256: r.sha256, ...(options.name !== undefined ? { name: options.name } : {}) };
  if (!r.source) {
    const f = r.failure!;
    return failed({ ...info, form: f.form, encoding: r.encoding ?? 'unknown', bom: false }, `read/${f.code}`, f.message);
  }
  const report = extract(r.source, info);
  if (r.encoding) report.source.encoding = r.encoding;
  if (r.repaired) {
    const data = { reason: r.repaired.zh, reasonEn: r.repaired.en };
    report.diagnostics.unshift({
      ruleId: 'read/repaired', severity: 'warning', messageId: 'read-repaired', data,
      message: { zh: r.repaired.zh, en: r.repaired.en }, position: null,
    });
  }
  report.source.form = r.form;
  Object.defineProperty(report, sourceKey, { value: r.source });
  return report;
}

/** A bug of ours must not take a batch down: report it as this input's failure. */
function internalError(e: unknown, input: Uint8Array | string, options: ParseOptions): Report {
  const msg = e instanceof Error ? e.message : String(e);
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  const sha256 = createHash('sha256').update(typeof input === 'string' ? Buffer.from(input) : input).digest('hex');
  return failed(
    { bytes, sha256, form: 'unknown', encoding: 'unknown', bom: false, ...(options.name !== undefined ? { name: options.name } : {}) },
    'parse/internal-error',
    { zh: `内部错误：${msg}`, en: `internal error: ${msg}` },
  );
}

/** A report of a file that could not be read at all (no bytes, a reader that died): `status: 'failed'` with why. */
export function failedReport(name: string, ruleId: string, message: { zh: string; en: string }, bytes = 0, sha256 = ''): Report {
  return failed({ bytes, sha256, name, form: 'unknown', encoding: 'unknown', bom: false }, ruleId, message);
}

function failed(source: Report['source'], ruleId: string, message: { zh: string; en: string }): Report {
  const t = parseMessages['read-failed'];
  const data = { reason: message.zh, reasonEn: message.en };
  return {
    parser: parserVersion,
    source,
    status: 'failed',
    title: null, organ: null, year: null, format: null,
    tableFormats: { table2: null, table3: null, table4: null },
    signedDate: null, period: null, sections: [],
    table2: null, table3: null, table4: null, labels: {}, blockHeadings: [],
    diagnostics: [{
      ruleId, severity: 'error', messageId: 'read-failed', data,
      message: { zh: format(t.zh, data), en: format(t.en, data) }, position: null, fatal: true,
    }],
  };
}
