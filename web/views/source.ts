/**
 * Where a cell was read: the PDF page drawn by pdf.js with the cell's box outlined, or the line of
 * the text or HTML source (the text the reader read) among its neighbours.
 */
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { tr, words } from '../i18n.js';

export interface Position {
  line: number;
  column: number;
  origin?: { form: string; page?: number; box?: [number, number, number, number]; table?: number; row?: number; cell?: number; path?: string };
}

const pdfs = new Map<number, Promise<any>>();
const texts = new Map<number, Promise<{ form: string; lines: string[] }>>();

async function pdfOf(id: number): Promise<any> {
  let p = pdfs.get(id);
  if (!p) {
    p = (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.min.mjs';
      const data = new Uint8Array(await (await fetch(`/api/reports/${id}/source`)).arrayBuffer());
      return pdfjs.getDocument({ data, cMapUrl: '/assets/cmaps/', cMapPacked: true, standardFontDataUrl: '/assets/standard_fonts/', isEvalSupported: false }).promise;
    })();
    pdfs.set(id, p);
  }
  return p;
}

/** Show where `position` is in report `id`'s original, in `panel`. */
export async function showSource(panel: HTMLElement, id: number, position: Position | null | undefined, title: string): Promise<void> {
  clear(panel);
  panel.append(h('h3', {}, tr(words.source), '：', title));
  if (!position) {
    panel.append(h('p', {}, '—'));
    return;
  }
  const o = position.origin;
  if (o?.form === 'pdf' && o.page && o.box) {
    panel.append(h('p', { class: 'where' }, tr(words.pageN(o.page))));
    const doc = await pdfOf(id);
    const page = await doc.getPage(o.page);
    // The page as wide as the panel (at least its natural size), drawn at the screen's pixel density.
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.max(1, (panel.clientWidth - 30) / natural.width);
    const viewport = page.getViewport({ scale });
    const dpr = window.devicePixelRatio || 1;
    const canvas = h('canvas', { width: Math.floor(viewport.width * dpr), height: Math.floor(viewport.height * dpr), style: `width:${Math.floor(viewport.width)}px;height:${Math.floor(viewport.height)}px`, class: 'pdf-page', 'data-page': o.page });
    const wrap = h('div', { class: 'pdf-wrap' }, canvas);
    panel.append(wrap);
    await page.render({ canvasContext: canvas.getContext('2d')!, viewport, canvas, ...(dpr !== 1 ? { transform: [dpr, 0, 0, dpr, 0, 0] } : {}) }).promise;
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(o.box);
    const pad = 3;
    const box = h('div', { class: 'pdf-box', style: `left:${Math.min(x0, x1) - pad}px;top:${Math.min(y0, y1) - pad}px;width:${Math.abs(x1 - x0) + 2 * pad}px;height:${Math.abs(y1 - y0) + 2 * pad}px` });
    wrap.append(box);
    box.scrollIntoView({ block: 'center' });
    return;
  }
  if (o?.form === 'docx') {
    panel.append(h('p', { class: 'where' }, `Word: ${o.table !== undefined ? `表格 ${o.table + 1} 行 ${(o.row ?? 0) + 1} 格 ${(o.cell ?? 0) + 1}` : ''}`));
  }
  let t = texts.get(id);
  if (!t) texts.set(id, (t = api(`/api/reports/${id}/text`)));
  let text: { form: string; lines: string[] };
  try {
    text = await t;
  } catch (e) {
    texts.delete(id);
    panel.append(h('p', {}, String((e as Error).message)));
    return;
  }
  const n = position.line;
  panel.append(h('p', { class: 'where' }, tr(words.line(n)), o?.form === 'html' && o.path ? ` · ${o.path}` : ''));
  const from = Math.max(1, n - 6);
  const to = Math.min(text.lines.length, n + 6);
  const pre = h('div', { class: 'source-lines' });
  for (let i = from; i <= to; i++) {
    const line = text.lines[i - 1] ?? '';
    const row = h('div', { class: i === n ? 'src-line hit' : 'src-line', 'data-line': i }, h('span', { class: 'ln' }, i), h('span', { class: 'tx' }, line));
    pre.append(row);
  }
  panel.append(pre);
  pre.querySelector('.hit')?.scrollIntoView({ block: 'center' });
}
