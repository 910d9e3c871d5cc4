/** Review batches: the list, a new batch, one batch's reports with their status, and the 审核意见 to download. */
import { api, query } from '../api.js';
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
  const members = new Set<number>(b.reports.map((r: any) => r.id));
  main.append(h('h1', {}, b.name),
    h('p', {}, h('a', { href: `/api/batches/${id}/opinion?to=html`, target: '_blank', id: 'opinion-html' }, tr(words.opinionHtml)), ' · ',
      h('a', { href: `/api/batches/${id}/opinion?to=docx`, download: '', id: 'opinion-docx' }, tr(words.opinionDocx))),
    h('table', { class: 'list', id: 'batch-reports' },
      h('thead', {}, h('tr', {}, ...[words.organ, words.year, words.status, words.errors, words.warnings, words.review, words.versions].map((w) => h('th', {}, tr(w))))),
      h('tbody', {}, ...b.reports.map((r: any) => h('tr', { 'data-id': r.id },
        h('td', {}, link(`/reports/${r.id}`, r.organ ?? r.fileName)), h('td', {}, r.year ?? ''), h('td', { class: `st-${r.status}` }, statusText(r.status)),
        h('td', { class: 'n' }, r.errors), h('td', { class: 'n' }, r.warnings), h('td', { class: `rv-${r.review.status}` }, tr((words as any)[r.review.status]), r.review.comment ? `：${r.review.comment}` : ''),
        h('td', {}, r.versions > 1 ? link(`/reports/${r.id}/changes`, tr(words.againstBefore)) : ''))))));
  main.append(addFromCorpus(id, members));
}

/** Reports already in the corpus put into the batch: searched by organ and year, each added with a click. */
function addFromCorpus(batchId: number, members: Set<number>): HTMLElement {
  const organ = h('input', { type: 'text', id: 'add-organ', size: 20, placeholder: tr(words.organ) });
  const year = h('input', { type: 'text', id: 'add-year', size: 6, placeholder: '2024' });
  const found = h('tbody', {});
  const box = h('section', { class: 'add-reports' }, h('h2', {}, tr(words.addReports)));
  const form = h('form', { class: 'filters', id: 'add-form' }, h('label', {}, tr(words.organ), ' ', organ), ' ', h('label', {}, tr(words.year), ' ', year), ' ',
    h('button', { type: 'submit', id: 'add-search' }, tr(words.search)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    found.replaceChildren();
    try {
      // The version counted of each report: the one to review.
      const list = await api(`/api/reports${query({ organ: organ.value.trim(), year: year.value.trim(), versions: 'preferred', size: 50, sort: 'organ' })}`);
      for (const r of list.reports) {
        const add = h('button', { type: 'button', class: 'add', disabled: members.has(r.id) }, members.has(r.id) ? tr(words.inBatch) : tr(words.add));
        add.addEventListener('click', async () => {
          try {
            await api(`/api/batches/${batchId}/reports`, { method: 'POST', json: { reports: [r.id] } });
            go(`/review/${batchId}`);
          } catch (err) { showError(box, err); }
        });
        found.append(h('tr', { 'data-id': r.id }, h('td', {}, link(`/reports/${r.id}`, r.organ ?? r.fileName)), h('td', {}, r.year ?? ''), h('td', {}, r.fileName), h('td', {}, add)));
      }
      if (!list.reports.length) found.append(h('tr', {}, h('td', { colspan: 4 }, tr(words.empty))));
    } catch (err) { showError(box, err); }
  });
  box.append(form, h('table', { class: 'list', id: 'add-results' }, found));
  return box;
}
