/** Decoding the page: its charset, and byte offsets in the file. */
import iconv from 'iconv-lite';
import { byteLength, decodeText, type Decoded } from '../decode.js';

const gbLabels = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'x-euc-cn']);
const big5Labels = new Set(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The charset a `<meta>` (or an XML declaration) in the first 4 KB names, lower case. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

export interface PageText {
  text: string;
  /** Encoding name for the report; `bytesOf` the encoding to count byte offsets in. */
  encoding: string;
  bytesOf: Decoded['encoding'] | null;
  skip: number;
}

function hasMultibyte(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

/**
 * Decode the page: a BOM decides; else the declared charset (GBK family → GB18030, Big5);
 * else strict UTF-8; else GB18030. A page that declares GBK but whose bytes are valid UTF-8
 * with non-ASCII text is read as UTF-8: crawlers often save the page re-encoded and keep the
 * original `<meta>` (GBK Chinese text is practically never valid UTF-8).
 */
export function decodePage(bytes: Uint8Array): PageText | null {
  const b0 = bytes[0];
  const bom = (b0 === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (b0 === 0xff && bytes[1] === 0xfe) || (b0 === 0xfe && bytes[1] === 0xff);
  const declared = bom ? null : declaredCharset(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (declared && gbLabels.has(declared)) {
    if (hasMultibyte(bytes)) {
      try {
        return { text: strictUtf8.decode(buf), encoding: 'utf-8', bytesOf: 'utf-8', skip: 0 };
      } catch {
        /* GBK as declared */
      }
    }
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030', bytesOf: 'gb18030', skip: 0 };
  }
  if (declared && big5Labels.has(declared) && hasMultibyte(bytes)) {
    try {
      strictUtf8.decode(buf);
    } catch {
      return { text: iconv.decode(buf, 'big5'), encoding: 'big5', bytesOf: null, skip: 0 };
    }
  }
  const d = decodeText(bytes);
  if (!d) return null;
  return { text: d.text, encoding: d.encoding, bytesOf: d.encoding, skip: d.skip };
}

/** A byte-offset function over the decoded page: offsets come mostly in order, so it goes on from the last. */
export function byteCounter(text: string, enc: Decoded['encoding'] | null, skip: number): ((at: number) => number) | null {
  if (!enc) return null;
  let lastChar = 0;
  let lastByte = skip;
  return (at: number) => {
    if (at < lastChar) {
      lastChar = 0;
      lastByte = skip;
    }
    lastByte += byteLength(text, enc, lastChar, at);
    lastChar = at;
    return lastByte;
  };
}
