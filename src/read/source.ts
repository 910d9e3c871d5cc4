import { byteLength, type Decoded } from './decode.js';
import type { Origin, Position } from '../model/diagnostic.js';

/**
 * The same text as one flat string. normalize() builds its result piece by piece, and the
 * engine keeps such a string as a rope that every character read must go through; the
 * extractors and rules read each character of the text several times. (Only a well-formed
 * text is copied: the copy would replace a lone surrogate.)
 */
function flat(text: string): string {
  const t = text as string & { isWellFormed?(): boolean; toWellFormed?(): string }; // ES2024, Node 20
  return t.toWellFormed && t.isWellFormed!() ? t.toWellFormed() : text;
}

/** From `offset` on (until the next segment), the text came from `origin`. */
export interface OriginSegment {
  offset: number;
  origin: Origin;
}

export interface SourceTextOptions {
  encoding?: Decoded['encoding'];
  bom?: boolean;
  /** Bytes before the text proper (a BOM). */
  skip?: number;
  /** Input form: `text`, `html`, `docx`, `pdf`, `image`. */
  form?: string;
  /** The file's bytes, where the text was decoded from them (plain text). */
  bytes?: Uint8Array;
  /** For text derived from another form: where each stretch of text came from, by offset. */
  origins?: OriginSegment[];
  /**
   * Pages (1-based) whose table the page cuts at its right edge (a table wider than the page,
   * printed without its last columns: read/pdf/page-edge.ts); the extractor leaves the cells of
   * those columns unread.
   */
  cutPages?: readonly number[];
  /** Pages (1-based) of a PDF with a text layer that pictures cover a fifth of or more. */
  imagePages?: readonly number[];
  /**
   * The tables the reader saw as grids (HTML and Word tables, Markdown tables, a PDF's or a
   * scan's ruled or aligned tables): for each, the 0-based indexes of the lines that are its
   * rows. Each such line holds one field per grid column, TAB between them; a reader never
   * writes a TAB inside a cell (read/document.ts reads the grids back as cells).
   */
  grids?: ReadonlyArray<readonly number[]>;
}

/**
 * Decoded text with a map back to the file: what every reader returns and every
 * extractor reads, whatever the input form. Offsets are UTF-16 code units into `text`.
 */
export class SourceText {
  readonly text: string;
  readonly encoding: Decoded['encoding'];
  readonly bom: boolean;
  readonly form: string;
  /** Bytes before the text proper (a BOM). */
  readonly skip: number;
  /** Offset of the first character of every line. */
  readonly lineStarts: number[];
  /** Offset just past the last character of every line (before its line break). */
  readonly lineEnds: number[];
  private lineBytes: number[] | null = null;

  /** The file's bytes, where the text was decoded from bytes: line starts are found in them directly. */
  private readonly bytes: Uint8Array | undefined;

  private norm: string | undefined;

  /**
   * The text normalised for matching (same length, see extract/normalize.ts), made once and
   * flat: the reader and every rule that reads the text share it.
   */
  normalized(normalize: (text: string) => string): string {
    return (this.norm ??= flat(normalize(this.text)));
  }

  /** Where stretches of text came from, sorted by offset. */
  readonly origins: readonly OriginSegment[] | undefined;

  /** Pages whose table is cut at the right edge (see SourceTextOptions.cutPages). */
  readonly cutPages: ReadonlySet<number>;

  /** Pages a picture covers a fifth of or more (see SourceTextOptions.imagePages). */
  readonly imagePages: readonly number[];

  /** The tables the reader saw as grids: their rows' line indexes (see SourceTextOptions.grids). */
  readonly grids: ReadonlyArray<readonly number[]>;
  private gridLines: Set<number> | null = null;

  /** Whether line `i` (0-based) is a row of a table the reader saw as a grid. */
  isGridRow(i: number): boolean {
    if (this.grids.length === 0) return false;
    if (!this.gridLines) this.gridLines = new Set(this.grids.flat());
    return this.gridLines.has(i);
  }

  constructor(text: string, options: SourceTextOptions = {}) {
    this.bytes = options.bytes;
    this.text = text;
    this.encoding = options.encoding ?? 'utf-8';
    this.bom = options.bom ?? false;
    this.skip = options.skip ?? 0;
    this.form = options.form ?? 'text';
    this.origins = options.origins;
    this.cutPages = new Set(options.cutPages ?? []);
    this.imagePages = options.imagePages ?? [];
    this.grids = options.grids ?? [];
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        ends.push(i);
        starts.push(i + 1);
      } else if (c === 13) {
        ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  private lastLine = 0;
  private lastByteLine = -1;
  private lastByteAt = 0;
  private lastBytes = 0;

  /** 0-based index of the line holding `offset` (positions come in order, so the last is tried first). */
  lineIndex(offset: number): number {
    const s = this.lineStarts;
    const last = this.lastLine;
    if (s[last]! <= offset && (last + 1 >= s.length || s[last + 1]! > offset)) return last;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** Line, column (1-based) and byte offset of a text offset. */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const li = this.lineIndex(o);
    const start = this.lineStarts[li]!;
    // Cells of a row come left to right: go on from the last offset asked on the same line.
    let from = start;
    let bytes = this.lineByteStart(li);
    if (this.lastByteLine === li && this.lastByteAt <= o) {
      from = this.lastByteAt;
      bytes = this.lastBytes;
    }
    bytes += byteLength(this.text, this.encoding, from, o);
    this.lastByteLine = li;
    this.lastByteAt = o;
    this.lastBytes = bytes;
    const pos: Position = { line: li + 1, column: o - start + 1, offset: o, byteOffset: bytes };
    const origin = this.originAt(o);
    if (origin) pos.origin = origin;
    return pos;
  }

  /** Where the text at `offset` came from in the original form, if it was not plain text. */
  originAt(offset: number): Origin | undefined {
    const segs = this.origins;
    if (!segs || segs.length === 0) return undefined;
    let lo = 0;
    let hi = segs.length - 1;
    if (segs[0]!.offset > offset) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo]!.origin;
  }

  private lineByteStart(li: number): number {
    if (!this.lineBytes) this.lineBytes = this.computeLineBytes();
    return this.lineBytes[li]!;
  }

  /**
   * Byte offset of every line start. In UTF-8 and GB18030 a line break is a byte of its own
   * (no multi-byte character contains 0x0A or 0x0D), so the breaks are found in the bytes.
   */
  private computeLineBytes(): number[] {
    const starts = this.lineStarts;
    const b = this.bytes;
    if (b && (this.encoding === 'utf-8' || this.encoding === 'gb18030')) {
      const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      if (this.text.indexOf('\r') < 0) {
        // As many line starts as the text has, made at their full length at once (not grown by
        // pushes); more breaks in the bytes than in the text: counted as in the loop below.
        const out = new Array<number>(starts.length);
        out[0] = this.skip;
        let n = 1;
        for (let i = buf.indexOf(10, this.skip); i >= 0; i = buf.indexOf(10, i + 1)) {
          if (n === out.length) {
            n = -1;
            break;
          }
          out[n++] = i + 1;
        }
        if (n === starts.length) return out;
      } else {
        const out = [this.skip];
        for (let i = this.skip; i < buf.length; i++) {
          const c = buf[i];
          if (c === 10) out.push(i + 1);
          else if (c === 13) {
            if (buf[i + 1] === 10) i++;
            out.push(i + 1);
          }
        }
        if (out.length === starts.length) return out;
      }
    }
    const out = new Array<number>(starts.length);
    let acc = this.skip;
    for (let i = 0; i < starts.length; i++) {
      out[i] = acc;
      const end = i + 1 < starts.length ? starts[i + 1]! : this.text.length;
      acc += byteLength(this.text, this.encoding, starts[i]!, end);
    }
    return out;
  }
}
