import type { Field, Line } from './lines.js';

/**
 * A table printed with a leading 序号 column, in a space layout (pdftotext -layout) or a grid of
 * fields (a scan's cells, TAB-separated): the row numbers under the 序号 header are not values.
 * Where a row's label wraps to another line, the number can stand on a line of values with no
 * label at all, which no rule of the line alone can tell from a value; the header's column can.
 *
 * ```text
 *  序号        项目      信息内容 本年制发件数 本年废止件数 现行有效件数
 *   1                 规章
 *        第二十条第（一）项 行政规范性文件   0         0      0
 *   2                        6         1     32
 *   ^ under 序号: row 2's number, not a value
 * ```
 *
 * The header is a text field `序号`, or `序` over `号` on the next line, in the table's lines or
 * the few `above` them (where the table was found from its first row). Returns the lines with
 * such numbers taken out (copies; the lines themselves are shared and left as they are).
 */
export function withoutSerials(table: readonly Line[], above: readonly Line[] = []): readonly Line[] {
  // The header may stand just above the lines the table was found at.
  const lines = [...above, ...table];
  let head = -1;
  let col = 0;
  for (let i = 0; i < lines.length && head < 0; i++) {
    const l = lines[i]!;
    if (l.mode !== 'space' && l.mode !== 'tab') continue;
    // The label joins the line's text fields: a line whose label holds no 序 has no such field.
    if (l.label.indexOf('序') < 0) continue;
    for (const f of l.fields) {
      // Only a field holding 序 can be the header (序号, or 序 over 号 — a line or, in a scan's
      // grid where the header cell's other words make lines of their own, a few lines below).
      if (f.cell.kind !== 'text' || !f.text.includes('序')) continue;
      // In a space layout 序 may run into the header's next words, one space apart (`序 （本列数据…`):
      // then the word alone counts, at its own column (a field's col is its centre).
      const lead = l.mode === 'space' && /^序\s/.test(f.text);
      const t = lead ? '序' : f.text.replace(/\s+/g, '');
      const at = lead ? f.col - (f.end - f.start) / 2 + 0.5 : f.col;
      let below = -1;
      for (let d = 1; t === '序' && below < 0 && d <= (l.mode === 'tab' ? 3 : 1); d++) {
        if (lines[i + d]?.fields.some((g) => (l.mode === 'tab' ? g.text.trim().startsWith('号') : /^号(\s|$)/.test(g.text.trim())) && Math.abs(g.col - (l.mode === 'tab' ? at : at + (g.end - g.start) / 2 - 0.5)) <= 1.5)) below = i + d;
      }
      if (t === '序号' || below >= 0) {
        head = below >= 0 ? below : i;
        col = at;
        break;
      }
    }
  }
  if (head < 0) {
    const run = withoutSerialRun(table);
    return run !== table ? run : withoutInterleavedSerials(table, above, lines);
  }
  // The last serial taken out: a number alone on its line under 序号 is one only where it comes next.
  let last = 0;
  return table.map((l, j) => {
    const i = j + above.length;
    if (l.serial !== undefined) last = l.serial;
    if (i <= head || l.mode !== lines[head]!.mode) return l;
    let k = 0;
    while (k < l.fields.length && l.fields[k]!.text === '') k++;
    const f: Field | undefined = l.fields[k];
    // In a scan's grid the serial may share its cell with the words of a rowspan beside it (`9 予公开`).
    const shared = l.mode === 'tab' ? /^(\d{1,2})\s+(\D.*)$/.exec(f?.text ?? '') : null;
    if (!f || f.cell.kind !== 'number' || !(shared || /^\d{1,2}$/.test(f.text)) || Math.abs(f.col - col) > 2) return l;
    // A number alone on its line is a cell of a one-cell-per-line table, not a row's number;
    // in a space layout, where a label wrapped round its row's number, it is that number if it
    // comes next in the count.
    if (!l.fields.some((x, j) => j > k && x.text !== '')) {
      if (l.mode !== 'space' || shared || Number(f.text) !== last + 1) return l;
      last++;
      return { ...l, fields: [], values: 0, mode: 'empty', serial: last };
    }
    last = Number(shared ? shared[1] : f.text);
    if (shared) {
      const rest = shared[2]!;
      const { raw: _printed, ...plain } = f;
      const words: Field = { ...plain, text: rest, start: f.end - rest.length, cell: { kind: 'text', value: null } };
      return { ...l, fields: l.fields.map((x) => (x === f ? words : x)), values: l.values - 1, serial: last };
    }
    return { ...l, fields: l.fields.filter((x) => x !== f), values: l.values - 1, serial: last };
  });
}

/** A 序号 column printed whole: at least this many lines counting 1, 2, 3 … */
const minRun = 10;

/**
 * A 序号 column printed as a column of its own (plain pdftotext of a ruled table reads its
 * columns one after another): a run of lines holding one number each, 1, 2, 3 … up to the
 * number of rows, blank lines between them allowed. No column of values counts so; the run is
 * taken out (emptied lines) so that the values around it keep their order.
 *
 * ```text
 * 1
 * 2        ← the serials of 表三's 25 rows, before its labels and values
 * …
 * 25
 * ```
 */
function withoutSerialRun(table: readonly Line[]): readonly Line[] {
  const one = (l: Line) => (l.values === 1 && l.label.trim() === '' ? l.fields.find((f) => f.text !== '')?.text ?? null : null);
  if (!countsFromOne(table, one)) return table;
  const printed = table.flatMap((l, i) => (l.mode === 'empty' ? [] : [i]));
  const texts = printed.map((i) => one(table[i]!));
  for (const run of countingRuns(texts, minRun)) {
    const from = run.findIndex((k) => texts[k] === '1');
    if (from < 0 || run.length - from < minRun) continue;
    const out = table.slice();
    for (const k of run.slice(from)) out[printed[k]!] = { ...out[printed[k]!]!, fields: [], values: 0, mode: 'empty' };
    return out;
  }
  return table;
}

/**
 * Whether the printed lines count 1, 2, 3 … for at least `minRun` lines somewhere: a quick pass
 * without copies, as most tables have no such run.
 */
function countsFromOne(table: readonly Line[], one: (l: Line) => string | null): boolean {
  let next = 1;
  for (const l of table) {
    if (l.mode === 'empty') continue;
    const t = l.values === 1 ? one(l) : null;
    if (t !== null && t === String(next)) next++;
    else next = t === '1' ? 2 : 1;
    if (next > minRun) return true;
  }
  return false;
}

/**
 * Runs of at least `least` entries, one after another, that are whole numbers counting up by one
 * (7, 8, 9 …; null or any other text ends a run): serial numbers, where each stands alone.
 * Returns the runs as indices into `texts`.
 */
export function countingRuns(texts: ReadonlyArray<string | null>, least: number): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= least) out.push(run);
    run = [];
  };
  texts.forEach((t, i) => {
    const v = t !== null && /^\d+$/.test(t) ? Number(t) : NaN;
    if (Number.isNaN(v)) return close();
    if (run.length && v !== Number(texts[run[run.length - 1]!]) + 1) close();
    run.push(i);
  });
  close();
  return out;
}

/**
 * A 序号 header in plain text (no columns): `序号` as a word, or `序` starting a line and `号`
 * starting one of the next three (the header cell's words printed among the others').
 *
 * ```text
 * 序 （本列数据的勾稽关系为：第一项加第二项之和，等于第 自然
 * 社会 法律 其 总
 * 号
 * ```
 * Returns the index in `lines` of the header's last line, or -1.
 */
function serialHeader(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    // Both tests need a 序: a label without one is passed over uncopied (trim copies a padded label).
    if (lines[i]!.label.indexOf('序') < 0) continue;
    const t = lines[i]!.label.trim();
    if (/(^|\s)序\s*号(\s|$)/.test(t)) return i;
    if (!/^序(\s|$)/.test(t)) continue;
    for (let d = 1; d <= 3 && i + d < lines.length; d++) if (/^号(\s|$)/.test(lines[i + d]!.label.trim())) return i + d;
  }
  return -1;
}

/**
 * Serials one a line among the rows (plain pdftotext of a ruled table with a 序号 column, each
 * row printing its number, then its values, then its label, or its number after a piece of its
 * label): in a table under a 序号 header, lone numbers each just after a line of text that count
 * 1, 2, 3 … with at least one labelled line between two of them, at least `minRun` long and
 * passing over few such numbers that do not count. Taken out (emptied lines).
 *
 * ```text
 * 一、本年新收政府信息公开申请数量
 * 2            ← row 2's serial: after a label, the next in the count
 * 36
 * 0
 * ```
 */
function withoutInterleavedSerials(table: readonly Line[], above: readonly Line[], lines: readonly Line[]): readonly Line[] {
  const head = serialHeader(lines);
  if (head < 0) return table;
  const serials: number[] = [];
  let skipped = 0;
  let labelled = true;
  let prev: Line | null = lines[head]!;
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.mode === 'empty') continue;
    const lone = l.values === 1 && l.label.trim() === '' ? l.fields.find((f) => f.text !== '')?.text ?? '' : '';
    if (/^\d{1,2}$/.test(lone) && prev !== null && prev.label.trim() !== '') {
      if (lone === String(serials.length + 1) && labelled) {
        serials.push(i);
        labelled = false;
      } else if (serials.length > 0) skipped++;
    }
    if (l.label.trim() !== '' && serials.length > 0) labelled = true;
    prev = l;
  }
  if (serials.length < minRun || skipped * 4 > serials.length) return table;
  const out = table.slice();
  for (const i of serials) {
    const j = i - above.length;
    if (j >= 0) out[j] = { ...out[j]!, fields: [], values: 0, mode: 'empty' };
  }
  return out;
}
