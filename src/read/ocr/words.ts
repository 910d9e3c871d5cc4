/**
 * Words an engine read (text, box in page pixels, confidence, the line they belong to) → the
 * text runs of the PDF reader (`internals` of pdf.ts), which lays out lines, cells and table
 * columns exactly as for a PDF with a text layer.
 */
import { median, type Box } from '../box.js';
import type { internals } from '../pdf.js';

type Run = Parameters<typeof internals.pageLines>[0][number];

export interface Word {
  line: string;
  box: Box;
  conf: number;
  text: string;
  /** The ruled row band the word's cell stands in, where the cell holds one line (ocr/ruled-rows.ts). */
  row?: string;
  /** The ruled cell (its box, one of the page's cells) the word's middle stands in (ocr/ruled-rows.ts). */
  cell?: Box;
}

export const isAsciiDigitish = (s: string) => /^[\d.,\-]+$/.test(s);

/** Characters Tesseract's Chinese model puts for digits and table punctuation. */
export function fixText(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[《〈【]/g, '（')
    .replace(/[》〉】]/g, '）')
    .replace(/(?<=\d)[oO〇](?=\d|$)|(?<=^|\d)[oO〇](?=\d)/g, '0')
    .replace(/^[|丨]+|[|丨]+$/g, '');
}

export interface PageRuns {
  runs: Run[];
  conf: Map<Run, number>;
  height: number;
  page: number;
}

/** The height of a CJK character of body text, in pixels (the median over the words). */
export function charHeight(words: Word[]): number {
  const cjk = words.filter((w) => /[\u4e00-\u9fff]/.test(w.text)).map((w) => w.box[3] - w.box[1]);
  return median(cjk.length ? cjk : words.map((w) => w.box[3] - w.box[1])) || 20;
}

/**
 * The type size a word shows, in pixels: its height (a digit stands about 0.72 of a CJK
 * character), but for a word of two or more CJK characters no more than its width per
 * character (they are square): Tesseract's box of a short word in a tall cell is often
 * taller than its characters, which made a table's label look like a heading.
 */
export function wordSize(w: Word): number {
  const h = (w.box[3] - w.box[1]) / (isAsciiDigitish(w.text) ? 0.72 : 1);
  const chars = [...w.text];
  if (chars.length >= 2 && chars.every((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c))) {
    return Math.min(h, (w.box[2] - w.box[0]) / (chars.length - 0.1));
  }
  return h;
}

/** Two words of a line as one. */
function joined(a: Word, b: Word): Word {
  const w: Word = { line: a.line, box: [a.box[0], Math.min(a.box[1], b.box[1]), b.box[2], Math.max(a.box[3], b.box[3])], conf: Math.min(a.conf, b.conf), text: a.text + b.text };
  if (a.cell !== undefined) w.cell = a.cell;
  return w;
}

export const wideChar = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;

/** Words of a page → text runs in layout units: about a point (a CJK character of body text ≈ 10.5), the same on every page. */
export function wordsToRuns(words: Word[], page: number, imgHeight: number, ch: number): PageRuns {
  const k = 10.5 / ch;
  const byLine = new Map<string, Word[]>();
  for (const w of words) {
    if (!byLine.has(w.line)) byLine.set(w.line, []);
    byLine.get(w.line)!.push(w);
  }
  // One baseline for the one-line cells of a ruled row band.
  const bandBottoms = new Map<string, number[]>();
  for (const w of words) if (w.row !== undefined) (bandBottoms.get(w.row) ?? bandBottoms.set(w.row, []).get(w.row)!).push(w.box[3]);
  const runs: Run[] = [];
  const conf = new Map<Run, number>();
  // Each ruled cell in layout units, one box per cell (the words of one cell share it).
  const cellBoxes = new Map<Box, Box>();
  const scaled = (c: Box): Box => cellBoxes.get(c) ?? cellBoxes.set(c, [c[0] * k, c[1] * k, c[2] * k, c[3] * k]).get(c)!;
  for (const ws of byLine.values()) {
    // A line's size: its characters' height (digits stand about 0.72 of a CJK character).
    const hs = ws.map(wordSize).filter((x) => x > 0.4 * ch && x < 3 * ch);
    const size = (hs.length ? median(hs) : ch) * k;
    const band = ws[0]!.row;
    const base = median(band !== undefined && ws.every((w) => w.row === band) ? bandBottoms.get(band)! : ws.map((w) => w.box[3])) * k;
    ws.sort((a, b) => a.box[0] - b.box[0]);
    // An item number split from its label (`2` `.其他…`, `2.` `其他…`): joined to it.
    for (let j = 0; j + 1 < ws.length; j++) {
      const a = ws[j]!, b = ws[j + 1]!;
      if (a.cell === b.cell && /^\d{1,2}[.．、]?$/.test(a.text) && /^[.．、]?[\u4e00-\u9fff]/.test(b.text) && b.box[0] - a.box[2] < 0.8 * ch) {
        ws.splice(j, 2, joined(a, b));
      }
    }
    // Chinese has no spaces between words: Tesseract's words of one line, Chinese on both
    // sides of a gap narrower than a character, are one run (as a PDF prints them), whatever
    // the ink of a character like `、` leaves between their boxes. Never the words of two ruled
    // cells (a header's 结果纠正 and 其他结果 a rule apart).
    for (let j = 0; j + 1 < ws.length; j++) {
      const a = ws[j]!, b = ws[j + 1]!;
      if (a.cell === b.cell && wideChar.test(a.text.slice(-1)) && wideChar.test(b.text.slice(0, 1)) && b.box[0] - a.box[2] < Math.max(ch, Math.min(wordSize(a), wordSize(b)))) {
        ws.splice(j, 2, joined(a, b));
        j--;
      }
    }
    for (const w of ws) {
      const s = fixText(w.text);
      if (!s) continue;
      // Speckles Tesseract reads as punctuation: dropped unless confident.
      if (/^[\p{P}\p{S}]$/u.test(s) && w.conf < 60 && !/^[-—–/、.（）()]$/.test(s)) continue;
      const run: Run = { s, x0: w.box[0] * k, x1: w.box[2] * k, y: base, size, box: w.box };
      if (w.cell) run.inCell = scaled(w.cell);
      runs.push(run);
      conf.set(run, w.conf);
    }
  }
  return { runs, conf, height: imgHeight * k, page };
}

/**
 * A word's box shrunk to the rows of ink inside it (`ink(i)` for pixel `i` of an image `w`
 * wide): Tesseract's boxes of Chinese words are often much taller than their characters,
 * which made a label look like a heading and put it off its line. Across, the box stays
 * as Tesseract gave it (a character's ink is narrower than its advance; the gaps between
 * words tell cells apart). Null when the box holds no ink.
 */
export function tighten(b: Box, w: number, ink: (i: number) => boolean): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = Math.max(0, b[1]); y < b[3]; y++) {
    for (let x = Math.max(0, b[0]); x < Math.min(w, b[2]); x++) {
      if (!ink(y * w + x)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : [b[0], y0, b[2], y1 + 1];
}
export const numericRe = /^-?\d+(?:\.\d+)?$/;
