/** pdf.js, loaded once on first use. */
import { createRequire } from 'node:module';

/* The parts of pdf.js this reader uses (typed here so that no DOM types are needed). */
export interface PdfTextItem {
  str: string;
  /** `ttb` for text in a vertical font. */
  dir?: string;
  transform: number[];
  width: number;
  height: number;
}
export interface PdfViewport {
  transform: number[];
  /** The page's /Rotate, in degrees (0, 90, 180, 270). */
  rotation: number;
  width: number;
  height: number;
}
export interface PdfPage {
  getViewport(o: { scale: number }): PdfViewport;
  getTextContent(o?: { disableNormalization?: boolean }): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup(): boolean;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
export interface PdfJs {
  getDocument(src: Record<string, unknown>): PdfLoadingTask;
}

let pdfjsLoading: Promise<PdfJs> | null = null;

/**
 * Load the legacy (Node) build of pdf.js and its worker code in this thread. The legacy
 * build brings core-js polyfills, one of which replaces `Array.prototype.push` with a
 * slower spec-pedantic version for the whole process (it only differs for array-likes
 * longer than 2^53); the native one is put back.
 *
 * pdf.js takes `DOMMatrix` from its optional dependency @napi-rs/canvas and needs it to
 * load at all, though only rendering uses it: where that package is not installed, an
 * identity matrix stands in (text extraction never uses it) and pdf.js's warnings about
 * the missing package are kept off standard output.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    const mainSpec = 'pdfjs-dist/legacy/build/pdf.mjs';
    const workerSpec = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    let canvas = true;
    try {
      createRequire(import.meta.resolve(mainSpec)).resolve('@napi-rs/canvas');
    } catch {
      canvas = false;
    }
    const warn = console.warn;
    if (!canvas && g.DOMMatrix === undefined) {
      g.DOMMatrix = class DOMMatrix {
        a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      };
      console.warn = (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot'))) warn(...args);
      };
    }
    let lib: PdfJs;
    let worker: { WorkerMessageHandler: unknown };
    try {
      lib = (await import(mainSpec)) as PdfJs;
      worker = (await import(workerSpec)) as { WorkerMessageHandler: unknown };
    } finally {
      console.warn = warn;
    }
    // pdf.js looks here for a worker running in this thread ("fake worker") before it tries to load one.
    g.pdfjsWorker ??= worker;
    Object.defineProperty(Array.prototype, 'push', push);
    return lib;
  })();
  return pdfjsLoading;
}
