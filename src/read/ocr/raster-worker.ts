/** Worker thread of ocr/raster.ts: decodes one JPEG or TIFF and posts its grey pages back. */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeRaster, type RasterKind, type RasterLimits } from './raster.js';

const { bytes, kind, limits } = workerData as { bytes: Uint8Array; kind: RasterKind; limits: RasterLimits };
const r = decodeRaster(bytes, kind, limits);
parentPort!.postMessage(r, r.pages ? r.pages.map((p) => p.px.buffer as ArrayBuffer) : []);
