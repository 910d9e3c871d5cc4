/** Rewrite test/golden/*.check.json and test/golden/render/* from the current code (`npm run golden`); review the diff. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { goldenDir, goldenOf, renderGoldenDir, renderGoldenFiles, renderGoldenOf, seedFiles } from '../test/golden.js';

for (const f of seedFiles) {
  const out = join(goldenDir, basename(f, '.txt') + '.check.json');
  writeFileSync(out, goldenOf(f));
  console.log(`已写入 wrote ${out}`);
}

mkdirSync(renderGoldenDir, { recursive: true });
for (const f of renderGoldenFiles) {
  for (const [name, text] of Object.entries(renderGoldenOf(f))) {
    const out = join(renderGoldenDir, name);
    writeFileSync(out, text);
    console.log(`已写入 wrote ${out}`);
  }
}

