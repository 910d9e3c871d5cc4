/**
 * Reading zip archives safely (DOCX parts, archives of reports): fflate lists the entries
 * from the central directory, each entry is inflated as a stream that stops at a cap, and
 * limits refuse what a crafted archive would do: too many entries, too much declared data, a
 * header that lies about its size, names that leave the folder (`../`).
 */
import { Inflate, unzipSync, type UnzipFileInfo } from 'fflate';
import type { Form } from './detect.js';
import type { ReadFailure } from './index.js';

export interface ZipLimits {
  /** Most entries the archive may hold. */
  maxEntries: number;
  /** Most bytes all entries may hold uncompressed, as declared. */
  maxUncompressed: number;
  /** Highest compression ratio accepted for an entry that is unpacked. */
  maxRatio: number;
}

/** A limit refused the archive: the failure says why, in Chinese and English. */
export class Refusal extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message.en);
  }
}

export function zipFailure(code: ReadFailure['code'], zh: string, en: string, form: Form = 'zip'): ReadFailure {
  return { code, form, message: { zh, en } };
}

const mb = (n: number) => (n / 1048576).toFixed(1);

// ---------------------------------------------------------------- zip

/** An entry name that would leave the directory it is unpacked into. */
export function unsafePath(name: string): boolean {
  if (name.includes('\0')) return true;
  if (/^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[/\\]/).some((s) => s === '..');
}

export interface Entry {
  name: string;
  /** A name that would leave the folder (listed only when `keepUnsafe`; never unpacked). */
  unsafe?: boolean;
  size: number;
  originalSize: number;
  compression: number;
}

/** The entries of the archive, checked against the limits (fflate reads the central directory). */
export function listEntries(bytes: Uint8Array, limits: ZipLimits, form: Form = 'zip', keepUnsafe = false): Entry[] {
  const entries: Entry[] = [];
  let total = 0;
  const filter = (f: UnzipFileInfo): boolean => {
    if (unsafePath(f.name) && keepUnsafe) {
      entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression, unsafe: true });
      return false;
    }
    if (unsafePath(f.name)) {
      throw new Refusal(zipFailure('unsafe-path', `压缩包含有不安全的路径：${f.name}`, `the archive holds an unsafe path: ${f.name}`, form));
    }
    entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
    if (entries.length > limits.maxEntries) {
      throw new Refusal(zipFailure('zip-bomb', `压缩包条目过多（超过 ${limits.maxEntries} 个），疑似 zip 炸弹`, `the archive holds too many entries (over ${limits.maxEntries}): a zip bomb?`, form));
    }
    total += f.originalSize;
    if (total > limits.maxUncompressed) {
      throw new Refusal(zipFailure('zip-bomb', `压缩包解压后过大（超过 ${mb(limits.maxUncompressed)} MB），疑似 zip 炸弹`, `the archive unpacks to too much data (over ${mb(limits.maxUncompressed)} MB): a zip bomb?`, form));
    }
    return false; // nothing is unpacked here
  };
  unzipSync(bytes, { filter });
  return entries;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * Where an entry's compressed data lies: fflate unpacks whole entries only, so to inflate one
 * entry as a stream (and stop at a limit) its place is looked up in the central directory.
 */
function dataOf(zip: Uint8Array, name: string): { start: number; end: number } | null {
  let e = zip.length - 22;
  const stop = Math.max(0, zip.length - 22 - 65535);
  while (e >= stop && u32(zip, e) !== 0x06054b50) e--;
  if (e < stop) return null;
  let count = u16(zip, e + 10);
  let at = u32(zip, e + 16);
  if (e >= 20 && u32(zip, e - 20) === 0x07064b50) {
    // zip64 end of central directory
    const z = Number(u32(zip, e - 12)) + u32(zip, e - 8) * 2 ** 32;
    if (u32(zip, z) === 0x06064b50) {
      count = u32(zip, z + 32) + u32(zip, z + 36) * 2 ** 32;
      at = u32(zip, z + 48) + u32(zip, z + 52) * 2 ** 32;
    }
  }
  const target = Buffer.from(name, 'utf8');
  for (let i = 0; i < count && at + 46 <= zip.length; i++) {
    if (u32(zip, at) !== 0x02014b50) return null;
    let csize = u32(zip, at + 20);
    const usize = u32(zip, at + 24);
    const nlen = u16(zip, at + 28);
    const elen = u16(zip, at + 30);
    const clen = u16(zip, at + 32);
    let local = u32(zip, at + 42);
    const n = zip.subarray(at + 46, at + 46 + nlen);
    if (n.length === target.length && Buffer.compare(n, target) === 0) {
      if (csize === 0xffffffff || local === 0xffffffff) {
        // zip64 extra field: original size, compressed size, local header offset (those that overflow)
        let x = at + 46 + nlen;
        const xend = x + elen;
        while (x + 4 <= xend) {
          const id = u16(zip, x);
          const len = u16(zip, x + 2);
          if (id === 1) {
            let p = x + 4;
            const q = () => {
              const v = u32(zip, p) + u32(zip, p + 4) * 2 ** 32;
              p += 8;
              return v;
            };
            if (usize === 0xffffffff) q();
            if (csize === 0xffffffff) csize = q();
            if (local === 0xffffffff) local = q();
          }
          x += 4 + len;
        }
      }
      if (local + 30 > zip.length || u32(zip, local) !== 0x04034b50) return null;
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
      return start + csize <= zip.length ? { start, end: start + csize } : null;
    }
    at += 46 + nlen + elen + clen;
  }
  return null;
}

/** Unpack one entry, refusing to produce more than `cap` bytes whatever its header says. */
export function unpack(zip: Uint8Array, entry: Entry, cap: number, form: Form = 'zip'): Uint8Array {
  const where = dataOf(zip, entry.name);
  if (!where) throw new Error(`entry ${entry.name} not found`);
  const data = zip.subarray(where.start, where.end);
  if (entry.compression === 0) {
    if (data.length > cap) throw new Error('stored entry too large');
    return data;
  }
  if (entry.compression !== 8) throw new Error(`compression method ${entry.compression} not supported`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) {
      // thrown out of push(): decompression stops here
      throw new Refusal(zipFailure('zip-bomb', `${entry.name} 解压后超出其声明的大小，疑似 zip 炸弹`, `${entry.name} inflates beyond its declared size: a zip bomb?`, form));
    }
    chunks.push(chunk);
  });
  const step = 16384;
  for (let i = 0; i < data.length; i += step) inflate.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
