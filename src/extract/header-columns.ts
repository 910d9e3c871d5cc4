/**
 * Columns from the header, where no row prints every column. A table laid out with spaces
 * (`pdftotext -layout`) whose blank cells print nothing, and whose columns such as 科研机构 and
 * 社会公益组织 stay blank all through, has no full row to align the others to. Its header still
 * names every column in place; a line of Chinese runs short of its page positions, so the header
 * stands at its own scale and offset (l2 below: the header is two thirds as wide as the values):
 *
 * ```text
 *                            自然人 企业 机构 益 务 其他 总计
 *  一、本年新收政府信息公开申请数量           3001   53           61 4 3119
 *                                                           ^^ 法律服务机构, not 科研机构
 * ```
 *
 * The header's column places are mapped onto the values' by one scale and offset for the whole
 * table, the one under which the rows' values (each row in order, one value a column, a last
 * value that is the sum of the others in 总计) stand nearest their columns. A row is placed only
 * where every other placement of it costs clearly more under every scale and offset tried (two
 * columns of values only, `95 … 95`, fit any pair of columns at some scale: left to the caller).
 */
import type { ColumnDef } from '../model/formats/types.js';
import { headerWords } from '../model/formats/index.js';
import type { Context } from './context.js';
import type { Field } from './lines.js';
import type { Item } from './items.js';
import { stackedRows } from './stacked-rows.js';
import { lastIsSum } from './cells-below.js';

/** Header lines are looked for this far above the table's first row. */
const reach = 12;
/** A row's placement is kept where any other costs this many characters more (in all). */
const margin = 1.5;

const cache = new WeakMap<readonly Item[], Map<Item, Array<Field | null>> | null>();

/**
 * The cells of `items[k]` placed under the header's columns, or null where the header does not
 * name every column in place or the placement is not clear.
 */
export function cellsByHeader(ctx: Context, items: readonly Item[], k: number, columns: readonly ColumnDef[]): Array<Field | null> | null {
  let placed = cache.get(items);
  if (placed === undefined) {
    placed = placeAll(ctx, items, columns);
    cache.set(items, placed);
  }
  return placed?.get(items[k]!) ?? null;
}

interface Row {
  item: Item;
  values: Field[];
  /** Last value is the sum of the others: it stands in the last column. */
  total: boolean;
}

function placeAll(ctx: Context, items: readonly Item[], columns: readonly ColumnDef[]): Map<Item, Array<Field | null>> | null {
  const rows: Row[] = [];
  for (const it of items) {
    if (it.kind !== 'row' || it.segment || it.line.mode !== 'space' || it.values === 0) continue;
    const values = it.fields.filter((f) => f.text !== '');
    // (Values joined from other lines, as a number wrapped below, may stand by another count of
    // columns; rows unstacked keep each value's own column.)
    if (values.length > columns.length || (!stackedRows.has(it.line) && values.some((f) => f.start < it.line.start || f.end > it.line.end))) continue;
    const total = columns[columns.length - 1]!.id === 'total' && lastIsSum(values);
    rows.push({ item: it, values, total });
  }
  if (rows.length < 2) return null;
  const anchors = headerAnchors(ctx, rows[0]!.item.line.index, columns);
  if (!anchors) return null;
  // Values stand by their centre or by their right edge (numbers set flush right): the one the
  // header fits better.
  let best: { fit: Fit; pos: number[][] } | null = null;
  for (const edge of [false, true]) {
    const pos = rows.map((r) => r.values.map((f) => (edge ? f.col + (f.end - f.start) / 2 : f.col)));
    const fit = bestFit(rows, pos, anchors, best?.fit.cost ?? Infinity);
    if (fit) best = { fit, pos };
  }
  if (!best) return null;
  const placed = clearRows(rows, best.pos, anchors, best.fit);
  const out = new Map<Item, Array<Field | null>>();
  rows.forEach((r, i) => {
    const cols = placed[i];
    if (!cols) return;
    const cells: Array<Field | null> = new Array(columns.length).fill(null);
    cols.forEach((c, j) => (cells[c] = r.values[j]!));
    out.set(r.item, cells);
  });
  return out.size ? out : null;
}

/**
 * Each column's place on the header, by character column: from the header line that names the
 * most columns (pieces of their labels in order: 自然人 企业 机构 益 务 其他 总计), the columns
 * it lacks from the other lines; null unless every column is placed, left to right.
 */
function headerAnchors(ctx: Context, first: number, columns: readonly ColumnDef[]): number[] | null {
  const found: Array<Map<number, number>> = [];
  for (let i = Math.max(0, first - reach); i < first; i++) {
    if (ctx.line(i).values > 0) continue;
    let text = ctx.text(i);
    // Group headings hold column words (法人或其他组织 holds 其他): blanked out first.
    for (const w of Object.values(headerWords)) if (text.includes(w)) text = text.split(w).join(' '.repeat(w.length));
    const m = matchLine(wordsOf(text).map((w) => ({ text: w.text, at: (w.start + w.end) / 2 })), columns);
    if (m.size >= 2) found.push(m);
  }
  found.sort((a, b) => b.size - a.size);
  const anchors: Array<number | undefined> = new Array(columns.length);
  for (const m of found) for (const [c, x] of m) anchors[c] ??= x;
  for (let c = 0; c < columns.length; c++) {
    if (anchors[c] === undefined || (c > 0 && anchors[c]! <= anchors[c - 1]!)) return null;
  }
  return anchors as number[];
}

/** Runs of non-space characters, cut at every space, by character column. */
export function wordsOf(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Whether a header word is a piece of a column's label as printed (企业 of 商业企业, 结果维 of 结果维持). */
export const labelPiece = (w: string, c: ColumnDef): boolean => c.label.includes(w) || (c.variants ?? []).some((l) => l.includes(w));

/**
 * The columns a header line's words name, in order (each word a piece of one column's label, the
 * columns left to right), as many as can be: column → the word's centre. A line whose words can
 * name its columns in two ways (企业 机构: 科研机构 or 法律服务机构) names none.
 */
function matchLine(ws: ReadonlyArray<{ text: string; at: number }>, columns: readonly ColumnDef[]): Map<number, number> {
  const n = ws.length;
  const m = columns.length;
  // f[i][j]: most words i… matched to columns j…, in order.
  const f: number[][] = [];
  for (let i = 0; i <= n; i++) f.push(new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = labelPiece(ws[i]!.text, columns[j]!) ? f[i + 1]![j + 1]! + 1 : 0;
      f[i]![j] = Math.max(f[i + 1]![j]!, f[i]![j + 1]!, take);
    }
  }
  const out = new Map<number, number>();
  const wordOf: number[] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (labelPiece(ws[i]!.text, columns[j]!) && f[i]![j] === f[i + 1]![j + 1]! + 1) {
      out.set(j, ws[i]!.at);
      wordOf[j] = i;
      i++;
      j++;
    } else if (f[i]![j] === f[i + 1]![j]) i++;
    else j++;
  }
  // A word that could as well name another column between its matched neighbours' columns.
  const matched = [...out.keys()];
  for (let q = 0; q < matched.length; q++) {
    const c = matched[q]!;
    const lo = q > 0 ? matched[q - 1]! : -1;
    const hi = q + 1 < matched.length ? matched[q + 1]! : m;
    for (let c2 = lo + 1; c2 < hi; c2++) if (c2 !== c && labelPiece(ws[wordOf[c]!]!.text, columns[c2]!)) return new Map();
  }
  return out;
}

interface Fit {
  s: number;
  b: number;
  cost: number;
  /** The scales and offsets tried. */
  grid: Float64Array;
}

/** The values' columns under a fit: scale × the header's + offset. */
function fitted(anchors: readonly number[], s: number, b: number, at: Float64Array): Float64Array {
  for (let c = 0; c < anchors.length; c++) at[c] = s * anchors[c]! + b;
  return at;
}

/**
 * The scale and offset (values' column = scale × header's + offset) under which the rows' values
 * stand nearest their columns, if it costs less than `bound`. Rows printed alike (`2 … 2`) are
 * costed once, times their count.
 */
function bestFit(rows: readonly Row[], pos: number[][], anchors: readonly number[], bound: number): Fit | null {
  // Values in two places only (自然人 and 总计) fit any two of the header's columns at some scale.
  if (places(pos) < 3) return null;
  const m = anchors.length;
  const kinds = new Map<string, { pos: number[]; total: boolean; count: number }>();
  rows.forEach((r, i) => {
    const key = pos[i]!.join() + (r.total ? 't' : '');
    const k = kinds.get(key);
    if (k) k.count++;
    else kinds.set(key, { pos: pos[i]!, total: r.total, count: 1 });
  });
  const alike = [...kinds.values()];
  // The scales and offsets tried: those that set two of the header's columns exactly on two
  // places where values stand (two values at least each). The least total distance of a given
  // placement is at such a fit (a least-absolute-deviations line passes through two points), so
  // these are all the fits that can be best, for any placement.
  const count = new Map<number, number>();
  for (const p of pos) for (const x of p) count.set(x, (count.get(x) ?? 0) + 1);
  const xs = [...count].filter(([, n]) => n >= 2).map(([x]) => x).sort((a, b) => a - b);
  const g: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let a = 0; a < m; a++) {
        for (let c = a + 1; c < m; c++) {
          const s = (xs[j]! - xs[i]!) / (anchors[c]! - anchors[a]!);
          if (s >= 0.5 && s <= 2.6) g.push(s, xs[i]! - s * anchors[a]!);
        }
      }
    }
  }
  const grid = Float64Array.from(g);
  const at = new Float64Array(m);
  let best = -1;
  let bestCost = bound;
  for (let q = 0; q < grid.length; q += 2) {
    fitted(anchors, grid[q]!, grid[q + 1]!, at);
    let cost = 0;
    for (let i = 0; i < alike.length && cost < bestCost; i++) cost += alike[i]!.count * placeRow(alike[i]!.pos, at, alike[i]!.total, null);
    if (cost < bestCost) [best, bestCost] = [q, cost];
  }
  return best < 0 ? null : { s: grid[best]!, b: grid[best + 1]!, cost: bestCost, grid };
}

/**
 * Each row's columns under the best fit, where every other placement of it costs `margin` more:
 * under the best fit, each of its values kept out of its column in turn; under every other fit
 * tried, where it takes other columns there. Then the rows left in doubt, by where the rows
 * placed put their values.
 */
function clearRows(rows: readonly Row[], pos: number[][], anchors: readonly number[], fit: Fit): Array<number[] | null> {
  const m = anchors.length;
  const at = fitted(anchors, fit.s, fit.b, new Float64Array(m));
  const cols = new Int32Array(m);
  const mine: number[][] = [];
  const alt: number[] = rows.map((r, i) => {
    const own = placeRow(pos[i]!, at, r.total, cols);
    mine[i] = Array.from(cols.subarray(0, pos[i]!.length));
    let a = Infinity;
    for (const c of mine[i]!) a = Math.min(a, fit.cost - own + placeRow(pos[i]!, at, r.total, null, c));
    return a;
  });
  // Only fits within the margin of the best can put a row in doubt.
  const limit = fit.cost + margin;
  const other = new Float64Array(m);
  for (let q = 0; q < fit.grid.length; q += 2) {
    fitted(anchors, fit.grid[q]!, fit.grid[q + 1]!, other);
    let cost = 0;
    for (let i = 0; i < rows.length && cost < limit; i++) cost += placeRow(pos[i]!, other, rows[i]!.total, null);
    if (cost >= limit) continue;
    for (let i = 0; i < rows.length; i++) {
      if (cost >= alt[i]!) continue;
      placeRow(pos[i]!, other, rows[i]!.total, cols);
      if (mine[i]!.some((c, j) => cols[j] !== c)) alt[i] = cost;
    }
  }
  const placed = rows.map((_, i) => (alt[i]! - fit.cost >= margin ? mine[i]! : null));
  // A row left in doubt under the header's places may be clear under the columns' own places:
  // where the rows placed put their values (61, 50 and 10 under 法律服务机构 place the 1 of
  // `67 3 1 71` there, between two columns' header places).
  const own2 = new Float64Array(m);
  const seen = new Uint8Array(m);
  for (let c = 0; c < m; c++) {
    const xs: number[] = [];
    placed.forEach((cs, i) => cs?.forEach((cc, j) => cc === c && xs.push(pos[i]![j]!)));
    xs.sort((x, y) => x - y);
    own2[c] = xs.length ? xs[xs.length >> 1]! : at[c]!;
    seen[c] = xs.length ? 1 : 0;
  }
  for (let c = 1; c < m; c++) if (own2[c]! <= own2[c - 1]!) return placed;
  rows.forEach((r, i) => {
    if (placed[i]) return;
    const cost = placeRow(pos[i]!, own2, r.total, cols);
    const cs = Array.from(cols.subarray(0, pos[i]!.length));
    let next = Infinity;
    for (const c of cs) next = Math.min(next, placeRow(pos[i]!, own2, r.total, null, c));
    // (Only into columns where placed rows put values: the others' places are the fit's guess.)
    if (next - cost >= margin && cs.every((c) => seen[c])) placed[i] = cs;
  });
  return placed;
}

/**
 * How many places the values stand in: runs of positions less than three characters apart, each
 * taken by two values at least (one value apart is a stray, such as a number pushed by a long label).
 */
function places(pos: readonly number[][]): number {
  const xs = pos.flat().sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length;) {
    let j = i + 1;
    while (j < xs.length && xs[j]! - xs[j - 1]! < 3) j++;
    if (j - i >= 2) n++;
    i = j;
  }
  return n;
}

let scratch = new Float64Array(64);

/**
 * The least total distance of a row's values (in order) from the columns they take, one a column,
 * left to right; a total in the last column; `banned` takes no value. `cols` receives the columns.
 */
function placeRow(p: readonly number[], at: Float64Array, total: boolean, cols: Int32Array | null, banned = -1): number {
  const n = p.length;
  const m = at.length;
  // g[i*(m+1)+j]: least cost of values i… in columns j… (every cell read is written first)
  if (scratch.length < (n + 1) * (m + 1)) scratch = new Float64Array((n + 1) * (m + 1) * 2);
  const g = scratch;
  for (let j = 0; j <= m; j++) g[n * (m + 1) + j] = 0;
  for (let i = n - 1; i >= 0; i--) g[i * (m + 1) + m] = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = g[i * (m + 1) + j + 1]!;
      const lastValue = i === n - 1;
      const allowed = j !== banned && (!total || !lastValue || j === m - 1) && (!total || lastValue || j < m - 1);
      const take = allowed ? Math.abs(p[i]! - at[j]!) + g[(i + 1) * (m + 1) + j + 1]! : Infinity;
      g[i * (m + 1) + j] = Math.min(skip, take);
    }
  }
  const cost = g[0]!;
  if (cols && Number.isFinite(cost)) {
    let j = 0;
    for (let i = 0; i < n; i++) {
      while (g[i * (m + 1) + j] === g[i * (m + 1) + j + 1]) j++;
      cols[i] = j++;
    }
  }
  return cost;
}
