import { mayEndInUnit, readCell, readsAsText, textReading, type CellValue } from './cell.js';
import { isWhiteSpace } from './white-space.js';

export { isWhiteSpace };

/** How a line lays out its cells. */
export type LineMode = 'tab' | 'md' | 'csv' | 'md-separator' | 'space' | 'empty';

/** One cell of a line: its text span in the document and what it holds. */
export interface Field {
  text: string;
  /** Offsets of the trimmed text in the document (for a blank field, where the gap is). */
  start: number;
  end: number;
  cell: CellValue;
  /** The printed text where it is not the source slice start–end (a cell joined from wrapped lines). */
  raw?: string;
  /**
   * Where the field stands across the line, for aligning rows with each other: the field
   * index for tab and Markdown lines, the character column of its centre for space layouts.
   */
  col: number;
}

/** A line of the document, split into cells. */
export interface Line {
  index: number;
  start: number;
  end: number;
  mode: LineMode;
  fields: Field[];
  /** Number of fields that hold a value (number, dash, 无, 空). */
  values: number;
  /** The label: the text fields of the line joined, and where the first starts. */
  label: string;
  labelStart: number;
  /** The row's serial number (序号) printed before its label, taken out of its fields (see dropRowNumber). */
  serial?: number;
  /** Set on a row joined from the wrapped lines of a grid table. */
  joined?: boolean;
  /**
   * Set on a line that holds nothing but no-break spaces: a blank table cell of a text that
   * prints one cell per line (LibreOffice's text of a Word table whose empty cells hold `&nbsp;`).
   */
  blankCell?: boolean;
  /**
   * Set with blankCell on a line of no character at all in a text that prints one cell a line:
   * an empty cell, or the cell a merged (rowspan) label leaves in the rows under its first.
   */
  noCharacter?: boolean;
}

/**
 * A Markdown table separator row.
 *
 * ```markdown
 * |---|---|---|
 * ^^^^^^^^^^^^^
 * ```
 */
const mdSeparatorRe = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const isSpace = (c: number) => c === 0x20 || c === 0x09;

/**
 * A rule line of a box-drawn or grid table, which holds no cells.
 *
 * ```text
 * +------------------+================+
 * ├────────┼────────┤
 * ---
 * ```
 */
const ruleLineRe = /^\s*(?:[+\u2500-\u257f][-=+:\u2500-\u257f ]*|-{3,}|\*{3,}|_{3,}|={3,})\s*$/;

/**
 * Whether a line's commas are a label's punctuation or numbers' thousands separators, not a
 * CSV's separators: each of them full-width in the original (normalisation made them ASCII), or
 * between a digit and a group of three digits that ends the number (3,001; 3,985,758), on a
 * line whose cells are parted by runs of spaces. pdftotext -layout prints the official label of
 * （二） with its values, and a page's large counts with their separators:
 *
 * ```text
 * （二）部分公开（区分处理的，只计这一情形，不计其他 447 7 0 0
 *                           ^          ^ full-width: one label, not three CSV fields
 * 一、本年新收政府信息公开申请数量          3,001 53 0  0   61  4 3,119
 *                                           ^ thousands: one number, not three CSV fields
 * ```
 */
function labelCommas(norm: string, start: number, end: number, orig: string | undefined): boolean {
  let thousands = false;
  for (let i = start; i < end; i++) {
    if (norm.charCodeAt(i) !== 0x2c || orig?.charCodeAt(i) === 0xff0c) continue;
    if (!isThousands(norm, i, end)) return false;
    thousands = true;
  }
  const spaced = /\S {2,}\S/.test(norm.slice(start, end));
  if (thousands) return spaced;
  return orig !== undefined && (spaced || /[\u4e00-\u9fff)] \d/.test(norm.slice(start, end)));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A comma at `i` between a digit and three digits that end the number or go on to the next group (`,985,758`). */
function isThousands(norm: string, i: number, end: number): boolean {
  if (i === 0 || !isDigit(norm.charCodeAt(i - 1))) return false;
  for (let k = 1; k <= 3; k++) if (i + k >= end || !isDigit(norm.charCodeAt(i + k))) return false;
  return i + 4 >= end || !isDigit(norm.charCodeAt(i + 4));
}

/**
 * A comma-separated line (a spreadsheet attachment saved as CSV): two commas or more outside
 * quotes, and an empty or a CJK field, or numbers that are not groups of three (so that
 * 1,234,567 stays a number).
 *
 * ```text
 * ,,2.其他法律行政法规禁止公开,0,0,0,0,0,0,0
 *  ^ empty fields of merged cells
 * ```
 */
function csvFields(norm: string, start: number, end: number): Array<[number, number]> | null {
  let commas = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x2c && !quoted) commas++;
  }
  if (commas < 2) return null;
  const out: Array<[number, number]> = [];
  let a = start;
  quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0x2c : norm.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x2c && (!quoted || i === end)) {
      let x = a;
      let y = i;
      if (norm.charCodeAt(x) === 0x22) x++;
      if (y > x && norm.charCodeAt(y - 1) === 0x22) y--;
      out.push([x, y]);
      a = i + 1;
    }
  }
  const cjk = /[\u4e00-\u9fff]/;
  if (out.some(([x, y]) => x === y || cjk.test(norm.slice(x, y)))) return out;
  // All numbers: a row of a sheet (6,1,2,1,10) unless the groups read as one number (1,234,567,
  // 249,887,966.42: the decimals after the last group).
  const groups = out.map(([x, y]) => norm.slice(x, y).trim());
  if (!groups.every((g) => /^\d+(\.\d+)?$/.test(g))) return null;
  const last = groups.length - 1;
  const oneNumber = /^\d{1,3}$/.test(groups[0]!) && groups.every((g, i) => i === 0 || (i === last ? /^\d{3}(\.\d+)?$/ : /^\d{3}$/).test(g));
  return oneNumber ? null : out;
}

/**
 * Split one line of normalised text into fields. A row of a table the reader saw as a grid
 * (`grid`: HTML, Word, Markdown, XLSX tables, a PDF's or a scan's table regions) is not split
 * again: its cells are the fields the reader wrote, TAB between them, whatever they hold (a
 * cell `---` is a dash, not a rule line). A grid row of one cell has no TAB and is read as text.
 */
export function tokenizeLine(norm: string, index: number, start: number, end: number, orig?: string, grid = false): Line {
  const line: Line = { index, start, end, mode: 'empty', fields: [], values: 0, label: '', labelStart: start };
  if (grid) {
    const tab = norm.indexOf('\t', start);
    if (tab >= 0 && tab < end) return gridRow(line, norm);
  }
  let s = start;
  while (s < end && isSpace(norm.charCodeAt(s)) && norm.charCodeAt(s) !== 9) s++;
  if (s >= end) return line;
  if (digitsAlone(line, norm, s)) return line;
  const c0 = norm.charCodeAt(s);
  if ((c0 === 0x2b || c0 === 0x2d || c0 === 0x2a || c0 === 0x5f || c0 === 0x3d || (c0 >= 0x2500 && c0 <= 0x257f)) && ruleLineRe.test(norm.slice(start, end))) {
    line.mode = 'md-separator';
    return line;
  }
  // Field bounds, start and end in turn (raw, before trimming), in a shared scratch array.
  // The space layout's bounds are found in the pass that counts the line's tabs and commas
  // (most lines are read so); another layout finds its own.
  const raw = boundScratch;
  raw.size = 0;
  let hasTab = false;
  let commas = 0;
  // Cells are separated by runs of two or more spaces (pdftotext -layout, aligned text).
  let first = -1;
  let lastEnd = -1;
  for (let i = s; i < end; ) {
    const c = norm.charCodeAt(i);
    if (c === 0x20 || c === 9) {
      if (c === 9) hasTab = true;
      i++;
      continue;
    }
    let j = i;
    for (; j < end; j++) {
      const d = norm.charCodeAt(j);
      if (d === 0x20 || d === 9) break;
      if (d === 0x2c) commas++;
    }
    if (first < 0) first = i;
    else if (i - lastEnd >= 2) {
      raw.push(first, lastEnd);
      first = i;
    }
    lastEnd = j;
    i = j;
  }
  if (first >= 0) raw.push(first, lastEnd);
  const csv = commas >= 2 && !hasTab && c0 !== 0x7c && !labelCommas(norm, start, end, orig) ? csvFields(norm, start, end) : null;
  if (csv) {
    line.mode = 'csv';
    raw.size = 0;
    for (const [a, b] of csv) raw.push(a, b);
  } else if (hasTab) {
    line.mode = 'tab';
    raw.size = 0;
    let a = start;
    for (let i = start; i <= end; i++) {
      if (i === end || norm.charCodeAt(i) === 9) {
        raw.push(a, i);
        a = i + 1;
      }
    }
  } else if (norm.charCodeAt(s) === 0x7c /* | */) {
    const text = norm.slice(start, end);
    if (mdSeparatorRe.test(text)) {
      line.mode = 'md-separator';
      return line;
    }
    line.mode = 'md';
    raw.size = 0;
    let a = s + 1;
    let e = end;
    while (e > a && isSpace(norm.charCodeAt(e - 1))) e--;
    if (norm.charCodeAt(e - 1) === 0x7c) e--;
    for (let i = a; i <= e; i++) {
      if (i === e || (norm.charCodeAt(i) === 0x7c && norm.charCodeAt(i - 1) !== 0x5c)) {
        raw.push(a, i);
        a = i + 1;
      }
    }
  } else line.mode = 'space';
  return fieldsOf(line, norm, raw);
}

/** A grid row's cells: the stretches between TABs, each a field (see tokenizeLine). */
function gridRow(line: Line, norm: string): Line {
  const raw = boundScratch;
  raw.size = 0;
  line.mode = 'tab';
  let a = line.start;
  for (let i = a; i <= line.end; i++) {
    if (i === line.end || norm.charCodeAt(i) === 9) {
      raw.push(a, i);
      a = i + 1;
    }
  }
  return fieldsOf(line, norm, raw);
}

/** The line's fields from their raw bounds (start and end in turn), trimmed; a row number dropped. */
function fieldsOf(line: Line, norm: string, raw: BoundList): Line {
  for (let k = 0; k < raw.size / 2; k++) {
    let a = raw.at[2 * k]!;
    let b = raw.at[2 * k + 1]!;
    while (a < b && isSpace(norm.charCodeAt(a))) a++;
    while (b > a && isSpace(norm.charCodeAt(b - 1))) b--;
    const col = line.mode === 'space' ? spaceCol(line.start, a, b) : k;
    pushField(line, norm, a, b, col);
  }
  dropRowNumber(line);
  return line;
}

/**
 * A line of one plain number (up to nine digits) and spaces, from `s` (its first character):
 * a quarter of a table's lines where a tool prints one cell a line. Read as the space layout
 * reads it (one field, a value), without the layout's passes; false for any other line.
 */
function digitsAlone(line: Line, norm: string, s: number): boolean {
  const end = line.end;
  let b = s;
  while (b < end && isDigit(norm.charCodeAt(b))) b++;
  if (b === s || b - s > 9) return false;
  for (let i = b; i < end; i++) if (norm.charCodeAt(i) !== 0x20) return false;
  line.mode = 'space';
  const text = norm.slice(s, b);
  addField(line, text, s, b, readCell(text), spaceCol(line.start, s, b));
  return true;
}

/**
 * A row's serial number (序号) is not one of its values: a table with a leading 序号 column, or a
 * label whose number stands in a cell of its own, prints a small integer before the row's label.
 * The official tables print every value after the label, so an integer below 100 that stands
 * before the label's text, with values after it, is taken out of the row's fields.
 *
 * ```text
 * 1→一、本年新收政府信息公开申请数量→→→705→3→0→0→5→0→713
 * ^ 序号, not the 自然人 cell
 * ```
 */
function dropRowNumber(line: Line): void {
  const fs = line.fields;
  let i = 0;
  while (i < fs.length && fs[i]!.text === '') i++;
  const f = fs[i];
  if (!f || f.cell.kind !== 'number' || f.cell.unit || !isSerial(f.text)) return;
  let j = i + 1;
  while (j < fs.length && (fs[j]!.text === '' || fs[j]!.cell.kind !== 'text')) {
    if (fs[j]!.text !== '') return; // another value before the label: a row of values, not a serial
    j++;
  }
  if (j >= fs.length || !/[\u4e00-\u9fff]/.test(fs[j]!.text)) return;
  if (!fs.slice(j + 1).some((x) => x.cell.kind !== 'text' && x.text !== '')) return;
  fs.splice(i, 1);
  line.values--;
  line.serial = Number.parseInt(f.text, 10);
}

/** One or two digits, then at most one of . ． 、 (what `^\d{1,2}[.．、]?$` matches). */
function isSerial(t: string): boolean {
  let i = 0;
  while (i < t.length && i < 3 && isDigit(t.charCodeAt(i))) i++;
  if (i === 0 || i > 2) return false;
  if (i === t.length) return true;
  const c = t.charCodeAt(i);
  return i + 1 === t.length && (c === 0x2e || c === 0xff0e || c === 0x3001);
}

/**
 * Add a field; a field of text followed by numbers in one cell is split (peeled), as
 * extraction tools print a row's label and numbers with single spaces between them.
 *
 * ```text
 * 行政许可 97
 *          ^^ a value of its own
 * 一、本年新收政府信息公开申请数量 32 2 0 0 0 0 34
 *                                  ^ ^ ^ ...
 * ```
 */
function pushField(line: Line, norm: string, a: number, b: number, col: number): void {
  // A label's text is copied only where it is kept whole (most labels are peeled, below).
  const asText = b > a && readsAsText(norm.charCodeAt(a));
  if (asText && !hasWhiteSpace(norm, a, b)) {
    addField(line, norm.slice(a, b), a, b, textReading, col);
    return;
  }
  if (!asText) {
    const text = norm.slice(a, b);
    const cell = readCell(text);
    // In a space layout a single space may part two columns (`3 231`: 其他 3, 总计 231), so a
    // number grouped by spaces is read as its groups; the row's placement and sums decide.
    const grouped = line.mode === 'space' && cell.kind === 'number' && hasWhiteSpace(norm, a, b);
    if ((cell.kind !== 'text' || !hasWhiteSpace(norm, a, b)) && !grouped) {
      addField(line, text, a, b, cell, col);
      return;
    }
  }
  // Peel: tokens on single spaces; a number token followed by a unit token is one value.
  // (Token bounds go to a shared scratch array, start and end in turn.)
  const toks = tokenScratch;
  toks.size = 0;
  let t0 = -1;
  for (let i = a; i <= b; i++) {
    const sp = i === b || isSpace(norm.charCodeAt(i));
    if (!sp && t0 < 0) t0 = i;
    else if (sp && t0 >= 0) {
      toks.push(t0, i);
      t0 = -1;
    }
  }
  let textStart = -1;
  let textEnd = -1;
  let sub = 0;
  const count = toks.size / 2;
  for (let k = 0; k < count; k++) {
    const x = toks.at[2 * k]!;
    const y = toks.at[2 * k + 1]!;
    // A word of the label: part of the text field, not copied on its own.
    if (readsAsText(norm.charCodeAt(x))) {
      if (textStart < 0) textStart = x;
      textEnd = y;
      continue;
    }
    // The token's text, kept for its field (sliced once).
    let tokenText = norm.slice(x, y);
    let c = readCell(tokenText);
    let yy = y;
    if (c.kind === 'number' && !c.unit && k + 1 < count && mayHoldUnit(norm, x, toks.at[2 * k + 3]!)) {
      const ny = toks.at[2 * k + 3]!;
      const joinedText = norm.slice(x, ny);
      const joined = readCell(joinedText);
      if (joined.kind === 'number' && joined.unit) {
        c = joined;
        yy = ny;
        tokenText = joinedText;
        k++;
      }
    }
    if (c.kind === 'number' || c.kind === 'dash') {
      // The text before the value is a field of its own.
      if (textStart >= 0) {
        addField(line, norm.slice(textStart, textEnd), textStart, textEnd, textReading, col + sub++ * 0.01);
        textStart = -1;
      }
      addField(line, tokenText, x, yy, c, line.mode === 'space' ? spaceCol(line.start, x, yy) : col + sub++ * 0.01);
    } else {
      if (textStart < 0) textStart = x;
      textEnd = yy;
    }
  }
  if (textStart >= 0) addField(line, norm.slice(textStart, textEnd), textStart, textEnd, textReading, col + sub++ * 0.01);
}

/**
 * Whether norm[a, b) may read as a number with a unit: its last character, white space aside,
 * ends a unit (most tokens after a value are the next value, read without the expressions).
 */
function mayHoldUnit(norm: string, a: number, b: number): boolean {
  while (b > a && isWhiteSpace(norm.charCodeAt(b - 1))) b--;
  return b > a && mayEndInUnit(norm.charCodeAt(b - 1));
}

/**
 * Offsets, start and end in turn, in a buffer kept from line to line (emptying a plain array
 * by setting its length is a call into the engine, once per line and per peeled field).
 */
class BoundList {
  at = new Int32Array(64);
  size = 0;

  push(a: number, b: number): void {
    if (this.size + 2 > this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.size++] = a;
    this.at[this.size++] = b;
  }
}

const tokenScratch = new BoundList();
const boundScratch = new BoundList();

/** Whether norm[a, b) holds a white-space character. */
function hasWhiteSpace(norm: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isWhiteSpace(norm.charCodeAt(i))) return true;
  return false;
}


/**
 * The column of a field's centre on the line, in characters: pdftotext -layout pads each
 * text run with spaces to the column its x position gives, one character a column.
 */
function spaceCol(lineStart: number, a: number, b: number): number {
  return (a + b) / 2 - lineStart;
}

/**
 * A copy of a field in another column (as `{ ...f, col }`, which costs more: rows are made of
 * copies of the fields they take, many per table).
 */
export function withCol(f: Field, col: number): Field {
  const g: Field = { text: f.text, start: f.start, end: f.end, cell: f.cell, col };
  if (f.raw !== undefined) g.raw = f.raw;
  return g;
}

/** Add a field to the line; a field holding a value counts in `line.values`. */
function addField(line: Line, text: string, a: number, b: number, cell: CellValue, col: number): void {
  line.fields.push({ text, start: a, end: b, cell, col });
  if (cell.kind !== 'text') {
    if (text !== '') line.values++;
  } else {
    if (line.label === '') line.labelStart = a;
    line.label += (line.label ? ' ' : '') + text;
  }
}

/**
 * Join the physical lines of one row of a grid table (pandoc, docx → text) into one line:
 * a cell's text wraps inside its box, and the pieces of each column are joined.
 *
 * ```text
 * | 第二十条第（一） |       |
 * | 项               |       |
 *   ^^ joined: 第二十条第（一）项
 * ```
 */
export function joinWrappedRow(parts: readonly Line[]): Line {
  const first = parts[0]!;
  const n = Math.max(...parts.map((p) => p.fields.length));
  if (parts.some((p) => p.fields.length !== n)) return first;
  const line: Line = { index: first.index, start: first.start, end: parts[parts.length - 1]!.end, mode: 'md', fields: [], values: 0, label: '', labelStart: first.start };
  for (let k = 0; k < n; k++) {
    const pieces = parts.map((p) => p.fields[k]!).filter((f) => f.text !== '');
    if (pieces.length === 0) {
      addField(line, '', first.fields[k]!.start, first.fields[k]!.start, readCell(''), k);
      continue;
    }
    const text = pieces.map((f) => f.text).reduce((a, b) => (/[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? a + ' ' + b : a + b));
    const cell = readCell(text);
    const f0 = pieces[0]!;
    if (pieces.length === 1) addField(line, text, f0.start, f0.end, cell, k);
    else {
      line.fields.push({ text, start: f0.start, end: f0.end, cell, col: k, raw: text });
      if (cell.kind === 'text') {
        if (line.label === '') line.labelStart = f0.start;
        line.label += (line.label ? ' ' : '') + text;
      }
    }
  }
  line.values = 0; // addField counted some: count all once
  for (const f of line.fields) if (f.cell.kind !== 'text' && f.text !== '') line.values++;
  dropRowNumber(line);
  return line;
}
