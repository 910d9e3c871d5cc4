/**
 * RuleTester, as ESLint's: a rule and its valid and invalid cases; each case is a report written
 * from a spec (testing.ts) and read by the real reader, and each expected finding is checked for
 * rule id, message id, data, path, line and column (and the text printed there). A cross-year
 * case gives last year's report too (`previous`, read as `previous.txt`); a related place may be
 * expected in that file, by its line and column there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { parse } from '../parse.js';
import { check } from './engine.js';
import { reportText, type ReportSpec } from './testing.js';
import type { Rule } from './types.js';

export interface ValidCase {
  name: string;
  /** The report, written from a spec. */
  spec?: ReportSpec;
  /** Or its text as is. */
  text?: string;
  /** Last year's report, for the cross-year rules (read as `previous.txt`)… */
  previous?: ReportSpec;
  /** …or its text as is. */
  previousText?: string;
}

/** This year's file and last year's, as the findings name them. */
export const caseFile = 'test.txt';
export const previousFile = 'previous.txt';

/** A related place: its path (none if not given), and where given, its file, line, column and the text printed there. */
export interface ExpectedRelated extends ExpectedPlace {
  /** Not given: the place names no path. */
  path?: string;
  /** `previous.txt` for a place in last year's report; null: the place names no file (this report). */
  file?: string | null;
}

/** Where a finding or a related place stands: every field given is checked. */
export interface ExpectedPlace {
  line?: number;
  column?: number;
  /** The place stands on the line that contains this text… */
  onLine?: string;
  /** …and the text printed from its column starts with this… */
  printed?: string;
  /** …or is this, to the end of the line. */
  rest?: string;
  /** The line's text matches this. */
  lineMatches?: RegExp;
}

export interface ExpectedFinding extends ExpectedPlace {
  messageId: string;
  /** Every field given must equal the finding's; fields not given are not checked. */
  data?: Record<string, string | number>;
  /** The finding's data, whole (no key more or less). */
  allData?: Record<string, string | number>;
  category?: string;
  /** null: the finding names no path (the report as a whole). */
  path?: string | null;
  severity?: Severity;
  expected?: number | string | null;
  actual?: number | string | null;
  /** The related places, in order: each by its path, or by path and place; null: none given at all. */
  related?: Array<string | ExpectedRelated> | null;
  /** The Chinese message, whole. */
  zh?: string;
  /** The English message, whole. */
  en?: string;
  /** Anything more to assert of the finding that the fields above cannot say (a range, a computed count). */
  assert?: (d: Diagnostic) => void;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule reports, in order. */
  errors: ExpectedFinding[];
}

const textOf = (c: ValidCase) => c.text ?? reportText(c.spec ?? {});
const previousTextOf = (c: ValidCase) => c.previousText ?? (c.previous ? reportText(c.previous) : undefined);

/** The rule's findings on a case (reader diagnostics left out). */
export function findings(rule: Rule, c: ValidCase): Diagnostic[] {
  const last = previousTextOf(c);
  const previous = last !== undefined ? { report: parse(last, { name: previousFile }), file: previousFile } : undefined;
  return check(parse(textOf(c), { name: caseFile }), { reader: 'none', ...(previous ? { previous } : {}) }, [rule]);
}

export const RuleTester = {
  /** Register a node:test suite for `rule`. */
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.meta.id, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => assert.deepEqual(findings(rule, c).map((d) => `${d.messageId} ${d.path ?? ''}`), []));
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const ds = findings(rule, c);
          assert.equal(ds.length, c.errors.length, `findings: ${ds.map((d) => `${d.messageId} ${d.path ?? ''}`).join(', ')}`);
          const files = new Map([[caseFile, textOf(c).split('\n')]]);
          const last = previousTextOf(c);
          if (last !== undefined) files.set(previousFile, last.split('\n'));
          c.errors.forEach((e, i) => assertFinding(rule, ds[i]!, e, files, i));
        });
      }
    });
  },
};

function assertFinding(rule: Rule, d: Diagnostic, e: ExpectedFinding, files: ReadonlyMap<string, readonly string[]>, i: number): void {
  const at = `finding ${i + 1}`;
  assert.equal(d.ruleId, rule.meta.id, at);
  assert.equal(d.messageId, e.messageId, at);
  assert.ok(rule.meta.messages[d.messageId], `${at}: message id ${d.messageId} is in meta.messages`);
  if (e.data) for (const [k, v] of Object.entries(e.data)) assert.deepEqual(d.data[k], v, `${at}: data.${k}`);
  if (e.allData) assert.deepEqual(d.data, e.allData, `${at}: data`);
  if (e.category !== undefined) assert.equal(d.category, e.category, `${at}: category`);
  if (e.path !== undefined) assert.equal(d.path, e.path ?? undefined, `${at}: path`);
  if (e.severity !== undefined) assert.equal(d.severity, e.severity, `${at}: severity`);
  if ('expected' in e) assert.deepEqual(d.expected, e.expected, `${at}: expected`);
  if ('actual' in e) assert.deepEqual(d.actual, e.actual, `${at}: actual`);
  if (e.zh !== undefined) assert.equal(d.message.zh, e.zh, `${at}: message`);
  if (e.en !== undefined) assert.equal(d.message.en, e.en, `${at}: message (en)`);
  if (e.related === null) assert.equal(d.related, undefined, `${at}: no related places`);
  if (e.related) {
    const related = d.related ?? [];
    assert.deepEqual(related.map((r) => r.path), e.related.map((r) => (typeof r === 'string' ? r : r.path)), `${at}: related`);
    e.related.forEach((r, k) => {
      if (typeof r === 'string') return;
      const got = related[k]!;
      const file = r.file ?? caseFile;
      if (r.file !== undefined) assert.equal(got.file, r.file ?? undefined, `${at}: related ${k + 1}: file`);
      assertPlace(`${at}: related ${k + 1}`, got.position, r, files.get(file) ?? []);
    });
  }
  assertPlace(at, d.position, e, files.get(caseFile)!);
  e.assert?.(d);
}

/** Line, column, the line's text and what is printed from the column, each where expected. */
function assertPlace(at: string, p: { line: number; column: number } | null | undefined, e: Pick<ExpectedFinding, 'line' | 'column' | 'onLine' | 'printed' | 'rest' | 'lineMatches'>, lines: readonly string[]): void {
  if ([e.line, e.column, e.onLine, e.printed, e.rest, e.lineMatches].every((x) => x === undefined)) return;
  assert.ok(p, `${at}: has a position`);
  if (e.line !== undefined) assert.equal(p.line, e.line, `${at}: line`);
  if (e.column !== undefined) assert.equal(p.column, e.column, `${at}: column`);
  if (e.onLine !== undefined) assert.ok(lines[p.line - 1]?.includes(e.onLine), `${at}: line ${p.line} is “${lines[p.line - 1]}”, not the line with “${e.onLine}”`);
  if (e.lineMatches !== undefined) assert.match(lines[p.line - 1] ?? '', e.lineMatches, `${at}: line ${p.line}`);
  if (e.rest !== undefined) assert.equal(lines[p.line - 1]?.slice(p.column - 1), e.rest, `${at}: printed at ${p.line}:${p.column}`);
  if (e.printed !== undefined) assert.ok(lines[p.line - 1]?.slice(p.column - 1).startsWith(e.printed), `${at}: printed at ${p.line}:${p.column} is “${lines[p.line - 1]?.slice(p.column - 1, p.column + 9)}”`);
}
