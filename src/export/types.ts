/**
 * What an export takes: reports with their findings and, from the corpus, the organ that
 * published them.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

/** The organ a report belongs to, as the corpus knows it. */
export interface ExportOrgan {
  id?: string | number;
  name: string;
  /** Administrative level (省级, 市级, 县级, 乡镇 …) as the corpus records it. */
  level?: string | null;
  /** A department of the government at `level` (the level is then written 县级部门 …). */
  department?: boolean;
  /** Administrative division code (区划代码). */
  region?: string | null;
  /** Name of the organ above it. */
  parent?: string | null;
}

/** One report to export: the report, its findings, and where it came from. */
export interface ExportItem {
  report: Report;
  diagnostics: Diagnostic[];
  organ?: ExportOrgan;
  /** Path or name of the file the report was read from. */
  file?: string;
  /** Which version of its report this file is, where the corpus holds several files of it. */
  version?: ExportVersion;
}

/** The version of a report exported: stored id, how many versions there are, why this one. */
export interface ExportVersion {
  id: number;
  versions: number;
  /** `pin`: the user chose it; `quality`: the best reading of several; `only`: the one file. */
  chosenBy: 'pin' | 'quality' | 'only';
}

/** Reports to export, read one at a time: an array, a generator, a database cursor. */
export type ExportItems = Iterable<ExportItem> | AsyncIterable<ExportItem>;

/**
 * Header of the report table: official Chinese labels (default), stable ids, or both
 * (two header rows, labels then ids).
 */
export type HeaderMode = 'label' | 'id' | 'both';

/** What a writer reports back when it is done. */
export interface ExportResult {
  /** Reports written (rows of the report table, lines of JSONL). */
  reports: number;
}

/** Options every writer takes. */
export interface StreamOptions {
  /**
   * End `out` when done (default true), as `stream.pipeline` does. `process.stdout` and
   * `process.stderr` are never ended.
   */
  end?: boolean;
}
