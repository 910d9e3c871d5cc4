/**
 * Build the pages of `nianbao serve` into dist/web: the client code (web/) bundled by esbuild,
 * code-split so pdf.js and ECharts load only on the pages that draw with them, and the files
 * pdf.js needs at run time (its worker, the CMaps of Chinese fonts, the standard fonts).
 * Run by `npm run build` (and so by `npm test` and on install), so a fresh clone serves pages.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository (this file runs as dist/scripts/build-web.js). */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'dist/web');
const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'web/main.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  outdir: out,
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
cpSync(join(root, 'web/index.html'), join(out, 'index.html'));
cpSync(join(root, 'web/style.css'), join(out, 'style.css'));
cpSync(join(pdfjs, 'build/pdf.worker.min.mjs'), join(out, 'pdf.worker.min.mjs'));
cpSync(join(pdfjs, 'cmaps'), join(out, 'cmaps'), { recursive: true });
cpSync(join(pdfjs, 'standard_fonts'), join(out, 'standard_fonts'), { recursive: true });
