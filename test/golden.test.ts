import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { goldenDir, goldenOf, renderGoldenDir, renderGoldenFiles, renderGoldenOf, seedFiles } from './golden.js';

describe('golden check output of the seeds (npm run golden rewrites them)', () => {
  for (const f of seedFiles) {
    it(basename(f), () => {
      const want = readFileSync(join(goldenDir, basename(f, '.txt') + '.check.json'), 'utf8');
      assert.equal(goldenOf(f), want);
    });
  }
});

describe('golden rendered HTML and Markdown (npm run golden rewrites them)', () => {
  for (const f of renderGoldenFiles) {
    for (const [name, text] of Object.entries(renderGoldenOf(f))) {
      it(name, () => assert.equal(text, readFileSync(join(renderGoldenDir, name), 'utf8')));
    }
  }
});
