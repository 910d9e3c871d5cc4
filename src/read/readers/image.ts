import type { Reader } from '../reader.js';
import { startsWith } from './sniff.js';

/** Page images (PNG, JPEG, GIF, TIFF), read by OCR (read/image.ts). */
export const imageReader: Reader = {
  form: 'image',
  name: { zh: '图片', en: 'an image' },
  detect: ({ bytes: b }) =>
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) || // GIF
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]), // TIFF
  async readAsync(bytes, budget) {
    const { readImage } = await import('../image.js');
    const ocrMs = budget.ocr?.(1);
    const o = await readImage(bytes, ocrMs !== undefined ? { timeoutMs: ocrMs } : {});
    return { source: o.source, failure: o.failure };
  },
  isolated: true,
};
