import type { Item } from './items.js';
import { withCol, type Field } from './lines.js';
import { labelKey, type LabelMatcher } from './similarity.js';

/**
 * A table printed as its label column first and its values after, block by block: plain
 * pdftotext of a ruled table reads the label cells top to bottom, then each block's header
 * and its values row by row.
 *
 * ```text
 * 规章                 ┐
 * 规范性文件           │ the label column
 * 信息内容             │ (headers between labels are passed over)
 * 行政许可             ┘
 * …
 * 第二十条第（一）项
 * 本年新制作数量
 * 0                    ┐
 * 0                    │ six values: 规章's three, then 规范性文件's
 * …                    ┘
 * ```
 *
 * Such a table is paired only where it is unmistakable: every row item of the region is
 * label-less, every label names one row, rows come in the format's order, and the values
 * after each list of labels (up to the next label, headers passed over) are exactly as many
 * as the listed rows have cells; a blank cell that left no trace makes the count fall short
 * and the table is not paired this way.
 * The result replaces each label with a row item holding its values (a segment: the values
 * were printed apart from their label and are taken in order, which the reader says on the
 * row) and drops the runs. Returns null where the region is not such a table.
 *
 * The table's last column may come apart too, printed after the whole table in the rows' order
 * (seed 004's 表二 through plain pdftotext). That reading is taken where the count alone cannot
 * tell it from the whole one: each block's run then holds whole rows of one value fewer, the
 * last run one value per row, while read whole a run would start inside a row.
 *
 * ```text
 * 本年新制作数量 / 本年新公开数量 / 对外公开总数量
 * 0  0  3  3           ← 规章 and 规范性文件, two columns each (read whole: 0 0 3 | 3 …)
 * …
 * 三、收到和处理政府信息公开申请情况
 * 0  9  0  0  0  0  0  0   ← every row's last column, in row order
 * ```
 */
export function pairLabelList(
  items: readonly Item[],
  matcher: LabelMatcher,
  widths: readonly number[],
  /** Each row's column labels as label keys (similarity.ts labelKey): where given, runs are placed by their headers. */
  columns: ReadonlyArray<readonly string[]> = [],
): { items: Item[]; lastApart: Field | null } | null {
  // Groups of a label list and the value runs after it, up to the next label.
  type Group = { labels: Array<{ k: number; row: number }>; runs: number[] };
  const groups: Group[] = [];
  let open: Group | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'row') {
      if (it.label.trim() !== '' || !open) return null;
      open.runs.push(k);
      continue;
    }
    const row = namedRow(matcher.scores(it.label));
    if (row < 0) continue;
    if (!open || open.runs.length) groups.push((open = { labels: [], runs: [] }));
    open.labels.push({ k, row });
  }
  if (groups.length === 0 || groups.reduce((n, g) => n + g.labels.length, 0) < 2) return null;
  // Rows listed in the format's order, each once; each group's runs hold exactly its rows' cells.
  let last = -1;
  for (const g of groups) {
    for (const { row } of g.labels) {
      if (row <= last) return null;
      last = row;
    }
  }
  const rows = new Map<number, Item>();
  let lastApart: Field | null = null;
  for (const g of groups) {
    const paired = pairGroup(items, g, widths, rows, columns);
    if (!paired) return null;
    if (paired.apart) lastApart ??= paired.apart;
  }
  const runs = new Set(groups.flatMap((g) => g.runs));
  const out: Item[] = [];
  items.forEach((it, k) => {
    if (!runs.has(k)) out.push(rows.get(k) ?? it);
  });
  return { items: out, lastApart };
}

/**
 * One group of labels and the runs of values after them, paired: each labelled row's item with
 * its cells (into `rows`, by the label's item index). Null where the runs do not hold exactly the
 * rows' cells; `apart`: the first of the last column's values printed apart, if they are.
 * (Lists made by plain loops: arrays of another kind, met first here, threw the compiled code away.)
 */
function pairGroup(
  items: readonly Item[],
  g: { labels: ReadonlyArray<{ k: number; row: number }>; runs: readonly number[] },
  widths: readonly number[],
  rows: Map<number, Item>,
  columns: ReadonlyArray<readonly string[]>,
): { apart: Field | null } | null {
  const headed = columns.length ? byHeaders(items, g, columns) : null;
  if (headed) {
    g.labels.forEach(({ k }, i) => {
      const it = items[k]!;
      const mine = headed[i]!;
      let values = 0;
      for (const f of mine) if (f.text !== '') values++;
      rows.set(k, { kind: 'row', line: it.line, label: it.label, labelStart: it.labelStart, fields: mine, values, segment: true, apart: true });
    });
    return { apart: null };
  }
  let fields: Field[] = [];
  for (const k of g.runs) for (const f of items[k]!.fields) fields.push(f);
  const ws: number[] = [];
  let cells = 0;
  for (const { row } of g.labels) {
    ws.push(widths[row]!);
    cells += widths[row]!;
  }
  // The 2019 form prints ／ in the cells its last rows lack (行政事业性收费's third): where the
  // values are exactly the cells but for them, those are no cells.
  if (cells !== fields.length) fields = withoutDashes(fields, cells);
  if (cells !== fields.length) return null;
  const tail = g.runs.length > 1 ? items[g.runs[g.runs.length - 1]!]!.fields : [];
  let apart = false;
  if (tail.length === g.labels.length && !runsOnRows(items, g.runs, ws)) {
    const lessOne: number[] = [];
    for (const w of ws) lessOne.push(w - 1);
    apart = runsOnRows(items, g.runs.slice(0, -1), lessOne);
  }
  let used = 0;
  g.labels.forEach(({ k, row }, i) => {
    const w = widths[row]! - (apart ? 1 : 0);
    // The row's cells, each in its column, and how many hold a value.
    const mine: Field[] = [];
    let values = 0;
    const take = (f: Field) => {
      mine.push(withCol(f, mine.length));
      if (f.text !== '') values++;
    };
    for (let q = used; q < used + w && q < fields.length; q++) take(fields[q]!);
    if (apart) take(tail[i]!);
    used += w;
    const it = items[k]!;
    rows.set(k, { kind: 'row', line: it.line, label: it.label, labelStart: it.labelStart, fields: mine, values, segment: true, apart: true });
  });
  return { apart: apart ? tail[0]! : null };
}

/**
 * A group's runs placed by the column headers printed right before each: plain pdftotext of a
 * ruled 表二 prints a block's header cells, then the values under them row by row; a header cell
 * taller than the others comes later, with the values under it.
 *
 * ```text
 * 本年新制作数量
 * 本年新公开数量
 * 49件  49件  61件  61件      ← 规章's and 规范性文件's first two columns, row by row
 * …
 * 对外公开总数量
 * 87件  126件                  ← their third column
 * ```
 *
 * Each run goes to the first rows, in the labels' order, that have every column its headers name
 * still empty, as many rows as the run fills. The cells of each label's row in column order, or
 * null where a run has no header right before it, does not fill whole rows, or a cell is left.
 */
function byHeaders(
  items: readonly Item[],
  g: { labels: ReadonlyArray<{ k: number; row: number }>; runs: readonly number[] },
  columns: ReadonlyArray<readonly string[]>,
): Field[][] | null {
  const keys = g.labels.map(({ row }) => columns[row] ?? []);
  const cells: Array<Array<Field | undefined>> = keys.map((ks) => new Array<Field | undefined>(ks.length));
  const known = new Set<string>();
  for (const ks of keys) for (const key of ks) known.add(key);
  let after = g.labels[g.labels.length - 1]!.k;
  let partial = -1;
  for (let j = 0; j < g.runs.length; j++) {
    const k = g.runs[j]!;
    const heads = headersBefore(items, k, after, known);
    after = k;
    const fields = items[k]!.fields;
    const placed = placeRun(fields, heads, keys, cells, j === g.runs.length - 1);
    if (placed >= -1) {
      partial = placed;
      continue;
    }
    // A lone ／ among the headers (the 2019 form's cell of a column a row lacks) heads nothing.
    if (!fields.every((f) => f.cell.kind === 'dash')) return null;
  }
  const out: Field[][] = [];
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i]!;
    const mine: Field[] = [];
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== undefined) mine.push(row[c]!);
      else if (i !== partial) return null;
    }
    out.push(mine);
  }
  return out;
}

/**
 * Put a run's fields, row by row, into the first rows whose columns `heads` names are all still
 * empty (`cells`, changed only where the whole run finds its place). Returns -2 where it did not,
 * else the row left part-filled (-1: none).
 *
 * The group's last run may end inside a row (`lastRun`): a value of the table's last row printed
 * far from it, past the table (a long amount right-aligned in its cell, plain pdftotext):
 *
 * ```text
 * 采购项目数量
 * 采购总金额
 * 271                       ← 政府集中采购's first value; its 249887966.42 comes after 表三's header
 * ```
 *
 * That row keeps the values the run has; which of its cells the missing one is, nothing in the
 * text says, and the row reader names the cells it assumed (`parse/cells-ambiguous`). Only a run
 * of less than one row may be short.
 */
function placeRun(
  fields: readonly Field[],
  heads: readonly string[],
  keys: ReadonlyArray<readonly string[]>,
  cells: Array<Array<Field | undefined>>,
  lastRun: boolean,
): number {
  if (heads.length === 0) return -2;
  const rest = fields.length % heads.length;
  // Short only where the run is the one row: in a longer run, a blank cell that left no trace
  // could sit in any of its rows, and the rows before the short one would be read shifted.
  if (rest !== 0 && (!lastRun || fields.length > heads.length)) return -2;
  const need = Math.ceil(fields.length / heads.length);
  const rows: Array<{ i: number; cols: number[] }> = [];
  for (let i = 0; i < keys.length && rows.length < need; i++) {
    const cols = heads.map((h) => keys[i]!.indexOf(h));
    if (!cols.some((c) => c < 0 || cells[i]![c] !== undefined)) rows.push({ i, cols });
  }
  if (rows.length < need) return -2;
  let at = 0;
  for (const { i, cols } of rows) for (const c of cols) if (at < fields.length) cells[i]![c] = withCol(fields[at++]!, c);
  return rest !== 0 ? rows[rows.length - 1]!.i : -1;
}

/**
 * The column headers (of `known`, the group's column label keys) printed on the text lines right
 * before item `k` and after item `after`, in printed order: lines are taken back from `k` while
 * they name a column (`第二十条第（五）项` or `信息内容` ends them). A line may name several.
 */
function headersBefore(items: readonly Item[], k: number, after: number, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let j = k - 1; j > after && items[j]!.kind === 'text'; j--) {
    const text = labelKey(items[j]!.label);
    const all: Array<[number, string]> = [];
    for (const key of known) {
      const at = text.indexOf(key);
      if (at >= 0) all.push([at, key]);
    }
    // A key inside a longer one found there is not a header of its own (本年处理决定数量 holds 处理决定数量).
    const found = all.filter(([a, x]) => !all.some(([b, y]) => y.length > x.length && b <= a && a + x.length <= b + y.length));
    if (found.length === 0) break;
    found.sort((x, y) => x[0] - y[0]);
    out.unshift(...found.map(([, key]) => key));
  }
  return out;
}

/** The fields but their dashes, where that leaves exactly `cells` of them; else the fields as they are. */
function withoutDashes(fields: Field[], cells: number): Field[] {
  const kept: Field[] = [];
  for (const f of fields) if (f.cell.kind !== 'dash') kept.push(f);
  return kept.length === cells ? kept : fields;
}

/** Whether the runs, read in order into rows of these widths, each start a row and together fill them. */
function runsOnRows(items: readonly Item[], runs: readonly number[], ws: readonly number[]): boolean {
  const starts = new Set<number>();
  let at = 0;
  for (const w of ws) {
    starts.add(at);
    at += w;
  }
  let n = 0;
  for (const k of runs) {
    if (!starts.has(n)) return false;
    n += items[k]!.fields.length;
  }
  return n === at;
}

/** The one row a label names (score ≥ `least`, no other as high), or -1. */
export function namedRow(scores: Float64Array, least = 0.8): number {
  let best = -1;
  for (let r = 0; r < scores.length; r++) {
    if (scores[r]! < least) continue;
    if (best >= 0 && scores[r]! >= scores[best]!) {
      if (scores[r]! === scores[best]!) return -1;
      best = r;
    } else if (best < 0) best = r;
  }
  return best;
}
