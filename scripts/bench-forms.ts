/**
 * Throughput per input form (`npm run bench:forms`): the fixtures made by LibreOffice from the
 * same reports, as text, HTML, DOCX and PDF, and real PDFs (WPS, Chromium), parsed one after the
 * other. Each form beside its floor, run on the same files in the same run: text beside decoding
 * and NFKC, HTML beside parse5 alone, PDF beside `pdftotext -layout` (a process per file, as
 * nianbao runs pdftotext) in pages per second.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'parse5';
import { parseAsync, sourceOf } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const forms: Array<[string, string[]]> = [
  ['text', ['fixtures/text', 'fixtures/extracted/pdftotext-layout']],
  ['html', ['fixtures/forms/html', 'fixtures/forms/html-gbk']],
  ['docx', ['fixtures/forms/docx']],
  ['pdf', ['fixtures/forms/pdf']],
  ['pdf-real', ['fixtures/corpus/raw', 'fixtures/real-forms/pdf']],
];
const passes = Number(process.argv[2] ?? 3);

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPdftotext();

/** The floor of a form: what any reader of it must do at least. */
const floors: Record<string, { name: string; run: (file: string, bytes: Buffer) => void }> = {
  text: { name: 'decode+NFKC', run: (_f, b) => void new TextDecoder('utf-8').decode(b).normalize('NFKC') },
  html: { name: 'parse5', run: (_f, b) => void parseHtml(new TextDecoder(/gbk/i.test(_f) ? 'gbk' : 'utf-8').decode(b)) },
};
if (poppler) {
  floors['pdf'] = { name: 'pdftotext -layout', run: (f) => void execFileSync('pdftotext', ['-layout', f, '-'], { maxBuffer: 1 << 26 }) };
  floors['pdf-real'] = floors['pdf'];
}

function best(run: () => void | Promise<void>): Promise<number> {
  return (async () => {
    let b = Infinity;
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      await run();
      b = Math.min(b, performance.now() - t0);
    }
    return b / 1000;
  })();
}

console.log(`nianbao 各形式吞吐 throughput per form — Node ${process.version}, ${passes} 轮取最好 best of passes; PDF 文字层 text layer: ${poppler ? 'poppler pdftotext -bbox-layout' : 'pdf.js (pdftotext 未安装 not installed)'}`);
for (const [form, dirs] of forms) {
  const names = dirs.flatMap((d) =>
    fs.existsSync(path.join(root, d))
      ? fs.readdirSync(path.join(root, d))
          .filter((f) => (form.startsWith('pdf') ? f.endsWith('.pdf') : !f.endsWith('.md') || form === 'text'))
          .filter((f) => !f.endsWith('.json') && !f.endsWith('.py') && f !== 'README.md')
          .map((f) => path.join(root, d, f))
      : [],
  );
  if (names.length === 0) continue;
  const files = names.map((f) => fs.readFileSync(f));
  const bytes = files.reduce((a, b) => a + b.byteLength, 0);
  let pages = 0;
  for (const f of files) {
    const r = await parseAsync(f); // warm-up, and the page count
    const o = sourceOf(r)?.origins;
    if (form.startsWith('pdf') && o) pages += Math.max(...o.map((s) => (s.origin.form === 'pdf' ? s.origin.page : 0)));
  }
  const s = await best(async () => {
    for (const f of files) await parseAsync(f);
  });
  const rate = (n: number, t: number, unit: string) => `${(n / t).toFixed(1).padStart(8)} ${unit}`;
  const main = form.startsWith('pdf') ? rate(pages, s, '页/秒 pages/s') : rate(files.length, s, '份/秒 reports/s');
  let floor = '';
  const fl = floors[form];
  if (fl) {
    const fs_ = await best(() => names.forEach((n, k) => fl.run(n, files[k]!)));
    const n = form.startsWith('pdf') ? pages : files.length;
    floor = `   底线 floor ${fl.name}: ${rate(n, fs_, form.startsWith('pdf') ? '页/秒' : '份/秒')}  (${(s / fs_).toFixed(1)} ×)`;
  }
  console.log(`${form.padEnd(8)} ${String(files.length).padStart(4)} 份 files  ${main}  ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s${floor}`);
}
