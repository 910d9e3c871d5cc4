import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  /** Bytes before the text proper (the BOM). */
  skip: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Node's own GB18030 decoder (ICU) where this Node has it; iconv-lite otherwise. */
const gb18030 = (() => {
  try {
    return new TextDecoder('gb18030');
  } catch {
    return null;
  }
})();

/** Share of NUL bytes in even or odd positions that marks UTF-16 without a BOM. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.3 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.3 && oddNul < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decode text bytes: a BOM decides; else strict UTF-8; else GB18030 (a superset of GBK and
 * GB2312, which many government files use). Returns null for bytes that are not text.
 */
export function decodeText(bytes: Uint8Array): Decoded | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.toString('utf8', 3), encoding: 'utf-8', bom: true, skip: 3 };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true, skip: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true, skip: 2 };
  const wide = utf16Guess(buf);
  if (wide) return { text: iconv.decode(buf, wide), encoding: wide, bom: false, skip: 0 };
  if (buf.includes(0)) return null;
  try {
    return { text: utf8.decode(buf), encoding: 'utf-8', bom: false, skip: 0 };
  } catch {
    return { text: gb18030 ? gb18030.decode(buf) : iconv.decode(buf, 'gb18030'), encoding: 'gb18030', bom: false, skip: 0 };
  }
}

/**
 * True when decoded text looks like binary data: many control characters or replacement
 * characters (what a GB18030 decode of random bytes yields).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad / n > 0.02;
}

const gbWidth = new Map<number, number>();

/** Bytes one UTF-16 code unit takes in the encoding (a surrogate pair: 4 in all, split 2 + 2). */
export function unitBytes(code: number, encoding: Decoded['encoding']): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  if (encoding === 'utf-8') return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  // GB18030: ASCII one byte; the characters of GBK two; the rest four. Asked of iconv once per character.
  if (code < 0x80) return 1;
  let w = gbWidth.get(code);
  if (w === undefined) {
    w = iconv.encode(String.fromCharCode(code), 'gb18030').length;
    gbWidth.set(code, w);
  }
  return w;
}

/** Byte length of text[a, b) in the given encoding. */
export function byteLength(text: string, encoding: Decoded['encoding'], a = 0, b = text.length): number {
  let n = 0;
  if (encoding === 'utf-8') {
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    }
    return n;
  }
  for (let i = a; i < b; i++) n += unitBytes(text.charCodeAt(i), encoding);
  return n;
}
