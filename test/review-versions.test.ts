/**
 * Corrections as versions and versions compared, over HTTP on real SQLite and PostgreSQL: a
 * reviewer's correction is a new version (printed value kept, checks re-run, the batch moved
 * to it) that survives `reparse`; a town's corrected re-upload compared with the version
 * before (cells changed, findings fixed, new, still open); reports of the corpus put into a
 * batch by search.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { reparse } from '../src/corpus/index.js';
import { skipFor, targets } from '../src/store/testing.js';
import { formOf, request, startServer, townReport, type TestServer } from './server-helpers.js';

async function json(s: TestServer, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await request(s, method, path, body);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const upload = async (s: TestServer, name: string, bytes: Buffer) => {
  const r = await json(s, 'POST', '/api/reports', formOf([{ name, bytes }]));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.reports[0].id as number;
};

for (const make of targets) {
  const target = make();
  describe(`versions in review (${target.dialect})`, { skip: skipFor(target.dialect) }, () => {
    let s: TestServer;
    before(async () => { s = await startServer(target.url); });
    after(async () => {
      await s?.close();
      await target.drop();
    });

    it('compares a corrected re-upload with the version before', async () => {
      const first = await upload(s, '某镇-2024.txt', townReport('某某镇人民政府', false));
      const second = await upload(s, '某镇-2024-更正.txt', townReport('某某镇人民政府', true));
      assert.notEqual(first, second);
      const before_ = (await json(s, 'GET', `/api/reports/${first}`)).body;
      assert.ok(before_.row.errors > 0, 'the first file has an error');
      const c = await json(s, 'GET', `/api/reports/${second}/changes`);
      assert.equal(c.status, 200, JSON.stringify(c.body));
      assert.equal(c.body.from.id, first);
      assert.deepEqual(c.body.cells.map((x: any) => [x.cell, x.from, x.to]), [['table3.granted.naturalPerson', 2, 1]]);
      assert.match(c.body.cells[0].label, /予以公开/);
      assert.ok(c.body.fixed.length >= 1 && c.body.fixed.every((d: any) => d.ruleId !== 'versions-conflict'));
      assert.equal(c.body.new.length, 0);
      const explicit = await json(s, 'GET', `/api/reports/${second}/changes?from=${first}`);
      assert.deepEqual(explicit.body.cells, c.body.cells);
      const none = await json(s, 'GET', `/api/reports/${first}/changes`);
      assert.equal(none.status, 404);
      assert.equal(none.body.error.code, 'review.no-earlier');
      const other = await upload(s, '别的县.txt', townReport('别的县人民政府', true));
      const wrong = await json(s, 'GET', `/api/reports/${second}/changes?from=${other}`);
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.code, 'review.not-versions');
      const v = await json(s, 'GET', `/api/reports/${second}/versions`);
      assert.deepEqual(v.body.map((x: any) => x.id).sort(), [first, second].sort());
    });

    it('a correction is a new version: printed value kept, checks re-run, batch moved, survives reparse', async () => {
      const id = await upload(s, '某乡-2024.txt', townReport('某某乡人民政府', false));
      const b = await json(s, 'POST', '/api/batches', { name: '2024 年度 各乡镇年报审核', reports: [id] });
      const printed = (await json(s, 'GET', `/api/reports/${id}`)).body;
      const fix = await json(s, 'PUT', `/api/reports/${id}/cells`, { cell: 'table3.granted.naturalPerson', value: 1, why: '原件第 2 页为 1', by: '李四' });
      assert.equal(fix.status, 200, JSON.stringify(fix.body));
      const v2 = fix.body.reportId as number;
      assert.notEqual(v2, id);
      assert.equal(fix.body.correctedFrom, id);
      assert.equal(fix.body.printedRaw, '2');
      const after_ = (await json(s, 'GET', `/api/reports/${v2}`)).body;
      assert.equal(after_.cells['table3.granted.naturalPerson'].value, 1);
      assert.deepEqual(after_.review.corrections.map((c: any) => [c.cell, c.printedRaw, c.value, c.why, c.by]), [['table3.granted.naturalPerson', '2', 1, '原件第 2 页为 1', '李四']]);
      assert.ok(after_.row.errors < printed.row.errors, `checks re-run: ${after_.row.errors} < ${printed.row.errors}`);
      assert.ok(!after_.diagnostics.some((d: any) => d.ruleId === 'versions-conflict'), 'a correction is no conflict with its printed file');
      // The original stays, unchanged, as the version before.
      const still = (await json(s, 'GET', `/api/reports/${id}`)).body;
      assert.equal(still.cells['table3.granted.naturalPerson'].value, 2);
      const versions = (await json(s, 'GET', `/api/reports/${v2}/versions`)).body;
      assert.deepEqual(versions.map((x: any) => [x.id, x.corrected]).sort(), [[id, false], [v2, true]].sort());
      assert.equal(versions.find((x: any) => x.id === v2).preferred, true, 'the corrected version is counted');
      const batch = (await json(s, 'GET', `/api/batches/${b.body.id}`)).body;
      assert.deepEqual(batch.reports.map((r: any) => r.id), [v2]);
      const changes = (await json(s, 'GET', `/api/reports/${v2}/changes`)).body;
      assert.deepEqual(changes.cells.map((x: any) => [x.cell, x.from, x.to]), [['table3.granted.naturalPerson', 2, 1]]);
      assert.equal(changes.corrections.length, 1);
      // A second correction on the corrected version: a third version with both.
      const fix2 = await json(s, 'PUT', `/api/reports/${v2}/cells`, { cell: 'table2.regulations.issued', value: 0, why: '核对' });
      assert.equal(fix2.status, 200, JSON.stringify(fix2.body));
      const v3 = (await json(s, 'GET', `/api/reports/${fix2.body.reportId}`)).body;
      assert.deepEqual(v3.review.corrections.map((c: any) => c.cell).sort(), ['table2.regulations.issued', 'table3.granted.naturalPerson']);
      // reparse reads the printed file again and applies the corrections again.
      const r = await reparse(s.store, { all: true });
      assert.equal(r.missing.length, 0);
      const re = (await json(s, 'GET', `/api/reports/${v2}`)).body;
      assert.equal(re.cells['table3.granted.naturalPerson'].value, 1);
      assert.equal(re.row.errors, after_.row.errors);
      assert.equal((await json(s, 'GET', `/api/reports/${id}`)).body.cells['table3.granted.naturalPerson'].value, 2);
      // Its source is the printed file's.
      const src = await fetch(`${s.url}/api/reports/${v2}/source`);
      assert.equal(src.status, 200);
      assert.match(await src.text(), /某某乡人民政府/);
    });

    it('a correction stays the version counted (stats count it); a confirmation carries to the organ\'s re-upload', async () => {
      const id = await upload(s, '某村-2024.txt', townReport('某某村委员会', false));
      const printed = (await json(s, 'GET', `/api/reports/${id}`)).body;
      const error = printed.diagnostics.find((d: any) => d.severity === 'error');
      assert.ok(error, 'the printed file has an error');
      assert.ok(error.name?.zh && error.name.zh !== error.ruleId, 'each finding has a name');
      const key = `${error.ruleId}|${error.path ?? ''}|${error.messageId}`;
      assert.equal((await json(s, 'PUT', `/api/reports/${id}/findings`, { key, decision: 'confirmed', comment: '请改正', by: '王五' })).status, 204);
      const fix = await json(s, 'PUT', `/api/reports/${id}/cells`, { cell: 'table3.granted.naturalPerson', value: 1, why: '原件为 1' });
      assert.equal(fix.status, 200, JSON.stringify(fix.body));
      const v2 = fix.body.reportId as number;
      // The same report sent again as another file (same numbers, read as well or better, stored later).
      const again = await upload(s, '某村-2024-再传.txt', Buffer.concat([townReport('某某村委员会', false), Buffer.from('\n附：联系电话 12345\n')]));
      assert.ok(again > v2);
      const versions = (await json(s, 'GET', `/api/reports/${again}/versions`)).body;
      assert.deepEqual(versions.filter((x: any) => x.preferred).map((x: any) => x.id), [v2], 'the correction stays counted');
      const stats = (await json(s, 'GET', `/api/stats?organ=${encodeURIComponent('某某村委员会')}&year=2024`)).body;
      assert.equal(stats.groups.length, 1);
      assert.equal(stats.groups[0].values['table3.granted.naturalPerson'], 1, 'aggregates count the corrected value');
      // The confirmation of the printed file's finding carried to the re-upload, where the finding comes again.
      const review = (await json(s, 'GET', `/api/reports/${again}`)).body.review;
      const carried = review.decisions.find((d: any) => d.key === key);
      assert.deepEqual([carried?.decision, carried?.comment, carried?.carriedFrom], ['confirmed', '请改正', id]);
    });

    it('puts reports of the corpus into a batch, found by organ and year', async () => {
      const found = (await json(s, 'GET', `/api/reports?organ=${encodeURIComponent('某某镇')}&year=2024&versions=preferred`)).body;
      assert.equal(found.total, 1, 'each report once: the version counted');
      const b = await json(s, 'POST', '/api/batches', { name: '抽查' });
      const add = await json(s, 'POST', `/api/batches/${b.body.id}/reports`, { reports: [found.reports[0].id] });
      assert.equal(add.status, 204);
      assert.deepEqual((await json(s, 'GET', `/api/batches/${b.body.id}`)).body.reports.map((r: any) => r.id), [found.reports[0].id]);
    });
  });
}
