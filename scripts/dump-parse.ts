/**
 * Dev only: the JSON `nianbao parse --format json` gives (model and diagnostics) for every file of
 * fixtures/ and examples/ except images (OCR), one line per file, `path<TAB>json`, sorted by path —
 * so that a speed change can be shown to leave every reading byte-identical:
 *
 *   node dist/scripts/dump-parse.js > /tmp/before.tsv   (then, after the change)
 *   node dist/scripts/dump-parse.js > /tmp/after.tsv && cmp /tmp/before.tsv /tmp/after.tsv
 *
 * `--text-only` dumps the text, Markdown and HTML files alone (no PDF, DOCX or .doc converters): quick.
 * It runs in one process through `parseAsync` with the options the CLI passes (name, the default size limit).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAsync } from '../src/parse.js';
import { defaultMaxBytes } from '../src/read/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const images = /\.(png|jpe?g|tiff?|bmp|gif|webp)$/i;
const textish = /\.(txt|md|html?|json)$/i;
const textOnly = process.argv.includes('--text-only');

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && !images.test(e.name) && (!textOnly || textish.test(e.name))) out.push(p);
  }
  return out;
}

const files = [...walk(path.join(root, 'fixtures'), []), ...walk(path.join(root, 'examples'), [])]
  .map((p) => path.relative(root, p))
  .sort();
for (const rel of files) {
  const report = await parseAsync(fs.readFileSync(path.join(root, rel)), { name: rel, maxBytes: defaultMaxBytes });
  process.stdout.write(`${rel}\t${JSON.stringify(report)}\n`);
}
