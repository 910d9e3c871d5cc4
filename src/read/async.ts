import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { read, type ReadOptions, type ReadResult } from './index.js';
import { readDocx } from './docx.js';

const run = promisify(execFile);

/**
 * Every form `read` takes, plus those that need waiting: PDF (pdf.js; a scan without a text
 * layer by OCR), page images (PNG, JPEG, TIFF, by OCR with Tesseract where it is installed) and
 * Word 97 (.doc, through LibreOffice where it is installed). Never throws.
 */
export async function readAsync(input: Uint8Array | string, options: ReadOptions = {}): Promise<ReadResult> {
  const r = read(input, options);
  if (r.source || typeof input === 'string') return r;
  if (r.form === 'pdf' && r.failure?.code === 'unsupported-form') {
    // pdf.js is large: loaded only when a PDF comes.
    const { readPdf } = await import('./pdf.js');
    const p = await readPdf(input);
    if (p.failure?.code === 'no-text') {
      // A scan: OCR of the rendered pages, where Tesseract is installed.
      const { readScannedPdf } = await import('./image.js');
      const o = await readScannedPdf(input);
      if (o.source || o.failure?.code !== 'unsupported-form') return { ...r, source: o.source, failure: o.failure };
      return { ...r, source: null, failure: { ...p.failure, message: { zh: `${p.failure.message.zh}；${o.failure.message.zh}`, en: `${p.failure.message.en}; ${o.failure.message.en}` } } };
    }
    return { ...r, source: p.source, failure: p.failure };
  }
  if (r.form === 'image' && r.failure?.code === 'unsupported-form') {
    const { readImage } = await import('./image.js');
    const o = await readImage(input);
    return { ...r, source: o.source, failure: o.failure };
  }
  if (r.form === 'doc' && r.failure?.code === 'unsupported-form') {
    const docx = await docToDocx(input);
    if (docx) {
      const d = readDocx(docx);
      return { ...r, source: d.source, failure: d.failure };
    }
  }
  return r;
}

/** Convert a .doc to .docx with LibreOffice (`soffice --headless --convert-to docx`), if it is installed. */
async function docToDocx(bytes: Uint8Array): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-doc-'));
  try {
    await writeFile(join(dir, 'in.doc'), bytes);
    await run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx', '--outdir', dir, join(dir, 'in.doc')], { timeout: 120_000 });
    return await readFile(join(dir, 'in.docx'));
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
