/** Write docs/rules/README.md from the rule registry (`npm run docs`). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesIndex } from '../src/check/rules-index.js';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/rules/README.md');
writeFileSync(out, rulesIndex());
console.log(`已写入 wrote ${out}`);
