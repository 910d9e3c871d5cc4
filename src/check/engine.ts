import { getCell } from '../model/cells.js';
import type { Diagnostic, Position } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { format } from '../extract/messages.js';
import { sourceOf } from '../parse.js';
import { rules as registry } from './rules/index.js';
import type { CheckOptions, Finding, Rule } from './types.js';

/** Where a model path points: the cell's position, or a row label's. */
export function positionOf(report: Report, path: string | undefined): Position | null {
  if (!path) return null;
  const cell = getCell(report, path);
  if (cell) return cell.position;
  const label = report.labels[path];
  if (label) return label.position;
  // A row path: the position of its first cell.
  let o: unknown = report;
  for (const p of path.split('.')) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined;
  if (o && typeof o === 'object') {
    for (const v of Object.values(o as Record<string, unknown>)) {
      if (v && typeof v === 'object' && 'position' in (v as object)) return (v as { position: Position }).position;
    }
  }
  return null;
}

function toDiagnostic(rule: Rule, severity: Diagnostic['severity'], report: Report, f: Finding): Diagnostic {
  const t = rule.meta.messages[f.messageId];
  if (!t) throw new Error(`rule ${rule.meta.id}: no message ${f.messageId}`);
  const data = f.data ?? {};
  const d: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    category: rule.meta.category,
    messageId: f.messageId,
    data,
    message: { zh: format(t.zh, data), en: format(t.en, data) },
    position: f.position !== undefined ? f.position : positionOf(report, f.path),
  };
  if (f.path) d.path = f.path;
  if (f.expected !== undefined) d.expected = f.expected;
  if (f.actual !== undefined) d.actual = f.actual;
  if (f.related?.length) {
    d.related = f.related.map((r) => ({
      ...(r.path ? { path: r.path } : {}),
      ...(r.file ? { file: r.file } : {}),
      position: r.position !== undefined ? r.position : positionOf(report, r.path),
    }));
  }
  return d;
}

/** Reader diagnostics a rule reports again, in its own words: left out of `check()`'s result. */
const coveredByRules = new Set([
  'parse/cells-missing', 'parse/cells-ambiguous', 'parse/row-no-values', 'parse/row-missing', 'parse/table-missing', 'parse/label-approximate',
  'parse/section-missing', 'parse/section-repeated',
]);

/**
 * Check a report against every rule (or those configured): the `check` step of the
 * pipeline. Returns the findings, with the reader's own warnings beside them (see
 * `options.reader`), sorted by position.
 */
export function check(report: Report, options: CheckOptions = {}, rules: readonly Rule[] = registry): Diagnostic[] {
  const mode = options.reader ?? 'warnings';
  const out: Diagnostic[] = report.diagnostics.filter((d) =>
    mode === 'all' || (mode === 'warnings' && d.severity !== 'info' && !coveredByRules.has(d.ruleId)) || d.fatal);
  if (report.status === 'failed') return out;
  const source = options.source ?? sourceOf(report);
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    rule.check(report, {
      report,
      source,
      emit: (f) => out.push(toDiagnostic(rule, setting, report, f)),
    });
  }
  return out.sort((a, b) => (a.position?.offset ?? Infinity) - (b.position?.offset ?? Infinity));
}
