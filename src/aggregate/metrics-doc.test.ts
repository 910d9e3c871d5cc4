import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { metricsDoc } from './metrics-doc.js';
import { metrics } from './metrics.js';

// dist/src/aggregate → the repo root.
const docPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/metrics.md');

describe('docs/metrics.md', () => {
  const doc = readFileSync(docPath, 'utf8');
  it('is up to date with the metric definitions (node dist/scripts/gen-metrics-doc.js)', () => {
    assert.equal(doc, metricsDoc());
  });
  it('has every metric with its formula, Chinese first', () => {
    for (const m of metrics) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${m.id}\` |`));
      assert.ok(line, m.id);
      assert.ok(line.indexOf(m.formula.zh) >= 0 && line.indexOf(m.formula.zh) < line.indexOf(m.formula.en), m.id);
    }
  });
  it('says how blanks and mixed formats are summed', () => {
    assert.match(doc, /table3\.otherHandling\.<列>/);
    assert.match(doc, /table3\.otherHandling\.other\.<列>/);
    assert.match(doc, /noNumber/);
  });
});
