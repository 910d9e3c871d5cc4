/**
 * The reader's doubt is not the report's error. A finding that rests on a cell the reader was
 * unsure of (a row whose values it had to place, a label it matched approximately, an OCR
 * reading of low confidence, a placement the sums decided) may be the reader's own misreading:
 * it is said so and reported as a warning, never as an error of the report, with the reader's
 * diagnostics it rests on linked.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { table3Columns, table4Columns, type SumRelation } from '../model/formats/index.js';
import { failedSums, reportRelations } from '../model/sums.js';

/** Reader diagnostics that say a cell or a row may be read wrong. */
export const doubtIds: ReadonlySet<string> = new Set([
  'parse/cells-missing', 'parse/cells-by-header', 'parse/cells-ambiguous', 'parse/cells-doubtful', 'parse/cells-unverified', 'parse/label-approximate',
  'parse/row-no-values', 'parse/row-missing', 'parse/ocr-low-confidence', 'parse/ocr-sum-doubt', 'parse/ocr-blank-doubt', 'parse/label-digits',
  'parse/cells-order-by-sums', 'parse/cells-order-ambiguous', 'parse/cells-by-columns', 'parse/last-column-apart', 'parse/cell-across-pages', 'parse/cells-by-sums', 'parse/cells-two-columns', 'parse/row-order-ambiguous',
  'parse/columns-cut', 'parse/columns-cut-page', 'parse/values-below-row', 'parse/values-wrapped', 'parse/rows-out-of-step', 'parse/cells-extra', 'parse/values-absent',
]);

/** Doubts about how a whole row was placed (reported at its first gap). */
const rowWide: ReadonlySet<string> = new Set(['parse/cells-missing', 'parse/cells-by-header', 'parse/cells-ambiguous']);

/** Column ids of 表三 and 表四 (from the format data): a path ending in one names a cell. */
const columnIds: ReadonlySet<string> = new Set([...table3Columns, ...table4Columns].map((c) => c.id));
const isCellPath = (p: string) => columnIds.has(p.slice(p.lastIndexOf('.') + 1));

export const doubtNote = {
  zh: '（所涉单元格读取存疑，可能是读取问题而非报告错误，请对照原件核对）',
  en: ' (a cell involved was read with doubt: this may be a reading problem, not an error of the report; check against the original)',
} as const;

/** Reader doubts by model path (cell or row), from a report's diagnostics. */
export function doubtsOf(report: Report): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    if (!doubtIds.has(d.ruleId) || !d.path) continue;
    const paths = [d.path, ...(d.related ?? []).map((r) => r.path).filter((p): p is string => !!p)];
    // A placement doubt named at a row's first gap concerns the whole row's placement.
    if (rowWide.has(d.ruleId) && isCellPath(d.path)) paths.push(d.path.slice(0, d.path.lastIndexOf('.')));
    for (const p of paths) {
      const list = out.get(p);
      if (list) list.push(d);
      else out.set(p, [d]);
    }
  }
  return out;
}

type SumCells = (path: string, related: readonly string[]) => string[];

/**
 * The cells of the failing 表三/表四 sums that hold `path`: what a sum finding rests on (the
 * finding itself names only the total and the parts that are not zero).
 */
function failedSumCells(report: Report): (path: string, related: readonly string[]) => string[] {
  let failed: SumRelation[] | null = null;
  return (path, related) => {
    if (!failed) {
      failed = failedSums(report, reportRelations(report)).map((o) => o.rel);
    }
    // The relation the finding is about: it holds the finding's cell and every other cell it names.
    const holds = (r: SumRelation, p: string) => r.lhs.includes(p) || r.rhs.includes(p);
    return failed.filter((r) => holds(r, path) && related.every((p) => holds(r, p))).flatMap((r) => [...r.lhs, ...r.rhs]);
  };
}

/** The reader doubts a finding rests on: those on any of its cells or on their rows. */
export function doubtsFor(d: Diagnostic, doubts: Map<string, Diagnostic[]>, sumCells?: SumCells): Diagnostic[] {
  if (doubts.size === 0) return [];
  const found = new Set<Diagnostic>();
  const related = (d.related ?? []).filter((r) => !r.file && r.path).map((r) => r.path!);
  const paths = [d.path, ...related];
  if (d.category === 'sums' && d.path && sumCells) paths.push(...sumCells(d.path, related));
  for (const p of paths) {
    if (!p || !p.startsWith('table')) continue;
    // The cell, its row and the row groups above it (table3.withheld.stateSecret.total).
    const parts = p.split('.');
    // A doubt on a whole table (its values absent) is what a finding on that table rests on.
    for (let i = parts.length; i >= (parts.length === 1 ? 1 : 2); i--) for (const x of doubts.get(parts.slice(0, i).join('.')) ?? []) found.add(x);
  }
  return [...found];
}

/** The reader's doubts of a report, and a function that softens a finding resting on one. */
export function doubtSoftener(report: Report): (d: Diagnostic) => Diagnostic {
  const doubts = doubtsOf(report);
  if (doubts.size === 0) return (d) => d;
  const sumCells = failedSumCells(report);
  return (d) => softenForDoubt(d, doubts, sumCells);
}

/**
 * A finding of error severity resting on reader doubts becomes a warning that says so; a warning
 * resting on them says so too (正文称收到申请 3119 件，但表三本年新收为 19 件, where 19 may be a
 * wrapped number's last digits).
 */
export function softenForDoubt(d: Diagnostic, doubts: Map<string, Diagnostic[]>, sumCells?: SumCells): Diagnostic {
  if (d.severity !== 'error' && d.severity !== 'warning') return d;
  const on = doubtsFor(d, doubts, sumCells);
  if (on.length === 0) return d;
  d.severity = 'warning';
  d.message = { zh: d.message.zh + doubtNote.zh, en: d.message.en + doubtNote.en };
  d.readerDoubt = on.map((x) => ({ ruleId: x.ruleId, ...(x.path ? { path: x.path } : {}), position: x.position }));
  return d;
}
