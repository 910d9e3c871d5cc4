/**
 * The dashboard (ECharts): applications and outcomes by year, shares granted and withheld,
 * reviews and lawsuits per 100 applications, the most frequent findings, a ranking within a
 * region. Each chart downloads as PNG and its data as CSV. Row labels come from model/formats,
 * metric labels from the server's metric list.
 */
import { api, query } from '../api.js';
import { csvOf, download, h } from '../dom.js';
import { tr, words, type Text } from '../i18n.js';
import { go } from '../main.js';
import { formats } from '../../src/model/formats/index.js';

type Table = Array<Array<string | number | null>>;

const rowLabel = (id: string) => formats['2021'].table3.rows.find((r) => r.id === id)?.label ?? id;

export async function dashboardView(main: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [meta, byYear, top] = await Promise.all([api('/api/meta'), api('/api/stats?by=year'), api('/api/findings?limit=12')]);
  const echarts = await import('echarts');
  const metricLabel = (id: string): string => tr(meta.metrics.find((m: any) => m.id === id)?.label as Text) || id;
  const region = params.get('region') ?? '';
  const rankBy = params.get('rank') ?? 'grantedShare';
  const rankYear = params.get('year') ?? String(meta.years[meta.years.length - 1] ?? '');
  const regionInput = h('input', { type: 'text', id: 'd-region', size: 8, value: region });
  const rankSelect = h('select', { id: 'd-rank' }, ...meta.metrics.map((m: any) => h('option', { value: m.id }, tr(m.label))));
  rankSelect.value = rankBy;
  const yearSelect = h('select', { id: 'd-year' }, ...meta.years.map((y: number) => h('option', { value: y }, y)));
  yearSelect.value = rankYear;
  const form = h('form', { class: 'filters' }, h('label', {}, tr(words.regionPrefix), ' ', regionInput), ' ', h('label', {}, tr(words.rankBy), ' ', rankSelect), ' ',
    h('label', {}, tr(words.year), ' ', yearSelect), ' ', h('button', { type: 'submit' }, tr(words.show)));
  form.addEventListener('submit', (e) => { e.preventDefault(); go(`/dashboard${query({ region: regionInput.value, rank: rankSelect.value, year: yearSelect.value })}`); });
  main.append(h('h1', {}, tr(words.dashboard)), form);
  const grid = h('div', { class: 'charts' });
  main.append(grid);

  const groups = byYear.groups.filter((g: any) => g.key !== null);
  const years = groups.map((g: any) => String(g.key));
  const chart = (id: string, title: Text, option: any, table: Table) => {
    const box = h('div', { class: 'chart', id: `chart-${id}` });
    const card = h('section', { class: 'chart-card' }, h('h2', {}, tr(title)), box,
      h('p', {}, h('button', { type: 'button', class: 'png', onclick: () => download(`${id}.png`, dataUrlBlob(c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }))) }, tr(words.png)), ' ',
        h('button', { type: 'button', class: 'csv', onclick: () => download(`${id}.csv`, csvOf(table)) }, tr(words.csv))));
    grid.append(card);
    const c = echarts.init(box, undefined, { renderer: 'canvas' });
    for (const x of option.series ?? []) if (x.type === 'bar') x.barMaxWidth ??= 36;
    c.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 60, right: 20, bottom: 40 }, ...option });
    box.dataset.drawn = '1';
  };

  const outcomeRows = ['newReceived', 'granted', 'partiallyGranted', 'total'];
  const series1 = outcomeRows.map((r) => ({ name: rowLabel(r), type: 'bar', data: groups.map((g: any) => g.values[`table3.${r}.total`] ?? null) }));
  chart('applications', words.chApplications, { xAxis: { type: 'category', data: years }, yAxis: { type: 'value' }, series: series1 },
    [[tr(words.year), ...series1.map((s) => s.name)], ...groups.map((g: any, i: number) => [years[i]!, ...series1.map((s) => s.data[i])])]);

  const shares = ['grantedShare', 'withheldShare', 'unavailableShare', 'notProcessedShare'];
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
  const series2 = shares.map((m) => ({ name: metricLabel(m), type: 'line', data: groups.map((g: any) => pct(g.metrics[m])) }));
  chart('shares', words.chShares, { xAxis: { type: 'category', data: years }, yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } }, series: series2 },
    [[tr(words.year), ...series2.map((s) => `${s.name} (%)`)], ...groups.map((g: any, i: number) => [years[i]!, ...series2.map((s) => s.data[i])])]);

  const per100 = ['reviewsPer100', 'suitsPer100'];
  const series3 = per100.map((m) => ({ name: metricLabel(m), type: 'bar', data: groups.map((g: any) => (g.metrics[m] === null ? null : Math.round(g.metrics[m] * 100) / 100)) }));
  chart('per100', words.chPer100, { xAxis: { type: 'category', data: years }, yAxis: { type: 'value' }, series: series3 },
    [[tr(words.year), ...series3.map((s) => s.name)], ...groups.map((g: any, i: number) => [years[i]!, ...series3.map((s) => s.data[i])])]);

  // Rules by their names (the rules' own one-line docs, in the page's language), the id on hover.
  const ruleName = (id: string): string => tr((top.find((t: any) => t.ruleId === id)?.name ?? meta.rules.find((r: any) => r.id === id)?.docs) as Text) || id;
  const short = (s: string) => (s.length > 16 ? `${s.slice(0, 15)}…` : s);
  const topRev = [...top].reverse();
  chart('findings', words.chFindings, {
    tooltip: { trigger: 'item', formatter: (p: any) => { const t = topRev[p.dataIndex]; return `${esc(ruleName(t.ruleId))}<br><code>${esc(t.ruleId)}</code>：${t.reports}`; } },
    grid: { top: 20, left: 220, right: 20, bottom: 30 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: topRev.map((t: any) => short(ruleName(t.ruleId))) },
    series: [{ type: 'bar', barMaxWidth: 22, name: tr(words.findings), data: topRev.map((t: any) => ({ value: t.reports, itemStyle: { color: t.severity === 'error' ? '#c0392b' : t.severity === 'warning' ? '#e6a23c' : '#909399' } })) }],
  }, [[tr(words.rule), tr(words.ruleId), 'severity', 'reports'], ...top.map((t: any) => [ruleName(t.ruleId), t.ruleId, t.severity, t.reports])]);

  const ranked = await api(`/api/stats${query({ by: 'organ', rank: rankBy, region, year: rankYear })}`);
  const rows = ranked.groups.filter((g: any) => g.rank !== null).sort((a: any, b: any) => a.rank - b.rank).slice(0, 20);
  const unit = meta.metrics.find((m: any) => m.id === rankBy)?.unit;
  const val = (v: number | null) => (v === null ? null : unit === 'share' ? pct(v) : Math.round(v * 100) / 100);
  chart('rank', words.chRank, {
    tooltip: { trigger: 'item' }, grid: { top: 20, left: 200, right: 20, bottom: 30 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: [...rows].reverse().map((g: any) => `${g.rank}. ${g.name ?? ''}`) },
    series: [{ type: 'bar', barMaxWidth: 22, name: metricLabel(rankBy), data: [...rows].reverse().map((g: any) => val(g.metrics[rankBy])) }],
  }, [['rank', tr(words.organ), metricLabel(rankBy)], ...rows.map((g: any) => [g.rank, g.name, val(g.metrics[rankBy])])]);
}

function dataUrlBlob(url: string): Blob {
  const [head, data] = url.split(',');
  const bytes = Uint8Array.from(atob(data!), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: /data:([^;]+)/.exec(head!)?.[1] ?? 'image/png' });
}

/** Text for an ECharts tooltip (which takes HTML): rule names and ids come from the server, still escaped. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
