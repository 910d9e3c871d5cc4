/** Rewrite test/golden/*.check.json from the current rules (`npm run golden`); review the diff. */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { goldenDir, goldenOf, seedFiles } from '../test/golden.js';

for (const f of seedFiles) {
  const out = join(goldenDir, basename(f, '.txt') + '.check.json');
  writeFileSync(out, goldenOf(f));
  console.log(`已写入 wrote ${out}`);
}
