import { failed, type Reader, type ReaderOutput, type ReadBudget } from '../reader.js';
import { startsWith } from './sniff.js';

/**
 * PDF: the text layer by pdf.js (read/pdf/), with the ruling and positions; a PDF without one is
 * a scan, read by OCR (read/image.ts). Inflation beyond the limit is refused before pdf.js starts.
 */
export const pdfReader: Reader = {
  form: 'pdf',
  name: { zh: 'PDF 文件', en: 'a PDF file' },
  detect: ({ bytes }) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46]), // %PDF
  read: () => failed('pdf', 'unsupported-form', 'PDF 需用异步接口读取（parseAsync，命令行已使用）', 'a PDF is read by the asynchronous API (parseAsync, which the CLI uses)'),
  readAsync: readPdfFile,
  isolated: true,
};

async function readPdfFile(input: Uint8Array, budget: ReadBudget): Promise<ReaderOutput> {
  // pdf.js is large: loaded only when a PDF comes.
  // A stream that would inflate beyond the limit refuses the file before pdf.js allocates it.
  const { inflationOverLimit, maxInflatedStream } = await import('../inflate-guard.js');
  const bomb = inflationOverLimit(input);
  if (bomb) {
    const mb = maxInflatedStream / 1048576;
    return failed('pdf', 'too-large', `PDF 中有一个数据流解压后超过 ${mb} MB（位于第 ${bomb.offset} 字节），未读取`,
      `the PDF holds a stream that inflates beyond ${mb} MB (at byte ${bomb.offset}); not read`);
  }
  const { readPdf } = await import('../pdf.js');
  const p = budget.forceOcr ? null : await readPdf(input);
  if (p && p.failure?.code !== 'no-text') return { source: p.source, failure: p.failure };
  // A scan: OCR of the rendered pages, where Tesseract is installed; a page too large to draw is refused first.
  const { readScannedPdf, maxPixels, maxOcrPages, ocrDpi } = await import('../image.js');
  const { largestPage } = await import('../pdf/boxes.js');
  const big = await largestPage(input, maxOcrPages);
  const px = (pt: number) => Math.ceil((pt * ocrDpi) / 72);
  if (big && px(big.width) * px(big.height) > maxPixels) {
    const { tooLarge } = await import('../ocr/raster.js');
    const { failure: f } = tooLarge(px(big.width), px(big.height), maxPixels);
    return failed('pdf', 'too-large', `第 ${big.page} 页${f.zh}`, `page ${big.page}: ${f.en}`);
  }
  const ocrMs = budget.ocr?.(Math.min(big?.pages ?? 1, maxOcrPages));
  const o = await readScannedPdf(input, ocrMs !== undefined ? { timeoutMs: ocrMs } : {});
  if (o.source || o.failure?.code !== 'unsupported-form' || !p?.failure) return { source: o.source, failure: o.failure };
  return { source: null, failure: { ...p.failure, message: { zh: `${p.failure.message.zh}；${o.failure.message.zh}`, en: `${p.failure.message.en}; ${o.failure.message.en}` } } };
}
