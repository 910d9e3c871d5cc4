/**
 * For rule tests: write a small, consistent report as text (tab-separated tables, as Word
 * exports them), change the cells a test needs, and parse it, so that every rule test runs
 * the real reader and positions are real.
 */
import { formats, headerWords, sections, table3Columns, table4Columns, type FormatId } from '../model/formats/index.js';
import { parse } from '../parse.js';
import type { Report } from '../model/report.js';

export interface ReportSpec {
  format?: FormatId;
  year?: number;
  organ?: string;
  signed?: string | null;
  /** Cell values by path (`table3.newReceived.naturalPerson`); a string is printed as is (空, —). */
  cells?: Record<string, number | string | null>;
  /** Text of section 一 (the narrative). */
  overview?: string;
  /** Replace the printed text of a row label (by row path) or of a 表二 block heading (by heading). */
  labels?: Record<string, string>;
  /** Leave a section out (by number 1–6). */
  omitSections?: number[];
}

/** A consistent report: 3 applications by natural persons, 2 granted, 1 carried forward. */
export function reportText(spec: ReportSpec = {}): string {
  const f = spec.format ?? '2021';
  const year = spec.year ?? 2023;
  const organ = spec.organ ?? '某某县人民政府';
  const v = new Map<string, number | string | null>();
  const t3 = formats[f].table3;
  for (const r of t3.rows) for (const c of table3Columns) v.set(`table3.${r.id}.${c.id}`, 0);
  for (const c of ['naturalPerson', 'total']) {
    v.set(`table3.newReceived.${c}`, 3);
    v.set(`table3.granted.${c}`, 2);
    v.set(`table3.total.${c}`, 2);
    v.set(`table3.carriedForward.${c}`, 1);
  }
  for (const g of formats[f].table4.rows) for (const c of table4Columns) v.set(`table4.${g.id}.${c.id}`, 0);
  for (const r of formats[f].table2.rows) for (const c of r.columns) v.set(`table2.${r.id}.${c.id}`, 0);
  for (const [k, x] of Object.entries(spec.cells ?? {})) v.set(k, x);
  const cell = (p: string) => {
    const x = v.get(p);
    return x === null || x === undefined ? '' : String(x);
  };
  const label = (path: string, text: string) => spec.labels?.[path] ?? text;
  const out: string[] = [];
  const titles = sections.map((x) => x.title);
  const omit = new Set(spec.omitSections ?? []);
  out.push(`${organ}${year}年政府信息公开工作年度报告`, '');
  out.push(`本报告所列数据的统计期限自${year}年1月1日至${year}年12月31日。`, '');
  if (!omit.has(1)) out.push(titles[0]!, '', spec.overview ?? `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。`, '');
  if (!omit.has(2)) out.push(titles[1]!, '');
  let block = '';
  for (const r of formats[f].table2.rows) {
    if (r.group !== block) {
      block = r.group ?? '';
      out.push(label(block, block) + '\t'.repeat(r.columns.length));
      out.push([headerWords.table2Item, ...r.columns.map((c) => c.label)].join('\t'));
    }
    out.push([label(`table2.${r.id}`, r.label), ...r.columns.map((c) => cell(`table2.${r.id}.${c.id}`))].join('\t'));
  }
  out.push('');
  if (!omit.has(3)) out.push(titles[2]!, '');
  // The corner note as Word exports often print it, with half-width brackets.
  out.push(`${headerWords.table3Corner.replace('（', '(').replace(/）$/, ')')}\t\t${headerWords.table3Applicants}`);
  out.push(`\t\t${table3Columns[0]!.label}\t${headerWords.table3Organisations}\t\t\t\t\t${table3Columns[6]!.label}`);
  out.push('\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他');
  let group = '';
  for (const r of t3.rows) {
    const cells = table3Columns.map((c) => cell(`table3.${r.id}.${c.id}`));
    const g = r.group && /^\d/.test(r.label) ? r.group : '';
    const head = g && g !== group ? g : '';
    if (r.group) group = r.group;
    out.push([head, label(`table3.${r.id}`, r.label), ...cells].join('\t'));
  }
  out.push('');
  if (!omit.has(4)) out.push(titles[3]!, '');
  out.push('行政复议\t\t\t\t\t行政诉讼');
  out.push('结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉');
  out.push('\t\t\t\t\t' + [...table4Columns, ...table4Columns].map((c) => c.label).join('\t'));
  out.push(formats[f].table4.rows.flatMap((g) => table4Columns.map((c) => cell(`table4.${g.id}.${c.id}`))).join('\t'));
  out.push('');
  if (!omit.has(5)) out.push(titles[4]!, '', '一是公开内容有待进一步丰富。', '');
  if (!omit.has(6)) out.push(titles[5]!, '', '本机关未收取信息处理费。', '');
  if (spec.signed !== null) out.push(organ, spec.signed ?? `${year + 1}年1月20日`);
  return out.join('\n') + '\n';
}

/** Parse a report written from `spec`, under a file name (two years' reports need two). */
export function reportFrom(spec: ReportSpec = {}, name = 'test.txt'): Report {
  return parse(reportText(spec), { name });
}

/** The text of a report written from `spec`, from a position to the end of its line. */
export function textAt(spec: ReportSpec, p: { line: number; column: number } | null | undefined): string {
  return reportText(spec).split('\n')[p!.line - 1]!.slice(p!.column - 1);
}

/** 表三 cells of a consistent report whose natural persons made `received` applications, `granted` granted, the rest not held. */
export function requestCells(received: number, granted: number): Record<string, number> {
  return {
    'table3.newReceived.naturalPerson': received, 'table3.newReceived.total': received,
    'table3.granted.naturalPerson': granted, 'table3.granted.total': granted,
    'table3.unavailable.notHeld.naturalPerson': received - granted, 'table3.unavailable.notHeld.total': received - granted,
    'table3.total.naturalPerson': received, 'table3.total.total': received,
    'table3.carriedForward.naturalPerson': 0, 'table3.carriedForward.total': 0,
  };
}
