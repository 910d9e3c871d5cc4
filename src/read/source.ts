import { byteLength, type Decoded } from './decode.js';
import type { Position } from '../model/diagnostic.js';

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

  constructor(text: string, encoding: Decoded['encoding'], bom: boolean, skip: number, form = 'text', bytes?: Uint8Array) {
    this.bytes = bytes;
    this.text = text;
    this.encoding = encoding;
    this.bom = bom;
    this.skip = skip;
    this.form = form;
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
    return {
      line: li + 1,
      column: o - start + 1,
      offset: o,
      byteOffset: this.lineByteStart(li) + byteLength(this.text, this.encoding, start, o),
    };
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
      const out = [this.skip];
      const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      if (this.text.indexOf('\r') < 0) {
        for (let i = buf.indexOf(10, this.skip); i >= 0; i = buf.indexOf(10, i + 1)) out.push(i + 1);
      } else {
        for (let i = this.skip; i < buf.length; i++) {
          const c = buf[i];
          if (c === 10) out.push(i + 1);
          else if (c === 13) {
            if (buf[i + 1] === 10) i++;
            out.push(i + 1);
          }
        }
      }
      if (out.length === starts.length) return out;
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
