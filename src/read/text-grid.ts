/**
 * The tables of a text file as grids, by where their cells stand: what `documentOf` gives for
 * text that no reader saw as a grid (a file of text as a person or a tool saved it). Two
 * layouts:
 *
 * - **TAB-separated rows** (text copied out of a Word or web table): a run of lines holding
 *   TABs is a table, each line a row cut at its TABs.
 * - **Columns by position** (`pdftotext -layout`, text laid out with spaces): the value columns
 *   are the character columns (one a character, as pdftotext pads them) where the rows that print the
 *   most values put them; every value and header word goes to the column its span falls in, and
 *   what stands left of the first value column is the row's label, one cell.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119
 *                                                 ^^^^ column 1        ^ column 3            ^^^^ column 7
 *       （二）部分公开（区分处理的，只计这一情       ← no value: the label cell of a row of its own
 * ```
 *
 * Two numbers one space apart (`3 412`) are two cells where they fall in two columns, one where
 * they fall in one. A grid is only what the positions say; which row of the official format a
 * line is, is the extractor's to decide.
 */
/** A cell of a text grid: offsets in the text (blank: `start === end`, at the line's end). */
export interface TextGridCell {
  text: string;
  column: number;
  start: number;
  end: number;
}

export interface TextGrid {
  /** 0-based line indexes of the rows, and their cells. */
  rows: Array<{ line: number; cells: TextGridCell[] }>;
  columns: number;
}

interface Piece {
  text: string;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** Columns on the line, one a character: `pdftotext -layout` pads each run to the column its x
   * position gives, a character a column whatever its width. */
  from: number;
  to: number;
  value: boolean;
}

/**
 * The fields of text[a, b) cut at its TABs, each trimmed: their offsets (an empty field is
 * `start === end`, where its trimmed text would begin).
 */
export function tabFields(text: string, a: number, b: number): Array<{ start: number; end: number; from: number }> {
  const out: Array<{ start: number; end: number; from: number }> = [];
  let from = a;
  for (let k = a; k <= b; k++) {
    if (k < b && text.charCodeAt(k) !== 9) continue;
    let s = from;
    let e = k;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e, from });
    from = k + 1;
  }
  return out;
}

/** A printed value: a number (digits, separators, a decimal point, a per cent) or a dash or slash. */
const valueRe = /^(?:[-−]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?[%％]?|[—–\-／/]+)$/u;

/**
 * The pieces of a line: runs split at two or more spaces (or a TAB); within a run, values stand
 * alone (`21 0` is two, where the positions may set them in two columns). A value counts as a
 * column's only where it stands apart: two spaces or the line's end on each side, or another
 * value (prose prints `受理申请 3119 件`, one space each side).
 */
function piecesOf(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const line = text.slice(start, end);
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    let off = m.index;
    let run: Piece | null = null;
    for (const w of m[0].split(' ')) {
      const value = valueRe.test(w);
      if (!value && run && !run.value) {
        run.text += ' ' + w;
        run.end = start + off + w.length;
        run.to = off + w.length;
      } else {
        run = { text: w, start: start + off, end: start + off + w.length, from: off, to: off + w.length, value };
        out.push(run);
      }
      off += w.length + 1;
    }
  }
  // A value next to text one space away is the prose's.
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (!p.value) continue;
    const prev = out[k - 1];
    const next = out[k + 1];
    if ((prev && !prev.value && p.from - prev.to < 2) || (next && !next.value && next.from - p.to < 2)) p.value = false;
  }
  return out;
}

/** A section heading (四、政府信息公开行政复议、行政诉讼情况; a row label such as 三、本年度办理结果 is shorter) or a sentence's end. */
const isHeading = (s: string) => /^\s{0,8}[一二三四五六七八九十]+、\S{10,}$/.test(s) || /[。；]$/.test(s.trim());

/** The tables of a text: TAB-separated runs and position-aligned runs of value rows. */
export function textGrids(text: string, lineStarts: readonly number[], lineEnds: readonly number[]): TextGrid[] {
  const n = lineStarts.length;
  const line = (i: number) => text.slice(lineStarts[i]!, lineEnds[i]!);
  const blank = (i: number) => line(i).trim() === '';
  const grids: TextGrid[] = [];
  const taken = new Uint8Array(n);

  // TAB-separated runs: TAB lines with at most two other lines between them.
  for (let i = 0; i < n; i++) {
    if (!line(i).includes('\t')) continue;
    let last = i;
    for (let j = i + 1; j < n && j - last <= 3; j++) if (line(j).includes('\t')) last = j;
    if (last === i) continue;
    const rows: TextGrid['rows'] = [];
    let columns = 0;
    for (let j = i; j <= last; j++) {
      if (blank(j)) continue;
      taken[j] = 1;
      const cells: TextGridCell[] = tabFields(text, lineStarts[j]!, lineEnds[j]!)
        .map((f, column) => ({ text: text.slice(f.start, f.end), column, start: f.start, end: f.end }));
      columns = Math.max(columns, cells.length);
      rows.push({ line: j, cells });
    }
    grids.push({ rows, columns });
    i = last;
  }

  // Position-aligned runs: lines printing two or more values, with at most six lines of label,
  // header or blank between them.
  const pieces: Array<Piece[] | undefined> = [];
  const valuesOn = (i: number): number => {
    if (taken[i]) return 0;
    pieces[i] ??= piecesOf(text, lineStarts[i]!, lineEnds[i]!);
    return pieces[i]!.filter((p) => p.value).length;
  };
  for (let i = 0; i < n; i++) {
    if (valuesOn(i) < 2) continue;
    let last = i;
    let rowsWithValues = 1;
    // (Lines of one value between rows of values, such as 表二's 行政许可 97, are rows of the table.)
    // A page break ends the table: the next page sets its columns anew.
    for (let j = i + 1; j < n && j - last <= 7 && !taken[j] && !line(j).includes('\f'); j++) {
      if (valuesOn(j) >= 2) { last = j; rowsWithValues++; }
      else if (!blank(j) && isHeading(line(j))) break;
    }
    // Two rows of values at least, or one of many (表四's fifteen on one line).
    if (rowsWithValues < 2 && valuesOn(i) < 4) { i = last; continue; }
    // The header above: lines up to a run of blank lines, a heading or a line of prose.
    let top = i;
    for (let j = i - 1, blanks = 0; j >= 0 && i - j <= 14 && !taken[j] && !line(j + 1).includes('\f'); j--) {
      if (blank(j)) { if (++blanks >= 5) break; continue; }
      blanks = 0;
      pieces[j] ??= piecesOf(text, lineStarts[j]!, lineEnds[j]!);
      if (isHeading(line(j)) || (pieces[j]!.length === 1 && line(j).trim().length > 40)) break;
      top = j;
    }
    grids.push(alignedGrid(text, lineStarts, lineEnds, pieces, top, last, valuesOn));
    for (let j = top; j <= last; j++) taken[j] = 1;
    i = last;
  }
  return grids.sort((a, b) => a.rows[0]!.line - b.rows[0]!.line);
}

/** The grid of lines top…last: value columns from the rows printing the most values. */
function alignedGrid(
  text: string, lineStarts: readonly number[], lineEnds: readonly number[], pieces: Array<Piece[] | undefined>,
  top: number, last: number, valuesOn: (i: number) => number,
): TextGrid {
  const of = (i: number) => (pieces[i] ??= piecesOf(text, lineStarts[i]!, lineEnds[i]!));
  let most = 0;
  for (let i = top; i <= last; i++) most = Math.max(most, valuesOn(i));
  // Each value column: the union of the spans of the full rows' k-th values.
  const spans: Array<[number, number]> = [];
  for (let i = top; i <= last; i++) {
    const vs = valuesOn(i) === most ? of(i).filter((p) => p.value) : null;
    vs?.forEach((p, k) => {
      const s = spans[k];
      spans[k] = s ? [Math.min(s[0], p.from), Math.max(s[1], p.to)] : [p.from, p.to];
    });
  }
  const columnOf = (p: Piece): number => {
    let best = -1;
    let bestScore = -Infinity;
    spans.forEach(([a, b], k) => {
      // Overlap first; else the nearest by centre.
      const overlap = Math.min(b, p.to) - Math.max(a, p.from);
      const score = overlap > 0 ? overlap : -Math.abs((a + b) / 2 - (p.from + p.to) / 2);
      if (score > bestScore) { bestScore = score; best = k; }
    });
    return best;
  };
  const labelEdge = spans.length ? spans[0]![0] : Infinity;
  const rows: TextGrid['rows'] = [];
  for (let i = top; i <= last; i++) {
    const ps = of(i);
    if (ps.length === 0) continue;
    const cells: TextGridCell[] = [];
    const e = lineEnds[i]!;
    for (let k = 0; k <= spans.length; k++) cells.push({ text: '', column: k, start: e, end: e });
    for (const p of ps) {
      // Text standing left of the first value column is the label; values and header words go
      // to the column their span falls in.
      const k = !p.value && p.to <= labelEdge ? 0 : columnOf(p) + 1;
      const c = cells[k]!;
      if (c.text === '') Object.assign(c, { text: p.text, start: p.start, end: p.end });
      else Object.assign(c, { text: c.text + ' ' + p.text, end: p.end });
    }
    rows.push({ line: i, cells });
  }
  return { rows, columns: spans.length + 1 };
}
