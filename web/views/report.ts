/**
 * One report: the three tables as the official format lays them out (the grids come from the
 * server's render/grid.ts, labels from model/formats), cells with findings marked by severity,
 * reader doubts apart from report errors, the findings in a list; a click shows the source.
 * The reviewer's actions (status, confirm/dismiss, correct a cell) are here too.
 */
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { levelWords, statusText, tr, words, type Text } from '../i18n.js';
import { go, link, showError } from '../main.js';
import { showSource, type Position } from './source.js';

interface Diagnostic {
  ruleId: string; name?: Text; severity: 'error' | 'warning' | 'info'; messageId: string; message: Text; position: Position | null; path?: string;
  readerDoubt?: unknown[]; related?: Array<{ path?: string }>; place: Text;
}
interface GridCell { value: string | number | null; rowSpan: number; colSpan: number; covered: boolean; header: boolean; id?: string }
interface Grid { table: string; format: string; rows: GridCell[][] }

const severityRank = { error: 3, warning: 2, info: 1 } as const;
const keyOf = (d: Diagnostic) => `${d.ruleId}|${d.path ?? ''}|${d.messageId}`;
/** A finding the reader is unsure of (its own parse/* diagnostics, or a rule finding resting on a doubt). */
const isDoubt = (d: Diagnostic) => d.ruleId.startsWith('parse/') || d.ruleId.startsWith('read/') || !!d.readerDoubt?.length;
const tableNames: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四' };

export async function reportView(main: HTMLElement, id: number): Promise<void> {
  const d = await api(`/api/reports/${id}?model=false`);
  const row = d.row;
  const diagnostics: Diagnostic[] = d.diagnostics;
  const decisions = new Map<string, any>((d.review?.decisions ?? []).map((x: any) => [x.key, x]));
  const corrections = new Map<string, any>((d.review?.corrections ?? []).map((c: any) => [c.cell, c]));
  const byCell = new Map<string, Diagnostic[]>();
  for (const x of diagnostics) {
    for (const p of [x.path, ...(x.related ?? []).map((r) => r.path)]) {
      if (!p) continue;
      const list = byCell.get(p) ?? [];
      if (!list.includes(x)) list.push(x);
      byCell.set(p, list);
    }
  }
  const panel = h('aside', { class: 'source', id: 'source' }, h('p', { class: 'hint' }, tr(words.clickCell)));
  const reviewer = () => (document.getElementById('reviewer') as HTMLInputElement | null)?.value || undefined;

  const head = h('header', { class: 'report-head' },
    h('h1', { id: 'organ' }, row.organ ?? row.organName ?? row.fileName, row.year ? ` ${row.year}` : ''),
    h('p', {},
      `${tr(words.file)}：${row.fileName} · ${row.format ?? ''} · ${row.level ? tr(levelWords[row.level] ?? { zh: row.level, en: row.level }) : ''} · `,
      h('span', { class: `st-${row.status}` }, statusText(row.status)), ' · ',
      h('a', { href: `/api/reports/${id}/source`, download: '' }, tr(words.downloadSource))));
  main.append(head);
  if (row.error) main.append(h('p', { class: 'error-box' }, tr(row.error)));

  // Review status, when the report is in a batch.
  if (row.review) {
    const comment = h('input', { type: 'text', id: 'status-comment', placeholder: tr(words.comment), value: d.review.comment ?? '' });
    const set = (status: string) => async () => {
      try {
        await api(`/api/batches/${row.review.batchId}/reports/${id}`, { method: 'PUT', json: { status, comment: comment.value || null, by: reviewer() } });
        rerender();
      } catch (e) { showError(main, e); }
    };
    main.append(h('div', { class: 'review-bar' },
      link(`/review/${row.review.batchId}`, row.review.batch), ' · ', h('span', { class: `rv-${row.review.status}`, id: 'review-status' }, tr((words as any)[row.review.status])), ' ',
      h('label', {}, tr(words.reviewer), ' ', h('input', { type: 'text', id: 'reviewer', size: 8, value: localStorage.getItem('nianbao.reviewer') ?? '', onchange: (e: Event) => localStorage.setItem('nianbao.reviewer', (e.target as HTMLInputElement).value) })), ' ',
      comment, ' ',
      h('button', { type: 'button', id: 'return', onclick: set('returned') }, tr(words.returnIt)), ' ',
      h('button', { type: 'button', id: 'approve', onclick: set('approved') }, tr(words.approveIt))));
  }

  const body = h('div', { class: 'report-body' });
  const tables = h('div', { class: 'tables' });
  body.append(tables, panel);
  main.append(body);

  const rerender = () => { clear(main); void reportView(main, id).catch((e) => showError(main, e)); };

  /** A cell clicked: its findings, where it was read, and the form to correct it. */
  const selectCell = (cellId: string, td: HTMLElement) => {
    document.querySelectorAll('.sel').forEach((e) => e.classList.remove('sel'));
    td.classList.add('sel');
    const cell = d.cells[cellId];
    const label = td.getAttribute('data-label') ?? cellId;
    void showSource(panel, id, cell?.position, label).then(() => {
      const found = byCell.get(cellId) ?? [];
      if (found.length) panel.append(h('ul', { class: 'cell-findings' }, ...found.map((x) => h('li', { class: `sev-${x.severity}` }, x.name ? h('strong', { title: x.ruleId }, tr(x.name), '：') : '', tr(x.message)))));
      const c = corrections.get(cellId);
      if (c) panel.append(h('p', { class: 'corrected-note' }, `${tr(words.corrected)}：${tr(words.printed)} “${c.printedRaw}” → ${c.value ?? ''}（${c.why}${c.by ? ` · ${c.by}` : ''}）`));
      if (row.status !== 'failed') {
        const value = h('input', { type: 'number', step: 'any', id: 'fix-value', value: cell?.value ?? '' });
        const why = h('input', { type: 'text', id: 'fix-why', placeholder: tr(words.why) });
        panel.append(h('form', { class: 'fix', onsubmit: async (e: Event) => {
          e.preventDefault();
          try {
            // The correction is a new version of the report: show it.
            const fixed = await api(`/api/reports/${id}/cells`, { method: 'PUT', json: { cell: cellId, value: value.value === '' ? null : Number(value.value), why: why.value, by: reviewer() } });
            go(`/reports/${fixed.reportId}`);
          } catch (err) { showError(panel, err); }
        } }, h('strong', {}, tr(words.correct)), ' ', h('label', {}, tr(words.value), ' ', value), ' ', h('label', {}, tr(words.why), ' ', why), ' ', h('button', { type: 'submit', id: 'fix-save' }, tr(words.save))));
      }
    }).catch((e) => showError(panel, e));
  };

  if (!d.tables.length) tables.append(h('p', {}, tr(words.noTables)));
  for (const g of d.tables as Grid[]) {
    tables.append(h('h2', {}, tableNames[g.table] ?? g.table, h('small', {}, ` ${g.format}`)));
    const t = h('table', { class: `official ${g.table}` });
    for (const r of g.rows) {
      const tr_ = h('tr', {});
      for (const c of r) {
        if (c.covered) continue;
        const span = { rowspan: c.rowSpan > 1 ? c.rowSpan : null, colspan: c.colSpan > 1 ? c.colSpan : null };
        if (c.header || !c.id) {
          tr_.append(h(c.header ? 'th' : 'td', span, c.value === null ? '' : String(c.value)));
          continue;
        }
        const found = byCell.get(c.id) ?? [];
        const live = found.filter((x) => decisions.get(keyOf(x))?.decision !== 'dismissed');
        const worst = live.reduce<Diagnostic | undefined>((a, x) => (!a || severityRank[x.severity] > severityRank[a.severity] ? x : a), undefined);
        const classes = ['n'];
        if (worst) classes.push(live.every(isDoubt) ? 'doubt' : `sev-${worst.severity}`);
        if (corrections.has(c.id)) classes.push('corrected');
        const cell = d.cells[c.id];
        const title = [...live.map((x) => `${tr({ zh: x.severity === 'error' ? '错误' : x.severity === 'warning' ? '警告' : '提示', en: x.severity })}${isDoubt(x) ? `（${tr(words.doubt)}）` : ''}${x.name ? ` ${tr(x.name)}` : ''}：${tr(x.message)}`),
          corrections.has(c.id) ? `${tr(words.printed)}：${corrections.get(c.id).printedRaw}` : ''].filter(Boolean).join('\n');
        // A corrected cell shows the printed value struck through before the corrected one (CSS, from data-printed).
        const printed = corrections.get(c.id)?.printedRaw;
        const td = h('td', { ...span, class: classes.join(' '), 'data-cell': c.id, 'data-printed': corrections.has(c.id) ? printed || '—' : null, title: title || null, tabindex: 0 }, cell && cell.kind !== 'number' && cell.raw ? cell.raw : c.value === null ? '' : String(c.value));
        td.addEventListener('click', () => selectCell(c.id!, td));
        tr_.append(td);
      }
      t.append(tr_);
    }
    tables.append(t);
  }
  // The labels of each cell (row and column headers), for the panel's title: from the grid's own header cells.
  for (const t of tables.querySelectorAll('table.official')) labelCells(t as HTMLTableElement);

  // The findings, errors first; reader doubts marked apart.
  const list = h('ol', { class: 'findings', id: 'findings' });
  const sorted = [...diagnostics].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
  for (const x of sorted) {
    const decision = decisions.get(keyOf(x));
    const comment = h('input', { type: 'text', placeholder: tr(words.comment), class: 'decision-comment', value: decision?.comment ?? '' });
    const decide = (what: 'confirmed' | 'dismissed') => async () => {
      try {
        await api(`/api/reports/${id}/findings`, { method: 'PUT', json: { key: keyOf(x), decision: what, comment: comment.value || null, by: reviewer() } });
        rerender();
      } catch (e) { showError(main, e); }
    };
    const li = h('li', { class: `sev-${x.severity}${isDoubt(x) ? ' doubt' : ''}${decision?.decision === 'dismissed' ? ' is-dismissed' : ''}`, 'data-rule': x.ruleId, 'data-path': x.path ?? '' },
      h('span', { class: 'badge' }, tr((words as any)[x.severity]), isDoubt(x) ? ` · ${tr(words.doubt)}` : ''), ' ',
      // The finding's name in words (src/check/names.ts), its code on hover.
      h('strong', { class: 'finding-name', title: x.ruleId }, x.name ? tr(x.name) : x.ruleId), ' ',
      h('a', { href: '#', class: 'finding-link', onclick: (e: Event) => {
        e.preventDefault();
        const td = x.path ? tables.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(x.path)}"]`) : null;
        if (td) { td.scrollIntoView({ block: 'center' }); selectCell(x.path!, td); }
        else void showSource(panel, id, x.position ?? (x.path ? d.cells[x.path]?.position : null), tr(x.place) || x.ruleId).catch((err) => showError(panel, err));
      } }, tr(x.message)),
      h('span', { class: 'place' }, ` ${tr(x.place)}`),
      decision ? h('span', { class: 'decision' }, ` ${tr((words as any)[decision.decision])}${decision.comment ? `：${decision.comment}` : ''}${decision.carriedFrom ? tr(words.carried) : ''}`) : '',
      x.severity !== 'info' ? h('span', { class: 'actions' }, ' ', comment, ' ',
        h('button', { type: 'button', class: 'confirm', onclick: decide('confirmed') }, tr(words.confirm)), ' ',
        h('button', { type: 'button', class: 'dismiss', onclick: decide('dismissed') }, tr(words.dismiss))) : '');
    list.append(li);
  }
  main.append(h('h2', {}, tr(words.findings), ` (${diagnostics.length})`), list);
  if (row.versions > 1) await versionList(main, id);
}

/** The report's versions (files sent and reviewers' corrections), each linked, with the changes against the one before. */
async function versionList(main: HTMLElement, id: number): Promise<void> {
  const versions = (await api<any[]>(`/api/reports/${id}/versions`)).sort((a, b) => a.id - b.id);
  main.append(h('h2', {}, tr(words.versions), ` (${versions.length})`),
    h('table', { class: 'list', id: 'versions' },
      h('thead', {}, h('tr', {}, ...[words.version, words.file, words.errors, words.warnings, words.counted, words.changes].map((w) => h('th', {}, tr(w))))),
      h('tbody', {}, ...versions.map((v, i) => h('tr', { 'data-id': v.id, class: v.id === id ? 'here' : '' },
        h('td', {}, v.id === id ? `#${v.id}` : link(`/reports/${v.id}`, `#${v.id}`), v.corrected ? h('span', { class: 'badge corrected-badge' }, ` ${tr(words.correctedVersion)}`) : ''),
        h('td', {}, v.fileName), h('td', { class: 'n' }, v.errors), h('td', { class: 'n' }, v.warnings),
        h('td', {}, v.preferred ? '✓' : ''),
        h('td', {}, i > 0 ? link(`/reports/${v.id}/changes`, tr(words.againstBefore)) : ''))))));
}

/** Give each value cell a `data-label`: its row's header cells and its column's, as printed. */
function labelCells(t: HTMLTableElement): void {
  // Lay the table out into a matrix of the cells covering each slot, honouring spans.
  const grid: HTMLTableCellElement[][] = [];
  [...t.rows].forEach((tr_, y) => {
    grid[y] ??= [];
    let x = 0;
    for (const c of [...tr_.cells]) {
      while (grid[y]![x]) x++;
      for (let dy = 0; dy < c.rowSpan; dy++) for (let dx = 0; dx < c.colSpan; dx++) (grid[y + dy] ??= [])[x + dx] = c;
      x += c.colSpan;
    }
  });
  grid.forEach((row, y) => row.forEach((c, x) => {
    if (!c.dataset.cell || c.dataset.label) return;
    const rowLabels = [...new Set(row.slice(0, x).filter((h_) => h_.tagName === 'TH').map((h_) => h_.textContent))];
    const colLabels = [...new Set(grid.slice(0, y).map((r) => r[x]).filter((h_) => h_ && h_.tagName === 'TH').map((h_) => h_!.textContent))];
    c.dataset.label = [...rowLabels, ...colLabels].join(' · ');
  }));
}
