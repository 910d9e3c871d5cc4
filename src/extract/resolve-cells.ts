import type { Field } from './lines.js';
import type { Item } from './items.js';

/** A row's cells placed in the table's columns. */
export interface Resolved {
  /** One entry per column: the field printed there, or null where the row printed nothing. */
  cells: Array<Field | null>;
  /** Columns the row printed no cell for (the reader assumed which). */
  missing: number[];
  /** Values beyond the table's width, ignored. */
  extra: Field[];
  /** How the columns were decided. */
  how: 'exact' | 'grid' | 'header' | 'positional' | 'sum' | 'left';
}

/** Column coordinates of a row that printed every cell: the grid other rows align to. */
export function gridOf(item: Item, width: number): number[] | null {
  if (item.segment) return null;
  // Counted before anything is built: a short row's nearest full row is looked for over many rows.
  let filled = 0;
  for (const f of item.fields) if (f.text !== '') filled++;
  if (filled !== width) return null;
  const grid: number[] = [];
  for (const f of item.fields) if (f.text !== '') grid.push(f.col);
  return grid;
}

/**
 * Place a row's printed values into `width` columns.
 *
 * A row with every value is taken as printed. A row with fewer values is aligned by the
 * columns of a neighbouring full row (`grid`: field indexes of tab or Markdown lines, or
 * character columns of a space layout); failing that by its own empty fields; failing that
 * from the left. Seed 000 prints row 四 with six values in the seven columns:
 *
 * ```text
 * →→8. 属于行政查询 事项→0→0→0→0→0→0→0      (fields 3–9 hold the seven columns)
 * →四、结转下年度继续办理→→→0→0→0→0→0→0     (fields 4–9: 自然人 is the gap)
 *                          ^
 * ```
 */
export function resolveCells(item: Item, width: number, grid: number[] | null, space: boolean, lastIsTotal = false): Resolved {
  const vals = item.fields;
  const filled = vals.filter((f) => f.text !== '');
  if (filled.length === width) return { cells: filled, missing: [], extra: [], how: 'exact' };
  if (filled.length > width) return overfull(item, filled, width, grid, space);

  // One cell per line, blank cells printed as lines of their own: every cell is in its place
  // (blank cells past the last column are the table's empty padding, not this row's).
  if (item.segment && filled.length < width && vals.length >= width && vals.slice(width).every((f) => f.text === '')) {
    return { cells: vals.slice(0, width), missing: [], extra: [], how: 'positional' };
  }

  if (grid && !item.segment) {
    const cells: Array<Field | null> = new Array(width).fill(null);
    let ok = true;
    const tol = space ? Math.max(1.5, minGap(grid) / 2) : 0.001;
    for (const f of filled) {
      let best = -1;
      let dist = Infinity;
      for (let s = 0; s < grid.length; s++) {
        const d = Math.abs(grid[s]! - f.col);
        if (d < dist) {
          dist = d;
          best = s;
        }
      }
      if (best < 0 || dist > tol || cells[best]) {
        ok = false;
        break;
      }
      cells[best] = f;
    }
    if (ok) {
      // An empty field printed at a free column is a printed blank cell.
      for (let s = 0; s < width; s++) {
        if (cells[s]) continue;
        const blank = vals.find((f) => f.text === '' && Math.abs(f.col - grid[s]!) <= tol);
        if (blank) cells[s] = blank;
      }
      return { cells, missing: indexesOf(cells, null), extra: [], how: 'grid' };
    }
  }

  if (!item.segment) {
    let a = 0;
    let b = vals.length;
    const tries: Array<[number, number]> = [[a, b]];
    while (b > a && vals[b - 1]!.text === '') b--;
    tries.push([0, b]);
    while (a < b && vals[a]!.text === '') a++;
    tries.push([a, vals.length], [a, b]);
    for (const [x, y] of tries) {
      if (y - x === width) return { cells: vals.slice(x, y), missing: [], extra: [], how: 'positional' };
    }
  }

  // Nothing says where the gaps are. Where the last value is the sum of the others, it is the
  // total column (text from a PDF drops a row's blank cells: 自然人 5, 总计 5).
  const cells: Array<Field | null> = [...filled];
  if (lastIsTotal && filled.length >= 2) {
    // (Summed in a plain loop, not through map: a list of numbers is of one kind or another,
    // whole or not, and a kind not met before threw this function's compiled code away.)
    const last = filled[filled.length - 1]!.cell.value ?? 0;
    let rest = 0;
    for (let i = 0; i + 1 < filled.length; i++) rest += filled[i]!.cell.value ?? 0;
    if (Math.abs(last - rest) < 1e-9) {
      const head: Array<Field | null> = filled.slice(0, -1);
      while (head.length < width - 1) head.push(null);
      head.push(filled[filled.length - 1]!);
      return { cells: head, missing: indexesOf(head, null), extra: [], how: 'sum' };
    }
  }
  while (cells.length < width) cells.push(null);
  return { cells, missing: indexesOf(cells, null), extra: [], how: 'left' };
}

/**
 * A row printing more values than the table has columns. Where a neighbouring full row's columns
 * take exactly `width` of them, one each, the others stand outside every column and are not the
 * row's: a label's item number that pdftotext -layout set on the values' line (`4` of
 * `4、保护第三方合法权益`, its `、…` on the line above) is left of the first column:
 *
 * ```text
 *   3、危及“三安全一稳定”       2   0  0  0   0   0 2
 *     、保护第三方合法权益
 *      4                 2           0       0       0       0       0   2
 *      ^ no column's
 * ```
 *
 * Failing that, the first `width` values are taken. Either way the others are reported as extra.
 */
function overfull(item: Item, filled: Field[], width: number, grid: number[] | null, space: boolean): Resolved {
  if (grid && space && !item.segment && grid.length === width) {
    const tol = Math.max(1.5, minGap(grid) / 2);
    const cells: Array<Field | null> = new Array(width).fill(null);
    const extra: Field[] = [];
    for (const f of filled) {
      let best = -1;
      let dist = Infinity;
      grid.forEach((g, s) => {
        if (Math.abs(g - f.col) < dist) [best, dist] = [s, Math.abs(g - f.col)];
      });
      if (dist <= tol && !cells[best]) cells[best] = f;
      else extra.push(f);
    }
    if (cells.every((c) => c !== null)) return { cells, missing: [], extra, how: 'grid' };
  }
  return { cells: filled.slice(0, width), missing: [], extra: filled.slice(width), how: 'exact' };
}

function minGap(grid: number[]): number {
  let m = Infinity;
  for (let i = 1; i < grid.length; i++) m = Math.min(m, Math.abs(grid[i]! - grid[i - 1]!));
  return Number.isFinite(m) ? m : 4;
}

function indexesOf<T>(a: T[], v: T): number[] {
  const out: number[] = [];
  a.forEach((x, i) => x === v && out.push(i));
  return out;
}
