/**
 * What the store writes for one report, made where the report was parsed (a worker thread
 * or a queue worker), so the writer only writes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { cellEntries } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { allCellIds } from '../model/values.js';
import { readerIssues } from '../model/diagnostic.js';

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
  /**
   * Every printed cell, JSON `[[cell id, value, kind, raw where not a plain number], …]`: the
   * store inserts them in one statement from this one string (and a string crosses from a
   * worker thread far cheaper than ~230 little arrays).
   */
  cells: string;
  /** How many cells `cells` holds. */
  cellCount: number;
  /** The numbers of every cell id (`allCellIds()` order), NaN where none was printed: for fast sums. */
  values: Uint8Array;
  diagnostics: Diagnostic[];
  /** The reader's own diagnostics in the model (parse/*, read/*, infos included): how well the file was read. */
  readerIssues: number;
}

/** The payload of a parsed and checked report. */
export function toPayload(report: Report, diagnostics: readonly Diagnostic[]): ReportPayload {
  const cells: Array<[string, number | null, string, string | null]> = [];
  if (report.status !== 'failed') {
    for (const [id, cell] of cellEntries(report)) {
      if (cell) cells.push([id, cell.value, cell.kind, cell.kind === 'number' && String(cell.value) === cell.raw ? null : cell.raw]);
    }
  }
  const fatal = report.diagnostics.find((d) => d.fatal);
  const values = new Float64Array(vectorIds().length).fill(NaN);
  for (const [id, value] of cells) {
    const i = vectorIndex().get(id);
    if (i !== undefined && value !== null) values[i] = value;
  }
  return {
    status: report.status,
    organ: report.organ,
    year: report.year,
    format: report.format,
    title: report.title,
    parserVersion: report.parser,
    model: gzipSync(JSON.stringify(report), { level: 1 }),
    error: report.status === 'failed' && fatal ? { code: fatal.ruleId, zh: fatal.message.zh, en: fatal.message.en } : null,
    // In id order: the cell table's key is (report, cell id), so the rows go in as appends.
    cells: JSON.stringify(cells.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
    cellCount: cells.length,
    values: new Uint8Array(values.buffer),
    diagnostics: [...diagnostics],
    readerIssues: readerIssues(report.diagnostics),
  };
}

let ids: readonly string[] | undefined;
let index: Map<string, number> | undefined;

/** The cell ids of a stored value vector, in order: every id of both formats (cell-ids.md). */
export function vectorIds(): readonly string[] {
  return (ids ??= allCellIds().map((c) => c.id));
}

function vectorIndex(): Map<string, number> {
  return (index ??= new Map(vectorIds().map((id, i) => [id, i])));
}

/** A stored value vector back as numbers (NaN where nothing was printed). */
export function vectorOf(stored: Uint8Array): Float64Array {
  // Copy: a driver's buffer may not be 8-byte aligned.
  const copy = new Uint8Array(stored.byteLength);
  copy.set(stored);
  return new Float64Array(copy.buffer);
}

/** The model back from its stored form. */
export function modelOf(stored: Uint8Array): Report {
  return JSON.parse(gunzipSync(stored).toString('utf8')) as Report;
}
