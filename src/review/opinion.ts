/**
 * 审核意见: per organ of a batch, what must be fixed, with the page and cell of each finding
 * (dismissed findings left out, corrected cells listed), as HTML to print and as Word.
 */
import { findingName } from '../check/names.js';
import { placeText, pathLabel } from '../model/place.js';
import type { Store } from '../store/store.js';
import { findingKey, reviewOf, showBatch, statusLabels, type ReviewStatus } from './review.js';

export interface OpinionItem {
  severity: 'error' | 'warning';
  /** The finding's name (src/check/names.ts). */
  name: string;
  message: string;
  /** 第 3 页 表三 …, or 第 12 行 for a text file. */
  place: string;
  comment: string | null;
}

export interface OrganOpinion {
  reportId: number;
  organ: string;
  year: number | null;
  file: string;
  status: ReviewStatus;
  items: OpinionItem[];
  corrections: Array<{ place: string; printed: string; value: string; why: string }>;
}

export interface Opinion {
  batch: string;
  date: string;
  organs: OrganOpinion[];
}

export async function batchOpinion(store: Store, batchId: number, reportId?: number): Promise<Opinion> {
  const batch = await showBatch(store, batchId);
  const members = batch.reports.filter((r) => reportId === undefined || r.id === reportId);
  const reviews = await reviewOf(store, members.map((r) => r.id), true);
  const organs: OrganOpinion[] = [];
  for (const r of members) {
    const review = reviews.get(r.id);
    const dismissed = new Set(review?.decisions.filter((d) => d.decision === 'dismissed').map((d) => d.key));
    const comments = new Map(review?.decisions.map((d) => [d.key, d.comment]));
    const confirmed = new Set(review?.decisions.filter((d) => d.decision === 'confirmed').map((d) => d.key));
    const items: OpinionItem[] = [];
    for (const d of await store.diagnostics(r.id)) {
      if (d.severity === 'info' || dismissed.has(findingKey(d))) continue;
      // What the reader doubted is the reader's to answer, not the organ's: only once a reviewer confirmed it.
      const doubt = /^(parse|read)\//.test(d.ruleId) || !!d.readerDoubt?.length;
      if (doubt && !confirmed.has(findingKey(d))) continue;
      const label = d.path ? pathLabel(d.path) : undefined;
      const where = placeText(d, 'zh') ?? [d.position ? `第 ${d.position.line} 行` : '', label ?? ''].filter(Boolean).join(' ');
      items.push({ severity: d.severity, name: findingName(d.ruleId).zh, message: d.message.zh, place: where || '全文', comment: comments.get(findingKey(d)) ?? null });
    }
    items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    organs.push({
      reportId: r.id, organ: r.organ ?? r.organName ?? r.fileName, year: r.year, file: r.fileName, status: r.review.status, items,
      corrections: (review?.corrections ?? []).map((c) => ({ place: pathLabel(c.cell) ?? c.cell, printed: c.printedRaw, value: c.value === null ? '（空）' : String(c.value), why: c.why })),
    });
  }
  return { batch: batch.name, date: new Date().toISOString().slice(0, 10), organs };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const severityZh = { error: '错误', warning: '警告' } as const;

/** The opinion as one HTML page, one organ per printed page. */
export function opinionHtml(o: Opinion): string {
  const parts = [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(o.batch)} 审核意见</title>`,
    `<style>@page{size:A4;margin:20mm 18mm}body{font-family:"FangSong","Noto Serif CJK SC",serif;font-size:12pt;line-height:1.6;max-width:174mm;margin:0 auto}
h1{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:18pt;text-align:center}h2{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:14pt;margin-top:1.2em}
section{break-before:page}section:first-of-type{break-before:auto}table{border-collapse:collapse;width:100%;font-size:10.5pt}th,td{border:1px solid #000;padding:2px 4px;vertical-align:top}
th{font-weight:normal;background:#f2f2f2}.error{color:#a00}.meta{text-align:right}</style></head><body>`,
    `<h1>${esc(o.batch)} 审核意见</h1>`,
  ];
  for (const g of o.organs) {
    parts.push('<section>', `<h2>${esc(g.organ)}${g.year ? ` ${g.year} 年度` : ''}</h2>`, `<p>报告文件：${esc(g.file)}；审核状态：${statusLabels[g.status].zh}</p>`);
    if (!g.items.length) parts.push('<p>经审核，未发现需要修改的问题。</p>');
    else {
      parts.push(`<p>经审核，以下 ${g.items.length} 处需要修改：</p>`, '<table><colgroup><col style="width:3em"><col style="width:24%"><col><col style="width:3.5em"><col style="width:18%"></colgroup><thead><tr><th>序号</th><th>位置</th><th>问题</th><th>级别</th><th>审核说明</th></tr></thead><tbody>');
      g.items.forEach((it, i) => parts.push(`<tr><td>${i + 1}</td><td>${esc(it.place)}</td><td><b>${esc(it.name)}</b>：${esc(it.message)}</td><td class="${it.severity}">${severityZh[it.severity]}</td><td>${esc(it.comment ?? '')}</td></tr>`));
      parts.push('</tbody></table>');
    }
    if (g.corrections.length) {
      parts.push('<p>审核中更正的误读单元格（报告印的数保留）：</p><table><thead><tr><th>单元格</th><th>报告所印</th><th>更正为</th><th>理由</th></tr></thead><tbody>');
      for (const c of g.corrections) parts.push(`<tr><td>${esc(c.place)}</td><td>${esc(c.printed)}</td><td>${esc(c.value)}</td><td>${esc(c.why)}</td></tr>`);
      parts.push('</tbody></table>');
    }
    parts.push(`<p class="meta">${o.date}</p>`, '</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

/** The opinion as a Word document. */
export async function opinionDocx(o: Opinion): Promise<Uint8Array> {
  const d = await import('docx');
  const font = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
  const heiti = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
  const p = (text: string, opts: { bold?: boolean; heading?: boolean; center?: boolean; size?: number } = {}) => new d.Paragraph({
    ...(opts.center ? { alignment: d.AlignmentType.CENTER } : {}),
    spacing: { after: 120 },
    children: [new d.TextRun({ text, font: opts.heading ? heiti : font, size: opts.size ?? 24, bold: opts.bold ?? false })],
  });
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const table = (head: string[], rows: string[][], widths: number[]) => new d.Table({
    width: { size: 9000, type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED,
    rows: [head, ...rows].map((cells, i) => new d.TableRow({
      tableHeader: i === 0, cantSplit: true,
      children: cells.map((c, j) => new d.TableCell({ borders, width: { size: widths[j]!, type: d.WidthType.DXA }, children: [new d.Paragraph({ children: [new d.TextRun({ text: c, font, size: 21 })] })] })),
    })),
  });
  const children: Array<InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>> = [p(`${o.batch} 审核意见`, { heading: true, center: true, size: 36 })];
  for (const [n, g] of o.organs.entries()) {
    children.push(new d.Paragraph({ pageBreakBefore: n > 0, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: `${g.organ}${g.year ? ` ${g.year} 年度` : ''}`, font: heiti, size: 28 })] }));
    children.push(p(`报告文件：${g.file}；审核状态：${statusLabels[g.status].zh}`));
    if (!g.items.length) children.push(p('经审核，未发现需要修改的问题。'));
    else {
      children.push(p(`经审核，以下 ${g.items.length} 处需要修改：`));
      children.push(table(['序号', '位置', '问题', '级别', '审核说明'], g.items.map((it, i) => [String(i + 1), it.place, `${it.name}：${it.message}`, severityZh[it.severity], it.comment ?? '']), [700, 2200, 3900, 700, 1500]));
    }
    if (g.corrections.length) {
      children.push(p('审核中更正的误读单元格（报告所印的数保留）：'));
      children.push(table(['单元格', '报告所印', '更正为', '理由'], g.corrections.map((c) => [c.place, c.printed, c.value, c.why]), [3600, 1400, 1400, 2600]));
    }
    children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: o.date, font, size: 24 })] }));
  }
  const doc = new d.Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }] });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
