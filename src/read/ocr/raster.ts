/**
 * JPEG and TIFF page images → 8-bit grey pixels, by libraries: `jpeg-js` (baseline and
 * progressive JPEG) and `utif2` (TIFF, every page: strips or tiles; none, LZW, Deflate,
 * PackBits, CCITT G3/G4, JPEG; grey, bilevel, RGB, palette, CMYK). So a JPEG or TIFF scan
 * gets the same cleaning, deskew and ruling detection as a PNG.
 *
 * The decoders are synchronous and trust their input, so `decodeRasterInWorker` runs them in
 * a worker thread (ocr/raster-worker.ts), ended at the reader's deadline; checked here
 * before any pixel is decoded: the size of every page, the number of pages, that the strips or
 * tiles lie inside the file, and that the chain of TIFF pages ends (a chain that loops back
 * would keep the library reading for ever).
 */
import { Worker } from 'node:worker_threads';
import jpeg from 'jpeg-js';
import UTIF, { type IFD } from 'utif2';

/** An 8-bit grey image, row by row. */
export interface Gray {
  w: number;
  h: number;
  px: Uint8Array;
}

export interface RasterLimits {
  /** Largest page, in pixels. */
  maxPixels: number;
  /** Most pages of a TIFF. */
  maxPages: number;
}

export type RasterKind = 'jpg' | 'tif';

export interface RasterFailure {
  code: 'corrupt' | 'too-large';
  zh: string;
  en: string;
}

export type RasterResult = { pages: Gray[]; failure?: undefined } | { pages?: undefined; failure: RasterFailure };

const corrupt = (kind: RasterKind, why: string): { failure: RasterFailure } => ({
  failure: {
    code: 'corrupt',
    zh: `${kind === 'jpg' ? 'JPEG' : 'TIFF'} 图片已损坏或无法解码（${why}）`,
    en: `the ${kind === 'jpg' ? 'JPEG' : 'TIFF'} image is damaged or cannot be decoded (${why})`,
  },
});

/** A page over the pixel limit (any image form). */
export const tooLarge = (w: number, h: number, max: number): { failure: RasterFailure } => ({
  failure: {
    code: 'too-large',
    zh: `图片过大（${w}×${h} 像素，上限 ${max / 1e6} 百万像素）`,
    en: `the image is too large (${w}×${h} pixels, limit ${max / 1e6} megapixels)`,
  },
});

/** RGB(A) pixels (`n` channels, alpha over white) → grey, with the weights of the PNG reader. */
function toGray(w: number, h: number, data: Uint8Array, n: 3 | 4): Gray {
  const px = new Uint8Array(w * h);
  for (let i = 0, k = 0; i < px.length; i++, k += n) {
    let g = (data[k]! * 299 + data[k + 1]! * 587 + data[k + 2]! * 114) / 1000;
    if (n === 4) g = 255 - ((255 - g) * data[k + 3]!) / 255;
    px[i] = g;
  }
  return { w, h, px };
}

export function decodeJpeg(bytes: Uint8Array, limits: RasterLimits): RasterResult {
  try {
    const img = jpeg.decode(bytes, {
      useTArray: true, formatAsRGBA: false,
      maxResolutionInMP: limits.maxPixels / 1e6, maxMemoryUsageInMB: 2048,
    });
    return { pages: [toGray(img.width, img.height, img.data, 3)] };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/maxResolutionInMP/.test(why)) {
      return { failure: { code: 'too-large', zh: `图片过大（超过 ${limits.maxPixels / 1e6} 百万像素）`, en: `the image is too large (over ${limits.maxPixels / 1e6} megapixels)` } };
    }
    return corrupt('jpg', why);
  }
}

/**
 * The offsets of the pages (IFDs) of a TIFF, following the chain; a string saying what is
 * wrong when it leaves the file or loops. Stops after `max + 1` pages.
 */
function tiffChain(b: Uint8Array, max: number): number[] | string {
  if (b.length < 8) return 'too short';
  const le = b[0] === 0x49;
  if (!((le && b[1] === 0x49) || (!le && b[0] === 0x4d && b[1] === 0x4d))) return 'no TIFF header';
  const u16 = (at: number) => (le ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!);
  const u32 = (at: number) => (le ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24 : b[at]! * 2 ** 24 + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!));
  if (u16(2) !== 42) return b[2] === 43 || b[3] === 43 ? 'BigTIFF is not supported' : 'no TIFF header';
  const seen = new Set<number>();
  const out: number[] = [];
  let at = u32(4);
  while (at !== 0 && out.length <= max) {
    if (at + 2 > b.length) return 'cut short: a page directory lies past the end';
    if (seen.has(at)) return 'the chain of pages loops';
    seen.add(at);
    const next = at + 2 + 12 * u16(at);
    if (next + 4 > b.length) return 'cut short: a page directory lies past the end';
    out.push(at);
    at = u32(next);
  }
  return out;
}

const tag = (ifd: IFD, t: number): number[] | undefined => {
  const v = ifd[`t${t}`];
  return Array.isArray(v) ? (v as number[]) : undefined;
};

export function decodeTiff(bytes: Uint8Array, limits: RasterLimits): RasterResult {
  const chain = tiffChain(bytes, limits.maxPages);
  if (typeof chain === 'string') return corrupt('tif', chain);
  if (chain.length === 0) return corrupt('tif', 'no page');
  if (chain.length > limits.maxPages) {
    return {
      failure: {
        code: 'too-large',
        zh: `TIFF 页数过多（超过 ${limits.maxPages} 页）`,
        en: `the TIFF has too many pages (over ${limits.maxPages})`,
      },
    };
  }
  // utif2 reads from the start of an ArrayBuffer.
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const ifds = UTIF.decode(buf);
    if (ifds.length !== chain.length) return corrupt('tif', 'unreadable page directory');
    const pages: Gray[] = [];
    for (const [k, ifd] of ifds.entries()) {
      const w = tag(ifd, 256)?.[0], h = tag(ifd, 257)?.[0];
      if (!w || !h) return corrupt('tif', `page ${k + 1} has no size`);
      if (w * h > limits.maxPixels) return tooLarge(w, h, limits.maxPixels);
      const offsets = tag(ifd, 324) ?? tag(ifd, 273);
      const counts = tag(ifd, 325) ?? tag(ifd, 279);
      if (!offsets?.length || !counts || counts.length < offsets.length) return corrupt('tif', `page ${k + 1} has no image data`);
      if (offsets.some((o, i) => o + counts[i]! > bytes.length)) return corrupt('tif', `cut short: page ${k + 1} ends past the end of the file`);
      UTIF.decodeImage(buf, ifd);
      if (!ifd.data || ifd.width !== w || ifd.height !== h) return corrupt('tif', `page ${k + 1} could not be decoded`);
      pages.push(toGray(w, h, UTIF.toRGBA8(ifd), 4));
    }
    return { pages };
  } catch (e) {
    return corrupt('tif', e instanceof Error ? e.message : String(e));
  }
}

export function decodeRaster(bytes: Uint8Array, kind: RasterKind, limits: RasterLimits): RasterResult {
  return kind === 'jpg' ? decodeJpeg(bytes, limits) : decodeTiff(bytes, limits);
}

/**
 * `decodeRaster` in a worker thread: 'timeout' when it has not finished in `ms` (the worker is
 * ended). What the decoders print is dropped.
 */
export function decodeRasterInWorker(bytes: Uint8Array, kind: RasterKind, limits: RasterLimits, ms: number): Promise<RasterResult | 'timeout'> {
  if (ms <= 0) return Promise.resolve('timeout');
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./raster-worker.js', import.meta.url), {
      workerData: { bytes, kind, limits },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let done = false;
    const finish = (r: RasterResult | 'timeout') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish('timeout'), ms);
    worker.once('message', (r: RasterResult) => finish(r));
    worker.once('error', (e) => finish(corrupt(kind, e.message)));
    worker.once('exit', () => finish(corrupt(kind, 'the decoder stopped')));
  });
}
