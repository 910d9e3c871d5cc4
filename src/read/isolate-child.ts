/**
 * The child process of read/isolate.ts: reads one file at a time (a PDF, an image, a Word 97
 * file) and sends back the text or the failure. An exception or a rejected promise that no
 * reader waited for ends the file being read (reported as its failure) and this process.
 */
import { read, type ReadOptions } from './index.js';
import { readInProcess } from './async.js';
import { toWire, toolMarginMs, type ChildBudget } from './isolate.js';

const send = (m: unknown) => new Promise<void>((resolve) => process.send!(m, undefined, undefined, () => resolve()));

/** The last resort: a promise rejected inside pdf.js (or any reader) that nobody awaits. */
async function died(e: unknown): Promise<void> {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  await send({ crashed: why.slice(0, 300) }).catch(() => undefined);
  process.exit(70);
}
process.on('unhandledRejection', (e) => void died(e));
process.on('uncaughtException', (e) => void died(e));
// The parent went away: nothing left to read for.
process.on('disconnect', () => process.exit(0));

process.on('message', async (m: { bytes: Uint8Array; options: ReadOptions; budget: ChildBudget }) => {
  const started = Date.now();
  const left = (total: number) => Math.max(1, total - toolMarginMs - (Date.now() - started));
  const { timeoutMs, ocrPageMs } = m.budget;
  const r = read(m.bytes, m.options);
  const result = r.source ? r : { ...r, ...(await readInProcess(m.bytes, r, {
    docTimeoutMs: left(timeoutMs),
    ...(m.options.ocrPdf ? { forceOcr: true } : {}),
    // The parent adds the pages' time to the file's deadline; the OCR gets it too, less the margin.
    ocr: (pages) => {
      process.send!({ ocrPages: pages });
      return left(timeoutMs + Math.max(1, pages) * ocrPageMs);
    },
  })) };
  await send({ result: toWire(result) });
});
