import type { Cell, CellRow } from '../model/report.js';
import type { ColumnDef, RowDef, TableDef } from '../model/formats/types.js';
import type { Context } from './context.js';
import type { Field } from './lines.js';
import type { Item } from './items.js';
import { gridOf, resolveCells, type Resolved } from './resolve-cells.js';
import { cellsByHeader } from './header-columns.js';
import { noteCut, pageOf, shownColumns, textPage } from './cut-columns.js';
import type { LabelMatcher } from './similarity.js';
import { isWhiteSpace } from './white-space.js';
import { startsItem } from '../text/item-number.js';

/**
 * Evidence for every candidate row item: how well the label on its own line names each
 * format row (`own`), and how well the text lines next to it do (`near`: before it for
 * layouts that print labels above the values, after it for those that print them below).
 * `ownScores`: the matcher's scores of each candidate's label, where the caller has them;
 * `markerScores`: kept by item index for the next call with the same items and matcher.
 */
export function evidenceOf(
  items: readonly Item[],
  candidates: readonly number[],
  matcher: LabelMatcher,
  orientation: 'pre' | 'post',
  nearTexts: Array<string | undefined> = [],
  ownScores?: readonly Float64Array[],
  markerScores: Array<Float64Array | undefined> = [],
): { own: Float64Array[]; near: Float64Array[] } {
  const own: Float64Array[] = [];
  const near: Float64Array[] = [];
  const none = matcher.none;
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i]!;
    const item = items[k]!;
    const o = ownScores ? ownScores[i]! : matcher.scores(item.label);
    own.push(o);
    let ownBest = 0;
    for (let r = 0; r < o.length; r++) if (o[r]! > ownBest) ownBest = o[r]!;
    const text = ownBest >= 0.6 ? '' : (nearTexts[k] ??= withContext(items, k, orientation, matcher));
    let h = text ? hintOf(matcher.scores(text)) : none;
    if (ownBest < 0.6 && markerOnly.test(item.label)) h = atLeast(h, (markerScores[k] ??= markerHint(items, k, matcher)), none);
    if (ownBest < 0.6 && item.label.trim() === '') {
      const around = wrappedAround(items, k, matcher);
      if (around) h = atLeast(h, hintOf(matcher.scores(around)), none);
    }
    near.push(h);
  }
  return { own, near };
}

/** A label that is only a row number (`3.`, `5、`). */
export const markerOnly = /^\s*\d{1,2}\s*[.．、]?\s*$/;

/**
 * A row whose own label is only its number (`2.`) is named by its number and the text next to
 * it on either side, nearest lines first (a layout wraps the label around the values' line).
 *
 * ```text
 *        重复申请
 *       2.           0   0
 *       ^ “2.” + “重复申请”: （五）不予处理2.重复申请
 * ```
 */
function markerHint(items: readonly Item[], k: number, matcher: LabelMatcher): Float64Array {
  const out = new Float64Array(matcher.size);
  const marker = items[k]!.label.trim();
  for (const step of [-1, 1]) {
    let text = '';
    for (let j = k + step, depth = 0; j >= 0 && j < items.length && depth < 3 && items[j]!.kind === 'text'; j += step, depth++) {
      text = step < 0 ? items[j]!.label + text : text + items[j]!.label;
      const s = hintOf(matcher.scores(marker + text));
      for (let r = 0; r < s.length; r++) if (s[r]! > out[r]!) out[r] = s[r]!;
    }
  }
  return out;
}

/**
 * The label a row's values stand inside: the line before them starts a label with its number and
 * names no row yet, the line after them finishes it (it starts no label of its own), and the two
 * together name one row. A label cell that wraps prints its values beside its middle, so plain
 * pdftotext puts them between the label's lines, whichever side the table's other labels stand.
 *
 * ```text
 * 1.本机关不掌握相关政      ← the label's first line
 * 746                       ┐ its values
 * …                         ┘
 * 府信息                     ← the rest of it
 * ```
 */
function wrappedAround(items: readonly Item[], k: number, matcher: LabelMatcher): string {
  const before = items[k - 1];
  const after = items[k + 1];
  if (before?.kind !== 'text' || after?.kind !== 'text') return '';
  const head = before.label.trim();
  const tail = after.label.trim();
  if (!startsItem(head) || startsItem(tail) || tail === '' || namesOneRow(matcher.scores(head))) return '';
  const whole = head + tail;
  return namesOneRow(matcher.scores(whole)) ? whole : '';
}

/**
 * Each row's greater of two hints: `m` itself where `h` is `none` (all 0, and hints are never
 * below 0), else a new array. Evidence arrays are only read, never changed.
 */
function atLeast(h: Float64Array, m: Float64Array, none: Float64Array): Float64Array {
  if (h === none) return m;
  const out = new Float64Array(h);
  for (let r = 0; r < m.length; r++) if (m[r]! > out[r]!) out[r] = m[r]!;
  return out;
}

const hints = new WeakMap<Float64Array, Float64Array>();

/** How much a label next to a row's values counts against one on their line. */
export const hintWeight = 0.9;

/**
 * Scores of text next to a row, weighed down as a hint (hintWeight×). The matcher hands out one
 * array per text, so the weighed copy is kept with it (never changed by its users).
 */
function hintOf(s: Float64Array): Float64Array {
  let h = hints.get(s);
  if (!h) {
    h = new Float64Array(s.length);
    for (let r = 0; r < s.length; r++) h[r] = hintWeight * s[r]!;
    hints.set(s, h);
  }
  return h;
}

/**
 * A row item's label with the text lines next to it (see contextText), or '' where there
 * are none. Evidence for one orientation and several formats asks the same: callers keep
 * the texts (`nearTexts` of evidenceOf), which the matchers then find by the same string.
 */
function withContext(items: readonly Item[], k: number, orientation: 'pre' | 'post', matcher: LabelMatcher): string {
  const ctx = contextText(items, k, orientation, matcher);
  if (!ctx) return '';
  const label = items[k]!.label;
  return orientation === 'pre' ? ctx + label : label + ctx;
}

/**
 * Up to three text lines right before (or after) a row item, up to the next row item, nearest
 * first. With a matcher, lines stop being added once those taken name one row: a farther
 * line is the next row's label, not more of this one's. Plain pdftotext prints two rows'
 * labels on consecutive lines after the first row's values:
 *
 * ```text
 * 9 … 9                       ← （一）'s values
 * 三、本年度 （一）予以公开    ← names （一）: the context stops here
 * 办理结果 （二）部分公开      ← （二）'s label, for the values after it
 * ```
 */
export function contextText(items: readonly Item[], k: number, orientation: 'pre' | 'post', matcher?: LabelMatcher): string {
  // The lines taken so far, joined in reading order as they are taken (the text each test asks of).
  let text = '';
  let taken = 0;
  const step = orientation === 'pre' ? -1 : 1;
  for (let j = k + step; j >= 0 && j < items.length && taken < 3; j += step) {
    const it = items[j]!;
    if (it.kind !== 'text') break;
    text = orientation === 'pre' ? it.label + text : text + it.label;
    taken++;
    if (matcher && taken < 3 && namesOneRow(matcher.scores(text))) break;
  }
  return text;
}

/** Whether label scores name one row: one at 0.8 or more, none other as high. */
function namesOneRow(scores: Float64Array): boolean {
  let best = -1;
  let second = -1;
  for (let r = 0; r < scores.length; r++) {
    const v = scores[r]!;
    if (v > best) {
      second = best;
      best = v;
    } else if (v > second) second = v;
  }
  return best >= 0.8 && second < best;
}

/** Turn a printed field (or a gap) into a model cell; `rowPath` and `column` name it in a diagnostic. */
export function makeCell(ctx: Context, f: Field | null, at: number, rowPath: string, column: string): Cell {
  if (!f) return { value: null, kind: 'blank', raw: '', missing: true, position: ctx.source.position(at) };
  const raw = f.raw ?? ctx.source.text.slice(f.start, f.end);
  const cell: Cell = { value: f.cell.value, kind: f.cell.kind, raw, position: ctx.source.position(f.start) };
  if (f.cell.unit) cell.unit = f.cell.unit;
  if (f.cell.extraText) {
    ctx.report('cell-text', 'info', { text: raw, value: String(f.cell.value) }, f.start, { path: `${rowPath}.${column}`, actual: raw });
  }
  const o = cell.position.origin;
  // A cell printed over two pages (a table row broken at the foot of a page), read as one.
  if (o?.form === 'pdf' && o.continued) {
    ctx.report('cell-across-pages', 'info', { text: raw, page: o.page, next: o.continued.page }, f.start, { path: `${rowPath}.${column}`, actual: raw });
  }
  // A cell read by OCR with low confidence (see read/image.ts): worth a look at the image.
  if (o?.form === 'image' && o.confidence !== undefined && o.confidence < 80) {
    ctx.report('ocr-low-confidence', 'warning', { text: raw, confidence: o.confidence, page: o.page ?? 1, box: o.box.join(',') }, f.start, { path: `${rowPath}.${column}`, actual: raw });
  }
  return cell;
}

/** Nearest full row (every value printed) of the same layout: the columns a short row aligns to. */
export function nearestGrid(items: readonly Item[], k: number, width: number): number[] | null {
  const me = items[k]!;
  let fallback: number[] | null = null;
  for (let d = 1; d < items.length; d++) {
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? k - d : k + d;
      // Bounds first: reading an array at a negative index is a slow property lookup.
      if (j < 0 || j >= items.length) continue;
      const it = items[j]!;
      if (it.kind !== 'row' || it.line.mode !== me.line.mode) continue;
      const g = gridOf(it, width);
      if (!g) continue;
      if (it.fields.length === me.fields.length) return g;
      fallback ??= g;
    }
  }
  return fallback;
}

/**
 * Read the cells of one printed row into the format's columns, with a diagnostic for every
 * column the reader had to assume.
 */
export function readRow(
  ctx: Context,
  items: readonly Item[],
  k: number,
  row: RowDef,
  pathPrefix: string,
): CellRow {
  const item = items[k]!;
  const width = row.columns.length;
  const space = item.line.mode === 'space';
  let filled = 0;
  for (const f of item.fields) if (f.text !== '') filled++;
  // A page cut at its right edge shows only the first columns: the row's values are placed in those.
  const shown = shownColumns(ctx, items, k, row.columns);
  const w = shown ?? width;
  const grid = filled !== w ? nearestGrid(items, k, w) : null;
  const lastIsTotal = shown === null && row.columns[width - 1]?.id === 'total';
  // No full row near (blank cells print nothing, some columns blank all through): the header's columns.
  const byHeader = grid === null && space && shown === null && filled > 0 && filled < w ? cellsByHeader(ctx, items, k, row.columns) : null;
  const res: Resolved = byHeader ? { cells: byHeader, missing: [], extra: [], how: 'header' } : resolveCells(item, w, grid, space, lastIsTotal);
  const cells = res.cells;
  if (shown !== null) while (cells.length < width) cells.push(null);
  const out: CellRow = {};
  const at = item.fields[0]?.start ?? item.labelStart;
  // Where the reader placed cells by assumption, a gap is a missing cell.
  const assumed = res.how !== 'exact' && res.how !== 'positional';
  let gaps = 0;
  const form = ctx.source.originAt(item.line.start)?.form;
  const fromGrid = !space && (form === 'html' || form === 'docx');
  for (let c = 0; c < cells.length; c++) {
    const f = cells[c] ?? null;
    const col = row.columns[c]!;
    if (c >= w) {
      // Cut off by the page: unread (reported with the table's other cut cells).
      out[col.id] = makeCell(ctx, null, gapAt(cells, c, at), pathPrefix, col.id);
      continue;
    }
    const cell = makeCell(ctx, f, f ? f.start : gapAt(cells, c, at), pathPrefix, col.id);
    // In a table a reader saw as a grid (a web page's or a Word table's, spans resolved), an
    // empty field standing exactly in a column of a full row is a cell printed blank.
    const printedBlank = res.how === 'grid' && f !== null && fromGrid;
    if (assumed && !printedBlank && isGap(item.fields, f)) {
      cell.missing = true;
      gaps++;
    }
    out[col.id] = cell;
  }
  if (item.below) ctx.report('cells-below-joined', 'info', { label: rowLabel(row), text: item.fields.filter((f) => f.start > item.line.end).map((f) => f.text).join(' ') }, at, { path: pathPrefix });
  if (item.wrapped) ctx.report('numbers-wrapped-joined', 'info', { label: rowLabel(row), text: item.wrapped.join('、') }, at, { path: pathPrefix });
  if (item.segment && (item.apart || !(filled === width && attached(items, k)))) ctx.placed.set(pathPrefix, 'order');
  else if (gaps > 0 && (res.how === 'grid' || res.how === 'header' || res.how === 'sum' || res.how === 'left')) ctx.placed.set(pathPrefix, res.how);
  if (shown !== null) noteCut(ctx, pathPrefix, pageOf(ctx, item) ?? textPage(ctx, at), row.columns.slice(shown), at);
  if (filled < w && gaps > 0) reportShortRow(ctx, row, pathPrefix, cells, out, { w, filled, how: res.how, at });
  // A label that ends in digits took a number of the row's (OCR joined `行政强制|215 4`: 2154 cut
  // in two, its head in the label): no official label ends so.
  if (filled > 0 && endsInDigit(item.label)) {
    ctx.report('label-digits', 'warning', { label: rowLabel(row), printed: item.label.trim() }, item.labelStart, { path: pathPrefix });
  }
  // Past the columns a cut page shows, what is printed is the edge's cut glyphs (reported as cut).
  if (res.extra.length && shown === null) reportExtraCells(ctx, row, pathPrefix, res.extra);
  return out;
}

/*
 * The diagnostics of rows read short or long, in functions of their own: few rows take these
 * paths, and a new kind of object met there first (a column of another table, a longer list)
 * then throws away the compiled code of this small function, not of readRow, whose compiling
 * takes tens of milliseconds.
 */

/**
 * A row printed with fewer values than its columns, gaps chosen by the reader: name every cell
 * left out (`parse/cells-missing` where a full row nearby told the columns, else
 * `parse/cells-ambiguous`).
 */
function reportShortRow(
  ctx: Context,
  row: RowDef,
  pathPrefix: string,
  cells: ReadonlyArray<Field | null>,
  out: CellRow,
  read: { w: number; filled: number; how: string; at: number },
): void {
  const { w, filled, how, at } = read;
  // Plain loops, not map and filter: the arrays those make differ in kind (empty or not), and
  // each new kind met here threw this function's compiled code away.
  const cols: ColumnDef[] = [];
  for (let c = 0; c < w && c < cells.length; c++) if (out[row.columns[c]!.id]!.missing) cols.push(row.columns[c]!);
  // Every cell left out is named, not only the first: none of them is a silent guess. Where no
  // position told the columns (from the left, or the last as the total), the values placed are
  // guesses too (`61 4 3119` under 法律服务机构 其他 总计 read as 科研机构 社会公益组织 总计): the
  // whole row is named.
  const related: Array<{ path: string; position: null }> = [];
  for (let i = 1; i < cols.length; i++) related.push({ path: `${pathPrefix}.${cols[i]!.id}`, position: null });
  if (how !== 'grid') related.push({ path: pathPrefix, position: null });
  let columns = '';
  let columnsEn = '';
  for (let i = 0; i < cols.length; i++) {
    columns += (i ? '、' : '') + cols[i]!.label;
    columnsEn += (i ? ', ' : '') + cols[i]!.id;
  }
  const where: { path: string; related?: typeof related } = { path: `${pathPrefix}.${cols[0]?.id ?? ''}` };
  if (related.length) where.related = related;
  ctx.report(how === 'grid' ? 'cells-missing' : how === 'header' ? 'cells-by-header' : 'cells-ambiguous', 'warning', {
    label: rowLabel(row), printed: filled, width: w, columns, columnsEn,
  }, at, where);
}

/**
 * Values past the row's columns: `parse/cells-extra`. A not-applicable mark past the row's
 * columns (／ in a block's unused third column) is no value.
 */
function reportExtraCells(ctx: Context, row: RowDef, pathPrefix: string, extraFields: readonly Field[]): void {
  const extra = extraFields.filter((f) => f.cell.kind !== 'dash');
  if (extra.length === 0) return;
  ctx.report('cells-extra', 'warning', {
    label: rowLabel(row), extra: extra.length, width: row.columns.length, text: extra.map((f) => f.text).join(' '),
  }, extra[0]!.start, { path: pathPrefix });
}

/** Whether the text's last character, white space aside, is an ASCII digit (what `/\d\s*$/` matches). */
function endsInDigit(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  // (Not read at -1: a read out of bounds threw readRow's compiled code away.)
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * Values on lines of their own that follow their label directly (a table printed one cell per
 * line): a full row of them is read as certainly as a row on one line. Values in a run longer
 * than a row (plain pdftotext prints a table's labels, then its values), or fewer, are taken
 * in order.
 */
function attached(items: readonly Item[], k: number): boolean {
  const item = items[k]!;
  return items[k - 1]?.kind === 'text' && items[k + 1]?.line !== item.line;
}

const rowPaths = new WeakMap<TableDef, string[]>();

/** Each row's path (`table3.<id>`), made once per table definition: the same strings every report. */
export function rowPathsOf(t: TableDef): string[] {
  let p = rowPaths.get(t);
  if (!p) rowPaths.set(t, (p = t.rows.map((r) => `${t.table}.${r.id}`)));
  return p;
}

/** rowLabel of each row definition, made once. */
const rowLabels = new WeakMap<RowDef, string>();

/** The row's label as the format prints it, with its group where that makes it unique. */
export function rowLabel(row: RowDef): string {
  let label = rowLabels.get(row);
  if (label === undefined) rowLabels.set(row, (label = row.group && /^\d/.test(row.label) ? `${row.group}${row.label}` : row.label));
  return label;
}

/**
 * A row printed with its label but no value in any cell (all blank; text pulled from a
 * PDF drops empty cells), found among the text lines `from`–`to` of the item list.
 *
 * ```text
 *       行政事业性收费
 *       ^ the label, and nothing after it
 * ```
 */
export function blankRow(
  ctx: Context,
  items: readonly Item[],
  from: number,
  to: number,
  r: number,
  row: RowDef,
  matcher: LabelMatcher,
  pathPrefix: string,
): CellRow | null {
  const found = labelAlone(items, from, to, r, row, matcher);
  if (!found) return null;
  const out: CellRow = {};
  const at = found.end.line.end;
  for (const c of row.columns) out[c.id] = makeCell(ctx, null, at, pathPrefix, c.id);
  ctx.report('row-no-values', 'warning', { label: rowLabel(row), width: row.columns.length }, found.start.labelStart, { path: pathPrefix });
  return out;
}

/**
 * Row r's label printed on its own, with no values, among items [from, to): the item it starts
 * on and the one it ends on (a label wrapped onto the next line), or null.
 */
export function labelAlone(items: readonly Item[], from: number, to: number, r: number, row: RowDef, matcher: LabelMatcher): { start: Item; end: Item } | null {
  const names = (label: string) => {
    const s = matcher.scores(label);
    // A label on its own, not a sentence that happens to name the row.
    return s[r]! >= 0.9 && !s.some((v, q) => q !== r && v > s[r]!) && label.replace(/\s+/g, '').length <= rowLabel(row).length + 12;
  };
  for (let k = Math.max(0, from); k < Math.min(items.length, to); k++) {
    const it = items[k]!;
    if (it.kind !== 'text') continue;
    // A label wrapped onto the next line names its row with that line; pdftotext -layout may
    // set its item number on a line of its own between the two (`要求行政机关确认或重` / `5.` /
    // `新出具已获取信息`), which is read in front.
    const textAt = (j: number) => (j < Math.min(items.length, to) && items[j]!.kind === 'text' ? items[j]! : null);
    const next = textAt(k + 1);
    const after = next && /^\s*\d{1,2}\s*[.．、]\s*$/.test(next.label) ? textAt(k + 2) : null;
    const end = names(it.label) ? it : next && names(it.label + next.label) ? next
      : after && names(next!.label.trim() + it.label.trim() + after.label.trim()) ? after : null;
    if (end) return { start: it, end };
  }
  return null;
}

/** A cell the row did not print: none placed, or an empty field that is not a blank inside the row. */
function isGap(fields: readonly Field[], f: Field | null): boolean {
  return f === null || (f.text === '' && !inside(fields, f));
}

/** Where a gap is placed: at the start of the next printed cell, else after the last, else `at`. */
function gapAt(cells: ReadonlyArray<Field | null>, c: number, at: number): number {
  for (let k = c + 1; k < cells.length; k++) if (cells[k]?.text) return cells[k]!.start;
  for (let k = c - 1; k >= 0; k--) if (cells[k]?.text) return cells[k]!.end;
  return at;
}

/** An empty field with a printed value on either side of it in the row: a blank cell the row printed, not a gap. */
function inside(fields: readonly Field[], f: Field): boolean {
  const i = fields.indexOf(f);
  return i > 0 && fields.slice(0, i).some((x) => x.text !== '') && fields.slice(i + 1).some((x) => x.text !== '');
}
