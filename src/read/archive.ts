import { detectForm } from './detect.js';
import type { ReadFailure } from './index.js';
import { listEntries, Refusal, unpack, zipFailure, type ZipLimits } from './zip.js';

/** Limits for an archive of reports: entries, declared size in all, compression ratio of each. */
export const defaultArchiveLimits: ZipLimits = { maxEntries: 10_000, maxUncompressed: 1024 * 1024 * 1024, maxRatio: 200 };

export interface ArchiveEntry {
  name: string;
  bytes?: Uint8Array;
  failure?: ReadFailure;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Zips made on Chinese Windows store names in GBK without saying so; fflate hands them over as Latin-1. */
function entryName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

/**
 * The files of a zip archive of reports (folders and hidden files left out), each unpacked
 * within the limits; an entry that breaks one is returned with its failure, so the rest of
 * the batch goes on (a `../` name too). A whole archive that breaks one (too many entries, too
 * much data) is refused.
 */
export function expandArchive(bytes: Uint8Array, limits: ZipLimits = defaultArchiveLimits): { entries: ArchiveEntry[]; failure: ReadFailure | null } {
  let entries;
  try {
    // An entry named `../x` is that entry's failure; the good entries beside it are still read.
    entries = listEntries(bytes, limits, 'zip', true);
  } catch (e) {
    if (e instanceof Refusal) return { entries: [], failure: e.failure };
    return { entries: [], failure: zipFailure('corrupt', `压缩包已损坏，无法读取（${(e as Error).message}）`, `the zip archive is damaged (${(e as Error).message})`) };
  }
  const out: ArchiveEntry[] = [];
  for (const e of entries) {
    const name = entryName(e.name);
    if (e.unsafe) {
      out.push({ name, failure: zipFailure('unsafe-path', `压缩包含有不安全的路径，未解压：${name}`, `an unsafe path in the archive, not unpacked: ${name}`) });
      continue;
    }
    if (name.endsWith('/') || name.split('/').some((p) => p.startsWith('.') || p === '__MACOSX')) continue;
    const ratio = e.originalSize / Math.max(1, e.size);
    if (ratio > limits.maxRatio) {
      out.push({ name, failure: zipFailure('zip-bomb', `${name} 的压缩比过高（${Math.round(ratio)}:1），疑似 zip 炸弹`, `${name} is compressed too much (${Math.round(ratio)}:1): a zip bomb?`) });
      continue;
    }
    try {
      const data = unpack(bytes, e, Math.min(e.originalSize, limits.maxUncompressed));
      if (detectForm(data) === 'zip') {
        out.push({ name, failure: zipFailure('unsupported-form', `${name} 是压缩包中的压缩包，不展开`, `${name} is an archive inside the archive; not unpacked`) });
        continue;
      }
      out.push({ name, bytes: data });
    } catch (err) {
      out.push({ name, failure: err instanceof Refusal ? err.failure : zipFailure('corrupt', `${name} 无法解压（${(err as Error).message}）`, `${name} cannot be unpacked (${(err as Error).message})`) });
    }
  }
  return { entries: out, failure: null };
}
