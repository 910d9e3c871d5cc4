/** Write docs/metrics.md from the metric definitions (`node dist/scripts/gen-metrics-doc.js`). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metricsDoc } from '../src/aggregate/metrics-doc.js';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/metrics.md');
writeFileSync(out, metricsDoc());
console.log(`已写入 wrote ${out}`);
