/**
 * The largest page of a PDF, from the page boxes pdf.js reads (no page is drawn): checked
 * before a scan is rasterised for OCR, so that a page whose box declares 40,000 × 40,000
 * pixels is refused instead of drawn.
 */
import { loadPdfJs } from './load.js';

/** Width and height (points, user units applied) of the page with the largest area; null when none can be read. */
export async function largestPage(bytes: Uint8Array, maxPages: number): Promise<{ page: number; width: number; height: number; pages: number } | null> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    let best: { page: number; width: number; height: number } | null = null;
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const vp = await doc.getPage(n).then((p) => p.getViewport({ scale: 1 }), () => null);
      if (vp && (!best || vp.width * vp.height > best.width * best.height)) best = { page: n, width: vp.width, height: vp.height };
    }
    return best && { ...best, pages: doc.numPages };
  } catch {
    return null;
  } finally {
    void task.destroy().catch(() => {});
  }
}
