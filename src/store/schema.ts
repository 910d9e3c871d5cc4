/**
 * The corpus tables, as Kysely sees them. One schema for SQLite and PostgreSQL
 * (migrations/), keyed by the cell ids of cell-ids.md.
 */
import type { Generated } from 'kysely';

/** An issuing organ, followed across years and name variants. */
export interface OrganTable {
  id: Generated<number>;
  /** The name as first printed. */
  name: string;
  /** Identity key read from the name (src/organs). */
  key: string;
  /** 'national' | 'province' | 'city' | 'county' | 'town'. */
  level: string | null;
  /** 1 when the organ is a department of the government at `level`. */
  department: number;
  /** 1 when the level was assumed from an ambiguous name. */
  level_assumed: number;
  /** 区划代码 (350582, 350582109000): from the division list (src/organs/divisions.ts) or the user's CSV. */
  region_code: string | null;
  /** Why there is no region code, or how it was found from the titles: JSON `{ zh, en }`, or null. */
  region_note: string | null;
  parent_id: number | null;
  /** 'name' (read from the name) or 'csv' (a user override). */
  placed_by: string;
}

/** Every printed variant of an organ's name. */
export interface OrganNameTable {
  name: string;
  organ_id: number;
}

/** A source file, by content. */
export interface SourceFileTable {
  sha256: string;
  name: string;
  /** Where it was read from, when ingested from disk. */
  path: string | null;
  size: number;
  /** The bytes, unless ingested with --no-bytes. */
  bytes: Uint8Array | null;
  added_at: string;
  /** A reviewer's corrected version: the sha256 of the printed file it corrects (no bytes of its own). */
  corrects: string | null;
}

/** One parsed report: one per source file. */
export interface ReportTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  /** 'ok' | 'incomplete' | 'failed'. */
  status: string;
  organ_id: number | null;
  /** The organ as printed in this report. */
  organ_name: string | null;
  year: number | null;
  format: string | null;
  title: string | null;
  parser_version: string;
  /** The model (Report) as gzip-compressed JSON. */
  model: Uint8Array;
  /**
   * Every cell's number as float64 in `allCellIds()` order, NaN where none was printed: a copy
   * of the cell rows that lets aggregation over thousands of reports read one value per report.
   */
  cell_vector: Uint8Array;
  /** For a failed file: its error, JSON `{ code, zh, en }`. */
  error: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /**
   * Which report this file is a version of: `organ id/year/kind` (kind 汇总 for a summary,
   * else empty); null where organ or year is unknown or the file failed (it stands alone).
   */
  report_key: string | null;
  /** How many times the file was read again (`replace`): with the id, a key for what is derived from the model. */
  revision: Generated<number>;
  /** Reader diagnostics (parse/*, read/*) of this reading: fewer is a better reading. */
  reader_issues: Generated<number>;
  /** 1 for the version counted (by stats, compare, export) of its report; 1 for a report without a key. */
  preferred: Generated<number>;
  /** 1 where the user chose this version (`nianbao pin`). */
  pinned: Generated<number>;
  /** 1 once the cross-year rules have run for it (an interrupted ingest leaves 0: the next run does it). */
  cross_checked: Generated<number>;
  ingested_at: string;
}

/** Every printed cell of a report, so a query can sum any cell across reports. */
export interface CellTable {
  report_id: number;
  /** Cell id (`table3.total.naturalPerson`). */
  cell_id: string;
  /** The number printed, or null for a blank, dash, 无 or text. */
  value: number | null;
  /** number | blank | dash | none | text. */
  kind: string;
  /** Raw text where it is not a plain number. */
  raw: string | null;
}

/** A finding about a report: reader, rule, or cross-year rule. */
export interface DiagnosticTable {
  id: Generated<number>;
  report_id: number;
  /** 'report' (parse + check of the report alone) or 'cross-year' (recomputed as the corpus grows). */
  scope: string;
  rule_id: string;
  severity: string;
  message_id: string;
  message_zh: string;
  message_en: string;
  path: string | null;
  line: number | null;
  column: number | null;
  /** The whole diagnostic as JSON (data, expected, actual, related). */
  detail: string;
}

/** A row of the user's organ CSV (organ → region code, level, parent), applied after every ingest. */
export interface OrganOverrideTable {
  line: number;
  organ: string;
  region_code: string | null;
  level: string | null;
  /** 1 部门, 0 government, null as the name says. */
  department: number | null;
  parent: string | null;
}

/** A batch of reports under review (2025 年度 各乡镇年报审核). */
export interface ReviewBatchTable {
  id: Generated<number>;
  name: string;
  created_by: string | null;
  created_at: string;
}

/** A report in a batch, with its review status. */
export interface ReviewMemberTable {
  batch_id: number;
  report_id: number;
  /** 'pending' (待审) | 'returned' (已退回) | 'approved' (已通过). */
  status: string;
  comment: string | null;
  updated_by: string | null;
  updated_at: string;
}

/** The reviewer's decision on one finding of a report. */
export interface ReviewDecisionTable {
  report_id: number;
  /** `rule|path|messageId`. */
  finding_key: string;
  organ_id: number | null;
  /** 'confirmed' | 'dismissed'. */
  decision: string;
  comment: string | null;
  carried_from: number | null;
  decided_by: string | null;
  decided_at: string;
}

/** A cell the reviewer corrected (the reader misread it), with the printed value kept. */
export interface ReviewCorrectionTable {
  id: Generated<number>;
  report_id: number;
  cell_id: string;
  value: number | null;
  printed_raw: string;
  printed_value: number | null;
  why: string;
  corrected_by: string | null;
  corrected_at: string;
}

export interface Database {
  review_batch: ReviewBatchTable;
  review_member: ReviewMemberTable;
  review_decision: ReviewDecisionTable;
  review_correction: ReviewCorrectionTable;
  organ_override: OrganOverrideTable;
  organ: OrganTable;
  organ_name: OrganNameTable;
  source_file: SourceFileTable;
  report: ReportTable;
  cell: CellTable;
  diagnostic: DiagnosticTable;
}
