/**
 * Steps 2–6 of read/image.ts on decoded pages: the ruling cleaned away and its cells found, the
 * engine's words placed in them, laid out as the PDF reader lays out text runs, every number read
 * again (second-pass.ts), rows off the ruling lowered (checks.ts).
 */
import { join } from 'node:path';
import type { Form } from '../detect.js';
import { internals } from '../pdf.js';
import type { Box } from '../box.js';
import { SourceText, type OriginSegment } from '../source.js';
import { lowered, rowsOffTheRuling } from './checks.js';
import type { OcrEngine } from './engine.js';
import { descreen } from './descreen.js';
import { inkLevel, paperLevel, rotate, skewOf, unrotateBox } from './pixels.js';
import type { Gray } from './raster.js';
import { clean, ruledPage } from './ruling.js';
import { runTool, type Deadline } from './run.js';
import { hasTesseract, parseTsv } from './tesseract.js';
import { charHeight, wordsToRuns, type PageRuns, type Word } from './words.js';
import type { ImageReadResult } from '../image.js';
import { alignRuledRows } from './ruled-rows.js';
import { inkIn, secondPass, type PageGrays } from './second-pass.js';
import { fail } from './session.js';

export interface PageImage {
  /** Grey pixels where they could be decoded (PNG), for cleaning and the second pass. */
  gray: Gray | null;
  /** The original file, where it could not. */
  file?: string;
  page: number;
}

/** The ruled cell (of `cells`) the middle of `box` falls in, if any. */
function ruledCellAt(cells: readonly Box[] | undefined, box: Box): Box | undefined {
  const x = (box[0] + box[2]) / 2;
  const y = (box[1] + box[3]) / 2;
  return cells?.find((c) => c[0] <= x && x <= c[2] && c[1] <= y && y <= c[3]);
}

const within = (b: Box, o: Box) => b[0] >= o[0] - 1 && b[1] >= o[1] - 1 && b[2] <= o[2] + 1 && b[3] <= o[3] + 1;

/** OCR the pages in order and lay them out as one text. */
export async function ocrPages(pages: PageImage[], engine: OcrEngine, dir: string, deadline: Deadline, form: Form): Promise<ImageReadResult> {
  const laid: Array<{ lines: ReturnType<typeof internals.pageLines>; height: number }> = [];
  const all: PageRuns[] = [];
  const grays = new Map<number, PageGrays>();
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
      const t = inkLevel(straight);
      grays.set(p.page, { gray: straight, ink, skew, img, cut: Math.round(t + (paperLevel(straight) - t) * 0.25) });
      const page = ruledPage(img, wipe);
      ruling.set(p.page, page.cells.map((c) => c.box));
      words = alignRuledRows(await engine.readPage(page, scale, join(dir, `p${p.page}`), deadline), ruling.get(p.page)!);
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
  const { text, origins, grids } = internals.emit(lines, regions);
  // Origins: the image's, with the confidence of the runs in each field.
  const byPage = new Map(all.map((p) => [p.page, p]));
  const out: OriginSegment[] = origins.map((o, k) => {
    const page = (o.origin as { page: number }).page;
    const box = (o.origin as { box: Box }).box;
    let confidence: number | undefined;
    const pr = byPage.get(page);
    if (pr) for (const r of pr.runs) if (within(r.box as Box, box)) confidence = Math.min(confidence ?? 100, pr.conf.get(r) ?? 100);
    // A blank field where the page has ink: something printed there was not read. The field's
    // box is its column's place on the row; the ruled cell around it is where the ink would be
    // (a number set a digit a line in a narrow cell stands off the row's other values).
    const end = k + 1 < origins.length ? origins[k + 1]!.offset : text.length;
    const g = grays.get(page);
    if (g && text.slice(o.offset, end).trim() === '' && inkIn(g.ink, g.gray.w, g.gray.h, ruledCellAt(ruling.get(page), box) ?? box) >= 12) confidence = 0;
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
  return { source: new SourceText(fixed.text, { form: 'image', origins: origins2, grids }), failure: null };
}
