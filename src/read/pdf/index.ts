/**
 * PDF with a text layer → tab-separated text with a map back to the pages.
 *
 * pdf.js gives the text runs of every page with their positions. From those the reader
 * rebuilds what a table looks like: runs on one baseline make a line, runs apart by more
 * than about two thirds of a character make separate cells, and in a table the cells are aligned
 * to column positions gathered over all its rows, so that a blank cell keeps its column
 * (an empty field between two tabs) and a label wrapped over several lines is joined to
 * the row whose numbers it names. Running headers, footers and page numbers are dropped and
 * the pages are read as one text, so a table continued over a page keeps its columns.
 *
 * ```text
 * 四、结转下年度继续办理          0    0    0 …     (自然人 printed blank)
 * → 四、结转下年度继续办理→→0→0→0 …
 * ```
 */
import type { ReadFailure } from '../index.js';
import { SourceText } from '../source.js';
import { emit } from './emit.js';
import { dropFurniture } from './furniture.js';
import { pageLines, type Line } from './lines.js';
import { loadPdfJs, type PdfDocument, type PdfJs, type PdfPage, type PdfViewport } from './load.js';
import { popplerWords } from './poppler.js';
import { calibrate, upright, wordRuns } from './words.js';
import { findRegions } from './regions.js';
import { pageRuns, type Run } from './runs.js';
import { pageRules, type PageDrawing } from './ruling.js';
import { displayRules, runsByCell } from './cells.js';
import { miscodedCode } from './miscoded.js';
import { pageEdge } from './page-edge.js';
import { joinRowsAcrossPages } from './row-across-pages.js';

export interface PdfLimits {
  /** Most pages read (default 200); a longer PDF is refused as too large. */
  maxPages?: number;
  /** Time allowed for the whole PDF, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /**
   * The text layer from poppler's pdftotext where it is installed, else pdf.js (`auto`, the
   * default), or from pdf.js alone (`pdfjs`).
   */
  engine?: 'auto' | 'pdfjs';
}

export interface PdfReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

export const defaultMaxPages = 200;
export const defaultPdfTimeoutMs = 30_000;

type PdfFailureCode = Extract<ReadFailure['code'], 'encrypted' | 'corrupt' | 'no-text' | 'too-large' | 'timeout'>;

const messages: Record<PdfFailureCode, (n?: number, max?: number) => { zh: string; en: string }> = {
  encrypted: () => ({
    zh: 'PDF 文件设有打开密码（已加密），无法读取；请提供未加密的文件',
    en: 'the PDF is password-protected (encrypted) and cannot be read; provide an unencrypted copy',
  }),
  corrupt: () => ({
    zh: 'PDF 文件已损坏或不是有效的 PDF，无法读取',
    en: 'the PDF is damaged or not a valid PDF and cannot be read',
  }),
  'no-text': () => ({
    zh: 'PDF 没有可用的文字层（扫描件或图片），需要先进行文字识别（OCR）',
    en: 'the PDF has no usable text layer (a scan or images only); it needs OCR first',
  }),
  'too-large': (n, max) => ({
    zh: `PDF 页数过多（${n} 页，上限 ${max} 页）`,
    en: `the PDF has too many pages (${n}, limit ${max})`,
  }),
  timeout: (_n, max) => ({
    zh: `读取 PDF 超时（超过 ${(max ?? 0) / 1000} 秒）`,
    en: `reading the PDF timed out (over ${(max ?? 0) / 1000} s)`,
  }),
};

function failure(code: PdfFailureCode, n?: number, max?: number): PdfReadResult {
  return { source: null, failure: { code, form: 'pdf', message: messages[code](n, max) } };
}

class Timeout extends Error {}

/**
 * Read a PDF's text layer into tab-separated text with a map back to the pages. Never
 * throws: a PDF that cannot be read gives a failure (`encrypted`, `corrupt`, `no-text`,
 * `too-large`, `timeout`).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfReadResult> {
  const maxPages = limits.maxPages ?? defaultMaxPages;
  const timeoutMs = limits.timeoutMs ?? defaultPdfTimeoutMs;
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch {
    return failure('corrupt');
  }
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), timeoutMs);
  });
  expired.catch(() => {});
  const started = Date.now();
  let doc: PdfDocument | null = null;
  try {
    doc = await Promise.race([task.promise, expired]);
    if (doc.numPages > maxPages) return failure('too-large', doc.numPages, maxPages);
    const d = doc;
    const budget = () => timeoutMs - (Date.now() - started);
    let laid: PageRuns[] | null = null;
    if ((limits.engine ?? 'auto') === 'auto') laid = await popplerPages(bytes, d, budget(), expired);
    let q = laid ? quality(laid) : null;
    // No usable words from poppler (not installed, failed, or glyphs it cannot map): pdf.js decides.
    if (!laid || !q || q.chars < 20 || q.bad > q.chars * 0.3) {
      laid = await pdfjsPages(d, started, timeoutMs, expired);
      q = quality(laid);
    }
    const unreadable = laid.filter((p) => p === null).length;
    // Table cells by the drawn borders, where the page's ruling can be read.
    const drawings: PageDrawing[] = [];
    const rules = pageRules(bytes, d.numPages, drawings);
    // Pages whose table goes on past the right edge (read/pdf/page-edge.ts).
    const cutPages: number[] = [];
    if (rules) {
      for (let k = 0; k < laid.length; k++) {
        const p = laid[k];
        const segs = rules[k];
        if (!p || !segs) continue;
        let vp: PdfViewport;
        try {
          vp = (await Promise.race([d.getPage(k + 1), expired])).getViewport({ scale: 1 });
        } catch (e) {
          if (e instanceof Timeout) throw e;
          continue;
        }
        // A page whose text reads sideways (a landscape table printed turned on a portrait page):
        // its rules are turned with it, into the frame its text is read in.
        const ruled = displayRules(segs, vp, p.frame);
        if (!p.frame) {
          const edge = pageEdge(p.runs, vp.width, ruled.h);
          if (edge.cut) {
            cutPages.push(k + 1);
            p.runs = edge.runs;
          }
        }
        p.runs = runsByCell(p.runs, ruled);
      }
      // A row broken at the foot of a page goes on at the top of the next.
      joinRowsAcrossPages(laid.map((p) => (p && !p.frame ? p : null)));
    }
    // Pages a picture covers a fifth of or more: a table pasted as a picture may stand there.
    // Pages a picture covers whole, their text drawn invisible: a scan with another program's
    // OCR laid over it (a "searchable" PDF), read by our own OCR as the scan it is.
    const imagePages: number[] = [];
    let ocrLaid = 0;
    for (let k = 0; k < drawings.length; k++) {
      const dr = drawings[k];
      if (!dr?.imageArea) continue;
      const vp = (await Promise.race([d.getPage(k + 1), expired])).getViewport({ scale: 1 });
      const share = dr.imageArea / (vp.width * vp.height);
      if (share >= 0.2) imagePages.push(k + 1);
      if (share >= 0.8 && dr.invisibleShows * 2 > dr.shows) ocrLaid++;
    }
    if (ocrLaid * 2 >= d.numPages) return failure('no-text');
    const pages: Array<{ lines: Line[]; height: number }> = [];
    laid.forEach((p, k) => p && pages.push({ lines: pageLines(p.runs, k + 1), height: p.height }));
    const { chars, bad, dense } = q;
    // A scan has no text, or only a few characters (a stamp, a page number) on most pages: it is
    // read as the scan it is; a text layer of unmapped glyphs reads as private-use characters.
    if (unreadable === doc.numPages) return failure('corrupt');
    if (chars < 20 || bad > chars * 0.3 || dense * 2 < laid.length) return failure('no-text');
    dropFurniture(pages);
    const lines = pages.flatMap((p) => p.lines);
    const regions = findRegions(lines, true);
    const { text, origins, grids } = emit(lines, regions);
    return { source: new SourceText(text, { form: 'pdf', origins, grids, ...(cutPages.length ? { cutPages } : {}), ...(imagePages.length ? { imagePages } : {}) }), failure: null };
  } catch (e) {
    if (e instanceof Timeout) return failure('timeout', undefined, timeoutMs);
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') return failure('encrypted');
    return failure('corrupt');
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => {});
  }
}

/** A page's runs; `frame`, on a page whose text is turned: its display frame → the frame the runs are in. */
type PageRuns = { runs: Run[]; height: number; frame?: (x: number, y: number) => [number, number] } | null;

/** A page of a report's text holds hundreds of characters; a scanned page's text layer a stamp at most. */
const pageTextMin = 50;

/**
 * Characters read, how many of them are glyphs without a proper Unicode mapping, and how many
 * pages hold `pageTextMin` characters or more (`dense`: a scan a website or a copier stamped with
 * its name and page numbers, `晋江市人民政府门户网站 … 第2页共3页`, has a few dozen over every page).
 */
function quality(pages: PageRuns[]): { chars: number; bad: number; dense: number } {
  let chars = 0;
  let bad = 0;
  let dense = 0;
  for (const p of pages) {
    const before = chars;
    for (const r of p?.runs ?? []) {
      for (const ch of r.s) {
        if (ch.trim() === '') continue;
        chars++;
        const c = ch.codePointAt(0)!;
        // Private-use and replacement characters, and Latin letters with accents: glyphs
        // without a Unicode mapping, or mapped through the wrong encoding.
        if (miscodedCode(c)) bad++;
      }
    }
    if (chars - before >= pageTextMin) dense++;
  }
  return { chars, bad, dense };
}

/**
 * The runs of every page from poppler's words (pages pdf.js reads for their geometry only:
 * the viewport that maps a box back to user space), or null where pdftotext is missing or
 * failed, or its pages do not match, or a page's text is not upright (pdf.js places turned
 * and vertical text).
 */
async function popplerPages(bytes: Uint8Array, doc: PdfDocument, timeoutMs: number, expired: Promise<never>): Promise<PageRuns[] | null> {
  const words = await Promise.race([popplerWords(bytes, timeoutMs), expired]);
  if (!words || words.length !== doc.numPages || !words.every(upright)) return null;
  const cal = calibrate(words);
  const out: PageRuns[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    let vp: PdfViewport;
    try {
      vp = (await Promise.race([doc.getPage(n), expired])).getViewport({ scale: 1 });
    } catch (e) {
      if (e instanceof Timeout) throw e;
      out.push(null);
      continue;
    }
    const p = words[n - 1]!;
    // poppler and pdf.js frame the page alike (crop box, /Rotate); a page they disagree on is pdf.js's.
    if (Math.abs(vp.width - p.width) > 1 || Math.abs(vp.height - p.height) > 1) return null;
    // A page shown upside down (/Rotate 180): poppler's words read backwards (`罚处政行`), with boxes
    // as wide as upright ones; pdf.js turns the page's text the right way up.
    if (vp.rotation % 360 === 180) return null;
    out.push(wordRuns(p, vp, cal));
  }
  return out;
}

/** The runs of every page from pdf.js's text content (null: a damaged page, skipped). */
async function pdfjsPages(d: PdfDocument, started: number, timeoutMs: number, expired: Promise<never>): Promise<PageRuns[]> {
  const out: PageRuns[] = [];
  // Pages are asked for a few ahead, so that pdf.js decompresses the next while this one is laid out.
  const ahead = new Map<number, Promise<{ page: PdfPage; content: Awaited<ReturnType<PdfPage['getTextContent']>> }>>();
  const request = (n: number) => {
    if (n > d.numPages || ahead.has(n)) return;
    const p = d.getPage(n).then(async (page) => ({ page, content: await page.getTextContent() }));
    p.catch(() => {});
    ahead.set(n, p);
  };
  for (let n = 1; n <= d.numPages; n++) {
    if (Date.now() - started > timeoutMs) throw new Timeout();
    for (let k = n; k < n + 4; k++) request(k);
    let page: PdfPage;
    let content: Awaited<ReturnType<PdfPage['getTextContent']>>;
    try {
      ({ page, content } = await Promise.race([ahead.get(n)!, expired]));
      ahead.delete(n);
    } catch (e) {
      // A damaged page is skipped; the others are still read.
      if (e instanceof Timeout) throw e;
      out.push(null);
      continue;
    }
    out.push(pageRuns(content.items, page.getViewport({ scale: 1 })));
    page.cleanup();
  }
  return out;
}

/** The steps of the layout, for tests. */
export const internals = { pageRuns, pageLines, findRegions, emit, dropFurniture };
