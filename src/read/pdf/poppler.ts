/**
 * The text layer through poppler's `pdftotext -bbox-layout` (Debian's poppler-utils): every word
 * of every page with its box, about ten times faster than pdf.js's text extraction (which
 * sanitises every font and runs Type 3 glyph programs). pdf.js stays the reader where
 * pdftotext is not installed or fails, and for pages it cannot lay out upright.
 */
import { runProgram } from '../program.js';

export interface PopplerWord {
  s: string;
  /** Box in the page's display frame: points from the top left of the (rotated) crop box. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The line poppler set it in (numbered on the page): words of one baseline. */
  line: number;
}

export interface PopplerPage {
  width: number;
  height: number;
  words: PopplerWord[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e] ?? m);

/** Parse the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBbox(xhtml: string): PopplerPage[] {
  const pages: PopplerPage[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<line |<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
  let page: PopplerPage | null = null;
  let line = 0;
  for (let m = re.exec(xhtml); m; m = re.exec(xhtml)) {
    if (m[1] !== undefined) {
      page = { width: Number(m[1]), height: Number(m[2]), words: [] };
      pages.push(page);
    } else if (m[3] === undefined) line++;
    else if (page) {
      page.words.push({ s: unescape(m[7]!), x0: Number(m[3]), y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]), line });
    }
  }
  return pages;
}

/** The program used; tests set it to a missing one to exercise pdf.js alone. */
export const poppler = { pdftotext: 'pdftotext' };

/**
 * The words of every page, or null where pdftotext is not installed, fails, or takes longer
 * than `timeoutMs` (the caller then reads with pdf.js). The PDF goes in on standard input.
 */
export async function popplerWords(bytes: Uint8Array, timeoutMs: number): Promise<PopplerPage[] | null> {
  // No cap on the output: a long report's words are read whatever their size (up to what a string holds).
  const r = await runProgram(poppler.pdftotext, ['-bbox-layout', '-enc', 'UTF-8', '-q', '-', '-'], { input: bytes, timeoutMs, maxOutputBytes: Infinity, stdout: 'buffer' });
  if (r.kind !== 'ok') return null;
  try {
    return parseBbox(r.stdout.toString('utf8'));
  } catch {
    return null;
  }
}
