import { readFileSync, statSync } from 'node:fs';
import { defaultMaxBytes } from '../read/index.js';
import { detectForm } from '../read/detect.js';
import { expandArchive } from '../read/archive.js';

/** A file given on the command line: its bytes, or why it could not be read. */
export type Input = { path: string; bytes: Uint8Array; error?: undefined } | { path: string; bytes?: undefined; error: { zh: string; en: string } };

/** Read one path given on the command line (`-` is standard input). Never throws. */
export async function readInput(path: string, maxBytes = defaultMaxBytes): Promise<Input> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      let n = 0;
      for await (const c of process.stdin) {
        n += (c as Buffer).length;
        if (n > maxBytes) return { path, error: tooLarge(n, maxBytes) };
        chunks.push(c as Buffer);
      }
      return { path: '<stdin>', bytes: Buffer.concat(chunks) };
    }
    // Synchronous: a report file is small and in the page cache, and four thread-pool round
    // trips per file (open, stat, read, close) cost more than the read when ingesting thousands.
    const st = statSync(path);
    if (st.isDirectory()) return { path, error: { zh: `“${path}”是目录，其中没有找到文件`, en: `no files found in the folder “${path}”` } };
    if (!st.isFile()) return { path, error: { zh: `“${path}”不是普通文件`, en: `“${path}” is not a regular file` } };
    if (st.size > maxBytes) return { path, error: tooLarge(st.size, maxBytes) };
    return { path, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, error: { zh: `找不到文件“${path}”`, en: `file not found: “${path}”` } };
    if (code === 'EACCES') return { path, error: { zh: `没有权限读取“${path}”`, en: `permission denied: “${path}”` } };
    return { path, error: { zh: `无法读取“${path}”：${(e as Error).message}`, en: `cannot read “${path}”: ${(e as Error).message}` } };
  }
}

function tooLarge(n: number, max: number): { zh: string; en: string } {
  const mb = (x: number) => (x / 1048576).toFixed(1);
  return {
    zh: `文件过大（${mb(n)} MB，上限 ${mb(max)} MB；可用 --max-size 调整）`,
    en: `file too large (${mb(n)} MB, limit ${mb(max)} MB; see --max-size)`,
  };
}

/**
 * Read the files given (after folders were expanded): a zip archive stands for the reports
 * in it, named `archive.zip!/inner/name.txt`. Never throws; a failure is kept in its place.
 */
export async function readInputs(paths: readonly string[], maxBytes = defaultMaxBytes): Promise<Input[]> {
  const out: Input[] = [];
  for await (const input of eachInput(paths, maxBytes)) out.push(input);
  return out;
}

/** `readInputs` one file at a time, so a batch of thousands is never held at once. */
export async function* eachInput(paths: readonly string[], maxBytes = defaultMaxBytes): AsyncGenerator<Input> {
  for (const p of paths) yield* expandInput(await readInput(p, Math.max(maxBytes, 1)), maxBytes);
}

/**
 * One input as the reports it holds: itself, or for a zip archive each entry within the
 * archive limits (src/read/archive.ts), named `archive.zip!/inner/name.txt`. For bytes that
 * came from elsewhere than a path too (an upload).
 */
export function* expandInput(input: Input, maxBytes = defaultMaxBytes): Generator<Input> {
  const p = input.path;
  if (input.error || detectForm(input.bytes) !== 'zip') {
    yield input;
    return;
  }
  const { entries, failure } = expandArchive(input.bytes);
  if (failure) {
    yield { path: p, error: failure.message };
    return;
  }
  for (const e of entries) {
    const path = `${p}!/${e.name}`;
    if (e.failure) yield { path, error: e.failure.message };
    else if (e.bytes!.byteLength > maxBytes) yield { path, error: { zh: `文件过大（上限 ${(maxBytes / 1048576).toFixed(1)} MB）`, en: `file too large (limit ${(maxBytes / 1048576).toFixed(1)} MB)` } };
    else yield { path, bytes: e.bytes! };
  }
}
