import type { Diagnostic, Position, Severity } from '../model/diagnostic.js';
import type { SourceText } from '../read/source.js';
import { joinWrappedRow, tokenizeLine, type Line } from './lines.js';
import { format, parseMessages, type ParseMessageId } from './messages.js';
import { normalize } from './normalize.js';
import { trimmed } from './white-space.js';

export const tableNames = {
  table2: { zh: '表二（主动公开政府信息情况）', en: 'table 2 (proactive disclosure)' },
  table3: { zh: '表三（收到和处理政府信息公开申请情况）', en: 'table 3 (requests received and handled)' },
  table4: { zh: '表四（行政复议、行政诉讼情况）', en: 'table 4 (administrative review and litigation)' },
} as const;

/** What every extractor shares: the source, its normalised text, its lines, the diagnostics. */
export class Context {
  readonly source: SourceText;
  /** Same-length normalised text (see normalize.ts): offsets are offsets in the source. */
  readonly norm: string;
  /** Start and end (before the line break) of every line. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly diagnostics: Diagnostic[] = [];
  /** Row labels as printed, by row path. */
  readonly labels: Record<string, { text: string; position: Position }> = {};
  /**
   * How each table row's values were placed in its columns, by row path, where not simply as
   * printed: `order` (values printed apart from their label, taken in order), or the
   * resolution of a short row (`grid`, `sum`, `left`). Sums that fail point at these rows.
   */
  readonly placed = new Map<string, 'order' | 'grid' | 'header' | 'sum' | 'left'>();
  /** 表二 block headings as printed. */
  readonly blockHeadings: Array<{ text: string; position: Position }> = [];
  private readonly lines: Array<Line | undefined>;
  /** Whether the text prints its tables one cell a line (see cellALine): its empty lines are then cells. */
  private readonly oneCellALine: boolean;

  constructor(source: SourceText) {
    this.source = source;
    this.norm = source.normalized(normalize);
    this.starts = source.lineStarts;
    this.ends = source.lineEnds;
    this.lines = new Array(this.starts.length);
    this.oneCellALine = cellALine(source.text, this.norm, this.starts, this.ends);
    // Grid tables (pandoc): rule lines start with +-; join the wrapped rows between them.
    if (this.norm.indexOf('+-') >= 0 || this.norm.indexOf('+=') >= 0) {
      for (let i = 0; i < this.starts.length; i++) {
        const a = this.starts[i]!;
        const b = this.ends[i]!;
        let k = a;
        while (k < b && this.norm.charCodeAt(k) === 0x20) k++;
        if (this.norm.charCodeAt(k) === 0x2b /* + */ && /^\s*\+[-=+:]+\s*$/.test(this.norm.slice(a, b))) this.joinGridRows(i);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The normalised text of line `i`. */
  text(i: number): string {
    return this.norm.slice(this.starts[i], this.ends[i]);
  }

  /** The text of line `i` for finding things by words: a wrapped grid-table row joined. */
  words(i: number): string {
    const l = this.lines[i];
    if (l?.joined) return l.fields.map((f) => f.text).join(' ');
    if (l && l.mode === 'empty') return '';
    return this.text(i);
  }

  /**
   * The first line in [from, to) whose words (see words) hold one of the characters of
   * `chars`, or -1: found by searching the text, not by copying each line.
   */
  nextHolding(from: number, to: number, chars: string): number {
    let next = -1; // the next offset of one of the characters, at or after the line's start
    for (let i = from; i < to; i++) {
      const l = this.lines[i];
      if (l?.joined) {
        const w = this.words(i);
        if ([...chars].some((ch) => w.includes(ch))) return i;
        continue;
      }
      if (l && l.mode === 'empty') continue;
      const start = this.starts[i]!;
      if (next < start) {
        next = Infinity;
        for (const ch of chars) {
          const at = this.nextOf(ch, start);
          if (at >= 0 && at < next) next = at;
        }
        // Joined rows hold the text of their own lines: none of them can hold one either.
        if (next === Infinity) return -1;
      }
      if (next < this.ends[i]!) return i;
    }
    return -1;
  }

  /** For each character asked of nextOf: the offset searched from and what was found there (-1: none). */
  private readonly found = new Map<string, { from: number; at: number }>();

  /**
   * The offset of the next `ch` at or after `from` in the normalised text, or -1: the last
   * search for the same character answers while `from` has not passed what it found (the
   * text between holds none), so a text is not searched again and again to its end.
   */
  private nextOf(ch: string, from: number): number {
    const last = this.found.get(ch);
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.norm.indexOf(ch, from);
    if (last) {
      last.from = from;
      last.at = at;
    } else this.found.set(ch, { from, at });
    return at;
  }

  /**
   * Whether line `i` holds no cell (what `line(i).mode === 'empty'` says), without splitting
   * a line not split yet: only spaces make an empty line (see tokenizeLine).
   */
  isEmpty(i: number): boolean {
    const l = this.lines[i];
    if (l) return l.mode === 'empty';
    for (let k = this.starts[i]!, e = this.ends[i]!; k < e; k++) if (this.norm.charCodeAt(k) !== 0x20) return false;
    return true;
  }

  /** Line `i` split into cells (done once, on demand). */
  line(i: number): Line {
    let l = this.lines[i];
    if (!l) {
      l = this.tokenize(i);
      this.lines[i] = l;
    }
    return l;
  }

  private tokenize(i: number): Line {
    const line = tokenizeLine(this.norm, i, this.starts[i]!, this.ends[i]!, this.source.text, this.source.isGridRow(i));
    // A line of no-break spaces alone is a printed blank cell, not an empty line (the
    // normalised text has turned them into plain spaces; the source keeps them).
    // (A line of no characters holds none: most empty lines, passed without the expression.)
    if (line.mode === 'empty' && this.ends[i]! > this.starts[i]! && this.norm.charCodeAt(line.start) !== 0x0c && /^[ \t]*\u00a0[\u00a0 \t]*$/.test(this.source.text.slice(this.starts[i]!, this.ends[i]!))) line.blankCell = true;
    // In a text that prints every table one cell a line, a line of nothing is a cell left empty
    // (LibreOffice's text of a Word table whose empty cells hold no character at all).
    else if (this.oneCellALine && this.ends[i] === this.starts[i]) {
      line.blankCell = true;
      line.noCharacter = true;
    }
    return line;
  }

  /**
   * After a grid table's rule line, the `|` lines up to the next rule line are one row:
   * join them, and leave the lines after the first empty.
   */
  private joinGridRows(rule: number): void {
    let j = rule + 1;
    const parts: Line[] = [];
    while (j < this.lineCount && /^\s*\|/.test(this.text(j))) parts.push(this.tokenize(j++));
    if (parts.length < 2 || j >= this.lineCount || !/^\s*\+[-=+:]+\s*$/.test(this.text(j))) return;
    const joined = joinWrappedRow(parts);
    if (joined === parts[0]) return;
    joined.joined = true;
    this.lines[parts[0]!.index] = joined;
    for (const p of parts.slice(1)) this.lines[p.index] = { ...p, mode: 'empty', fields: [], values: 0, label: '' };
  }

  /** Keep a row's label as printed: the text of the line's label fields, joined by a space. */
  label(path: string, line: Line): void {
    let joined = '';
    let first = true;
    for (const f of line.fields) {
      if (f.cell.kind !== 'text') continue;
      joined += (first ? '' : ' ') + (f.raw ?? trimmed(this.source.text.slice(f.start, f.end)));
      first = false;
    }
    const t = trimmed(joined);
    if (t) this.labels[path] = { text: t, position: this.source.position(line.labelStart) };
  }

  report(
    messageId: ParseMessageId,
    severity: Severity,
    data: Record<string, string | number>,
    offset: number | null,
    extra: Partial<Pick<Diagnostic, 'path' | 'expected' | 'actual' | 'fatal' | 'related'>> = {},
  ): void {
    const t = parseMessages[messageId];
    this.diagnostics.push({
      ruleId: `parse/${messageId}`,
      severity,
      messageId,
      data,
      message: { zh: format(t.zh, data), en: format(t.en, data) },
      position: offset === null ? null : this.source.position(offset),
      ...extra,
    });
  }
}

/**
 * Whether a text prints its tables one cell a line, as LibreOffice's text of a Word document
 * does: many lines of one number alone, and no line of two numbers or more with nothing else,
 * no tab, no Markdown or grid table, no page break (pdftotext's texts have page breaks).
 *
 * ```text
 * 一、本年新收政府信息公开申请数量
 * 95
 *            ← an empty cell: a line of nothing
 * ```
 */
export function cellALine(text: string, norm: string, starts: readonly number[], ends: readonly number[]): boolean {
  if (text.includes('\f') || text.includes('\v') || text.includes('\t')) return false;
  let alone = 0;
  for (let i = 0; i < starts.length; i++) {
    const t = norm.slice(starts[i], ends[i]).trim();
    if (t === '') continue;
    const c = t.charCodeAt(0);
    if (c === 0x7c /* | */ || c === 0x2b /* + */) return false;
    // Most lines are text: only a line that starts with a digit or a minus is looked at further.
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) continue;
    if (/^[-+]?\d[\d,.]*$/.test(t)) alone++;
    else if (/^[-+]?\d[\d,.]*(?:\s+[-+]?\d[\d,.]*)+$/.test(t)) return false;
  }
  return alone >= 20;
}
