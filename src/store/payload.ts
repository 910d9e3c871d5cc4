/**
 * What the store writes for one report, made where the report was parsed (a worker thread
 * or a queue worker), so the writer only writes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { cellEntries } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

export interface ReportPayload {
  status: Report['status'];
  organ: string | null;
  year: number | null;
  format: string | null;
  title: string | null;
  parserVersion: string;
  /** The model, gzip-compressed JSON. */
  model: Uint8Array;
  /** For a failed file: the fatal diagnostic's id and message. */
  error: { code: string; zh: string; en: string } | null;
  /** [cell id, value, kind, raw where not a plain number]. */
  cells: Array<[string, number | null, string, string | null]>;
  diagnostics: Diagnostic[];
}

/** The payload of a parsed and checked report. */
export function toPayload(report: Report, diagnostics: readonly Diagnostic[]): ReportPayload {
  const cells: ReportPayload['cells'] = [];
  if (report.status !== 'failed') {
    for (const [id, cell] of cellEntries(report)) {
      if (cell) cells.push([id, cell.value, cell.kind, cell.kind === 'number' && String(cell.value) === cell.raw ? null : cell.raw]);
    }
  }
  const fatal = report.diagnostics.find((d) => d.fatal);
  return {
    status: report.status,
    organ: report.organ,
    year: report.year,
    format: report.format,
    title: report.title,
    parserVersion: report.parser,
    model: gzipSync(JSON.stringify(report), { level: 1 }),
    error: report.status === 'failed' && fatal ? { code: fatal.ruleId, zh: fatal.message.zh, en: fatal.message.en } : null,
    cells,
    diagnostics: [...diagnostics],
  };
}

/** The model back from its stored form. */
export function modelOf(stored: Uint8Array): Report {
  return JSON.parse(gunzipSync(stored).toString('utf8')) as Report;
}
