import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { series } from '../../scripts/series.js';
import { processFile } from '../ingest/task.js';
import { Store } from '../store/store.js';
import { postgresTarget, testPostgres, unreachable, type Target } from '../store/testing.js';
import { listFailed, queueStatus, retryFailed } from './dead-letters.js';
import { enqueue } from './enqueue.js';
import { openQueue } from './target.js';
import { runWorker, type WorkerEvent } from './worker.js';
import { redisSkip, testRedis } from './testing.js';

const bin = fileURLToPath(new URL('../../../bin/nianbao.js', import.meta.url));

// The queue backends to test: PostgreSQL always (BullMQ's PostgreSQL backend needs only `pg`),
// Redis where its driver (ioredis) is installed.
const queues = [
  { kind: 'postgres', url: process.env.NIANBAO_TEST_QUEUE_PG ?? testPostgres, skip: await unreachable(process.env.NIANBAO_TEST_QUEUE_PG ?? testPostgres, 'PostgreSQL', 5432) },
  { kind: 'redis', url: testRedis, skip: redisSkip },
];

/**
 * Run a test with a fresh queue name, store schema and folder, and close what it opened (workers,
 * stores, queues, in reverse order), obliterate the queue and drop the schema at its end, also when
 * it fails. One schema at a time: Kysely's migrator looks for its tables in every schema.
 */
async function withFresh(queueUrl: string, body: (t: { queueName: string; store: Target; dir: string; defer: (f: () => Promise<unknown>) => void }) => Promise<void>): Promise<void> {
  const queueName = `nbtest_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const store = postgresTarget();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-queue-'));
  const deferred: Array<() => Promise<unknown>> = [];
  try {
    await body({ queueName, store, dir, defer: (f) => deferred.push(f) });
  } finally {
    for (const f of deferred.reverse()) await f().catch(() => undefined);
    const queue = openQueue(queueUrl, queueName);
    try {
      // Let the queue write its own settings first, or they outlive the obliteration.
      await queue.waitUntilReady();
      await queue.obliterate({ force: true });
    } finally {
      await queue.close();
    }
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function until(what: string, ms: number, ready: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function reportCount(store: Store): Promise<number> {
  const r = await store.db.selectFrom('report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Start `nianbao worker`: resolves its name (`host:pid`) once started, and its first stored report. */
function spawnWorker(args: string[], defer: (f: () => Promise<unknown>) => void) {
  const child = spawn(process.execPath, [bin, 'worker', '--lang', 'zh', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const log: string[] = [];
  let onStart!: (name: string) => void;
  let onStored!: () => void;
  const started = new Promise<string>((r) => (onStart = r));
  const firstStored = new Promise<void>((r) => (onStored = r));
  let buffer = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      log.push(line);
      const m = /^工作进程 (\S+) 已启动/.exec(line);
      if (m) onStart(m[1]!);
      if (line.startsWith('已入库')) onStored();
    }
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  defer(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, started, firstStored, exited, log };
}

for (const q of queues) {
  test(`${q.kind} queue: a worker SIGKILLed mid-run loses no report and stores none twice`, { skip: q.skip, timeout: 40_000 }, () => withFresh(q.url, async ({ queueName, store: target, dir, defer }) => {
    const files: string[] = [];
    for (const r of series({ organs: 10 })) {
      files.push(join(dir, r.name));
      writeFileSync(files.at(-1)!, r.text);
    }
    assert.equal(files.length, 40);
    files.push(join(dir, 'notes.txt'));
    writeFileSync(files.at(-1)!, '会议纪要：本周安排三项工作。Meeting notes, no tables.\n');

    const queued = await enqueue(q.url, [dir], { queueName });
    assert.deepEqual(queued, { queued: 41, skipped: 0, unreadable: [] });

    // Two workers; the first is killed once it has stored a report, while it holds further jobs.
    const args = ['--queue', q.url, '--queue-name', queueName, '--db', target.url, '--concurrency', '2'];
    const a = spawnWorker(args, defer);
    const b = spawnWorker(args, defer);
    const nameA = await a.started;
    await b.started;
    await a.firstStored;
    a.child.kill('SIGKILL');
    await a.exited;

    const store = await Store.open(target.url);
    defer(() => store.close());
    const queue = openQueue(q.url, queueName);
    defer(() => queue.close());
    const atKill = await reportCount(store);
    assert.ok(atKill >= 1 && atKill < 41, `killed mid-run (${atKill} of 41 stored)`);
    // The jobs the dead worker held: still active under its name until their lock expires.
    const orphans = (await queue.getActive()).filter((j) => j.processedBy === nameA).map((j) => j.id!);
    assert.ok(orphans.length >= 1, 'the killed worker had a job in hand');

    await until('the queue to drain', 30_000, async () => {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return (await reportCount(store)) === 41 && Object.values(c).every((n) => n === 0);
    });

    const rows = await store.db.selectFrom('report').select(['id', 'sha256', 'status', 'file_name']).execute();
    assert.equal(rows.length, 41);
    assert.equal(new Set(rows.map((r) => r.sha256)).size, 41, 'every file stored once');
    assert.deepEqual(new Set(rows.map((r) => r.sha256)), new Set(files.map((f) => sha(readFileSync(f)))));
    for (const id of orphans) assert.equal(rows.filter((r) => r.sha256 === id).length, 1, `the orphaned job ${id} was stored once`);
    assert.deepEqual(rows.filter((r) => r.status === 'failed').map((r) => r.file_name), ['notes.txt']);

    // No report lacks its cells: as many cell rows as its payload has.
    const cells = await store.db.selectFrom('cell').select(['report_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('report_id').execute();
    const cellCount = new Map(cells.map((c) => [c.report_id, Number(c.n)]));
    for (const f of files) {
      const bytes = readFileSync(f);
      const row = rows.find((r) => r.sha256 === sha(bytes))!;
      if (row.status === 'failed') continue;
      const payload = await processFile({ bytes, name: row.file_name });
      assert.ok(payload.cellCount > 0);
      assert.equal(cellCount.get(row.id) ?? 0, payload.cellCount, `${row.file_name}: all its cells`);
    }
    assert.equal(await queue.getFailedCount(), 0, 'the dead-letter list is empty');
    assert.ok(b.log.some((l) => l.startsWith('已入库')), 'the surviving worker stored reports');
    b.child.kill('SIGTERM');
    assert.equal(await b.exited, 0, 'the surviving worker stops gracefully on SIGTERM');
  }));

  test(`${q.kind} queue: the same file queued twice is one job and one report`, { skip: q.skip, timeout: 20_000 }, () => withFresh(q.url, async ({ queueName, store: target, dir, defer }) => {
    const text = [...series({ organs: 1, from: 2023, to: 2023 })][0]!.text;
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'copy-of-a.txt'), text);

    assert.deepEqual(await enqueue(q.url, [dir], { queueName }), { queued: 1, skipped: 1, unreadable: [] });
    assert.deepEqual(await enqueue(q.url, [join(dir, 'a.txt')], { queueName }), { queued: 0, skipped: 1, unreadable: [] });
    assert.equal((await queueStatus(q.url, { queueName })).waiting, 1);

    const worker = await runWorker({ queueUrl: q.url, db: target.url, queueName, concurrency: 1 });
    defer(() => worker.close());
    await until('the report', 15_000, async () => (await queueStatus(q.url, { queueName })).completed === 1);
    const store = await Store.open(target.url);
    defer(() => store.close());
    assert.equal(await reportCount(store), 1);
    // With the store given, a stored file is not queued again.
    assert.deepEqual(await enqueue(q.url, [join(dir, 'copy-of-a.txt')], { queueName, db: target.url }), { queued: 0, skipped: 1, unreadable: [] });
  }));

  test(`${q.kind} queue: a job whose store is unreachable ends in the dead-letter list, and retry re-queues it`, { skip: q.skip, timeout: 30_000 }, () => withFresh(q.url, async ({ queueName, store: target, dir, defer }) => {
    const file = join(dir, 'report.txt');
    writeFileSync(file, [...series({ organs: 1, from: 2022, to: 2022 })][0]!.text);
    await enqueue(q.url, [file], { queueName, attempts: 3, backoffMs: 100 });

    const events: WorkerEvent[] = [];
    const bad = await runWorker({ queueUrl: q.url, db: 'postgres://127.0.0.1:1/nowhere', queueName, concurrency: 1, onEvent: (e) => events.push(e) });
    defer(() => bad.close());
    await until('the dead letter', 20_000, async () => (await queueStatus(q.url, { queueName })).failed === 1);
    await bad.close();
    assert.deepEqual(events.map((e) => e.kind), ['store-unavailable', 'retry', 'retry', 'dead-letter']);
    const failed = await listFailed(q.url, { queueName });
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.name, 'report.txt');
    assert.equal(failed[0]!.path, file);
    assert.equal(failed[0]!.attempts, 3);
    assert.equal(failed[0]!.id, sha(readFileSync(file)));
    assert.match(failed[0]!.error, /127\.0\.0\.1:1\/nowhere/, 'the store error');

    assert.equal(await retryFailed(q.url, { queueName }), 1);
    const status = await queueStatus(q.url, { queueName });
    assert.deepEqual([status.waiting, status.failed], [1, 0]);

    // Back on the queue with all its attempts: a worker with a working store stores it.
    const good = await runWorker({ queueUrl: q.url, db: target.url, queueName, concurrency: 1 });
    defer(() => good.close());
    await until('the report', 15_000, async () => (await queueStatus(q.url, { queueName })).completed === 1);
    const store = await Store.open(target.url);
    defer(() => store.close());
    assert.equal(await reportCount(store), 1);
    assert.equal((await queueStatus(q.url, { queueName })).failed, 0);
  }));
}
