/**
 * A PDF's FlateDecode streams measured before pdf.js inflates them: pdf.js sets no bound on
 * what a stream inflates to, so a 1 MB file holding one content stream of 1 GB of drawing
 * commands took 2.3 GB and 24 s before the memory watch of read/isolate.ts could stop it. Here
 * each stream is inflated first by zlib with its output capped at the limit (so at most that
 * much is ever held, and only while measuring): a stream that would inflate beyond it refuses
 * the file before pdf.js (or pdftoppm) allocates anything for it.
 *
 * Only streams whose dictionary names /FlateDecode (the filter of nearly every PDF's content,
 * fonts and images) are measured; a stream that does not inflate (encrypted, damaged) is left
 * to pdf.js, which tells its own failure.
 */
import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/** The most a single stream may inflate to (a 600 dpi A4 colour image is about 105 MiB). */
export const maxInflatedStream = 128 * 1024 * 1024;

const enc = (s: string) => Buffer.from(s, 'latin1');
const streamWord = enc('stream');
const endWord = enc('endstream');
const objWord = enc(' obj');

/**
 * Whether `data` inflates beyond `limit` bytes. zlib stops at the limit (at most that much is
 * held while measuring); a damaged or cut stream counts what inflates before the damage.
 */
function inflatesBeyond(data: Uint8Array, limit: number): boolean {
  // A zlib header (CMF, FLG): deflate with a window of at most 32 KiB, a multiple of 31. Else raw deflate.
  const zlib = data.length >= 2 && (data[0]! & 0x0f) === 8 && (data[0]! >> 4) <= 7 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  try {
    const options = { maxOutputLength: limit + 1, finishFlush: constants.Z_SYNC_FLUSH };
    (zlib ? inflateSync : inflateRawSync)(data, options);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

/**
 * The first FlateDecode stream of `pdf` that would inflate beyond `limit` bytes: its offset
 * (where its data starts); null where none does.
 */
export function inflationOverLimit(pdf: Uint8Array, limit = maxInflatedStream): { offset: number } | null {
  const b = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let from = 0;
  for (;;) {
    const at = b.indexOf(streamWord, from);
    if (at < 0) return null;
    from = at + streamWord.length;
    // `endstream` is no start; the keyword is followed by CR LF or LF.
    if (at >= 3 && b[at - 3] === 0x65 && b[at - 2] === 0x6e && b[at - 1] === 0x64) continue;
    let start = from;
    if (b[start] === 0x0d) start++;
    if (b[start] !== 0x0a) continue;
    start++;
    // The stream's dictionary: since the object's `N G obj`, at most 4 KB back.
    const objAt = b.lastIndexOf(objWord, at);
    const dict = b.toString('latin1', Math.max(objAt, at - 4096, 0), at);
    if (!dict.includes('/FlateDecode')) continue;
    let end = b.indexOf(endWord, start);
    if (end < 0) end = b.length;
    if (inflatesBeyond(b.subarray(start, end), limit)) return { offset: start };
    from = end;
  }
}
