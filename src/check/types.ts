import type { Diagnostic, Position, Severity } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { SourceText } from '../read/source.js';

export type Category = 'sums' | 'format' | 'structure' | 'publication' | 'narrative' | 'plausibility' | 'cross-year';

/** What a rule says about itself (ESLint's `meta`). */
export interface RuleMeta {
  /** Stable id, the file name of the rule and of its docs page. */
  id: string;
  category: Category;
  /** Default severity; configuration may change it or turn the rule off. */
  severity: Severity;
  /** One-line summary. */
  docs: { zh: string; en: string };
  /** Messages by message id; `{name}` placeholders filled from a finding's data, the same in both languages. */
  messages: Record<string, { zh: string; en: string }>;
}

/** One thing a rule found wrong. The engine turns it into a Diagnostic. */
export interface Finding {
  messageId: string;
  data?: Record<string, string | number>;
  /** Model path of the cell or row concerned; its position is used when `position` is not given. */
  path?: string;
  position?: Position | null;
  expected?: number | string | null;
  actual?: number | string | null;
  /**
   * Other places involved, by model path (their positions are looked up in this report) or
   * position. A place in another file (`file`, e.g. last year's report) keeps the position
   * given; its path is never looked up in this report.
   */
  related?: Array<{ path?: string; position?: Position | null; file?: string }>;
}

/** The previous year's report of the same organ, for the cross-year rules. */
export interface PreviousReport {
  report: Report;
  /** Its file name, for findings that point into it (default: the name it was parsed under). */
  file?: string;
  /** Its text, where `report` did not come from `parse()` (which keeps it). */
  source?: SourceText;
}

export interface RuleContext {
  report: Report;
  /** The decoded text of the report, where the caller has it (narrative rules need it). */
  source: SourceText | undefined;
  /**
   * Last year's report, only where the caller gave it and it is of the year just before this
   * report's (both years known); its `file` and `source` filled in where known.
   */
  previous?: PreviousReport | undefined;
  /** Report a finding. */
  emit(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(report: Report, context: RuleContext): void;
}

export type RuleSetting = 'off' | Severity;

export interface CheckOptions {
  /** Per rule id: 'off' or a severity. */
  rules?: Record<string, RuleSetting>;
  /** The report's text, where `report` did not come from `parse()` (which keeps it). */
  source?: SourceText;
  /**
   * Which of the reader's own diagnostics to return beside the rules' findings: those of
   * warning or error severity that no rule reports again (default), all, or none.
   */
  reader?: 'warnings' | 'all' | 'none';
  /**
   * The previous year's report of the same organ: the cross-year rules (category
   * `cross-year`) run only where it is given and its year is this report's year − 1.
   */
  previous?: PreviousReport;
}

export type { Diagnostic };
