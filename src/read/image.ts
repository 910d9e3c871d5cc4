/**
 * Scanned reports (PNG, JPEG, TIFF page images, and PDFs without a text layer) → the same
 * tab-separated text the PDF reader makes, by OCR. This file decodes the inputs into pages;
 * ocr/session.ts picks the engine and holds the deadline, ocr/pages.ts runs the steps on the
 * pages, ocr/second-pass.ts re-reads the numbers. The steps, each in its own file of ocr/:
 *
 * 1. Raster (pixels.ts, raster.ts): the page decoded to grey (PNG here, JPEG and TIFF by
 *    jpeg-js and utif2 in a worker thread, a scanned PDF rendered by poppler's `pdftoppm`),
 *    turned straight if it was scanned askew (up to 4°).
 * 2. Ruling (ruling.ts): the tables' ruling found and wiped out (an engine reads a cell border
 *    as letters), and the cells it closes in.
 * 3. Engine (engine.ts): PP-OCR through ONNX Runtime (paddle.ts) or Tesseract (tesseract.ts)
 *    reads the page: the text outside the tables, and every ruled cell apart, so that the
 *    words of a cell are placed in the cell the ruling closes round them and the lines of a
 *    wrapped label are never taken for one line with the numbers next to it.
 * 4. Words → cells (words.ts): the words become the text runs of the PDF reader (`internals`
 *    of pdf.ts), which lays out lines, cells and table columns as for a PDF with a text layer.
 * 5. Every number field of a table is read a second time by Tesseract, digits only, all at once
 *    in one strip of crops; where the readings disagree the surer one is kept, with a lowered
 *    confidence.
 * 6. Cross-checks (checks.ts) lower the confidence of a row whose values do not stand in the
 *    ruled cells of their columns (the sums of 表三/表四 are the extractor's: extract/ocr-sums.ts).
 *
 * Every field of the text maps to `{ form: 'image', page, box, confidence }`: the box in
 * pixels of the page image (for a PDF, rendered at 200 dpi), the confidence (0–100) the
 * lowest of the words in the field. A field read with confidence below 80 is worth a look.
 * All of it runs inside read/isolate.ts's child process (deadline, memory watch); the
 * programs it starts (Tesseract, pdftoppm) are in that child's process group.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadFailure } from './index.js';
import { SourceText } from './source.js';
import type { EngineName } from './ocr/engine.js';
import { decodePng, maxPixels, pgm, rotate, skewOf, u32 } from './ocr/pixels.js';
import { decodeRasterInWorker, tooLarge } from './ocr/raster.js';
import { clean, tableCells } from './ocr/ruling.js';
import { OcrTimeout, ocrTimeoutMs, runTool } from './ocr/run.js';
import { ProgramError } from './program.js';
import { parseTsv } from './ocr/tesseract.js';
import { fixText } from './ocr/words.js';
import { fail, withTemp } from './ocr/session.js';
import { ocrPages, type PageImage } from './ocr/pages.js';

export { decodePng, maxPixels } from './ocr/pixels.js';
export { hasTesseract } from './ocr/tesseract.js';
export { hasPaddle } from './ocr/paddle.js';
export type { EngineName } from './ocr/engine.js';

export interface ImageReadOptions {
  /** Time allowed for the whole input, in milliseconds (default 120 s; a page takes a few seconds). */
  timeoutMs?: number;
  /** Page number the origins carry (default 1). */
  page?: number;
  /** The OCR engine (default: the environment's NIANBAO_OCR_ENGINE, else PP-OCR where installed, else Tesseract). */
  engine?: EngineName;
}

export interface ImageReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

/** Time allowed for OCR of one input (120 s, or NIANBAO_OCR_TIMEOUT seconds). */
export const defaultOcrTimeoutMs = ocrTimeoutMs();
/** Most pages of a scanned PDF read. */
export const maxOcrPages = 60;
/** Resolution a scanned PDF is rendered at for OCR. */
export const ocrDpi = 200;
/** Below this confidence a cell is reported. */
export const lowConfidence = 80;

function imageExt(b: Uint8Array): string {
  if (b[0] === 0x89 && b[1] === 0x50) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8) return 'jpg';
  if (b[0] === 0x47 && b[1] === 0x49) return 'gif';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a)) return 'tif';
  return 'img';
}

/**
 * Read a page image (PNG, JPEG, TIFF) by OCR. Never throws: without Tesseract the failure is
 * `unsupported-form` (saying what to install); an image with no text gives `no-text`.
 */
export async function readImage(bytes: Uint8Array, options: ImageReadOptions = {}): Promise<ImageReadResult> {
  return readImages([bytes], options);
}

/**
 * Read the page images of one report, in order, as one text (a table continued on the next
 * page keeps its columns); origins carry the page, counted from `options.page` (default 1).
 */
export async function readImages(list: readonly Uint8Array[], options: ImageReadOptions = {}): Promise<ImageReadResult> {
  const first = options.page ?? 1;
  return withTemp('image', options, async (dir, deadline, engine) => {
    const pages: PageImage[] = [];
    let page = first;
    for (let k = 0; k < list.length; k++) {
      const bytes = list[k]!;
      const ext = imageExt(bytes);
      if (ext === 'png' && bytes.length >= 24 && u32(bytes, 16) * u32(bytes, 20) > maxPixels) {
        const { failure } = tooLarge(u32(bytes, 16), u32(bytes, 20), maxPixels);
        return fail(failure.code, 'image', failure.zh, failure.en);
      }
      // JPEG and TIFF (every page of it): decoded in a worker thread, see ocr/raster.ts.
      if (ext === 'jpg' || ext === 'tif') {
        const r = await decodeRasterInWorker(bytes, ext, { maxPixels, maxPages: maxOcrPages }, deadline.end - Date.now());
        if (r === 'timeout') throw new OcrTimeout();
        if (r.failure) return fail(r.failure.code, 'image', r.failure.zh, r.failure.en);
        for (const gray of r.pages) pages.push({ gray, page: page++ });
        continue;
      }
      const gray = ext === 'png' ? decodePng(bytes) : null;
      let file: string | undefined;
      if (!gray) {
        file = join(dir, `in${k}.${ext}`);
        await writeFile(file, bytes);
      }
      pages.push({ gray, file, page: page++ });
    }
    return ocrPages(pages, engine, dir, deadline, 'image');
  });
}

/**
 * Read a PDF without a text layer: every page rendered with poppler's `pdftoppm -r 200`
 * (grey PNG), then read by OCR as one text; origins carry the page.
 */
export async function readScannedPdf(bytes: Uint8Array, options: { timeoutMs?: number; maxPages?: number; engine?: EngineName } = {}): Promise<ImageReadResult> {
  return withTemp('pdf', options, async (dir, deadline, engine) => {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    try {
      await runTool('pdftoppm', ['-r', String(ocrDpi), '-gray', '-png', '-l', String(options.maxPages ?? maxOcrPages), file, join(dir, 'page')], deadline);
    } catch (e) {
      if (e instanceof OcrTimeout) throw e;
      // Installed but failed: the PDF is damaged (asking to install poppler would mislead).
      if (!(e instanceof ProgramError && e.outcome.kind === 'missing')) {
        const why = String((e as Error).message).split('\n').map((l) => l.trim()).filter(Boolean).pop()!.slice(0, 200);
        return fail('corrupt', 'pdf', `PDF 已损坏，无法渲染页面进行文字识别（pdftoppm：${why}）`, `the PDF is damaged: its pages could not be rendered for OCR (pdftoppm: ${why})`);
      }
      return fail('unsupported-form', 'pdf', 'PDF 没有文字层，需要文字识别：请安装 poppler-utils（pdftoppm）', 'the PDF has no text layer and needs OCR: install poppler-utils (pdftoppm)');
    }
    const names = (await readdir(dir)).filter((n) => /^page-\d+\.png$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const pages: PageImage[] = [];
    for (const n of names) {
      const png = await readFile(join(dir, n));
      pages.push({ gray: decodePng(png), file: join(dir, n), page: Number(/\d+/.exec(n)![0]) });
    }
    if (pages.length === 0) return fail('no-text', 'pdf', 'PDF 中没有识别出文字', 'no text was recognised in the PDF');
    const r = await ocrPages(pages, engine, dir, deadline, 'pdf');
    if (r.failure?.code === 'no-text') return fail('no-text', 'pdf', 'PDF 中没有识别出文字（扫描件文字识别无结果）', 'no text was recognised in the PDF (OCR of the scan found none)');
    return r;
  });
}

/** For tests: the image steps. */
export const imageInternals = { clean, parseTsv, fixText, pgm, skewOf, rotate, tableCells };
