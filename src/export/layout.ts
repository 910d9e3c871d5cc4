/**
 * 表二, 表三 and 表四 laid out as the official format prints them, as a grid of values with
 * merged ranges: what the XLSX writer renders as one sheet per table. Rows, labels and header
 * words all come from model/formats.
 */
import { formats, headerWords, sections, table3Groups, tableNumbers, tableSections, type FormatId, type TableDef } from '../model/formats/index.js';
import { allCellIds, type CellValues } from '../model/values.js';

export type TableId = TableDef['table'];
export type LayoutValue = string | number | null;

/** A table as a sheet: rows from the top, merged ranges, where each cell id went. */
export interface TableLayout {
  table: TableId;
  /** Sheet name: 表二, 表三, 表四. */
  name: string;
  format: FormatId;
  /** Columns used. */
  width: number;
  /** Suggested column widths, in characters. */
  widths: number[];
  /** Sheet rows from row 1, each `width` long; null is an empty cell. */
  rows: LayoutValue[][];
  /** Merged ranges, 1-based and inclusive: [top, left, bottom, right]. */
  merges: Array<[number, number, number, number]>;
  /** Row (1-based) where the table's grid starts: the rows above are captions. */
  tableTop: number;
  /** Rows (1-based) that hold headings. */
  headingRows: number[];
  /** Cell id → where its value is, 1-based. */
  cells: Record<string, { row: number; col: number }>;
}

class Grid {
  rows: LayoutValue[][] = [];
  merges: Array<[number, number, number, number]> = [];
  cells: Record<string, { row: number; col: number }> = {};
  headingRows: number[] = [];
  constructor(readonly width: number) {}
  set(row: number, col: number, v: LayoutValue): void {
    while (this.rows.length < row) this.rows.push(Array<LayoutValue>(this.width).fill(null));
    this.rows[row - 1]![col - 1] = v;
  }
  /** Put `v` at the top left of a range and merge the range when it is more than one cell. */
  span(top: number, left: number, bottom: number, right: number, v: LayoutValue): void {
    this.set(top, left, v);
    if (bottom > top || right > left) this.merges.push([top, left, bottom, right]);
  }
  value(row: number, col: number, id: string, values: CellValues): void {
    const v = values[id];
    this.set(row, col, typeof v === 'number' ? v : null);
    this.cells[id] = { row, col };
  }
  heading(row: number): void {
    if (!this.headingRows.includes(row)) this.headingRows.push(row);
  }
}

/**
 * The format a table is laid out in: 2019 where the values hold cells only the 2019 format
 * has and none only the 2021 format has; 2021 otherwise (the format in force).
 */
export function layoutFormat(table: TableId, values: CellValues): FormatId {
  const has = (f: FormatId) =>
    allCellIds().some((c) => c.table === table && c.formats.length === 1 && c.formats[0] === f && c.id in values);
  return has('2019') && !has('2021') ? '2019' : '2021';
}

/** Ids of the cells in `values` with a number that a table laid out in `format` has no place for. */
export function cellsNotInLayout(table: TableId, format: FormatId, values: CellValues): string[] {
  return allCellIds()
    .filter((c) => c.table === table && !c.formats.includes(format) && typeof values[c.id] === 'number')
    .map((c) => c.id);
}

/**
 * One table in its official layout, filled from `values`, under two caption rows (the
 * caller's title, the section heading). `format` defaults to `layoutFormat(table, values)`.
 */
export function tableLayout(table: TableId, values: CellValues, title: string, format?: FormatId): TableLayout {
  const f = format ?? layoutFormat(table, values);
  const def = formats[f][table];
  const build = table === 'table2' ? table2 : table === 'table3' ? table3 : table4;
  const { grid, widths } = build(def, values, 3);
  grid.span(1, 1, 1, grid.width, title);
  grid.span(2, 1, 2, grid.width, sections.find((s) => s.id === tableSections[table])!.title);
  grid.heading(1);
  grid.heading(2);
  return {
    table, name: tableNumbers[table], format: f, width: grid.width, widths,
    rows: grid.rows, merges: grid.merges, tableTop: 3,
    headingRows: grid.headingRows.sort((a, b) => a - b), cells: grid.cells,
  };
}

/**
 * 表二: per block (第二十条第（一）项 …) a heading row across the table, a header row
 * 信息内容 | column labels, then its rows. A row with fewer columns than the widest spans its
 * last cell to the right edge.
 */
function table2(def: TableDef, values: CellValues, top: number) {
  const width = 1 + Math.max(...def.rows.map((r) => r.columns.length));
  const grid = new Grid(width);
  const fill = (row: number, items: Array<(col: number) => void>, right: (col: number) => void) =>
    items.forEach((put, i) => {
      put(2 + i);
      if (i === items.length - 1 && 2 + i < width) right(2 + i);
    });
  let r = top;
  let block: string | undefined;
  for (const row of def.rows) {
    if (r === top || row.group !== block) {
      block = row.group;
      grid.span(r, 1, r, width, block ?? '');
      grid.heading(r++);
      grid.set(r, 1, headerWords.table2Item);
      const hr = r;
      fill(hr, row.columns.map((c) => (col: number) => grid.set(hr, col, c.label)), (col) => grid.merges.push([hr, col, hr, width]));
      grid.heading(r++);
    }
    grid.set(r, 1, row.label);
    const vr = r;
    fill(vr, row.columns.map((c) => (col: number) => grid.value(vr, col, `table2.${row.id}.${c.id}`, values)), (col) =>
      grid.merges.push([vr, col, vr, width]));
    r++;
  }
  return { grid, widths: [26, ...Array<number>(width - 1).fill(16)] };
}

/**
 * 表三: three label columns (part, group, item) beside the seven applicant columns. The
 * header: the corner note over three rows; 申请人情况 over the seven; 自然人 and 总计 down two
 * rows, 法人或其他组织 over the five between. The body: rows without a group span the three
 * label columns; 三、本年度办理结果 runs down the first column beside every grouped row;
 * a sub-group（三）不予公开 … runs down the second beside its items.
 */
function table3(def: TableDef, values: CellValues, top: number) {
  const columns = def.rows[0]!.columns;
  const width = 3 + columns.length;
  const grid = new Grid(width);
  const first = 4;
  const last = width;
  grid.span(top, 1, top + 2, 3, headerWords.table3Corner);
  grid.span(top, first, top, last, headerWords.table3Applicants);
  // The format prints 自然人 first and 总计 last; the columns between are 法人或其他组织.
  grid.span(top + 1, first, top + 2, first, columns[0]!.label);
  grid.span(top + 1, first + 1, top + 1, last - 1, headerWords.table3Organisations);
  columns.slice(1, -1).forEach((c, i) => grid.set(top + 2, first + 1 + i, c.label));
  grid.span(top + 1, last, top + 2, last, columns[columns.length - 1]!.label);
  for (let i = 0; i < 3; i++) grid.heading(top + i);

  const body = top + 3;
  const runs = (key: (i: number) => string | undefined, col: number, text: (k: string) => string) => {
    let start = 0;
    for (let i = 1; i <= def.rows.length; i++) {
      const k = key(start);
      if (i < def.rows.length && key(i) === k) continue;
      if (k !== undefined) grid.span(body + start, col, body + i - 1, col, text(k));
      start = i;
    }
  };
  const isSub = (i: number) => {
    const g = def.rows[i]!.group;
    return g !== undefined && g !== table3Groups.outcome ? g : undefined;
  };
  // Column 1: 三、本年度办理结果 beside every grouped row; column 2: each sub-group.
  runs((i) => (def.rows[i]!.group !== undefined ? table3Groups.outcome : undefined), 1, (k) => k);
  runs(isSub, 2, (k) => k);
  def.rows.forEach((row, i) => {
    const r = body + i;
    if (row.group === undefined) grid.span(r, 1, r, 3, row.label);
    else if (isSub(i) === undefined) grid.span(r, 2, r, 3, row.label);
    else grid.set(r, 3, row.label);
    columns.forEach((c, j) => grid.value(r, first + j, `table3.${row.id}.${c.id}`, values));
  });
  return { grid, widths: [10, 14, 40, ...Array<number>(columns.length).fill(10)] };
}

/**
 * 表四: one row of numbers under three header rows. A row without a group (行政复议) has its
 * label over its columns, whose labels run down the next two rows; grouped rows (行政诉讼)
 * share their group label, with their own label (未经复议直接起诉, 复议后起诉) beneath.
 */
function table4(def: TableDef, values: CellValues, top: number) {
  const width = def.rows.reduce((n, r) => n + r.columns.length, 0);
  const grid = new Grid(width);
  let col = 1;
  def.rows.forEach((row, i) => {
    const right = col + row.columns.length - 1;
    if (row.group === undefined) {
      grid.span(top, col, top, right, row.label);
      row.columns.forEach((c, j) => grid.span(top + 1, col + j, top + 2, col + j, c.label));
    } else {
      if (def.rows[i - 1]?.group !== row.group) {
        let end = i;
        while (def.rows[end + 1]?.group === row.group) end++;
        const groupRight = right + def.rows.slice(i + 1, end + 1).reduce((n, r) => n + r.columns.length, 0);
        grid.span(top, col, top, groupRight, row.group);
      }
      grid.span(top + 1, col, top + 1, right, row.label);
      row.columns.forEach((c, j) => grid.set(top + 2, col + j, c.label));
    }
    row.columns.forEach((c, j) => grid.value(top + 3, col + j, `table4.${row.id}.${c.id}`, values));
    col = right + 1;
  });
  for (let i = 0; i < 3; i++) grid.heading(top + i);
  return { grid, widths: Array<number>(width).fill(10) };
}
