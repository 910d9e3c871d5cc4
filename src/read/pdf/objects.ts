/**
 * A small reader of PDF objects, enough to reach each page's content streams and resources
 * for the ruling scan (read/pdf/ruling.ts) without pdf.js's font work. Objects are found by
 * scanning the file for `N G obj` (as a repair would; the last one wins, as in an incremental
 * update) and inside object streams; streams are decoded when unfiltered or FlateDecode. An
 * encrypted file, another filter, or anything it cannot follow gives nothing: the layout then
 * goes without ruling, as before.
 */
import { inflateSync } from 'node:zlib';

export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict;
export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(readonly num: number, readonly gen: number) {}
}
export interface PdfDict {
  dict: Map<string, PdfValue>;
  /** Where the stream's data starts, for a stream object. */
  stream?: number;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;

/** Bytes as Latin-1 text, without a copy. */
function latin1(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 8) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('latin1');
}

/** A lexer over bytes: values of the PDF syntax, and bare words (operators, `R`, `obj`). */
export class Lexer {
  pos: number;
  constructor(readonly b: Uint8Array, pos = 0) {
    this.pos = pos;
  }
  skipWhite(): void {
    const b = this.b;
    for (;;) {
      while (this.pos < b.length && isWhite(b[this.pos]!)) this.pos++;
      if (b[this.pos] !== 0x25) return;
      while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
    }
  }
  /** The next token: a value, or a bare word as `{ op }`; null at the end. */
  next(): PdfValue | { op: string } | undefined {
    this.skipWhite();
    const b = this.b;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) {
      let e = ++this.pos;
      while (e < b.length && !isWhite(b[e]!) && !isDelim(b[e]!)) e++;
      const name = latin1(b, this.pos, e);
      this.pos = e;
      return new PdfName(name.includes('#') ? name.replace(/#([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : name);
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      const e = b.indexOf(0x3e, this.pos);
      const s = latin1(b, this.pos + 1, e < 0 ? b.length : e);
      this.pos = e < 0 ? b.length : e + 1;
      return s;
    }
    if (c === 0x5b) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        const t = this.next();
        if (t === undefined || (isOp(t) && t.op === ']')) return arr;
        if (isOp(t)) {
          if (t.op === 'R' && arr.length >= 2) {
            const gen = arr.pop() as number;
            arr.push(new PdfRef(arr.pop() as number, gen));
          }
          continue;
        }
        arr.push(t);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos += c === 0x3e && b[this.pos + 1] === 0x3e ? 2 : 1;
      return { op: c === 0x3e ? '>>' : String.fromCharCode(c) };
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
      // A number, read in place (content streams are mostly numbers).
      let p = this.pos;
      let sign = 1;
      if (c === 0x2d || c === 0x2b) {
        if (c === 0x2d) sign = -1;
        p++;
      }
      let v = 0;
      let digits = 0;
      while (p < b.length && b[p]! >= 0x30 && b[p]! <= 0x39) {
        v = v * 10 + (b[p++]! - 0x30);
        digits++;
      }
      if (b[p] === 0x2e) {
        p++;
        let scale = 0.1;
        while (p < b.length && b[p]! >= 0x30 && b[p]! <= 0x39) {
          v += (b[p++]! - 0x30) * scale;
          scale /= 10;
          digits++;
        }
      }
      if (digits > 0 && (p >= b.length || isWhite(b[p]!) || isDelim(b[p]!))) {
        this.pos = p;
        return sign * v;
      }
    }
    let e = this.pos;
    while (e < b.length && !isWhite(b[e]!) && !isDelim(b[e]!)) e++;
    if (e === this.pos) e++;
    const word = latin1(b, this.pos, e);
    this.pos = e;
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return { op: word };
  }
  private literal(): string {
    const b = this.b;
    let depth = 0;
    const start = this.pos;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
    return latin1(b, start + 1, this.pos - 1);
  }
  private dict(): PdfDict {
    const dict = new Map<string, PdfValue>();
    const items: PdfValue[] = [];
    for (;;) {
      const t = this.next();
      if (t === undefined || (isOp(t) && t.op === '>>')) break;
      if (isOp(t)) {
        if (t.op === 'R' && items.length >= 2) {
          const gen = items.pop() as number;
          items.push(new PdfRef(items.pop() as number, gen));
        }
        continue;
      }
      items.push(t);
    }
    for (let i = 0; i + 1 < items.length; i += 2) {
      const k = items[i];
      if (k instanceof PdfName) dict.set(k.name, items[i + 1]!);
    }
    return { dict };
  }
}

export const isOp = (t: unknown): t is { op: string } => typeof t === 'object' && t !== null && 'op' in t;
export const isDict = (t: unknown): t is PdfDict => typeof t === 'object' && t !== null && 'dict' in t;

export class PdfObjects {
  private offsets = new Map<number, number>();
  private inStreams = new Map<number, { stream: number; index: number }>();
  private cache = new Map<number, PdfValue>();
  readonly encrypted: boolean;

  private readonly text: string;

  constructor(readonly b: Uint8Array) {
    const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
    this.text = text;
    const re = /(\d+)\s+(\d+)\s+obj\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.offsets.set(Number(m[1]), m.index + m[0].length);
    this.encrypted = /\/Encrypt\s/.test(text.slice(Math.max(0, text.lastIndexOf('trailer')))) || /\/Encrypt\s+\d+\s+\d+\s+R/.test(text);
    // Objects inside object streams.
    const streams: number[] = [];
    if (text.includes('/ObjStm')) for (const [num] of this.offsets) {
      const o = this.get(new PdfRef(num, 0));
      if (isDict(o) && name(o.dict.get('Type')) === 'ObjStm') streams.push(num);
    }
    if (streams.length) this.indexObjectStreams(streams);
  }

  private indexObjectStreams(streams: number[]): void {
    for (const s of streams) {
      const o = this.get(new PdfRef(s, 0)) as PdfDict;
      const data = this.data(o);
      if (!data) continue;
      const first = this.get(o.dict.get('First'));
      const n = this.get(o.dict.get('N'));
      if (typeof first !== 'number' || typeof n !== 'number') continue;
      const lx = new Lexer(data);
      for (let k = 0; k < n; k++) {
        const num = lx.next();
        const off = lx.next();
        if (typeof num !== 'number' || typeof off !== 'number') break;
        if (!this.offsets.has(num)) this.inStreams.set(num, { stream: s, index: first + off });
      }
    }
  }

  /** The value, with a reference followed. */
  get(v: PdfValue | undefined): PdfValue | undefined {
    if (!(v instanceof PdfRef)) return v;
    if (this.cache.has(v.num)) return this.cache.get(v.num);
    this.cache.set(v.num, null);
    let out: PdfValue | undefined;
    const at = this.offsets.get(v.num);
    if (at !== undefined) {
      const lx = new Lexer(this.b, at);
      const t = lx.next();
      if (t !== undefined && !isOp(t)) {
        out = t;
        if (isDict(t)) {
          const save = lx.pos;
          const w = lx.next();
          if (isOp(w) && w.op === 'stream') {
            let p = lx.pos;
            if (this.b[p] === 0x0d) p++;
            if (this.b[p] === 0x0a) p++;
            t.stream = p;
          } else lx.pos = save;
        }
      }
    } else {
      const s = this.inStreams.get(v.num);
      const data = s ? this.data(this.get(new PdfRef(s.stream, 0)) as PdfDict) : null;
      if (s && data) {
        const t = new Lexer(data, s.index).next();
        if (t !== undefined && !isOp(t)) out = t;
      }
    }
    if (out !== undefined) this.cache.set(v.num, out);
    return out;
  }

  /** A stream's decoded data (unfiltered or FlateDecode without a predictor), else null. */
  data(o: PdfDict | undefined): Uint8Array | null {
    if (!o || o.stream === undefined || this.encrypted) return null;
    const len = this.get(o.dict.get('Length'));
    let end = typeof len === 'number' && len >= 0 && o.stream + len <= this.b.length ? o.stream + len : -1;
    if (end < 0) {
      end = Buffer.from(this.b.buffer, this.b.byteOffset, this.b.byteLength).indexOf('endstream', o.stream, 'latin1');
      if (end < 0) return null;
    }
    const raw = this.b.subarray(o.stream, end);
    const f = this.get(o.dict.get('Filter'));
    const filters = (Array.isArray(f) ? f : f === undefined || f === null ? [] : [f]).map((x) => name(this.get(x)));
    const parms = this.get(o.dict.get('DecodeParms'));
    if (filters.length === 0) return raw;
    if (filters.length !== 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return null;
    if (isDict(parms) && typeof this.get(parms.dict.get('Predictor')) === 'number' && (this.get(parms.dict.get('Predictor')) as number) > 1) return null;
    try {
      return inflateSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH: a stream cut short still gives what it has */, maxOutputLength: 64 * 1024 * 1024 });
    } catch {
      return null;
    }
  }

  /** The page dictionaries in order, each with its inherited resources. */
  pages(max: number): Array<{ page: PdfDict; resources: PdfDict | undefined }> {
    let catalog: PdfDict | undefined;
    const root = [...this.text.matchAll(/\/Root\s+(\d+)\s+(\d+)\s+R/g)].pop();
    if (root) {
      const o = this.get(new PdfRef(Number(root[1]), 0));
      if (isDict(o)) catalog = o;
    }
    if (!catalog) for (const [num] of this.offsets) {
      const o = this.get(new PdfRef(num, 0));
      if (isDict(o) && name(o.dict.get('Type')) === 'Catalog') catalog = o;
    }
    for (const [num] of this.inStreams) {
      if (catalog) break;
      const o = this.get(new PdfRef(num, 0));
      if (isDict(o) && name(o.dict.get('Type')) === 'Catalog') catalog = o;
    }
    const out: Array<{ page: PdfDict; resources: PdfDict | undefined }> = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfValue | undefined, res: PdfDict | undefined, depth: number) => {
      const n = this.get(node);
      if (!isDict(n) || seen.has(n) || depth > 32 || out.length >= max) return;
      seen.add(n);
      const r = this.get(n.dict.get('Resources'));
      const resources = isDict(r) ? r : res;
      const kids = this.get(n.dict.get('Kids'));
      if (Array.isArray(kids) && name(n.dict.get('Type')) !== 'Page') for (const k of kids) walk(k, resources, depth + 1);
      else out.push({ page: n, resources });
    };
    if (catalog) walk(catalog.dict.get('Pages'), undefined, 0);
    return out;
  }
}

export const name = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : undefined);
