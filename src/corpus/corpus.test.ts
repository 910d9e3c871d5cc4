/** The corpus API on a real SQLite store: plain data out, coded errors for what cannot be answered. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reportText, requestCells } from '../check/testing.js';
import { NianbaoError } from '../errors.js';
import { ingest } from '../ingest/ingest.js';
import { Store } from '../store/store.js';
import { compareOrgan, corpusStats, filterOf, listOrgans, listReports, showReport } from './index.js';

describe('corpus API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-api-'));
  let store: Store;

  before(async () => {
    const cells = requestCells;
    writeFileSync(join(dir, 'a2022.txt'), reportText({ organ: '晋江市内坑镇人民政府', year: 2022, cells: cells(4, 1) }));
    writeFileSync(join(dir, 'a2023.txt'), reportText({ organ: '晋江市内坑镇人民政府', year: 2023, cells: cells(10, 8) }));
    writeFileSync(join(dir, 'b2023.txt'), reportText({ organ: '晋江市安海镇人民政府', year: 2023, cells: cells(6, 6) }));
    store = await Store.open(join(dir, 'corpus.db'));
    await ingest(store, [dir], { jobs: 0 });
  });
  after(() => store.close());

  it('lists and shows reports by a filter written as text', async () => {
    const rows = await listReports(store, filterOf({ year: '2023' }));
    assert.deepEqual(rows.map((r) => r.fileName).sort(), ['a2023.txt', 'b2023.txt']);
    const detail = await showReport(store, rows[0]!.id);
    assert.equal(detail.report.year, 2023);
    assert.equal(detail.organ.name, rows[0]!.organ);
    await assert.rejects(showReport(store, 999), (e: unknown) => e instanceof NianbaoError && e.code === 'corpus.no-report');
    assert.throws(() => filterOf({ year: '20x3' }), (e: unknown) => e instanceof NianbaoError && e.code === 'usage.years');
    assert.equal((await listOrgans(store)).length, 2);
  });

  it('compares one organ across years: cells that differ and the change of each metric', async () => {
    const c = await compareOrgan(store, '内坑镇', [2021, 2022, 2023]);
    assert.deepEqual(c.years, [2022, 2023]);
    assert.deepEqual(c.missingYears, [2021]);
    const received = c.cells.find((x) => x.id === 'table3.newReceived.total')!;
    assert.deepEqual(received.values, [4, 10]);
    assert.equal(received.same, false);
    assert.equal(c.differ, c.cells.filter((x) => !x.same).length);
    const share = c.metrics.find((m) => m.id === 'grantedShare')!;
    assert.deepEqual(share.values, [0.25, 0.8]);
    assert.ok(Math.abs(share.change.absolute! - 0.55) < 1e-9);
    await assert.rejects(compareOrgan(store, '镇', [2023]), (e: unknown) => e instanceof NianbaoError && e.code === 'corpus.ambiguous-organ');
    await assert.rejects(compareOrgan(store, '没有的机关', [2023]), (e: unknown) => e instanceof NianbaoError && e.code === 'corpus.no-organ-report');
  });

  it('sums by group and ranks by a metric; an unknown metric is a usage error', async () => {
    const s = await corpusStats(store, filterOf({ year: '2023' }), { by: 'organ', rank: 'grantedShare' });
    assert.deepEqual(s.groups.map((g) => [g.name, g.rank, g.values['table3.newReceived.total']]), [
      ['晋江市安海镇人民政府', 1, 6], ['晋江市内坑镇人民政府', 2, 10],
    ]);
    const all = await corpusStats(store, {});
    assert.equal(all.groups.length, 1);
    assert.equal(all.groups[0]!.name, null);
    assert.equal(all.groups[0]!.values['table3.newReceived.total'], 20);
    await assert.rejects(corpusStats(store, {}, { rank: 'nonsense' }), (e: unknown) => e instanceof NianbaoError && e.code === 'usage.metric');
  });
});
