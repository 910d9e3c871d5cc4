/**
 * A version of a report against the one before (a town's corrected re-upload, or a reviewer's
 * correction): the cells that changed, the findings fixed, new, and still open.
 */
import { api, query } from '../api.js';
import { h } from '../dom.js';
import { tr, words, type Text } from '../i18n.js';
import { link } from '../main.js';

interface Finding { ruleId: string; name?: Text; severity: string; message: Text; path?: string }

export async function changesView(main: HTMLElement, id: number): Promise<void> {
  const from = new URLSearchParams(location.search).get('from');
  const c = await api(`/api/reports/${id}/changes${query({ from })}`);
  const name = (r: any) => `#${r.id} ${r.fileName}`;
  main.append(h('h1', {}, tr(words.versionChanges), ' · ', c.to.organ ?? c.to.organName ?? c.to.fileName, c.to.year ? ` ${c.to.year}` : ''),
    h('p', { id: 'pair' }, `${tr(words.before)}：`, link(`/reports/${c.from.id}`, name(c.from)), ` → ${tr(words.after)}：`, link(`/reports/${c.to.id}`, name(c.to))));
  const corrections = new Map<string, any>(c.corrections.map((x: any) => [x.cell, x]));
  main.append(h('h2', {}, tr(words.changedCells(c.cells.length))),
    h('table', { class: 'list changes', id: 'changed-cells' },
      h('thead', {}, h('tr', {}, h('th', {}, tr(words.cell)), h('th', {}, tr(words.before)), h('th', {}, tr(words.after)), h('th', {}, tr(words.why)))),
      h('tbody', {}, ...c.cells.map((x: any) => {
        const fix = corrections.get(x.cell);
        return h('tr', { 'data-cell': x.cell }, h('td', {}, x.label), h('td', { class: 'n from' }, x.from ?? ''), h('td', { class: 'n to' }, x.to ?? ''),
          h('td', {}, fix ? `${tr(words.correctedVersion)}：${fix.why}${fix.by ? ` · ${fix.by}` : ''}` : ''));
      }))));
  const list = (title: Text, id_: string, items: Finding[], cls: string) => main.append(h('h2', {}, tr(title)),
    h('ul', { class: 'findings', id: id_ }, ...items.map((x) => h('li', { class: `sev-${x.severity} ${cls}`, 'data-rule': x.ruleId, 'data-path': x.path ?? '', title: x.ruleId }, x.name ? h('strong', {}, tr(x.name), '：') : '', tr(x.message)))));
  list(words.fixedFindings(c.fixed.length), 'fixed', c.fixed, 'fixed');
  list(words.newFindings(c.new.length), 'new', c.new, 'new');
  list(words.openFindings(c.open.length), 'open', c.open, 'open');
}
