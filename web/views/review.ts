/** Review batches: the list, a new batch, one batch's reports with their status, and the 审核意见 to download. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { statusText, tr, words } from '../i18n.js';
import { go, link, showError } from '../main.js';

export async function reviewView(main: HTMLElement): Promise<void> {
  const batches = await api<any[]>('/api/batches');
  const name = h('input', { type: 'text', id: 'batch-name', size: 30, placeholder: '2025 年度 各乡镇年报审核' });
  const form = h('form', { class: 'filters' }, h('label', {}, tr(words.batchName), ' ', name), ' ', h('button', { type: 'submit', id: 'batch-create' }, tr(words.newBatch)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { id } = await api('/api/batches', { method: 'POST', json: { name: name.value } });
      go(`/review/${id}`);
    } catch (err) { showError(main, err); }
  });
  main.append(h('h1', {}, tr(words.review)), form,
    h('table', { class: 'list', id: 'batches' },
      h('thead', {}, h('tr', {}, h('th', {}, tr(words.batchName)), h('th', {}, tr(words.pending)), h('th', {}, tr(words.returned)), h('th', {}, tr(words.approved)))),
      h('tbody', {}, ...batches.map((b) => h('tr', {}, h('td', {}, link(`/review/${b.id}`, b.name)), h('td', { class: 'n' }, b.counts.pending), h('td', { class: 'n' }, b.counts.returned), h('td', { class: 'n' }, b.counts.approved))))));
}

export async function batchView(main: HTMLElement, id: number): Promise<void> {
  const b = await api(`/api/batches/${id}`);
  main.append(h('h1', {}, b.name),
    h('p', {}, h('a', { href: `/api/batches/${id}/opinion?to=html`, target: '_blank', id: 'opinion-html' }, tr(words.opinionHtml)), ' · ',
      h('a', { href: `/api/batches/${id}/opinion?to=docx`, download: '', id: 'opinion-docx' }, tr(words.opinionDocx))),
    h('table', { class: 'list', id: 'batch-reports' },
      h('thead', {}, h('tr', {}, ...[words.organ, words.year, words.status, words.errors, words.warnings, words.review].map((w) => h('th', {}, tr(w))))),
      h('tbody', {}, ...b.reports.map((r: any) => h('tr', { 'data-id': r.id },
        h('td', {}, link(`/reports/${r.id}`, r.organ ?? r.fileName)), h('td', {}, r.year ?? ''), h('td', { class: `st-${r.status}` }, statusText(r.status)),
        h('td', { class: 'n' }, r.errors), h('td', { class: 'n' }, r.warnings), h('td', { class: `rv-${r.review.status}` }, tr((words as any)[r.review.status]), r.review.comment ? `：${r.review.comment}` : ''))))));
}
