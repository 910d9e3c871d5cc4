import { formats, table2FormatMarkers, type FormatId, type TableDef } from '../model/formats/index.js';
import { withoutSerials } from './serial-column.js';
import type { CellRow } from '../model/report.js';
import { tableNames, type Context } from './context.js';
import { buildItems, onlyDashes, type Item } from './items.js';
import { pairLabelList } from './label-list.js';
import { labelsOnly, reportLabelsOnly } from './labels-only.js';
import { blankRow, evidenceOf, labelAlone, readRow, rowPathsOf } from './rows.js';
import { shiftRowsUp } from './rows-shifted.js';
import { maxWeightMatching } from './matching.js';
import { labelKey, matcherFor } from './similarity.js';

const columnKeys = new WeakMap<TableDef, string[][]>();
/** Each row's column labels as label keys, once per table definition. */
function columnKeysOf(t: TableDef): string[][] {
  let c = columnKeys.get(t);
  if (!c) columnKeys.set(t, (c = t.rows.map((r) => r.columns.map((col) => labelKey(col.label)))));
  return c;
}

const markerKeys = {
  '2019': table2FormatMarkers['2019'].map(labelKey),
  '2021': table2FormatMarkers['2021'].map(labelKey),
};

/**
 * A block heading of 表二.
 *
 * ```text
 * →第二十六条第（六）项
 *  ^^^^^^^^^^^^^^^^^^ (a misprint of 第二十条, seed 004)
 * ```
 */
const blockHeadingRe = /第\s*[一二三四五六七八九十\d]{1,4}\s*条\s*第\s*[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*项/;

export interface Table2Result {
  table: Record<string, CellRow> | null;
  format: FormatId | null;
  /** Found by its labels with no value printed (`parse/values-absent` said). */
  valuesAbsent?: true;
}

/**
 * Decide which format a 表二 printed from its column headers (本年制发件数 is 2021's,
 * 本年新制作数量 2019's); with no header, from the rows it prints.
 */
function decideFormat(ctx: Context, items: readonly Item[], regionKey: string): FormatId {
  const count = (f: FormatId) => markerKeys[f].filter((k) => regionKey.includes(k)).length;
  const c19 = count('2019');
  const c21 = count('2021');
  if (c19 !== c21) return c21 > c19 ? '2021' : '2019';
  // No header says: a 2019 表二 has 其他对外管理服务事项 and 政府集中采购, and three values for 行政许可.
  const rows19 = formats['2019'].table2.rows;
  const m = matcherFor(formats['2019'].table2);
  const at = (id: string) => rows19.findIndex((r) => r.id === id);
  const only2019 = ['otherServices', 'procurement'].map(at);
  const licensing = at('licensing');
  const width19 = rows19[licensing]!.columns.length;
  let shape19 = 0;
  let shape21 = 0;
  for (const it of items) {
    if (it.kind !== 'row') continue;
    const s = m.scores(it.label);
    if (only2019.some((r) => s[r]! >= 0.8)) shape19++;
    if (s[licensing]! >= 0.8) (it.values >= width19 ? shape19++ : shape21++);
  }
  const f: FormatId = shape21 > shape19 ? '2021' : '2019';
  const first = items[0];
  ctx.report('format-by-shape', 'info', { table: tableNames.table2.zh, tableEn: tableNames.table2.en, format: f }, first ? first.line.start : null);
  return f;
}

/**
 * Read 表二 from lines [from, to). Its row labels are distinct, and real reports print its
 * blocks out of order (a PDF→Markdown tool put 行政许可 before 规章) and labels on either side
 * of their values (raw PDF text), so rows and printed values are paired by the best overall
 * assignment of labels; rows with no label are then taken by their place between matched rows.
 */
export function extractTable2(ctx: Context, from: number, to: number): Table2Result {
  const lines = [];
  for (let i = from; i < to; i++) lines.push(ctx.line(i));
  const above = [];
  for (let i = Math.max(0, from - 3); i < from; i++) above.push(ctx.line(i));
  const read = withoutSerials(lines, above);
  const printed = buildItems(read);
  let regionKey = '';
  for (const it of printed) regionKey += labelKey(it.label);
  if (!printed.some((it) => it.kind === 'row')) {
    const absent = labelsOnly(printed, 'table2');
    if (absent) reportLabelsOnly(ctx, printed, 'table2', tableNames.table2);
    return { table: null, format: null, ...(absent ? { valuesAbsent: true as const } : {}) };
  }

  // Block headings (第二十条第（一）项), kept as printed: a report may misprint the article.
  for (const it of printed) {
    const m = it.label.includes('第') ? blockHeadingRe.exec(it.label) : null;
    if (m) {
      const at = it.labelStart + it.label.indexOf(m[0]);
      ctx.blockHeadings.push({ text: ctx.source.text.slice(at, at + m[0].length), position: ctx.source.position(at) });
    }
  }
  const fmt = decideFormat(ctx, printed, regionKey);
  const t = formats[fmt].table2;
  const m = matcherFor(t);
  const paired = pairLabelList(printed, m, t.rows.map((r) => r.columns.length), columnKeysOf(t));
  const items = paired?.items ?? printed;
  if (paired?.lastApart) {
    ctx.report('last-column-apart', 'info', { table: tableNames.table2.zh, tableEn: tableNames.table2.en }, paired.lastApart.start);
  }
  const candidates: number[] = [];
  items.forEach((it, k) => it.kind === 'row' && candidates.push(k));
  // Labels may stand on the values' line, above them or (raw PDF text) below them.
  const markers: Array<Float64Array | undefined> = [];
  const pre = evidenceOf(items, candidates, m, 'pre', [], undefined, markers);
  const post = evidenceOf(items, candidates, m, 'post', [], pre.own, markers);
  const { weights, best } = matchWeights(pre, post);
  const candToRow = maxWeightMatching(weights);
  const rowToCand = new Array<number>(t.rows.length).fill(-1);
  const candUsed = new Set<number>();
  candToRow.forEach((r, ci) => {
    if (r >= 0) {
      rowToCand[r] = ci;
      candUsed.add(ci);
    }
  });
  // A row matched by a label printed after its values (raw PDF text: the labels of a block after
  // all its values) is the reader's pairing, which 表二's lack of sums cannot confirm: said so.
  rowToCand.forEach((ci, r) => {
    if (ci < 0) return;
    const own = pre.own[ci]![r]!;
    const below = 0.95 * post.near[ci]![r]!;
    if (own < 0.6 && below >= 0.6 && below >= pre.near[ci]![r]!) ctx.placed.set(`table2.${t.rows[r]!.id}`, 'order');
  });
  // Label-less rows: take them in order between the rows matched around them.
  for (let r = 0; r < t.rows.length; r++) {
    if (rowToCand[r] !== -1) continue;
    let lo = -1;
    for (let q = r - 1; q >= 0; q--) if (rowToCand[q]! >= 0) { lo = rowToCand[q]!; break; }
    let hi = candidates.length;
    for (let q = r + 1; q < t.rows.length; q++) if (rowToCand[q]! >= 0) { hi = rowToCand[q]!; break; }
    for (let ci = lo + 1; ci < hi; ci++) {
      if (candUsed.has(ci) || best[ci]! >= 0.3) continue;
      if (Math.abs(items[candidates[ci]!]!.values - t.rows[r]!.columns.length) > 1) continue;
      rowToCand[r] = ci;
      candUsed.add(ci);
      ctx.report('row-by-order', 'info', { table: tableNames.table2.zh, tableEn: tableNames.table2.en, label: t.rows[r]!.label },
        items[candidates[ci]!]!.line.start, { path: `table2.${t.rows[r]!.id}` });
      break;
    }
  }

  // Every row's values a line above its label's (a run of rows each on the next one's label line).
  // Each candidate's own-line scores, as the evidence above worked them out.
  const ownScores = (ci: number) => pre.own[ci]!;
  const shifted = shiftRowsUp(
    rowToCand, candidates.length, t.rows.map((row) => row.columns.length),
    (ci) => items[candidates[ci]!]!.values,
    (r, before) => {
      let lo = 0;
      for (let q = r - 1; q >= 0; q--) if (rowToCand[q]! >= 0) { lo = candidates[rowToCand[q]!]! + 1; break; }
      return labelAlone(items, lo, candidates[before]!, r, t.rows[r]!, m) !== null;
    },
    (ci, r) => ownScores(ci)[r]! >= 0.6,
    (ci) => ownScores(ci).every((v) => v < 0.3),
  );
  for (const r of shifted) {
    candUsed.add(rowToCand[r]!);
    const row = t.rows[r]!;
    ctx.placed.set(`table2.${row.id}`, 'order');
    ctx.report('rows-shifted', 'info', { table: tableNames.table2.zh, tableEn: tableNames.table2.en, label: row.label },
      items[candidates[rowToCand[r]!]!]!.fields[0]?.start ?? null, { path: `table2.${row.id}` });
  }

  const table: Record<string, CellRow> = {};
  t.rows.forEach((row, r) => {
    const ci = rowToCand[r]!;
    if (ci < 0) {
      const blank = blankRow(ctx, items, 0, items.length, r, row, m, `table2.${row.id}`);
      if (blank) {
        table[row.id] = blank;
        return;
      }
      ctx.report('row-missing', 'warning', { table: tableNames.table2.zh, tableEn: tableNames.table2.en, label: row.label }, null, { path: `table2.${row.id}` });
      return;
    }
    const k = candidates[ci]!;
    const item = items[k]!;
    const path = rowPathsOf(t)[r]!;
    table[row.id] = readRow(ctx, items, k, row, path);
    const own = m.scores(item.label)[r]!;
    if (own >= 0.6) ctx.label(path, item.line);
    if (own >= 0.6 && own < 1) {
      ctx.report('label-approximate', 'info', { printed: item.label.trim(), label: row.label }, item.labelStart, { path });
    }
  });
  // Values inside the table that no row took: the row matched just before them may hold
  // another row's values (a layout that prints a row's values on the next row's label line), and
  // so may the row matched just after them (raw PDF text printing a block's label between two
  // value lines, the row taking the one after its label):
  //   3985758      ← unread: 行政处罚's own
  //   行政处罚
  //   88283        ← taken by 行政处罚, though 行政强制's
  //   行政强制
  // so the warning names both rows.
  const rowOf = new Map<number, number>();
  rowToCand.forEach((ci, r) => ci >= 0 && rowOf.set(ci, r));
  const lastUsed = Math.max(-1, ...candUsed);
  let before = -1;
  candidates.forEach((k, ci) => {
    if (rowOf.has(ci)) {
      before = rowOf.get(ci)!;
      return;
    }
    const it = items[k]!;
    if (before < 0 || ci > lastUsed || it.values === 0 || onlyDashes(it)) return;
    let after = -1;
    for (let cj = ci + 1; cj < candidates.length && after < 0; cj++) after = rowOf.get(cj) ?? -1;
    ctx.report('values-unread', 'warning', {
      table: tableNames.table2.zh, tableEn: tableNames.table2.en,
      text: it.fields.map((f) => f.text).filter(Boolean).join(' '),
    }, it.fields[0]?.start ?? it.line.start, {
      path: `table2.${t.rows[before]!.id}`,
      ...(after >= 0 ? { related: [{ path: `table2.${t.rows[after]!.id}`, position: null }] } : {}),
    });
  });
  return { table, format: fmt };
}

type Evidence = { own: Float64Array[]; near: Float64Array[] };

/**
 * Each candidate's evidence for each row, the best of its own label, the text above it and
 * 0.95 × the text below it: as matching weights (under 0.6, none), and its best for any row.
 * Plain loops, not map: the arrays map makes differ in kind (empty or not), and a kind not met
 * before threw extractTable2's compiled code away.
 */
function matchWeights(pre: Evidence, post: Evidence): { weights: number[][]; best: number[] } {
  const weights: number[][] = [];
  const best: number[] = [];
  for (let ci = 0; ci < pre.own.length; ci++) {
    const o = pre.own[ci]!;
    const above = pre.near[ci]!;
    const below = post.near[ci]!;
    const w: number[] = [];
    let top = -Infinity;
    for (let r = 0; r < o.length; r++) {
      const e = Math.max(o[r]!, above[r]!, 0.95 * below[r]!);
      w.push(e >= 0.6 ? e : 0);
      if (e > top) top = e;
    }
    weights.push(w);
    best.push(top);
  }
  return { weights, best };
}
