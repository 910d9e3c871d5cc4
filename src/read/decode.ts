import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  /** Bytes before the text proper (the BOM). */
  skip: number;
  /** What was repaired to read it (stray NULs, a character cut at the end), for a diagnostic. */
  repaired?: { zh: string; en: string };
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
  // Chinese text in UTF-16 has zero high bytes only in its ASCII (digits, tabs, line ends):
  // fewer, but mostly on one side (the other side's are low bytes of characters like 一 U+4E00).
  if (oddNul + evenNul >= Math.max(4, half * 0.04)) {
    if (oddNul >= 3 * evenNul) return 'utf-16le';
    if (evenNul >= 3 * oddNul) return 'utf-16be';
  }
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
  let body = buf;
  let repaired: Decoded['repaired'];
  const nuls = count(buf, 0);
  if (nuls > 0) {
    // A few stray NULs in text: read as spaces (one byte for one, so byte offsets hold); many: not text.
    if (nuls > Math.max(2, buf.length / 1000)) return null;
    body = Buffer.from(buf);
    for (let i = body.indexOf(0); i >= 0; i = body.indexOf(0, i + 1)) body[i] = 0x20;
    repaired = { zh: `文件含有 ${nuls} 个空字节（NUL），已按空格读取`, en: `the file holds ${nuls} NUL byte(s), read as spaces` };
  }
  const withNote = (d: Decoded): Decoded => (repaired ? { ...d, repaired } : d);
  try {
    return withNote({ text: utf8.decode(body), encoding: 'utf-8', bom: false, skip: 0 });
  } catch {
    // UTF-8 but for a character cut at the very end (a download cut short).
    const cut = cutUtf8Tail(body);
    if (cut > 0) {
      try {
        const text = utf8.decode(body.subarray(0, body.length - cut));
        return { text, encoding: 'utf-8', bom: false, skip: 0, repaired: {
          zh: `${repaired ? `${repaired.zh}；` : ''}文件末尾有一个不完整的字符（${cut} 字节，文件可能被截断），已忽略`,
          en: `${repaired ? `${repaired.en}; ` : ''}the file ends inside a character (${cut} byte(s): cut short?), left out`,
        } };
      } catch {
        // not UTF-8 elsewhere either
      }
    }
  }
  return withNote({ text: gb18030 ? gb18030.decode(body) : iconv.decode(body, 'gb18030'), encoding: 'gb18030', bom: false, skip: 0 });
}

function count(b: Buffer, byte: number): number {
  let n = 0;
  for (let i = b.indexOf(byte); i >= 0; i = b.indexOf(byte, i + 1)) n++;
  return n;
}

/** Bytes of an incomplete UTF-8 sequence at the end of `b` (0 when it ends on a whole character). */
function cutUtf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
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
