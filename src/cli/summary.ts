import { formats, table3Columns, table4Columns } from '../model/formats/index.js';
import { getCell } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Cell, Report } from '../model/report.js';
import { fit, padStart } from '../text/width.js';

export type Lang = 'zh' | 'en';

const show = (c: Cell | undefined): string => {
  if (!c) return '·';
  if (c.kind === 'number') return String(c.value) + (c.unit ? c.unit : '');
  if (c.kind === 'blank') return c.missing ? '?' : '(空)';
  if (c.kind === 'dash') return c.raw || '—';
  if (c.kind === 'none') return '无';
  return c.raw;
};

const statusText: Record<Report['status'], { zh: string; en: string }> = {
  ok: { zh: '三张表齐全', en: 'all three tables read' },
  incomplete: { zh: '报告不完整', en: 'report incomplete' },
  failed: { zh: '未能读取', en: 'not read' },
};

/** A readable summary: metadata, the three tables laid out as the format prints them, diagnostics. */
export function renderSummary(report: Report, file: string, lang: Lang): string {
  const L = (zh: string, en: string) => (lang === 'zh' ? `${zh} ${en}` : en);
  const out: string[] = [];
  out.push(`${file}`);
  out.push(`  ${L('机关', 'organ')}: ${report.organ ?? '?'}   ${L('年度', 'year')}: ${report.year ?? '?'}   ${L('格式', 'format')}: ${report.format ?? '?'}` +
    (report.tableFormats.table3 && report.tableFormats.table3 !== report.format ? ` (${L('表三', 'table 3')} ${report.tableFormats.table3})` : '') +
    `   ${statusText[report.status][lang]}`);
  if (report.signedDate || report.period) {
    out.push(`  ${L('成文日期', 'signed')}: ${report.signedDate ?? '?'}   ${L('统计期限', 'period')}: ${report.period ? `${report.period.from} – ${report.period.to}` : '?'}`);
  }
  if (report.sections.length) out.push(`  ${L('章节', 'sections')}: ${report.sections.map((s) => s.title).join(' · ')}`);

  const t2f = report.tableFormats.table2;
  if (report.table2 && t2f) {
    out.push('', `  ${L('表二 主动公开政府信息情况', 'Table 2')}`);
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
    out.push('', `  ${L('表三 收到和处理政府信息公开申请情况', 'Table 3')}`);
    out.push(`    ${fit('', 36)}${table3Columns.map((c) => padStart(c.label, 9)).join('')}`);
    for (const row of formats[t3f].table3.rows) {
      const label = row.group && /^\d/.test(row.label) ? `  ${row.label}` : row.label;
      const cells = table3Columns.map((c) => padStart(show(getCell(report, `table3.${row.id}.${c.id}`)), 9));
      out.push(`    ${fit(label, 36)}${cells.join('')}`);
    }
  }
  if (report.table4) {
    out.push('', `  ${L('表四 政府信息公开行政复议、行政诉讼情况', 'Table 4')}`);
    out.push(`    ${fit('', 18)}${table4Columns.map((c) => padStart(c.label, 10)).join('')}`);
    for (const g of formats['2021'].table4.rows) {
      const cells = table4Columns.map((c) => padStart(show(getCell(report, `table4.${g.id}.${c.id}`)), 10));
      out.push(`    ${fit(g.group ? `${g.group}·${g.label}` : g.label, 18)}${cells.join('')}`);
    }
  }
  if (report.diagnostics.length) {
    out.push('', `  ${L('诊断', 'diagnostics')} (${report.diagnostics.length}):`);
    for (const d of report.diagnostics) out.push(`    ${renderDiagnosticLine(d, lang)}`);
  }
  return out.join('\n');
}

export const severityText = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'info' } };

export function renderDiagnosticLine(d: Diagnostic, lang: Lang): string {
  const where = d.position ? `${d.position.line}:${d.position.column}` : '-';
  const msg = lang === 'zh' ? `${d.message.zh}（${d.message.en}）` : d.message.en;
  return `${where.padEnd(8)} ${severityText[d.severity][lang].padEnd(lang === 'zh' ? 4 : 8)} ${msg}  ${d.ruleId}`;
}
