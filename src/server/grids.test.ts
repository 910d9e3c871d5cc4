/** A grid filled from its cached layout is the grid laid out anew, for reports of both formats. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { parse } from '../parse.js';
import { cellValues } from '../model/values.js';
import { tableGrid } from '../render/grid.js';
import { real } from '../../test/helpers.js';
import { reportGrid } from './grids.js';

it('fills the cached layout as tableGrid lays it out', () => {
  const dirs = ['seeds', 'text'];
  let n = 0;
  for (const d of dirs) {
    for (const f of readdirSync(join(real, d)).sort()) {
      const r = parse(readFileSync(join(real, d, f)));
      if (r.status === 'failed') continue;
      for (const t of ['table2', 'table3', 'table4'] as const) {
        const format = r.tableFormats[t] ?? r.format ?? '2021';
        assert.deepEqual(reportGrid(t, cellValues(r), format), tableGrid(t, cellValues(r), format), `${f} ${t}`);
        n++;
      }
    }
  }
  assert.ok(n > 30);
});
