import { formats, table4Columns, table4Relations } from '../model/formats/index.js';
import { orderBySums, relationsHold, type Relation } from './block-moves.js';
import type { CellRow } from '../model/report.js';
import { tableNames, type Context } from './context.js';
import type { Field, Line } from './lines.js';
import { makeCell, rowLabel } from './rows.js';
import { noteCut } from './cut-columns.js';
import { joinStackedLine, valuesWrappedLine } from './values-below.js';
import { cellsUnderHeader } from './table4-under-header.js';
import { valuesAfterHeading } from './values-after-heading.js';
import { transposedBySums, transposedCells } from './table4-transposed.js';

/** The cut page (SourceText.cutPages) all of 表四's values were read from on one line, if any. */
function cutPageOf(ctx: Context, fields: readonly Field[]): number | undefined {
  const printed = fields.filter((f) => f.text !== '');
  if (printed.length === 0 || ctx.source.cutPages.size === 0) return undefined;
  const line = ctx.source.lineIndex(printed[0]!.start);
  if (printed.some((f) => ctx.source.lineIndex(f.start) !== line)) return undefined;
  const o = ctx.source.originAt(printed[printed.length - 1]!.start);
  return o && 'page' in o && o.page !== undefined && ctx.source.cutPages.has(o.page) ? o.page : undefined;
}

const groups = formats['2019'].table4.rows;
const cellCount = groups.length * table4Columns.length;

/**
 * Read 表四 from lines [from, to): fifteen values in the order the format prints them
 * (行政复议, then 未经复议直接起诉, then 复议后起诉; each 维持 纠正 其他 尚未审结 总计),
 * whether printed as one row of 15, three rows of 5 or one value per line. A line that
 * holds exactly 15 (or 5) cells keeps its blank cells in place:
 *
 * ```text
 * →→→→→0→0→0→0→0→0→0→0→0→0→0
 * ^^^^^ five blank 行政复议 cells
 * ```
 */
function labelOf(path: string): string {
  const [g, c] = path.split('.');
  const group = groups.find((x) => x.id === g)!;
  return `${group.group ? group.group + '·' : ''}${group.label}·${table4Columns.find((x) => x.id === c)!.label}`;
}

/** 表四's relations as indices into its fifteen cells, in printed order. */
let rels: Relation[] | undefined;
function relations(): Relation[] {
  if (rels) return rels;
  const index = new Map<string, number>();
  groups.forEach((g, gi) => table4Columns.forEach((c, ci) => index.set(`table4.${g.id}.${c.id}`, gi * table4Columns.length + ci)));
  const at = (ps: readonly string[]) => ps.map((p) => index.get(p) ?? -1);
  return (rels = table4Relations(formats['2019'].table4).map((r) => ({ lhs: at(r.lhs), rhs: at(r.rhs) })));
}

/** A piece of a column header's words (其他, 尚未, 审结, 总计: the header printed in pieces). */
function headerWord(text: string): boolean {
  return text !== '' && table4Columns.some((c) => c.label.includes(text));
}

/** The cells a line prints (numbers, dashes, 无): its non-text fields that are not empty. */
function printedCells(fields: readonly Field[]): Field[] {
  return fields.filter((f) => f.cell.kind !== 'text' && f.text !== '');
}

/**
 * Whether the value lines of [from, to) print all fifteen cells, each line whole groups of five.
 * Then no cell is blank, and a line's empty fields are not cells: a PDF table's tab fields are the
 * columns cut from the rules of every table on the page, so a 行政复议 table of five stacked over
 * a 行政诉讼 table of ten reads with gaps between its values:
 *
 * ```text
 * →结果维持→→结果纠正→→其他结果→→→尚未审结→→→→→总计→
 * →72→→64→→178→→→37→→→→→351→          (fifteen fields, five cells)
 * ```
 */
function printsEveryCell(ctx: Context, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to && n < cellCount; i++) {
    const line = ctx.line(i);
    if (line.values === 0) continue;
    const k = printedCells(line.fields).length;
    if (k % table4Columns.length !== 0) return false;
    n += k;
  }
  return n === cellCount;
}

/** The one line of [from, to) that prints all fifteen cells, where other lines print a few numbers too; else -1. */
function wholeLine(ctx: Context, from: number, to: number): number {
  let found = -1;
  let others = 0;
  for (let i = from; i < to; i++) {
    const n = printedCells(ctx.line(i).fields).length;
    if (n === cellCount) {
      if (found >= 0) return -1;
      found = i;
    } else others += n;
  }
  return found >= 0 && others > 0 && others < table4Columns.length ? found : -1;
}

/**
 * A tab, CSV or Markdown line of 表四's header that names the five columns in order (or all
 * fifteen): the fields those words stand in, where each row's cells stand too. A grid from HTML
 * or Word keeps a row's blank cells and its label columns as fields, so the header says which are
 * cells (`项目→→结果维持→…→总计` over `行政复议→→2→→→→2`: 2, blank, blank, blank, 2).
 */
function headerColumns(ctx: Context, from: number, to: number): { cols: number[]; last: number; mode: string } | null {
  // The column words of every header line (a grid's header may print them over two lines), by field.
  const byCol = new Map<number, number>();
  let mode = '';
  for (let i = from; i < to; i++) {
    const line = ctx.line(i);
    if (line.mode === 'space' || line.values > 0) continue;
    for (const f of line.fields) {
      const text = f.text.replace(/\s+/g, '');
      const c = text === '' ? -1 : table4Columns.findIndex((x) => x.label === text || x.variants?.includes(text));
      if (c < 0) continue;
      if (mode && mode !== line.mode) return null;
      mode = line.mode;
      if (byCol.has(f.col) && byCol.get(f.col) !== c) return null;
      byCol.set(f.col, c);
    }
  }
  const cols = [...byCol.keys()].sort((x, y) => x - y);
  if (cols.length !== table4Columns.length && cols.length !== cellCount) return null;
  // In the format's order, five after five.
  if (!cols.every((col, k) => byCol.get(col) === k % table4Columns.length)) return null;
  return { cols, last: cols[cols.length - 1]!, mode };
}

/**
 * The fifteen cells of a `-layout` 表四 whose values lines (one of fifteen, or three of five) print
 * fewer (blank cells only spaces), each placed under its column's header words
 * (table4-under-header.ts), where the sums then hold; else null.
 */
function underHeader(ctx: Context, from: number, to: number): Field[] | null {
  const rows: Field[][] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.line(i);
    if (line.values === 0) continue;
    if (line.mode !== 'space') return null;
    // Three rows of five: each names its group, in the format's order.
    const g = groups[rows.length];
    const words = line.label.replace(/\s+/g, '');
    if (words !== '' && g && ![g.label, ...(g.variants ?? [])].some((l) => words.includes(l))) return null;
    rows.push(printedCells(line.fields));
  }
  if (rows.length === 0 || rows.length > groups.length) return null;
  const values = rows.flat();
  if (values.length >= cellCount || !values.every((f) => typeof f.cell.value === 'number')) return null;
  const cells = cellsUnderHeader(ctx, from, to, rows);
  if (!cells || cells.length !== cellCount) return null;
  return relationsHold(cells.map((f) => (f.cell.value as number | null) ?? 0), relations()) ? cells : null;
}

/**
 * 表四 printed one cell a line (LibreOffice's text of a Word table), its blank cells lines of
 * no-break spaces: after the header's last word (总计), fifteen lines each one value or a blank
 * cell, in groups of five where a group's label stands before its cells, are the fifteen cells in
 * place.
 */
function cellPerLine(ctx: Context, from: number, to: number): Field[] | null {
  // The header's last word: the last column's label.
  const last = table4Columns[table4Columns.length - 1]!.label;
  let start = -1;
  for (let i = from; i < to; i++) if (ctx.line(i).values === 0 && ctx.text(i).replace(/\s+/g, '').endsWith(last)) start = i + 1;
  if (start < 0) return null;
  // Fifteen cells printed (values, and blanks of no-break spaces): a line of nothing is then no
  // cell (the empty paragraph between the header and 72, 64, … of a Word table's text).
  let printedCount = 0;
  for (let i = start; i < to && printedCount < cellCount; i++) {
    const line = ctx.line(i);
    if ((line.blankCell && !line.noCharacter) || line.values === 1) printedCount++;
  }
  const cells: Field[] = [];
  for (let i = start; i < to && cells.length < cellCount; i++) {
    const line = ctx.line(i);
    if (line.noCharacter && printedCount >= cellCount) continue;
    // A line of nothing between groups of five, before a group's label: the cell a merged label
    // (行政诉讼 over its two groups) leaves in the group's row, not one of the values.
    if (line.noCharacter && cells.length % table4Columns.length === 0 && labelNext(ctx, i + 1, to)) continue;
    if (line.blankCell) {
      cells.push(blankAt(line.start, cells.length));
      continue;
    }
    // A group's label (or an empty line) only between groups of five.
    if (line.values === 0) {
      if (cells.length % table4Columns.length !== 0) return null;
      continue;
    }
    const printed = printedCells(line.fields);
    if (line.values !== 1 || printed.length !== 1 || line.label.trim() !== '') return null;
    cells.push(printed[0]!);
  }
  if (cells.length !== cellCount || !cells.some((f) => f.text === '')) return null;
  return cells;
}

/** Whether the next line in [from, to) that is not a line of nothing is a label (text, no value). */
function labelNext(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = ctx.line(i);
    if (line.noCharacter) continue;
    return !line.blankCell && line.values === 0 && line.label.trim() !== '';
  }
  return false;
}

/** A blank cell where a grid line has no field (a row shorter than its header). */
function blankAt(at: number, col: number): Field {
  return { text: '', start: at, end: at, cell: { kind: 'blank', value: null }, col };
}

/**
 * `endsAtHeading`: the region ends at the next section's heading, after which the table's last
 * values may stand (plain pdftotext; see values-after-heading.ts).
 */
export function extractTable4(ctx: Context, from: number, to: number, endsAtHeading = false): { table: Record<string, CellRow> | null } {
  // Printed with rows and columns swapped (a row a result, a column a group): read by columns.
  const transposed = transposedCells(ctx, from, to);
  if (transposed) {
    reportTransposed(ctx, transposed[0]!.start);
    return { table: tableOf(ctx, transposed, null, false) };
  }
  const fields: Field[] = [];
  // Values not read from a line of 15 (or 5) cells are taken in printed order.
  let byOrder = false;
  const every = printsEveryCell(ctx, from, to);
  // One line that prints all fifteen cells is the table's values: a number elsewhere is not one of
  // them (a scan's header read with a stray digit, `尚未 1总`), and is said to be left out.
  const whole = every ? -1 : wholeLine(ctx, from, to);
  if (whole >= 0) {
    fields.push(...printedCells(ctx.line(whole).fields));
    const stray: Field[] = [];
    for (let i = from; i < to; i++) if (i !== whole) stray.push(...printedCells(ctx.line(i).fields));
    if (stray.length) {
      ctx.report('cells-extra', 'warning', { label: '表四', extra: stray.length, width: cellCount, text: stray.map((f) => f.text).join(' ') },
        stray[0]!.start, { path: 'table4' });
    }
  }
  const header = every || whole >= 0 ? null : headerColumns(ctx, from, to);
  // `-layout` text whose values lines print fewer than the cells: each value under its header words.
  // Or printed a cell a line, blank cells lines of their own: taken as printed.
  const byHeader = every || whole >= 0 ? null : underHeader(ctx, from, to);
  const under = byHeader ?? (every || whole >= 0 ? null : cellPerLine(ctx, from, to));
  if (under) fields.push(...under);
  if (byHeader) {
    for (const g of groups) ctx.report('cells-under-header', 'info', { label: rowLabel(g) }, byHeader.find((f) => f.text !== '')!.start, { path: `table4.${g.id}` });
  }
  for (let i = whole >= 0 || under ? to : from; i < to && fields.length < cellCount; i++) {
    const line = ctx.line(i);
    if (line.values === 0) continue;
    if (every) {
      fields.push(...printedCells(line.fields));
      continue;
    }
    // Header lines carry text; a data line carries values (with at most a short label).
    const vals = line.fields.filter((f) => f.cell.kind !== 'text');
    let a = 0;
    let b = vals.length;
    while (b > a && vals[b - 1]!.text === '') b--;
    // A tab, CSV or Markdown line under a header of the five (or fifteen) column words: its cells
    // are the fields in those words' places, blank ones kept (a grid's label columns before them).
    if (line.mode !== 'space' && header && header.mode === line.mode && takeUnderHeader(ctx, line, header, fields)) continue;
    // A tab, CSV or Markdown line of 15 (or 5) cells keeps its blank cells in place.
    if (line.mode !== 'space') {
      const take = vals.length === cellCount || vals.length === table4Columns.length ? vals.length : b >= cellCount ? cellCount : b === table4Columns.length ? b : 0;
      if (take) {
        fields.push(...vals.slice(0, take));
        const extra = vals.slice(take, b).filter((f) => f.text !== '');
        if (extra.length) {
          ctx.report('cells-extra', 'warning', { label: '表四', extra: extra.length, width: cellCount, text: extra.map((f) => f.text).join(' ') },
            extra[0]!.start, { path: 'table4' });
        }
        continue;
      }
    }
    while (a < b && vals[a]!.text === '') a++;
    const printedHere = vals.slice(a, b).filter((f) => f.text !== '');
    if (printedHere.length !== cellCount && printedHere.length !== table4Columns.length) byOrder = true;
    fields.push(...printedHere);
  }
  if (fields.length === 0) return { table: null };
  // More values than the fifteen, some before 表四's header words: another table's spilled.
  if (byOrder && fields.length === cellCount && !every && whole < 0 && !under) takeAfterHeader(ctx, from, to, fields);
  if (endsAtHeading && fields.length < cellCount && !every && whole < 0) {
    const rest = valuesAfterHeading(ctx, to, cellCount - fields.length, headerWord);
    if (rest) {
      ctx.report('values-after-heading', 'info', { table: tableNames.table4.zh, tableEn: tableNames.table4.en, count: rest.length, heading: ctx.text(to).trim() }, rest[0]!.start, { path: 'table4' });
      fields.push(...rest);
      byOrder = true;
    }
  }
  if (fields.length === cellCount) joinWrappedNumbers(ctx, fields, from, to);
  if (fields.length < cellCount) reportShortTable(ctx, fields);
  // Values taken in printed order that do not add up: a block of them may have been moved by
  // the text's reading order. (A scan's cells are placed by their boxes: a sum that fails there
  // is a misread digit, which ocr-sums.ts flags, not a moved block.)
  const inOrder = byOrder && ctx.source.form !== 'image' && fields.length === cellCount && fields.every((f) => typeof f.cell.value === 'number');
  // A table printed transposed, its cells one a line (plain text, a cell per line): read by columns where only so its sums hold.
  if (inOrder && transposedBySums(ctx, from, to, fields, relations())) {
    reportTransposed(ctx, fields[0]!.start);
    return { table: tableOf(ctx, fields, null, byOrder) };
  }
  const unread = inOrder ? orderedBySums(ctx, fields) : null;
  return { table: tableOf(ctx, fields, unread, byOrder) };
}

/** 表四 read by columns, printed transposed: said on each of its rows. */
function reportTransposed(ctx: Context, at: number): void {
  for (const g of groups) ctx.report('table-transposed', 'info', { table: tableNames.table4.zh, tableEn: tableNames.table4.en }, at, { path: `table4.${g.id}` });
}

/** The fifteen cells (format order) as 表四's rows; `unread` cells left unread; `byOrder`: placed by their order. */
function tableOf(ctx: Context, fields: readonly Field[], unread: boolean[] | null, byOrder: boolean): Record<string, CellRow> {
  const table: Record<string, CellRow> = {};
  const end = fields[fields.length - 1]!.end;
  groups.forEach((g, gi) => {
    if (byOrder) ctx.placed.set(`table4.${g.id}`, 'order');
    const row: CellRow = {};
    table4Columns.forEach((c, ci) => {
      const at = gi * table4Columns.length + ci;
      const f = unread?.[at] ? null : fields[at] ?? null;
      const cell = makeCell(ctx, f, f?.start ?? end, `table4.${g.id}`, c.id);
      row[c.id] = cell;
    });
    table[g.id] = row;
  });
  return table;
}

/*
 * The steps below are functions of their own, not blocks of extractTable4: a text takes only some
 * of them, and a new kind of object met first in one of them then throws away the compiled code of
 * that step alone, not of extractTable4, whose compiling takes tens of milliseconds.
 */

/** The header's words, by their last two characters (维持 纠正 结果 审结 总计; 复议 起诉): from the format. */
const headerTails = [...table4Columns.map((c) => c.label), ...groups.map((g) => g.label)].map((l) => l.slice(-2));

/**
 * Values that stand between the table's heading and its header words, more of them in the
 * region than the fifteen: plain pdftotext can print the previous table's last column (表三's
 * 总计) after the next heading. Where the fifteen taken in printed order do not add up and the
 * fifteen after the header words do, those are the table's (`fields` replaced, in place); the
 * values before are said to be left out.
 *
 * ```text
 * 四、政府信息公开行政复议、行政诉讼情况
 * 0 0 0 0 0 0 26 0            ← 表三's 总计 column, its last eight rows
 * 行政复议 … 结果维持 结果纠正 … ← 表四's header words
 * 0件 0件 0件 1件 1件 0件 …   ← the fifteen: 0+0+0+1 = 1 …
 * ```
 */
function takeAfterHeader(ctx: Context, from: number, to: number, fields: Field[]): void {
  const values = (fs: readonly Field[]) => fs.map((f) => f.cell.value as number);
  if (!fields.every((f) => typeof f.cell.value === 'number') || relationsHold(values(fields), relations())) return;
  const all: Field[] = [];
  let cut = -1;
  for (let i = from; i < to; i++) {
    const line = ctx.line(i);
    if (line.values === 0) {
      if (all.length > 0 && headerTails.some((t) => line.label.includes(t))) cut = all.length;
      continue;
    }
    all.push(...printedCells(line.fields));
  }
  if (cut <= 0 || all.length - cut !== cellCount) return;
  const after = all.slice(cut);
  if (!after.every((f) => typeof f.cell.value === 'number') || !after.some((f) => f.cell.value !== 0)) return;
  if (!relationsHold(values(after), relations())) return;
  const before = all.slice(0, cut);
  fields.splice(0, cellCount, ...after);
  ctx.report('values-before-header', 'info', { label: '表四', count: before.length, text: before.map((f) => f.text).join(' ') }, before[0]!.start, { path: 'table4' });
}

/** The group (row) of cell `i` of the fifteen: its path and label. */
function groupOf(i: number): { path: string; label: string } {
  const g = groups[Math.floor(i / table4Columns.length)]!;
  return { path: `table4.${g.id}`, label: rowLabel(g) };
}

/**
 * A number wrapped inside its narrow cell, its other digits on the lines above or below: joined
 * where 表四's sums decide (`fields`, all fifteen, changed in place), else said so on the group.
 */
function joinWrappedNumbers(ctx: Context, fields: Field[], from: number, to: number): void {
  const stacked = joinStackedLine(ctx, fields, from, to, (v) => relationsHold(v, relations()));
  if (!stacked) {
    valuesWrappedLine(ctx, fields, from, to, groupOf);
    return;
  }
  fields.splice(0, cellCount, ...stacked.fields);
  const byGroup = new Map<string, { label: string; texts: string[]; at: number }>();
  for (const [i, text] of stacked.joined) {
    const { path, label } = groupOf(i);
    const g = byGroup.get(path) ?? { label, texts: [], at: fields[i]!.start };
    g.texts.push(text);
    byGroup.set(path, g);
  }
  for (const [path, g] of byGroup) ctx.report('numbers-wrapped-joined', 'info', { label: g.label, text: g.texts.join('、') }, g.at, { path });
}

/** Fewer cells than the fifteen: the cells a cut page lacks, or each group holding a missing cell, said so. */
function reportShortTable(ctx: Context, fields: readonly Field[]): void {
  // One row of 15 on a page cut at its right edge: the cells it lacks are the last, cut off by the page.
  const page = cutPageOf(ctx, fields);
  if (page !== undefined) {
    const missing = groups.flatMap((g) => table4Columns.map((c) => ({ g, c }))).slice(fields.length);
    for (const g of groups) {
      const cols = missing.filter((m) => m.g === g).map((m) => m.c);
      if (cols.length) noteCut(ctx, `table4.${g.id}`, page, cols, fields[fields.length - 1]!.end);
    }
    return;
  }
  // Fewer cells than the table has, and nothing tells which: taken from the left, the rest left blank.
  // One diagnostic on each group (row) holding a missing cell.
  const printed = fields.filter((f) => f.text !== '').length;
  const missing = groups.flatMap((g) => table4Columns.map((c) => `${g.id}.${c.id}`)).slice(fields.length);
  for (const g of groups) {
    const mine = missing.filter((m) => m.startsWith(g.id + '.'));
    if (mine.length === 0) continue;
    ctx.report('cells-ambiguous', 'warning', {
      label: '表四', printed, width: cellCount,
      columns: mine.map(labelOf).join('、'), columnsEn: mine.join(', '),
    }, fields[0]!.start, { path: `table4.${g.id}`, expected: cellCount, actual: printed });
  }
}

/**
 * The fifteen values taken in printed order, put in the one order under which 表四's sums hold
 * (`fields` changed in place, said so on each group). Where several orders do, the first is
 * taken and the cells the readings disagree on are returned as unread; null where none is.
 */
function orderedBySums(ctx: Context, fields: Field[]): boolean[] | null {
  const res = orderBySums(fields.map((f) => f.cell.value as number), relations());
  if (res.kind === 'one') {
    const moved = res.order.map((p) => fields[p]!);
    fields.splice(0, cellCount, ...moved);
    for (const g of groups) ctx.report('cells-order-by-sums', 'info', { label: '表四' }, fields[0]!.start, { path: `table4.${g.id}` });
    return null;
  }
  if (res.kind !== 'ambiguous' || res.candidates.length <= 1) return null;
  // The cells every reading agrees on are read; the others are left unread.
  const unread = res.candidates[0]!.map((v, i) => res.candidates.some((c) => c[i] !== v));
  const candidates = res.candidates.slice(0, 4).map((c) => c.join(' ')).join(' / ');
  const w = table4Columns.length;
  groups.forEach((g, gi) => {
    // A group every reading agrees on is read; the others are said to be in doubt.
    const doubt = unread.slice(gi * w, gi * w + w).some(Boolean);
    if (doubt) ctx.report('cells-order-ambiguous', 'warning', { label: '表四', candidates }, fields[0]!.start, { path: `table4.${g.id}` });
    else ctx.report('cells-order-by-sums', 'info', { label: '表四' }, fields[0]!.start, { path: `table4.${g.id}` });
  });
  fields.splice(0, cellCount, ...res.orders[0]!.map((p) => fields[p]!));
  return unread;
}

/**
 * A tab, CSV or Markdown line under a header of the five (or fifteen) column words (`header`):
 * its cells are the fields in those words' places, blank ones kept, added to `fields`; false
 * where the line reaches no such place or holds no value there.
 */
function takeUnderHeader(ctx: Context, line: Line, header: { cols: number[]; last: number }, fields: Field[]): boolean {
  if (!line.fields.some((f) => f.col >= header.last)) return false;
  const cells = header.cols.map((c) => line.fields.find((f) => f.col === c) ?? blankAt(line.end, c));
  if (!cells.some((f) => f.text !== '') || !cells.every((f) => f.cell.kind !== 'text')) return false;
  fields.push(...cells.slice(0, cellCount - fields.length));
  const extra = line.fields.filter((f) => f.text !== '' && f.cell.kind !== 'text' && !header.cols.includes(f.col));
  if (extra.length) {
    ctx.report('cells-extra', 'warning', { label: '表四', extra: extra.length, width: cellCount, text: extra.map((f) => f.text).join(' ') },
      extra[0]!.start, { path: 'table4' });
  }
  return true;
}
