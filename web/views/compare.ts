/** Two years of one organ side by side: every cell (official labels), the differences and the cross-year findings marked. */
import { api, query } from '../api.js';
import { h } from '../dom.js';
import { tr, words } from '../i18n.js';
import { go, link, showError } from '../main.js';

export async function compareView(main: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const organ = h('input', { type: 'text', id: 'c-organ', value: params.get('organ') ?? '', size: 24 });
  const years = h('input', { type: 'text', id: 'c-years', value: params.get('years') ?? '', size: 10, placeholder: '2023,2024' });
  const only = h('input', { type: 'checkbox', id: 'c-only', checked: params.get('all') !== '1' });
  const form = h('form', { class: 'filters' }, h('label', {}, tr(words.organ), ' ', organ), ' ', h('label', {}, tr(words.years), ' ', years), ' ',
    h('label', {}, only, tr(words.onlyDiffer)), ' ', h('button', { type: 'submit' }, tr(words.show)));
  form.addEventListener('submit', (e) => { e.preventDefault(); go(`/compare${query({ organ: organ.value, years: years.value, all: only.checked ? '' : '1' })}`); });
  main.append(h('h1', {}, tr(words.compare)), form);
  if (!params.get('organ') || !params.get('years')) return;
  let c: any;
  try {
    c = await api(`/api/compare${query({ organ: params.get('organ'), years: params.get('years') })}`);
  } catch (e) {
    showError(main, e);
    return;
  }
  main.append(h('h2', {}, c.organ ?? '', ' · ', tr(words.differ(c.differ))));
  const head = h('tr', {}, h('th', {}, tr(words.cell)), ...c.reports.map((r: any, i: number) => h('th', {}, link(`/reports/${r.id}`, String(c.years[i])))));
  const body = h('tbody', {});
  for (const cell of c.cells) {
    if (only.checked && cell.same) continue;
    body.append(h('tr', { class: cell.same ? '' : 'differs', 'data-cell': cell.id }, h('td', {}, cell.label), ...cell.values.map((v: any) => h('td', { class: 'n' }, v === undefined ? '—' : v === null ? '' : v))));
  }
  main.append(h('table', { class: 'list compare', id: 'compare' }, h('thead', {}, head), body));
  if (c.metrics.length) {
    const mb = h('tbody', {});
    for (const m of c.metrics) mb.append(h('tr', {}, h('td', {}, tr(m.label)), ...m.values.map((v: number | null) => h('td', { class: 'n' }, v === null ? '' : m.unit === 'share' ? `${(v * 100).toFixed(1)}%` : Number(v.toFixed(2))))));
    main.append(h('h2', {}, tr(words.metric)), h('table', { class: 'list' }, mb));
  }
  if (c.crossYear.length) main.append(h('h2', {}, tr(words.crossYear)), h('ul', { class: 'findings' }, ...c.crossYear.map((x: any) => h('li', { class: `sev-${x.diagnostic.severity}` }, `${x.year}：${tr(x.diagnostic.message)}`))));
}
