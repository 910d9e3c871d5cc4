/** Write schema/report.schema.json from the format data (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from '../src/model/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'schema/report.schema.json');
writeFileSync(out, JSON.stringify(buildSchema(), null, 2) + '\n');
console.log(`已写入 wrote ${out}`);
