/** The corpus: a server-side paged, sorted, filtered table of reports (fast at 10,000+). */
import { api, query } from '../api.js';
import { clear, h } from '../dom.js';
import { levelWords, statusText, tr, words } from '../i18n.js';
import { go, link } from '../main.js';

const sortable = [['id', { zh: '编号', en: 'Id' }], ['organ', words.organ], ['year', words.year], ['status', words.status], ['errors', words.errors], ['warnings', words.warnings], ['file', words.file]] as const;

export async function corpusView(main: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const meta = await api('/api/meta');
  const get = (k: string) => params.get(k) ?? '';
  const input = (k: string, size = 10) => h('input', { type: 'text', name: k, id: `f-${k}`, value: get(k), size });
  const select = (k: string, options: Array<[string, string]>) => {
    const s = h('select', { name: k, id: `f-${k}` }, h('option', { value: '' }, tr(words.all)), ...options.map(([v, l]) => h('option', { value: v }, l)));
    s.value = get(k);
    return s;
  };
  const form = h('form', { class: 'filters', id: 'filters' },
    h('label', {}, tr(words.year), ' ', select('year', meta.years.map((y: number) => [String(y), String(y)]))),
    h('label', {}, tr(words.region), ' ', input('region', 8)),
    h('label', {}, tr(words.level), ' ', select('level', Object.entries(levelWords).map(([k, v]) => [k, tr(v)]))),
    h('label', {}, tr(words.organ), ' ', input('organ', 14)),
    h('label', {}, tr(words.status), ' ', select('status', [['ok', tr(words.statusOk)], ['incomplete', tr(words.statusIncomplete)], ['failed', tr(words.statusFailed)]])),
    h('label', {}, tr(words.rule), ' ', select('rule', meta.rules.map((r: any) => [r.id, r.id]))),
    h('button', { type: 'submit' }, tr(words.filter)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q: Record<string, string> = {};
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) if (el.value) q[el.name] = el.value;
    if (get('sort')) q.sort = get('sort');
    if (get('desc')) q.desc = get('desc');
    go(`/corpus${query(q)}`);
  });
  main.append(h('h1', {}, tr(words.corpus)), form);
  const page = Number(get('page') || 1);
  const size = 50;
  const q = Object.fromEntries([...params.entries()].filter(([k]) => k !== 'page'));
  const data = await api(`/api/reports${query({ ...q, page, size })}`);
  const pages = Math.max(1, Math.ceil(data.total / size));
  const head = h('tr', {}, ...sortable.map(([k, w]) => {
    const on = (get('sort') || 'organ') === k;
    const desc = on && get('desc') !== 'true';
    return h('th', { class: on ? 'sorted' : '' }, link(`/corpus${query({ ...q, sort: k, desc: desc ? 'true' : '' })}`, tr(w) + (on ? (get('desc') === 'true' ? ' ▼' : ' ▲') : '')));
  }), h('th', {}, tr(words.review)));
  const body = h('tbody', {});
  for (const r of data.reports) {
    body.append(h('tr', { 'data-id': r.id },
      h('td', { class: 'n' }, r.id), h('td', {}, link(`/reports/${r.id}`, r.organ ?? r.organName ?? '—')), h('td', {}, r.year ?? ''),
      h('td', { class: `st-${r.status}` }, statusText(r.status)), h('td', { class: 'n' }, r.errors), h('td', { class: 'n' }, r.warnings), h('td', {}, r.fileName),
      h('td', {}, r.review ? tr((words as any)[r.review.status]) : '')));
  }
  const table = h('table', { class: 'list', id: 'reports' }, h('thead', {}, head), body);
  const pager = h('p', { class: 'pager' },
    tr(words.total(data.total)), ' · ', tr(words.page(page, pages)), ' ',
    page > 1 ? link(`/corpus${query({ ...q, page: page - 1 })}`, tr(words.prev)) : '', ' ',
    page < pages ? link(`/corpus${query({ ...q, page: page + 1 })}`, tr(words.next)) : '');
  main.append(data.total ? table : h('p', {}, tr(words.empty)), pager);
  void clear;
}
