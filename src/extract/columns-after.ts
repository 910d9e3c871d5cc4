import type { Line } from './lines.js';

/**
 * The last columns of a table's last rows printed after the table: plain pdftotext of a table
 * continued on a new page can read that page's part as two blocks, the labels with the first
 * columns' values row by row, then the other columns' values of every row, row after row.
 *
 * ```text
 * 补正后申请内容仍不明确      ┐
 * 1                          │ （四）3's first three cells
 * 0                          │
 * 0                          ┘
 * （五）不予处理 …            … the next rows' first three cells, each after its label
 * 四、结转下年度继续办理
 * 103 0 0                    ← the last row's first three
 * 0                          ┐
 * 0                          │ （四）3's last four cells, then the next row's four, …
 * 0                          │
 * 1                          ┘
 * ```
 *
 * Where the region ends in a run of lines holding only values (one or more each) whose count is
 * `g × k`, and the `g` groups of values printed just before it (a group: values on consecutive
 * lines, between lines of text) each hold `width − k`, the run's values are put back after each
 * group's, `k` to a group, in order. Returns the lines so rewritten (the run's lines emptied of
 * their values, each group's last line holding the group's values and its share of the run) and
 * how many rows and columns moved, or null. The caller keeps this reading only where the table's
 * sums confirm it.
 */
export function columnsAfter(lines: readonly Line[], width: number): { lines: Line[]; rows: number; cols: number } | null {
  const isValues = (l: Line) => l.values > 0 && l.label.trim() === '' && l.fields.every((f) => f.cell.kind !== 'text' || f.text === '');
  const count = (l: Line) => l.fields.filter((f) => f.text !== '').length;
  // The trailing run of value lines (blank lines between them allowed).
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.mode === 'empty') end--;
  let start = end;
  let n = 0;
  while (start > 0 && (isValues(lines[start - 1]!) || lines[start - 1]!.mode === 'empty')) {
    start--;
    if (isValues(lines[start]!)) n += count(lines[start]!);
  }
  if (n < 2) return null;
  // The groups of values before it: runs of consecutive value lines between text lines.
  const groups: Array<{ last: number; size: number }> = [];
  let size = 0;
  let last = -1;
  for (let i = start - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (isValues(l)) {
      if (size === 0) last = i;
      size += count(l);
    } else if (l.mode !== 'empty' || size > 0) {
      if (size > 0) groups.unshift({ last, size });
      size = 0;
      if (l.mode !== 'empty' && !isValues(l) && l.values > 0) break; // a labelled row of values: the run's rows end here
    }
  }
  if (size > 0) groups.unshift({ last, size });
  for (let k = 1; k < width; k++) {
    if (n % k !== 0) continue;
    const g = n / k;
    if (g < 2 || g > groups.length) continue;
    const mine = groups.slice(groups.length - g);
    if (!mine.every((x) => x.size === width - k)) continue;
    // The run's values in order, dealt out k to a group.
    const run = lines.slice(start, end).flatMap((l) => (isValues(l) ? l.fields.filter((f) => f.text !== '') : []));
    const out = lines.slice();
    for (let i = start; i < end; i++) if (isValues(out[i]!)) out[i] = { ...out[i]!, fields: [], values: 0, mode: 'empty' };
    mine.forEach((x, j) => {
      const l = out[x.last]!;
      const add = run.slice(j * k, (j + 1) * k).map((f, c) => ({ ...f, col: l.fields.length + c }));
      out[x.last] = { ...l, fields: [...l.fields, ...add], values: l.values + k };
    });
    return { lines: out, rows: g, cols: k };
  }
  return null;
}
