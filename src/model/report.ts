import type { FormatId } from './formats/types.js';
import type { Diagnostic, Position } from './diagnostic.js';

/** What a table cell printed. `number` has a value; the others have `value: null`. */
export type CellKind =
  | 'number' // 0, 13, 1,234, 249887966.42, −3
  | 'blank' // nothing printed, or 空
  | 'dash' // —, -, /
  | 'none' // 无
  | 'text'; // anything else

export interface Cell {
  /** The number as printed (units dropped), or null where the cell holds no number. */
  value: number | null;
  kind: CellKind;
  /** The cell's text exactly as printed (after decoding). */
  raw: string;
  /** Unit printed beside the number (项, 元, 万元, 件). */
  unit?: string;
  /**
   * Set where the row printed fewer cells than the format has and the reader placed this
   * gap (a diagnostic says which column it assumed).
   */
  missing?: boolean;
  /** Where the cell's text starts; for a blank cell, where the reader found the gap. */
  position: Position;
}

/** A row of cells keyed by column id. */
export type CellRow = Record<string, Cell>;

/** A section of the report body as printed. */
export interface Section {
  /** Official section id (`overview`, `proactive`, …), see model/formats/sections.ts. */
  id: string;
  /** Official section number 1–6. */
  number: number;
  /** The heading exactly as printed. */
  title: string;
  /** Where the heading starts. */
  start: Position;
  /** Where the section's text ends (start of the next section or end of text). */
  end: Position;
}

export interface SourceInfo {
  /** File name or label given by the caller. */
  name?: string;
  /** Input form the reader recognised (`text`). */
  form: string;
  /** Character encoding the bytes were decoded from. */
  encoding: string;
  bom: boolean;
  bytes: number;
  sha256: string;
}

/** The report as printed: metadata, sections and the three tables, every cell with its place. */
export interface Report {
  /** Parser version that produced this model. */
  parser: string;
  source: SourceInfo;
  /** `ok`: all three tables found; `incomplete`: some missing; `failed`: not read as a report. */
  status: 'ok' | 'incomplete' | 'failed';
  title: string | null;
  organ: string | null;
  year: number | null;
  /** The format the tables were printed in (表二's, else 表三's). */
  format: FormatId | null;
  /** The format of each table, decided from its own labels. */
  tableFormats: { table2: FormatId | null; table3: FormatId | null; table4: FormatId | null };
  /** Date signed, ISO `YYYY-MM-DD`, where printed. */
  signedDate: string | null;
  /** Statistics period as printed, ISO dates. */
  period: { from: string; to: string } | null;
  sections: Section[];
  /** 表二: row id → column id → cell. Absent rows were not printed. */
  table2: Record<string, CellRow> | null;
  /**
   * 表三: row id → column id → cell. Dotted row ids nest (`withheld.stateSecret` is
   * `table3.withheld.stateSecret`); `otherHandling` holds seven cells (2019 layout) or three
   * sub-rows (2021 layout).
   */
  table3: Record<string, any> | null;
  /** 表四: group id → column id → cell. */
  table4: Record<string, CellRow> | null;
  /**
   * Row labels as printed, by row path (`table3.notProcessed.petition`), for the rows read
   * with a label on their own line: what a check compares with the official wording.
   */
  labels: Record<string, { text: string; position: Position }>;
  /** Block headings of 表二 as printed (第二十条第（一）项 …), in order. */
  blockHeadings: Array<{ text: string; position: Position }>;
  diagnostics: Diagnostic[];
}
