import { formats, table3Columns, type FormatId, type TableDef } from '../model/formats/index.js';
import { withoutSerials } from './serial-column.js';
import { serialRows } from './serial-rows.js';
import { joinWrappedColumns } from './wrapped-columns.js';
import { withoutSpacerColumn } from './spacer-column.js';
import type { CellRow } from '../model/report.js';
import { align } from './align.js';
import { stackedRows, unstackRows } from './stacked-rows.js';
import { groupLabelPiece } from './cells-below.js';
import { tableNames, type Context } from './context.js';
import { joinStackedDigits } from './stacked-digits.js';
import { addsUp } from './wrapped-numbers.js';
import { buildItems, chunkSegment, joinRowRuns, onlyDashes, type Item } from './items.js';
import { blankRow, evidenceOf, hintWeight, makeCell, readRow, rowLabel, rowPathsOf } from './rows.js';
import { labelKey, matcherFor, type LabelMatcher } from './similarity.js';
import { pairShapes, splitRowPairs, type PairShapes, type SplitPairs } from './split-rows.js';
import { orderRows, streamRows } from './value-stream.js';
import type { Field, Line } from './lines.js';
import { columnBlocks } from './column-blocks.js';
import { columnsAfter, columnsAfterPages } from './columns-after.js';
import { joinedRows, joinWrappedLabels, labelsAbove, valuesBelow, valuesWrapped } from './values-below.js';
import { rowsOutOfStep } from './out-of-step.js';
import { labelsOnly, reportLabelsOnly } from './labels-only.js';

const width = table3Columns.length;

/** Phrases only the 2021 表三 prints (its （六） sub-rows). */
const markers2021 = ['逾期不补正', '缴纳费用', '不再处理其政府信息公开申请'].map(labelKey);

/** Whether a printed label holds one of the 2021 phrases. */
function names2021(label: string): boolean {
  // A character of each phrase (补, 缴, 再): a label without any of them holds none of them.
  if (label.indexOf('补') < 0 && label.indexOf('缴') < 0 && label.indexOf('再') < 0) return false;
  const key = labelKey(label);
  return markers2021.some((m) => key.includes(m));
}

const labels = new WeakMap<TableDef, string[]>();
/** Each row's label (rowLabel), made once per table definition. */
const labelsOf = (t: TableDef): string[] => {
  let l = labels.get(t);
  if (!l) labels.set(t, (l = t.rows.map(rowLabel)));
  return l;
};

const widths = new WeakMap<TableDef, number[]>();
const widthsOf = (t: TableDef): number[] => {
  let w = widths.get(t);
  if (!w) widths.set(t, (w = t.rows.map((r) => r.columns.length)));
  return w;
};

export interface Table3Result {
  table: Record<string, unknown> | null;
  format: FormatId | null;
  /** Last line that held a row of the table. */
  lastLine: number;
  /** Found by its labels with no value printed (`parse/values-absent` said). */
  valuesAbsent?: true;
}

/** Row ids split at their dots, once each (ids come from the table definitions). */
const idParts = new Map<string, string[]>();

/** Set a dotted row id in a nested object. */
function setRow(obj: Record<string, unknown>, id: string, row: CellRow): void {
  let parts = idParts.get(id);
  if (!parts) idParts.set(id, (parts = id.split('.')));
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    o = (o[parts[i]!] ??= {}) as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = row;
}

/**
 * 表三 from the rows of a confirmed value stream (see value-stream.ts), each said so on its row.
 * `two`: the rows printed two values each, read as 自然人 and 总计 (fields' `col`), the other
 * columns blank.
 */
function readStream(ctx: Context, t: TableDef, rows: ReadonlyArray<{ fields: Field[]; item: Item }>, from: number, two = false, doubt: readonly boolean[] = []): Table3Result {
  const table: Record<string, unknown> = {};
  let lastLine = from;
  t.rows.forEach((row, r) => {
    const { fields, item } = rows[r]!;
    const path = rowPathsOf(t)[r]!;
    if (doubt[r]) {
      // Readings the sums all accept put other values here: the row is left unread.
      const cells: CellRow = {};
      for (const c of row.columns) cells[c.id] = makeCell(ctx, null, fields[0]!.start, path, c.id);
      setRow(table, row.id, cells);
      ctx.report('row-order-ambiguous', 'warning', { label: rowLabel(row) }, fields[0]!.start, { path });
      return;
    }
    if (two) {
      const cells: CellRow = {};
      row.columns.forEach((c, ci) => {
        const f = fields.find((x) => x.col === ci);
        cells[c.id] = f ? makeCell(ctx, f, f.start, path, c.id) : { value: null, kind: 'blank', raw: '', position: ctx.source.position(fields[0]!.start) };
      });
      setRow(table, row.id, cells);
      const nonZero = fields.some((f) => f.cell.value !== 0);
      ctx.report('cells-two-columns', nonZero ? 'warning' : 'info', { label: rowLabel(row), first: row.columns[0]!.label, last: row.columns[row.columns.length - 1]!.label }, fields[0]!.start, { path });
      lastLine = Math.max(lastLine, item.line.index);
      return;
    }
    const own: Item = { kind: 'row', line: item.line, label: '', labelStart: fields[0]!.start, fields, values: fields.length, segment: true, apart: true };
    // Numbers the row's item joined from their wrapped pieces, where this row is that item's.
    if (item.wrapped && item.fields[0]?.start === fields[0]!.start) own.wrapped = item.wrapped;
    setRow(table, row.id, readRow(ctx, [own], 0, row, path));
    lastLine = Math.max(lastLine, item.line.index);
    ctx.report('cells-by-sums', 'info', { label: rowLabel(row) }, fields[0]!.start, { path });
  });
  return { table, format: t.format, lastLine };
}

/** The table's items: one-value lines gathered into segments, cut into rows of the table's width. */
function itemsOf(lines: readonly Line[], ctx?: Context): Item[] {
  const items: Item[] = [];
  // Labels wrapped round their values' line are joined once, on the table's own lines (ctx given).
  // Rows whose values stand stacked after their labels, a column at a time, are made rows first.
  const rowLines = unstackRows(lines, width, groupLabelPiece);
  const spaced = withoutSpacerColumn(buildItems(rowLines), width);
  if (ctx && spaced.dropped) {
    const first = spaced.items.find((it) => it.kind === 'row' && it.segment)!;
    ctx.report('spacer-column', 'info', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, rows: spaced.dropped }, first.fields[0]?.start ?? first.line.start, { path: 'table3' });
  }
  const built = ctx ? joinWrappedLabels(ctx, spaced.items, width) : spaced.items;
  const lineOf = ctx && ((o: number) => ctx.source.lineIndex(o));
  let runs = joinRowRuns(joinStackedDigits(built, width, addsUp), width, lineOf);
  // Numbers wrapped in their narrow cells, their pieces apart: joined by column (-layout text).
  if (ctx && lineOf) runs = joinWrappedColumns(runs, width, addsUp, lineOf, (o) => o - ctx.line(lineOf(o)).start, groupLabelPiece);
  for (const it of runs) {
    if (it.segment) items.push(...chunkSegment(it, width));
    else items.push(it);
  }
  return items;
}

/**
 * Read 表三 from lines [from, to): align the printed rows with the format's rows (both
 * layouts of （六）), take the better, read each row's seven cells.
 */
export function extractTable3(ctx: Context, from: number, to: number): Table3Result {
  const lines = [];
  for (let i = from; i < to; i++) lines.push(ctx.line(i));
  // 表三's header, where a 序号 column may be named, runs to six lines above its first row.
  const above = [];
  for (let i = Math.max(0, from - 6); i < from; i++) above.push(ctx.line(i));
  const read = withoutSerials(lines, above);
  const items = itemsOf(read, ctx);
  const candidates: number[] = [];
  items.forEach((it, k) => it.kind === 'row' && candidates.push(k));
  if (candidates.length === 0) {
    const absent = labelsOnly(items, 'table3');
    if (absent) reportLabelsOnly(ctx, items, 'table3', tableNames.table3);
    return { table: null, format: null, lastLine: from, ...(absent ? { valuesAbsent: true as const } : {}) };
  }

  const has2021 = items.some((it) => it.label !== '' && names2021(it.label));

  type Try = { t: TableDef; score: number; rowToItem: Int32Array; paired: Uint8Array; pairs: SplitPairs | null; own: Float64Array[]; near: Float64Array[]; serial: Int32Array | null };
  const counts = candidates.map((k) => items[k]!.values);
  // The text around each row, per orientation: the same for both formats.
  const nearTexts = { pre: [] as Array<string | undefined>, post: [] as Array<string | undefined> };
  // Lines that may be one split row: the same for both orientations, so once per format.
  const splits = new Map<FormatId, SplitPairs | null>();
  // The rows pairs of lines would make: the same for both formats, scored per format.
  let shapes: PairShapes | undefined;
  // Each candidate's own label scored once per format: the same for both orientations.
  const ownScores = new Map<FormatId, Float64Array[]>();
  const ownOf = (f: FormatId): Float64Array[] => {
    let s = ownScores.get(f);
    if (!s) {
      const m = matcherFor(formats[f].table3);
      ownScores.set(f, (s = candidates.map((k) => m.scores(items[k]!.label))));
    }
    return s;
  };
  // What a row number alone and the lines around it name, per format: the same for both orientations.
  const markerScores = new Map<FormatId, Array<Float64Array | undefined>>();
  const markersOf = (f: FormatId) => {
    let s = markerScores.get(f);
    if (!s) markerScores.set(f, (s = []));
    return s;
  };
  // The rows a 序号 column names, per format (its rows differ after the twentieth).
  const serialScores = new Map<FormatId, Int32Array | null>();
  const serialsOf = (f: FormatId): Int32Array | null => {
    if (!serialScores.has(f)) {
      const own = ownOf(f);
      serialScores.set(f, serialRows(read, items, candidates, formats[f].table3.rows.length, (ci) => {
        const o = own[ci]!;
        let best = -1;
        for (let r = 0; r < o.length; r++) if (o[r]! >= 0.8 && (best < 0 || o[r]! > o[best]!)) best = r;
        return best;
      }));
    }
    return serialScores.get(f)!;
  };
  const run = (f: FormatId, o: 'pre' | 'post'): Try => {
    const t = formats[f].table3;
    const ev = evidenceOf(items, candidates, matcherFor(t), o, nearTexts[o], ownOf(f), markersOf(f));
    if (!splits.has(f)) splits.set(f, splitRowPairs(items, candidates, matcherFor(t), width, (shapes ??= pairShapes(items, candidates, width))));
    const pairs = splits.get(f)!;
    const serial = serialsOf(f);
    const res = align({ own: ev.own, near: ev.near, counts, widths: widthsOf(t), pairs: pairs ?? undefined, serial: serial ?? undefined });
    return { t, score: res.score, rowToItem: res.rowToItem, paired: res.paired, pairs, own: ev.own, near: ev.near, serial };
  };
  // Where every printed row carries its own label, the text around rows is never consulted:
  // one alignment suffices, and the 2021 （六） labels decide the format. (Asked only where it
  // matters: with the 2021 labels, only for an alignment.)
  let labelled: boolean | undefined;
  const allLabelled = (): boolean => (labelled ??= ownOf('2019').every((s) => s.some((v) => v >= 0.6)));
  // Whether labels stand above or below their values is the layout's, not the format's:
  // decided once, on the 2019 rows.
  let orientation: 'pre' | 'post' = 'pre';
  let first19: Try | null = null;
  const orient = (): void => {
    if (first19 || allLabelled()) return;
    const a = run('2019', 'pre');
    // Labels above their values, every row found by its text: no need to try them below.
    const whole = a.rowToItem.every((ci, r) => ci >= 0 && Math.max(a.own[ci]![r]!, a.near[ci]![r]!) >= 0.6);
    const b = whole ? a : run('2019', 'post');
    // A label joined from its first line above its values and its end beside them stands for
    // what its values line alone would have told the alignment: labels above (see labelsAbove).
    let above = 0;
    if (b !== a) for (const k of candidates) if (labelsAbove.has(items[k]!)) above += hintWeight;
    orientation = b.score > a.score + above ? 'post' : 'pre';
    first19 = orientation === 'post' ? b : a;
  };
  // The format: told by the 2021 labels or by every row's own label where it can be; else by
  // which format's alignment scores better. The alignment is worked out only when asked
  // (format undecided, or rows read by it): a table read from its value stream never uses it.
  let format: FormatId = has2021 ? '2021' : '2019';
  let best: Try | null = null;
  if (!has2021 && !allLabelled()) {
    orient();
    const b19 = first19!;
    const b21 = run('2021', orientation);
    best = b21.score > b19.score + 1 ? b21 : b19;
    format = best.t.format;
    if (best === b21) {
      ctx.report('format-by-shape', 'info', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, format: '2021' }, items[candidates[0]!]!.line.start);
    }
  }
  const aligned = (): Try => {
    if (best) return best;
    orient();
    return (best = run(format, orientation));
  };

  const t = formats[format].table3;
  const m = matcherFor(t);
  // Values printed apart from their labels: read in the table's own order where its sums confirm it.
  if (candidates.some((k) => items[k]!.segment)) {
    const apart = readApart(ctx, t, m, items, read, from);
    if (apart) return apart;
  }
  const chosen = aligned();
  // Rows split over two lines are read as the one row they make; the second line is used up.
  let rowItems: Item[] = items;
  chosen.paired.forEach((p, r) => {
    if (!p) return;
    const ci = chosen.rowToItem[r]!;
    const k = candidates[ci]!;
    if (rowItems === items) rowItems = items.slice();
    rowItems[k] = chosen.pairs!.merged[ci]!;
    rowItems[k + 1] = { ...items[k + 1]!, kind: 'text', fields: [], values: 0 };
  });
  const table: Record<string, unknown> = {};
  let lastLine = from;
  const used = new Set<number>();
  const rowPaths = rowPathsOf(t);
  const missing: number[] = [];
  const blanks: number[] = [];
  // The items the rows took (a row split over two lines takes the next too).
  const taken = new Set<number>();
  chosen.rowToItem.forEach((ci, r) => {
    if (ci < 0) return;
    taken.add(candidates[ci]!);
    if (chosen.paired[r] === 1) taken.add(candidates[ci]! + 1);
  });
  t.rows.forEach((row, r) => {
    const path = rowPaths[r]!;
    const ci = chosen.rowToItem[r]!;
    const label = rowLabel(row);
    if (ci < 0) {
      // Between the rows matched before and after it, a label with no values may stand.
      let lo = 0;
      for (let q = r - 1; q >= 0; q--) if (chosen.rowToItem[q]! >= 0) { lo = candidates[chosen.rowToItem[q]!]! + 1; break; }
      let hi = items.length;
      for (let q = r + 1; q < t.rows.length; q++) if (chosen.rowToItem[q]! >= 0) { hi = candidates[chosen.rowToItem[q]!]!; break; }
      const blank = blankRow(ctx, items, lo, hi, r, row, m, path);
      if (blank) {
        setRow(table, row.id, blank);
        blanks.push(r);
        return;
      }
      ctx.report('row-missing', 'warning', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, label }, null, { path });
      missing.push(r);
      return;
    }
    const k = candidates[ci]!;
    used.add(k);
    const split = chosen.paired[r] === 1;
    if (split) used.add(k + 1);
    const item = rowItems[k]!;
    lastLine = Math.max(lastLine, items[split ? k + 1 : k]!.line.index);
    setRow(table, row.id, readRow(ctx, rowItems, k, row, path));
    if (!split && !valuesBelow(ctx, rowItems, k, path, label)) valuesWrapped(ctx, rowItems, k, path, label, taken);
    if (joinedRows.has(item)) ctx.report('values-below-joined', 'info', { label }, item.fields[0]?.start ?? item.line.start, { path });
    if (stackedRows.has(item.line)) ctx.report('rows-stacked', 'info', { label }, item.fields[0]?.start ?? item.line.start, { path });
    if (split) ctx.report('row-split', 'info', { label }, item.fields[0]?.start ?? item.line.start, { path });
    // m.scores(item.label), worked out for the alignment
    const own = (split ? chosen.pairs!.own[ci]! : chosen.own[ci]!)[r]!;
    if (own >= 0.6) ctx.label(path, item.line);
    else {
      // The label on a line of its own next to the values (one cell per line): keep it as printed.
      const near = items[orientation === 'pre' ? k - 1 : k + 1];
      if (near?.kind === 'text' && m.scores(near.label)[r]! >= 0.6) ctx.label(path, near.line);
    }
    if (own < 0.6 && chosen.serial?.[ci] === r) {
      ctx.report('row-by-serial', 'info', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, label, serial: r + 1 }, item.fields[0]?.start ?? item.line.start, { path });
    } else if (own >= 0.6 && own < 1) {
      ctx.report('label-approximate', 'info', { printed: item.label.trim(), label }, item.labelStart, { path });
    } else if (own < 0.6 && (split ? chosen.pairs!.near[ci]! : chosen.near[ci]!)[r]! >= 0.6 * 0.9) {
      // One cell per line prints every label apart from its values: that is the layout, not news.
      if (!item.segment) ctx.report('label-apart', 'info', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, label }, item.fields[0]?.start ?? item.line.start, { path });
    } else if (own < 0.6) {
      ctx.report('row-by-order', 'info', { table: tableNames.table3.zh, tableEn: tableNames.table3.en, label }, item.fields[0]?.start ?? item.line.start, { path });
    }
  });
  const rowItem: number[] = [];
  for (const ci of chosen.rowToItem) rowItem.push(ci < 0 ? -1 : candidates[ci]!);
  rowsOutOfStep(ctx, items, { rowItem, missing, blank: blanks, used, paths: rowPaths, labels: labelsOf(t) });
  // Rows of values inside the table that matched no official row.
  let lastUsed = -Infinity;
  for (const k of used) if (k > lastUsed) lastUsed = k;
  for (const k of candidates) {
    if (used.has(k) || k > lastUsed) continue;
    const it = items[k]!;
    if (it.values < 3 || onlyDashes(it)) continue;
    ctx.report('values-unread', 'warning', {
      table: tableNames.table3.zh, tableEn: tableNames.table3.en,
      text: it.fields.map((f) => f.text).filter(Boolean).join(' '),
    }, it.fields[0]?.start ?? it.line.start);
  }
  return { table, format: t.format, lastLine };
}

/** Say which rows had their last columns printed after them and were put back (the first row by its label). */
function reportColumnsAfter(ctx: Context, t: TableDef, rows: ReadonlyArray<{ fields: Field[] }>, moved: { rows: number; cols: number; first: Field }): void {
  const r = rows.findIndex((row) => row.fields.some((f) => f.start === moved.first.start));
  if (r < 0) return;
  const at = rows[r]!.fields[0]!.start;
  ctx.report('columns-after-table', 'info', {
    table: tableNames.table3.zh, tableEn: tableNames.table3.en, label: rowLabel(t.rows[r]!), rows: moved.rows, cols: moved.cols,
  }, at, { path: 'table3' });
}

/**
 * 表三 from values printed apart from their labels (see value-stream.ts), or null where no
 * reading of them is confirmed by the sums: the values in the table's own order; else in the
 * text's order (the last columns printed after the table put back first); else blocks of rows
 * printed one column at a time put back in row order; else every row printing two values
 * (自然人 and 总计). A function of its own: few texts take it, and its compiled code is then
 * thrown away and made again without the rest of extractTable3.
 */
function readApart(ctx: Context, t: TableDef, m: LabelMatcher, items: Item[], read: readonly Line[], from: number): Table3Result | null {
  // Every reading the sums accept: one alone is read; several are left to the readings below.
  const streamed = { doubt: [] as boolean[] };
  const stream = streamRows(items, t, m, undefined, streamed);
  if (stream && !streamed.doubt.some((d) => d)) return readStream(ctx, t, stream, from);
  if (!stream) {
    // None at all: the values in the text's order, with the last columns printed after the
    // table put back first.
    const ca = columnsAfter(read, width);
    const after = ca && orderRows(itemsOf(ca.lines), t);
    const paged = after ? null : columnsAfterPages(read, width);
    const pagedRows = paged && orderRows(itemsOf(paged.lines), t);
    const ordered = after ?? pagedRows ?? orderRows(items, t);
    if (ca && after) {
      reportColumnsAfter(ctx, t, after, ca);
      if (ca.stray) ctx.report('item-number-apart', 'info', { text: ca.stray.text }, ca.stray.start, { path: 'table3' });
    }
    if (paged && pagedRows) for (const moved of paged.moved) reportColumnsAfter(ctx, t, pagedRows, moved);
    if (ordered) return readStream(ctx, t, ordered, from);
  }
  // Blocks of rows printed one column at a time, put back in row order: kept where the sums confirm it.
  const cb = columnBlocks(read, width);
  // Where the moved values start.
  const moved = new Set<number>();
  for (const block of cb?.blocks ?? []) for (const row of block) for (const l of row) for (const f of l.fields) moved.add(f.start);
  const agreed = { doubt: [] as boolean[] };
  const sure = () => agreed.doubt.some((d) => !d);
  // The items holding moved values are marked (a plain loop, not map: streamRows then meets one kind of list).
  const columnItems: Item[] = [];
  if (cb) for (const it of itemsOf(cb.lines)) columnItems.push(it.fields.some((f) => moved.has(f.start)) ? Object.assign({}, it, { columns: true }) : it);
  const byColumns = cb && streamRows(columnItems, t, m, undefined, agreed);
  if (cb && byColumns && sure()) {
    t.rows.forEach((row, r) => {
      const f = byColumns[r]!.fields.find((x) => moved.has(x.start));
      if (f && !agreed.doubt[r]) ctx.report('cells-by-columns', 'info', { label: rowLabel(row) }, f.start, { path: rowPathsOf(t)[r]! });
    });
    return readStream(ctx, t, byColumns, from, false, agreed.doubt);
  }
  // Every row printing two values, the applicant columns between left blank: read as 自然人
  // and 总计 where the sums confirm it (a row's total then equals its one applicant value).
  const two = streamRows(items, t, m, [0, width - 1], agreed);
  if (two && sure()) return readStream(ctx, t, two, from, true, agreed.doubt);
  return null;
}
