import type { Field, Line } from './lines.js';

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
 * `g × k`, and the `g` rows of values printed just before it each hold `width − k` (a row: values
 * on consecutive lines between lines of text, or the values a label line ends in; consecutive
 * lines holding several rows are cut at line ends), the run's values are put back after each
 * row's, `k` to a row, in order. Returns the lines so rewritten (the run's lines emptied of
 * their values, each group's last line holding the group's values and its share of the run) and
 * how many rows and columns moved (and the item number left out, if any), or null. The caller
 * keeps this reading only where the table's sums confirm it.
 */
export function columnsAfter(lines: readonly Line[], width: number, upTo = lines.length): { lines: Line[]; rows: number; cols: number; first: Field; stray?: Field } | null {
  const count = (l: Line) => l.fields.filter((f) => f.text !== '').length;
  // The trailing run of value lines (blank lines between them allowed).
  let end = upTo;
  while (end > 0 && lines[end - 1]!.mode === 'empty') end--;
  let start = end;
  let n = 0;
  while (start > 0 && (isValues(lines[start - 1]!) || lines[start - 1]!.mode === 'empty')) {
    start--;
    if (isValues(lines[start]!)) n += count(lines[start]!);
  }
  if (n < 2) return null;
  // The groups of values before it: runs of consecutive value lines between text lines, and
  // the values a label line ends in (`（四）无 2.没有现成信息需要另行制作 2 0`), each a group;
  // each line of a group with the count of values it holds.
  const groups: Array<Array<{ line: number; size: number }>> = [];
  let group: Array<{ line: number; size: number }> = [];
  for (let i = start - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (isValues(l)) group.unshift({ line: i, size: count(l) });
    else if (l.mode !== 'empty' || group.length > 0) {
      if (group.length > 0) groups.unshift(group);
      group = [];
      if (l.mode !== 'empty' && l.values > 0) groups.unshift([{ line: i, size: count(l) - textFields(l) }]);
    }
  }
  if (group.length > 0) groups.unshift(group);
  const run = lines.slice(start, end).flatMap((l) => (isValues(l) ? l.fields.filter((f) => f.text !== '') : []));
  // A label's item number can stand apart at the run's head (`4` of `4、保护第三方合法权益`,
  // the label printed as `、保护第三方合法权益`): tried without it where the count is one over.
  const stray = run.length > 2 && /^[1-9][.、．]?$/.test(run[0]!.text) ? 1 : 0;
  for (const skip of stray ? [0, 1] : [0]) {
    const m = n - skip;
    for (let k = 1; k < width; k++) {
      if (m % k !== 0) continue;
      const g = m / k;
      // Each row's first `width − k` values: a group, or a group of several rows' lines one
      // after another (two rows' values with no label line between them), cut at line ends.
      const rows = rowsOf(groups, width - k);
      if (g < 2 || g > rows.length) continue;
      const mine = rows.slice(rows.length - g);
      if (mine.some((x) => x < 0)) continue;
      // The run's values in order, dealt out k to a row.
      const out = lines.slice();
      for (let i = start; i < end; i++) if (isValues(out[i]!)) out[i] = { ...out[i]!, fields: [], values: 0, mode: 'empty' };
      mine.forEach((last, j) => {
        const l = out[last]!;
        const add = run.slice(skip + j * k, skip + (j + 1) * k).map((f, c) => ({ ...f, col: l.fields.length + c }));
        out[last] = { ...l, fields: [...l.fields, ...add], values: l.values + k };
      });
      return { lines: out, rows: g, cols: k, first: run[skip]!, ...(skip ? { stray: run[0]! } : {}) };
    }
  }
  return null;
}

/**
 * The same where a page's part of the table is printed so and the table goes on after it: the run
 * of value lines ends where the next page's labels begin (m3's 表三 through plain pdftotext: nine
 * rows' 自然人 and 商业企业 each by its label, the nine rows' other five columns, then the next
 * page's rows whole). Each such inner run is tried, in order, on the lines as the runs before it
 * left them; the lines rewritten, and each run put back (its rows, columns and first value).
 * The caller keeps this reading only where the table's sums confirm it.
 */
export function columnsAfterPages(lines: readonly Line[], width: number): { lines: Line[]; moved: Array<{ rows: number; cols: number; first: Field }> } | null {
  let out: readonly Line[] = lines;
  const moved: Array<{ rows: number; cols: number; first: Field }> = [];
  for (let i = 1; i < out.length; i++) {
    // A run ends at i: a value line, then (blank lines passed over) a line of text.
    if (!isValues(out[i - 1]!)) continue;
    let j = i;
    while (j < out.length && out[j]!.mode === 'empty') j++;
    if (j >= out.length || isValues(out[j]!)) continue;
    const ca = columnsAfter(out, width, i);
    if (!ca) continue;
    out = ca.lines;
    moved.push({ rows: ca.rows, cols: ca.cols, first: ca.first });
  }
  return moved.length ? { lines: out as Line[], moved } : null;
}

/** A line holding only values (and blank fields). */
function isValues(l: Line): boolean {
  return l.values > 0 && l.label.trim() === '' && l.fields.every((f) => f.cell.kind !== 'text' || f.text === '');
}

/**
 * The groups cut into rows of `size` values each, at line ends: each row's last line, or −1 for a
 * group that cannot be so cut.
 */
function rowsOf(groups: ReadonlyArray<ReadonlyArray<{ line: number; size: number }>>, size: number): number[] {
  const rows: number[] = [];
  for (const group of groups) {
    let acc = 0;
    for (const x of group) {
      acc += x.size;
      if (acc === size) {
        rows.push(x.line);
        acc = 0;
      } else if (acc > size) break;
    }
    if (acc !== 0) rows.push(-1);
  }
  return rows;
}

/** Text fields of a line that are not empty (its label's pieces). */
function textFields(l: Line): number {
  return l.fields.filter((f) => f.text !== '' && f.cell.kind === 'text').length;
}
