/**
 * Where text came from in an original that is not plain text: an HTML element, a Word
 * table cell or paragraph, a box on a PDF page or an image.
 */
export type Origin =
  | { form: 'html'; path: string; byteOffset?: number }
  | { form: 'docx'; paragraph?: number; table?: number; row?: number; cell?: number }
  /**
   * `continued`: the cell's text goes on at the top of the next page, in the same column (a
   * table row broken across pages), and was joined: where that part stands.
   */
  | { form: 'pdf'; page: number; box: [number, number, number, number]; continued?: { page: number; box: [number, number, number, number] } }
  /** `confidence`: OCR confidence on tesseract's scale, 0–100 (the lowest of the field's words). */
  | { form: 'image'; page?: number; box: [number, number, number, number]; confidence?: number }
  /** A line of a text file whose other parts (its HTML table blocks) were read as grids. */
  | { form: 'text'; line: number; byteOffset: number };

/** A place in the source: 1-based line and column in the decoded text, offsets from its start. */
export interface Position {
  line: number;
  column: number;
  /** Offset in UTF-16 code units in the decoded text. */
  offset: number;
  /**
   * Offset in bytes: in the file, for text input; in the UTF-8 text a reader derived from
   * another form (HTML, Word, PDF), whose place in the original `origin` gives.
   */
  byteOffset: number;
  /** Where in the original form the text at this position came from (not for plain text). */
  origin?: Origin;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding, as data (vfile-message style): what, where, and the values involved.
 * Reader diagnostics have ids `parse/…`; rule findings carry the rule id.
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Key into the rule's messages; with `data` it renders the text in any language. */
  messageId: string;
  data: Record<string, string | number>;
  /** The message in Chinese and English, rendered from `messageId` and `data`. */
  message: { zh: string; en: string };
  position: Position | null;
  /** Dotted path in the model (`table3.total.commercial`), where one cell or row is concerned. */
  path?: string;
  expected?: number | string | null;
  actual?: number | string | null;
  /** A fatal diagnostic means the input could not be read as a report. */
  fatal?: boolean;
  /** Other places involved: the other cells of a failed sum, last year's cell. */
  related?: Array<{ path?: string; position: Position | null; file?: string }>;
  /**
   * The reader's own doubts this finding rests on (a cell placed, matched approximately or read
   * by OCR with low confidence): the finding may be a misreading, so it is a warning that says so.
   */
  readerDoubt?: Array<{ ruleId: string; path?: string; position: Position | null }>;
  /** Category of the rule (`sums`, `format`, …); reader diagnostics have none. */
  category?: string;
}

/** A reader's diagnostic (parse/*, read/*), as opposed to a rule's finding. */
export function isReaderDiagnostic(d: Pick<Diagnostic, 'ruleId'>): boolean {
  return d.ruleId.startsWith('parse/') || d.ruleId.startsWith('read/');
}

/** How many reader diagnostics a reading has (all of the model's, infos and those a rule says again included): fewer is better. */
export function readerIssues(diagnostics: readonly Pick<Diagnostic, 'ruleId'>[]): number {
  return diagnostics.filter(isReaderDiagnostic).length;
}
