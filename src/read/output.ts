import type { Origin } from '../model/diagnostic.js';
import type { OriginSegment } from './source.js';

/** A cell of a grid row, as a reader writes it (read/document.ts reads it back). */
export interface RowField {
  text: string;
  /** Where the cell came from; a cell a span covers gives the spanning cell's. */
  origin?: Origin;
}

/**
 * Derived text built in order, with the origin of each stretch and the tables written as
 * grids: what the HTML, DOCX and Markdown readers write their lines into.
 */
export class Output {
  private parts: string[] = [];
  length = 0;
  readonly origins: OriginSegment[] = [];
  /** The tables written by `row`: each its rows' line indexes (SourceTextOptions.grids). */
  readonly grids: number[][] = [];
  private lastOrigin: Origin | null = null;
  private lines = 0;
  private table: number[] | null = null;

  /** From here on, the text comes from `origin`. */
  mark(origin: Origin): void {
    if (this.lastOrigin === origin) return;
    const last = this.origins[this.origins.length - 1];
    if (last && last.offset === this.length) last.origin = origin;
    else this.origins.push({ offset: this.length, origin });
    this.lastOrigin = origin;
  }

  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.lines++;
  }

  /** The rows written from here until `endTable` are one table's. */
  beginTable(): void {
    this.table = [];
  }

  endTable(): void {
    if (this.table?.length) this.grids.push(this.table);
    this.table = null;
  }

  /**
   * One row of the table begun: its cells on one line, TAB between them (a TAB or line break
   * inside a cell's text becomes a space: a cell is never split by its own text).
   */
  row(fields: readonly RowField[]): void {
    if (!this.table) throw new Error('Output.row outside a table');
    this.table.push(this.lines);
    fields.forEach((f, i) => {
      if (i) this.write('\t');
      if (f.origin) {
        // A blank cell a span covers begins a segment of its own (the same origin as the cell
        // before it, for a colspan), so that every cell's origin begins where it does.
        const last = this.origins[this.origins.length - 1];
        if (!f.text && f.origin === this.lastOrigin && last && last.offset !== this.length) this.origins.push({ offset: this.length, origin: f.origin });
        else this.mark(f.origin);
      }
      this.write(f.text.replace(/[\t\r\n]+/g, ' '));
    });
    this.write('\n');
  }

  text(): string {
    return this.parts.join('');
  }
}
