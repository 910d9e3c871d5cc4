/**
 * The upload page with the job queue (`nianbao serve --queue`), in headless Chromium: a folder
 * of the seeds dropped into a batch, answered 202, each row polled until a queue worker has
 * stored its file, then linked to its report; the batch holds them. Redis (127.0.0.1:6379) and
 * PostgreSQL (127.0.0.1:5432) as .ci/run starts them. Screenshot in test-artifacts/web/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runWorker, type WorkerHandle } from '../src/queue/worker.js';
import { postgresSkip, postgresTarget } from '../src/store/testing.js';
import { real, root } from './helpers.js';
import { startServer, type TestServer } from './server-helpers.js';
import { dropQueue, redisSkip, testRedis } from '../src/queue/testing.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const redisUrl = testRedis;
const skip = !existsSync(chromium) ? `no Chromium at ${chromium} (.ci/run installs Debian's chromium)`
  : !existsSync(join(root, 'dist/web/main.js')) ? 'the pages are not built (npm run build)'
    : postgresSkip || redisSkip;
const artifacts = join(root, 'test-artifacts/web');

describe('the upload page with the job queue, in Chromium', { skip, timeout: 120_000 }, () => {
  const target = postgresTarget();
  const queueName = `nbweb_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let s: TestServer;
  let worker: WorkerHandle | undefined;
  let browser: import('playwright-core').Browser;
  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    s = await startServer(target.url, { pages: true, queue: { url: redisUrl, name: queueName } });
    browser = await (await import('playwright-core')).chromium.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });
  after(async () => {
    await browser?.close();
    await worker?.close();
    await s?.close();
    await dropQueue(redisUrl, queueName);
    await target.drop();
  });

  it('shows each file queued, then its report as a worker stores it', async () => {
    const batch = await (await fetch(`${s.url}/api/batches`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '队列上传审核' }) })).json() as { id: number };
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 800 }, locale: 'zh-CN' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${s.url}/upload`);
    await page.selectOption('#batch', String(batch.id));
    await page.setInputFiles('#folder', join(real, 'seeds'));
    // No worker yet: the rows say the files wait on the queue.
    await page.waitForFunction(() => [...document.querySelectorAll('#uploads .job-state')].filter((e) => e.textContent?.includes('排队')).length === 5, undefined, { timeout: 30_000 })
      .catch(async (e) => { throw new Error(`${e.message}: ${await page.textContent('#uploads')}`); });
    await page.screenshot({ path: join(artifacts, 'upload-queued.png') });
    worker = await runWorker({ queueUrl: redisUrl, db: target.url, queueName, concurrency: 2 });
    await page.waitForFunction(() => document.querySelectorAll('#uploads tr.done').length === 5, undefined, { timeout: 60_000 });
    await page.screenshot({ path: join(artifacts, 'upload-queue-done.png') });
    const rows = await page.$$eval('#uploads tbody tr', (trs) => trs.map((tr) => ({
      name: tr.getAttribute('data-name'), href: tr.querySelector('td.result a')?.getAttribute('href') ?? null, organ: tr.children[3]?.textContent ?? '', state: tr.querySelector('.job-state')?.textContent ?? '',
    })));
    assert.deepEqual(rows.map((r) => r.name!.split('/').pop()).sort(), readdirSync(join(real, 'seeds')).sort());
    assert.ok(rows.every((r) => /^\/reports\/\d+$/.test(r.href ?? '') && r.organ && r.state === ''), JSON.stringify(rows));
    assert.equal(new Set(rows.map((r) => r.href)).size, 5);
    const members = await (await fetch(`${s.url}/api/batches/${batch.id}`)).json() as { reports: Array<{ id: number }> };
    assert.equal(members.reports.length, 5, 'the worker put each report in the batch');
    assert.deepEqual(errors, []);
  });
});
