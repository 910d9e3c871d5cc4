/**
 * Columns a page cut off. Where the reader saw a page cut at its right edge (a table wider than
 * the page, printed without its last columns: read/pdf/page-edge.ts, `SourceText.cutPages`), a
 * row of that page prints fewer values than the format has, and the ones it lacks are the last
 * columns, not gaps anywhere in the row. The row's values are placed in the columns the page
 * shows (as many as its fullest row prints, or as its header names), and the columns past them
 * are left unread: blank, `missing`, with one diagnostic per table (`columns-cut`) or, where only
 * some of its pages are cut, per page (`columns-cut-page`), naming every cell in `related`.
 *
 * ```text
 * 自然人 商业企业 科研机构 社会公益组织 法律服务机构 │ 其他 总计   ← past the page edge
 *   26                                             │            → 其他, 总计 unread
 * ```
 */
import type { ColumnDef } from '../model/formats/types.js';
import { headerWords } from '../model/formats/index.js';
import type { Context } from './context.js';
import type { Item } from './items.js';

/** The page a table line was read from (PDF), where the reader gave pages. */
export function pageOf(ctx: Context, item: Item): number | undefined {
  for (const f of item.fields) {
    if (f.text === '') continue;
    const o = ctx.source.originAt(f.start);
    if (o && 'page' in o && o.page !== undefined) return o.page;
  }
  const o = ctx.source.originAt(item.labelStart);
  return o && 'page' in o ? o.page : undefined;
}

const filledOf = (it: Item) => it.fields.reduce((n, f) => n + (f.text !== '' ? 1 : 0), 0);

/** Header lines are looked for this far above a page's first row (a cut page's header stands high). */
const headerReach = 12;

/**
 * How many of the format's `columns` the header of `page` names, counted from the left to the
 * last one it names (0 where it names fewer than two): the columns the page shows.
 */
function headerColumns(ctx: Context, items: readonly Item[], page: number, columns: readonly ColumnDef[]): number {
  const first = items.find((it) => it.kind === 'row' && pageOf(ctx, it) === page);
  if (!first) return 0;
  let text = '';
  for (let i = Math.max(0, first.line.index - headerReach); i < first.line.index; i++) {
    const o = ctx.source.originAt(ctx.starts[i]!);
    if (o && 'page' in o && o.page !== page) continue;
    text += ctx.text(i).replace(/\s+/g, '');
  }
  // Group headings hold column words (法人或其他组织 holds 其他): taken out first.
  for (const w of Object.values(headerWords)) text = text.split(w).join('');
  let last = -1;
  let named = 0;
  columns.forEach((c, i) => {
    if (text.includes(c.label)) {
      last = i;
      named++;
    }
  });
  return named >= 2 ? last + 1 : 0;
}

/**
 * The columns a row's page shows, where its page is cut and the row prints fewer values than
 * the format has; null where nothing is cut (the row is read as usual).
 */
export function shownColumns(ctx: Context, items: readonly Item[], k: number, columns: readonly ColumnDef[]): number | null {
  const cut = ctx.source.cutPages;
  if (cut.size === 0) return !ctx.source.origins && !items[k]!.segment && totalCut(items, columns) ? columns.length - 1 : null;
  const item = items[k]!;
  const width = columns.length;
  if (item.segment || filledOf(item) >= width) return null;
  const page = pageOf(ctx, item);
  if (page === undefined || !cut.has(page)) return null;
  let shown = 0;
  for (const it of items) {
    if (it.kind === 'row' && !it.segment && pageOf(ctx, it) === page) shown = Math.max(shown, filledOf(it));
  }
  // The header of the page, else of the table's page before it (a header printed once).
  for (let p = page; p > 0; p--) {
    if (!items.some((it) => it.kind === 'row' && pageOf(ctx, it) === p)) break;
    const h = headerColumns(ctx, items, p, columns);
    if (h > 0) {
      shown = Math.max(shown, h);
      break;
    }
  }
  return shown > 0 && shown < width ? shown : null;
}

const totalCuts = new WeakMap<readonly Item[], boolean>();

/**
 * Text made from a cut page (`pdftotext -layout` of it) has no page geometry left, but the
 * column at the edge prints only the glyphs the page kept: a total `231` reads `2`, `142` reads
 * `1`. The total column is taken as cut where at least two full rows print a total that is the
 * leading digits of their parts' sum and shorter than it, and no row prints a total of two
 * digits or more that equals its sum (a table whose sums hold is not cut).
 *
 * ```text
 * 一、本年新收政府信息公开申请数量   215  0  0  1  3  3  2     ← 2 of 222…
 * （一）予以公开                    128  8  0  0  3  3  1     ← 1 of 142
 * ```
 */
function totalCut(items: readonly Item[], columns: readonly ColumnDef[]): boolean {
  // Two rows at least: a row read alone (a value stream's rows, one array each) is never cut,
  // and is not worth a WeakMap entry.
  if (items.length < 2) return false;
  let cut = totalCuts.get(items);
  if (cut !== undefined) return cut;
  const width = columns.length;
  let prefix = 0;
  let exact = 0;
  if (columns[width - 1]?.id === 'total') {
    for (const it of items) {
      if (it.kind !== 'row' || it.segment) continue;
      const vals = it.fields.filter((f) => f.text !== '');
      if (vals.length !== width || vals.some((f) => f.cell.value === null)) continue;
      const total = vals[width - 1]!.cell.value!;
      const sum = vals.slice(0, -1).reduce((a, f) => a + f.cell.value!, 0);
      // One row whose sum holds is enough to tell the table is not cut: the rows after it are not read.
      if (total === sum && sum >= 10) {
        exact++;
        break;
      }
      const t = String(total);
      const u = String(sum);
      if (u.length > t.length && u.startsWith(t)) prefix++;
    }
  }
  cut = prefix >= 2 && exact === 0;
  totalCuts.set(items, cut);
  return cut;
}

/** The page (1-based) of a text offset, counting form feeds (pdftotext ends each page with one). */
export function textPage(ctx: Context, offset: number): number {
  const t = ctx.source.text;
  let n = 1;
  for (let i = t.indexOf('\f'); i >= 0 && i < offset; i = t.indexOf('\f', i + 1)) n++;
  return n;
}

interface CutNote {
  table: string;
  page: number;
  paths: Array<{ path: string; at: number }>;
  columns: Set<string>;
  columnsEn: Set<string>;
  at: number;
}

const notes = new WeakMap<Context, CutNote[]>();

/** Note the cells of a row that its page cut off (reported by reportCuts, one diagnostic per table or page). */
export function noteCut(ctx: Context, rowPath: string, page: number, cut: readonly ColumnDef[], at: number): void {
  const table = rowPath.slice(0, rowPath.indexOf('.'));
  let list = notes.get(ctx);
  if (!list) notes.set(ctx, (list = []));
  let n = list.find((x) => x.table === table && x.page === page);
  if (!n) list.push((n = { table, page, paths: [], columns: new Set(), columnsEn: new Set(), at }));
  for (const c of cut) {
    n.paths.push({ path: `${rowPath}.${c.id}`, at });
    n.columns.add(c.label);
    n.columnsEn.add(c.id);
  }
}

/**
 * Report the cut cells noted: one `columns-cut` per table whose every cut row stands on cut
 * pages alike, else one `columns-cut-page` per page; each names its cells in `related`.
 */
export function reportCuts(ctx: Context, tableNames: Record<string, { zh: string; en: string }>): void {
  const list = notes.get(ctx);
  if (!list) return;
  const tables = [...new Set(list.map((n) => n.table))];
  for (const table of tables) {
    const mine = list.filter((n) => n.table === table);
    const name = tableNames[table] ?? { zh: table, en: table };
    const sameColumns = mine.every((n) => [...n.columnsEn].join() === [...mine[0]!.columnsEn].join());
    const groups = sameColumns ? [mine] : mine.map((n) => [n]);
    for (const g of groups) {
      const paths = g.flatMap((n) => n.paths);
      const pages = g.map((n) => n.page);
      const data = {
        table: name.zh, tableEn: name.en,
        pages: pages.join('、'), pagesEn: pages.join(', '),
        columns: [...g[0]!.columns].join('、'), columnsEn: [...g[0]!.columnsEn].join(', '),
        cells: paths.length,
      };
      const related = paths.map(({ path, at }) => ({ path, position: ctx.source.position(at) }));
      ctx.report(groups.length === 1 ? 'columns-cut' : 'columns-cut-page', 'warning', data, g[0]!.at, { path: table, related });
    }
  }
}
