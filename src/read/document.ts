/**
 * The document a reader saw: paragraphs and tables, each table a grid of cells with where each
 * came from. Every reader returns its text with a source map (read/source.ts); the readers that
 * see tables as grids (HTML and Word tables with their spans resolved, Markdown and XLSX tables,
 * a PDF's or a scan's ruled or aligned table regions) also say which lines are grid rows
 * (`SourceText.grids`). This module reads that back as blocks, the way docling's document or
 * an mdast tree carries structure: what a researcher takes the tables of any report from, and
 * what the extractor's fields of a grid row are (extract/lines.ts `tokenizeLine`, never split
 * again).
 *
 * ```text
 * （一）予以公开→26→0→0→0→0→0→26        ← a grid row of an HTML table: 8 cells
 *               ^^ cell 1: text "26", origin { form: 'html', path: 'html>body>table[2]>tr[6]>td[2]' }
 * ```
 */
import type { Origin } from '../model/diagnostic.js';
import type { SourceText } from './source.js';
import { tabFields, textGrids } from './text-grid.js';

/** A cell of a grid: its text and where it stands in the derived text and in the original. */
export interface DocumentCell {
  text: string;
  /** Grid column, 0-based (a cell a span covers is a blank cell of its own column). */
  column: number;
  /** Offsets of the cell's text in the derived text (`SourceText.text`), trimmed. */
  start: number;
  end: number;
  /** Where the text came from: element path, Word table/row/cell, PDF page and box, scan box. */
  origin?: Origin;
  /** How sure the reader is of the text, 0–100 (OCR only: the lowest of its words). */
  confidence?: number;
}

export interface DocumentRow {
  /** 0-based line of the derived text. */
  line: number;
  cells: DocumentCell[];
}

export interface TableBlock {
  kind: 'table';
  rows: DocumentRow[];
  /** The widest row's cell count. */
  columns: number;
  start: number;
  end: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** The paragraph's lines joined by line breaks. */
  text: string;
  /** 0-based first and last line. */
  lines: [number, number];
  start: number;
  end: number;
  origin?: Origin;
}

export type DocumentBlock = ParagraphBlock | TableBlock;

export interface ReadDocument {
  /** The input form the text was read from (`html`, `docx`, `pdf`, `image`, `text`, …). */
  form: string;
  blocks: DocumentBlock[];
}

const isBlank = (s: string) => s.trim() === '';

/** Forms whose readers write a line per paragraph or block element (a Word paragraph, an HTML `<p>`). */
const linePerBlock = new Set(['html', 'docx', 'xlsx', 'doc']);

/**
 * The blocks of a read text: its grids as tables, and the lines between them as paragraphs: a
 * line each where the reader writes a line per paragraph (HTML, Word), else the lines up to a
 * blank line, a page break or a table (PDF, scans, text). A text file no reader saw as a grid
 * has its tables parsed here by where their cells stand (read/text-grid.ts: TAB-separated rows,
 * or columns by character position as `pdftotext -layout` prints them).
 */
export function documentOf(source: SourceText): ReadDocument {
  // (Markdown read with its HTML tables is text with origins: a line per block too.)
  const perLine = linePerBlock.has(source.form) || (source.form === 'text' && !!source.origins?.length);
  const { text, lineStarts, lineEnds } = source;
  const rowOf = new Map<number, number>();
  source.grids.forEach((rows, t) => rows.forEach((l) => rowOf.set(l, t)));
  // A text the reader saw no grid in: its tables by position.
  const textRows = new Map<number, DocumentRow>();
  if (source.form === 'text' && !perLine && source.grids.length === 0) {
    textGrids(text, lineStarts, lineEnds).forEach((g, t) => {
      for (const r of g.rows) {
        rowOf.set(r.line, t);
        textRows.set(r.line, { line: r.line, cells: r.cells.map((c) => ({ text: c.text, column: c.column, start: c.start, end: c.end })) });
      }
    });
  }
  const tables = new Map<number, TableBlock>();
  const blocks: DocumentBlock[] = [];
  let para: ParagraphBlock | null = null;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const end = lineEnds[i]!;
    const line = text.slice(start, end);
    const t = rowOf.get(i);
    if (t !== undefined) {
      para = null;
      let table = tables.get(t);
      if (!table || blocks[blocks.length - 1] !== table) {
        // A table whose rows other lines interrupt (a PDF table continued after a page's foot)
        // goes on as a block of its own.
        table = { kind: 'table', rows: [], columns: 0, start, end };
        tables.set(t, table);
        blocks.push(table);
      }
      const row = textRows.get(i) ?? gridRow(source, i);
      table.rows.push(row);
      table.columns = Math.max(table.columns, row.cells.length);
      table.end = end;
      continue;
    }
    if (isBlank(line) || line.includes('\f')) {
      para = null;
      if (isBlank(line)) continue;
    }
    if (!para || perLine) {
      para = { kind: 'paragraph', text: line.trim(), lines: [i, i], start, end };
      const origin = source.originAt(start);
      if (origin) para.origin = origin;
      blocks.push(para);
    } else {
      para.text += '\n' + line.trim();
      para.lines[1] = i;
      para.end = end;
    }
  }
  return { form: source.form, blocks };
}

function gridRow(source: SourceText, index: number): DocumentRow {
  const cells: DocumentCell[] = [];
  for (const f of tabFields(source.text, source.lineStarts[index]!, source.lineEnds[index]!)) {
    const cell: DocumentCell = { text: source.text.slice(f.start, f.end), column: cells.length, start: f.start, end: f.end };
    // A blank cell has an origin only where one begins at it (a PDF's blank cell: its column's
    // place on the row); else the origin in force is the cell before's.
    const origin = f.start < f.end ? source.originAt(f.start) : originBeginningAt(source, f.from);
    if (origin) {
      cell.origin = origin;
      if (origin.form === 'image' && origin.confidence !== undefined) cell.confidence = origin.confidence;
    }
    cells.push(cell);
  }
  return { line: index, cells };
}

function originBeginningAt(source: SourceText, offset: number): Origin | undefined {
  const segs = source.origins;
  if (!segs) return undefined;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = segs[mid]!.offset;
    if (o === offset) return segs[mid]!.origin;
    if (o < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
