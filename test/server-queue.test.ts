/**
 * `nianbao serve --queue`: uploads handed to the job queue and stored by `nianbao worker`
 * (runWorker, the same code), on Redis (127.0.0.1:6379) and one PostgreSQL store shared by two
 * server instances. POST /api/reports answers 202 with job ids; GET /api/jobs gives their state
 * and, once stored, the reports; an instance that did not take the upload answers the same
 * (the process holds nothing the queue and the database do not). Every JSON answer is checked
 * against the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runWorker, type WorkerHandle } from '../src/queue/worker.js';
import { postgresSkip, postgresTarget } from '../src/store/testing.js';
import { formOf, request, seedFiles, startServer, townReport, type TestServer } from './server-helpers.js';
import { dropQueue, redisSkip, testRedis } from '../src/queue/testing.js';

const redisUrl = testRedis;
const skip = postgresSkip || redisSkip;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let ajv: Ajv2020 | undefined;
async function call(s: TestServer, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await request(s, method, path, body);
  if (res.status === 204) return { status: 204, body: undefined };
  const json = await res.json();
  // The answer as the OpenAPI document describes it.
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(await (await fetch(`${s.url}/api/openapi.json`)).json(), 'openapi');
  }
  const route = path.split('?')[0]!.replace(/\/[0-9a-f]{64}$/, '/{id}').replace(/\/\d+(?=\/|$)/g, '/{id}');
  const ref = `openapi#/paths/${route.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/responses/${res.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(ref);
  assert.ok(validate, `no schema for ${method} ${route} ${res.status}`);
  assert.ok(validate(json), `${method} ${path} ${res.status}: ${ajv.errorsText(validate.errors)}`);
  return { status: res.status, body: json };
}

async function until<T>(what: string, ms: number, get: () => Promise<T | null>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('serve --queue: uploads parsed by the queue workers', { skip, timeout: 90_000 }, () => {
  const target = postgresTarget();
  const queueName = `nbserve_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let a: TestServer;
  let b: TestServer;
  let plain: TestServer;
  let worker: WorkerHandle;
  before(async () => {
    a = await startServer(target.url, { queue: { url: redisUrl, name: queueName } });
    b = await startServer(target.url, { queue: { url: redisUrl, name: queueName } });
    plain = await startServer(target.url);
  });
  after(async () => {
    await worker?.close();
    await a?.close();
    await b?.close();
    await plain?.close();
    await dropQueue(redisUrl, queueName);
    await target.drop();
  });

  it('answers 202 with job ids; the workers store each file once; another instance reports the same', async () => {
    const batch = (await call(a, 'POST', '/api/batches', { name: '2025 年度 各乡镇年报审核' })).body;
    const files = [...seedFiles(), { name: 'seeds/notes.txt', bytes: Buffer.from('会议纪要：本周安排三项工作。\n') }];
    const up = await call(a, 'POST', '/api/reports', formOf(files, { batch: String(batch.id) }));
    assert.equal(up.status, 202, JSON.stringify(up.body));
    assert.deepEqual([up.body.queued, up.body.skipped, up.body.failed], [files.length, 0, 0]);
    assert.deepEqual(up.body.jobs.map((j: any) => j.job), files.map((f) => sha(f.bytes)), 'each job id is its file\'s SHA-256');
    assert.ok(up.body.jobs.every((j: any) => j.state === 'waiting' && j.id === null && j.name.startsWith('seeds/')));
    // Nothing is parsed without a worker.
    const ids = up.body.jobs.map((j: any) => j.job).join(',');
    const waiting = await call(b, 'GET', `/api/jobs?ids=${ids}`);
    assert.ok(waiting.body.jobs.every((j: any) => j.state === 'waiting'), JSON.stringify(waiting.body.jobs.map((j: any) => j.state)));
    worker = await runWorker({ queueUrl: redisUrl, db: target.url, queueName, concurrency: 2 });
    // Polled on the other instance: it knows the jobs from the queue and the reports from the store.
    const done = await until('the jobs', 60_000, async () => {
      const r = await call(b, 'GET', `/api/jobs?ids=${ids}`);
      return r.body.jobs.every((j: any) => j.state === 'completed' || j.state === 'failed') ? r.body.jobs : null;
    });
    assert.ok(done.every((j: any) => j.state === 'completed' && j.progress === 100 && Number.isInteger(j.id) && j.stored === true), JSON.stringify(done));
    assert.equal(new Set(done.map((j: any) => j.id)).size, files.length, 'one report per file');
    assert.deepEqual(done.map((j: any) => j.status), [...seedFiles().map(() => 'ok'), 'failed']);
    assert.ok(done.slice(0, 5).every((j: any) => j.organ && j.year), 'organ and year of each report');
    const one = await call(a, 'GET', `/api/jobs/${done[0].job}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, done[0].id);
    // In the batch, as the upload asked (the worker put them there).
    const members = (await call(b, 'GET', `/api/batches/${batch.id}`)).body;
    assert.deepEqual(members.reports.map((r: any) => r.id).sort((x: number, y: number) => x - y), done.map((j: any) => j.id).sort((x: number, y: number) => x - y));
    // Listed once each, on a server without the queue too.
    const list = await call(plain, 'GET', '/api/reports?size=100');
    assert.equal(list.body.total, files.length);

    // The same files again: nothing queued, answered at once with the stored reports.
    const again = await call(b, 'POST', '/api/reports', formOf(files));
    assert.equal(again.status, 202);
    assert.deepEqual([again.body.queued, again.body.skipped], [0, files.length]);
    assert.deepEqual(again.body.jobs.map((j: any) => [j.state, j.id, j.stored]), done.map((j: any) => ['completed', j.id, false]));
    assert.equal((await call(plain, 'GET', '/api/reports?size=100')).body.total, files.length, 'no report doubled');
  });

  it('carries a dismissal to the organ\'s report stored by a worker', async () => {
    const first = await call(a, 'POST', '/api/reports', formOf([{ name: '某镇-2024.txt', bytes: townReport('某某镇人民政府', false) }]));
    const job = first.body.jobs[0].job;
    const stored = await until('the first report', 30_000, async () => {
      const r = await call(a, 'GET', `/api/jobs/${job}`);
      return r.body.state === 'completed' ? r.body : null;
    });
    const detail = (await call(a, 'GET', `/api/reports/${stored.id}`)).body;
    const finding = detail.diagnostics.find((d: any) => d.severity === 'error');
    assert.ok(finding, 'the town report has an error');
    const key = `${finding.ruleId}|${finding.path ?? ''}|${finding.messageId}`;
    assert.equal((await call(a, 'PUT', `/api/reports/${stored.id}/findings`, { key, decision: 'dismissed', comment: '已核实无误' })).status, 204);
    // The same report again as another file (a re-upload with a line more): the worker carries the dismissal.
    const again = Buffer.concat([townReport('某某镇人民政府', false), Buffer.from('\n（重新上传）\n')]);
    const second = await call(b, 'POST', '/api/reports', formOf([{ name: '某镇-2024-再传.txt', bytes: again }]));
    const stored2 = await until('the re-upload', 30_000, async () => {
      const r = await call(b, 'GET', `/api/jobs/${second.body.jobs[0].job}`);
      return r.body.state === 'completed' ? r.body : null;
    });
    assert.notEqual(stored2.id, stored.id);
    const review = (await call(b, 'GET', `/api/reports/${stored2.id}`)).body.review;
    const carried = review.decisions.find((d: any) => d.key === key);
    assert.ok(carried, JSON.stringify(review));
    assert.equal(carried.decision, 'dismissed');
    assert.equal(carried.carriedFrom, stored.id);
  });

  it('404 for a job it does not know, 404 without a queue, 400 for a bad id', async () => {
    const unknown = 'f'.repeat(64);
    const r = await call(a, 'GET', `/api/jobs/${unknown}`);
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'queue.no-job');
    const list = await call(a, 'GET', `/api/jobs?ids=${unknown}`);
    assert.equal(list.body.jobs[0].state, 'unknown');
    const none = await call(plain, 'GET', `/api/jobs?ids=${unknown}`);
    assert.equal(none.status, 404);
    assert.equal(none.body.error.code, 'queue.none');
    const bad = await call(a, 'GET', '/api/jobs?ids=../../etc/passwd');
    assert.equal(bad.status, 400);
  });
});
