import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { format } from '../extract/messages.js';
import { sourceOf } from '../parse.js';
import { previousFor } from './cross-year.js';
import { doubtSoftener } from './doubt.js';
import { positionOf } from './position.js';
import { rules as registry } from './rules/index.js';
import type { CheckOptions, Finding, Rule } from './types.js';

export { positionOf };

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
    d.related = f.related.map((r) => {
      const out = {} as NonNullable<Diagnostic['related']>[number];
      if (r.path) out.path = r.path;
      if (r.file) out.file = r.file;
      // A place in another file keeps its own position (or none): looking its path up in
      // this report would point at this year's cell instead of last year's.
      out.position = r.position !== undefined ? r.position : r.file !== undefined ? null : positionOf(report, r.path);
      return out;
    });
  }
  return d;
}

/** Reader diagnostics a rule reports again, in its own words: left out of `check()`'s result. */
const coveredByRules = new Set([
  'parse/cells-missing', 'parse/cells-by-header', 'parse/cells-ambiguous', 'parse/row-no-values', 'parse/row-missing', 'parse/table-missing', 'parse/label-approximate',
  'parse/section-missing', 'parse/section-repeated',
]);

/**
 * Check a report against every rule (or those configured): the `check` step of the
 * pipeline. Returns the findings, with the reader's own warnings beside them (see
 * `options.reader`), sorted by position. The cross-year rules run only where
 * `options.previous` is the report of the year before; otherwise they are silent.
 */
export function check(report: Report, options: CheckOptions = {}, rules: readonly Rule[] = registry): Diagnostic[] {
  const mode = options.reader ?? 'warnings';
  const out: Diagnostic[] = report.diagnostics.filter((d) =>
    mode === 'all' || (mode === 'warnings' && d.severity !== 'info' && !coveredByRules.has(d.ruleId)) || d.fatal);
  if (report.status === 'failed') return out;
  const source = options.source ?? sourceOf(report);
  const previous = previousFor(report, options.previous);
  const soften = doubtSoftener(report);
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    if (rule.meta.category === 'cross-year' && !previous) continue;
    rule.check(report, {
      report,
      source,
      ...(previous ? { previous } : {}),
      emit: (f) => out.push(soften(toDiagnostic(rule, setting, report, f))),
    });
  }
  return out.sort((a, b) => (a.position?.offset ?? Infinity) - (b.position?.offset ?? Infinity));
}
