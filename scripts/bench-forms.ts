/**
 * Throughput per input form (`npm run bench:forms`): the fixtures made by LibreOffice from the
 * same reports, as text, HTML, DOCX and PDF, parsed on one core. PDF also in pages per second.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAsync, sourceOf } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const forms: Array<[string, string[]]> = [
  ['text', ['fixtures/text', 'fixtures/extracted/pdftotext-layout']],
  ['html', ['fixtures/forms/html', 'fixtures/forms/html-gbk']],
  ['docx', ['fixtures/forms/docx']],
  ['pdf', ['fixtures/forms/pdf']],
];
const passes = Number(process.argv[2] ?? 3);

console.log(`nianbao 各形式吞吐 throughput per form — Node ${process.version}, 单线程 single thread, ${passes} 轮取最好 best of passes`);
for (const [form, dirs] of forms) {
  const files = dirs.flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => !f.endsWith('.md') || form === 'text').filter((f) => !f.endsWith('.json') && !f.endsWith('.py') && f !== 'README.md').map((f) => fs.readFileSync(path.join(root, d, f))));
  const bytes = files.reduce((a, b) => a + b.byteLength, 0);
  let pages = 0;
  for (const f of files) {
    const r = await parseAsync(f); // warm-up, and the page count
    const o = sourceOf(r)?.origins;
    if (form === 'pdf' && o) pages += Math.max(...o.map((s) => (s.origin.form === 'pdf' ? s.origin.page : 0)));
  }
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const f of files) await parseAsync(f);
    best = Math.min(best, performance.now() - t0);
  }
  const s = best / 1000;
  const extra = form === 'pdf' ? `  ${(pages / s).toFixed(1).padStart(7)} 页/秒 pages/s` : '';
  console.log(`${form.padEnd(5)} ${String(files.length).padStart(4)} 份 files  ${(files.length / s).toFixed(1).padStart(8)} 份/秒 reports/s  ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s${extra}`);
}
