import { formats, table3Columns, table4Columns } from '../model/formats/index.js';
import { getCell } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Cell, Report } from '../model/report.js';
import { fit, padStart } from '../text/width.js';
import { labels } from './messages.js';
import { severityStyle } from './formatters/stylish.js';
import type { Terminal } from './terminal.js';

const show = (c: Cell | undefined): string => {
  if (!c) return '·';
  if (c.kind === 'number') return String(c.value) + (c.unit ? c.unit : '');
  if (c.kind === 'blank') return c.missing ? '?' : '(空)';
  if (c.kind === 'dash') return c.raw || '—';
  if (c.kind === 'none') return '无';
  return c.raw;
};

/** A readable summary: metadata, the three tables laid out as the format prints them, diagnostics. */
export function renderSummary(report: Report, file: string, t: Terminal): string {
  const out: string[] = [];
  out.push(t.paint('underline', file));
  out.push(`  ${t.text(labels.organ)}: ${report.organ ?? '?'}   ${t.text(labels.year)}: ${report.year ?? '?'}   ${t.text(labels.format)}: ${report.format ?? '?'}` +
    (report.tableFormats.table3 && report.tableFormats.table3 !== report.format ? ` (${t.text(labels.table3Short)} ${report.tableFormats.table3})` : '') +
    `   ${t.text(labels.status[report.status])}`);
  if (report.signedDate || report.period) {
    out.push(`  ${t.text(labels.signed)}: ${report.signedDate ?? '?'}   ${t.text(labels.period)}: ${report.period ? `${report.period.from} – ${report.period.to}` : '?'}`);
  }
  if (report.sections.length) out.push(`  ${t.text(labels.sections)}: ${report.sections.map((s) => s.title).join(' · ')}`);

  const t2f = report.tableFormats.table2;
  if (report.table2 && t2f) {
    out.push('', `  ${t.text(labels.table2Title)}`);
    let group = '';
    for (const row of formats[t2f].table2.rows) {
      if (row.group !== group) {
        group = row.group ?? '';
        out.push(`    ${group}  ${row.columns.map((c) => c.label).join(' | ')}`);
      }
      const cells = row.columns.map((c) => padStart(show(getCell(report, `table2.${row.id}.${c.id}`)), 14));
      out.push(`      ${fit(row.label, 22)}${cells.join('')}`);
    }
  }
  const t3f = report.tableFormats.table3;
  if (report.table3 && t3f) {
    out.push('', `  ${t.text(labels.table3Title)}`);
    out.push(`    ${fit('', 36)}${table3Columns.map((c) => padStart(c.label, 9)).join('')}`);
    for (const row of formats[t3f].table3.rows) {
      const label = row.group && /^\d/.test(row.label) ? `  ${row.label}` : row.label;
      const cells = table3Columns.map((c) => padStart(show(getCell(report, `table3.${row.id}.${c.id}`)), 9));
      out.push(`    ${fit(label, 36)}${cells.join('')}`);
    }
  }
  if (report.table4) {
    out.push('', `  ${t.text(labels.table4Title)}`);
    out.push(`    ${fit('', 18)}${table4Columns.map((c) => padStart(c.label, 10)).join('')}`);
    for (const g of formats['2021'].table4.rows) {
      const cells = table4Columns.map((c) => padStart(show(getCell(report, `table4.${g.id}.${c.id}`)), 10));
      out.push(`    ${fit(g.group ? `${g.group}·${g.label}` : g.label, 18)}${cells.join('')}`);
    }
  }
  if (report.diagnostics.length) {
    out.push('', `  ${t.text(labels.diagnostics)} (${report.diagnostics.length}):`);
    for (const d of report.diagnostics) out.push(`    ${renderDiagnosticLine(d, t)}`);
  }
  return out.join('\n');
}

/** `line:col  severity  message  rule-id`, as `show` and `parse` list findings. */
export function renderDiagnosticLine(d: Diagnostic, t: Terminal): string {
  const where = d.position ? `${d.position.line}:${d.position.column}` : '-';
  const severity = t.text(labels.severity[d.severity]);
  return `${where.padEnd(8)} ${t.paint(severityStyle[d.severity], severity)}${' '.repeat(Math.max(1, (t.lang === 'zh' ? 5 : 9) - severity.length * (t.lang === 'zh' ? 2 : 1)))}${t.text(d.message)}  ${t.paint('dim', d.ruleId)}`;
}
