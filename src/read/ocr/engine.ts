/**
 * The OCR engines behind one interface, and which one reads: PP-OCR (ocr/paddle.ts, the
 * default where its packages are installed) or Tesseract (ocr/tesseract.ts), chosen by the
 * option `engine` or the environment variable `NIANBAO_OCR_ENGINE=paddle|tesseract`.
 * Whichever reads, Tesseract (where installed) reads every number field once more, digits
 * only, as a check (image.ts `secondPass`). README.md says why, with the figures.
 */
import { hasPaddle, readPagePaddle } from './paddle.js';
import type { RuledPage } from './ruling.js';
import type { Deadline } from './run.js';
import { hasTesseract, readPage as readPageTesseract } from './tesseract.js';
import type { Word } from './words.js';

export type EngineName = 'paddle' | 'tesseract';
export const engineNames: readonly EngineName[] = ['paddle', 'tesseract'];

export interface OcrEngine {
  name: EngineName;
  /**
   * The words of one cleaned page, boxes in page pixels. `scale`: how much to enlarge the
   * page for the engine; `base`: a path prefix for the engine's temporary files.
   */
  readPage(page: RuledPage, scale: number, base: string, deadline: Deadline): Promise<Word[]>;
}

const engines: Record<EngineName, OcrEngine & { available(): Promise<boolean> }> = {
  paddle: { name: 'paddle', available: hasPaddle, readPage: (page, _scale, _base, deadline) => readPagePaddle(page, deadline) },
  tesseract: { name: 'tesseract', available: hasTesseract, readPage: readPageTesseract },
};

/** The engine asked for (option, else NIANBAO_OCR_ENGINE), or null for the default; an unknown name is an error. */
export function engineAskedFor(option?: string): EngineName | null | { unknown: string } {
  const v = (option ?? process.env['NIANBAO_OCR_ENGINE'] ?? '').trim().toLowerCase();
  if (!v || v === 'auto') return null;
  return (engineNames as readonly string[]).includes(v) ? (v as EngineName) : { unknown: v };
}

/**
 * The engine that reads: the one asked for if it can run here, else the first of PP-OCR and
 * Tesseract that can; null when none can (or the one asked for cannot).
 */
export async function pickEngine(asked: EngineName | null): Promise<OcrEngine | null> {
  if (asked) return (await engines[asked].available()) ? engines[asked] : null;
  for (const name of engineNames) if (await engines[name].available()) return engines[name];
  return null;
}
