/**
 * Load test of `nianbao serve` on loopback (`npm run bench:serve`), with autocannon: the server
 * runs as its own process on a fresh SQLite file; 50 real reports (the seeds, the development
 * corpus, and the seeds' PDF, Word and HTML forms) uploaded by 50 connections at once, then 200
 * connections reading reports as the report page does (`GET /api/reports/:id?model=false`:
 * cells, findings and the official grids). Checks that no request failed and that every file is stored once: as
 * many reports as files, each id once. Prints requests/s and p50/p99 latency (README figures).
 *
 * `--queue redis://…`: the server hands uploads to the job queue (`serve --queue`, answered 202
 * with job ids), one `nianbao worker` process stores them into a fresh PostgreSQL schema; the
 * jobs are polled until every one is stored, and the time until then is printed beside the figures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'fixtures');
const args = process.argv.slice(2);
const queueAt = args.indexOf('--queue');
const queueUrl = queueAt >= 0 ? args.splice(queueAt, 2)[1] : undefined;
const reads = Number(args[0] ?? 2000);
const queueName = `nbbench_${process.pid}`;

/** 50 real reports, each a different file. */
function reportFiles(): Array<{ name: string; bytes: Buffer }> {
  const from = (dir: string, n = Infinity) => readdirSync(path.join(fixtures, dir)).sort().slice(0, n).map((f) => ({ name: f, bytes: readFileSync(path.join(fixtures, dir, f)) }));
  const files = [...from('seeds'), ...from('corpus/raw'), ...from('forms/pdf'), ...from('forms/docx'), ...from('forms/html', 3)];
  if (files.length !== 50) throw new Error(`expected 50 report files, found ${files.length}`);
  return files;
}

function multipart(file: { name: string; bytes: Buffer }): { body: Buffer; type: string } {
  const boundary = `nianbao${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  return { body: Buffer.concat([head, file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** Start `nianbao …` as its own process; resolves once `ready` matches its stderr. */
async function start(argv: string[], ready: RegExp): Promise<{ match: RegExpExecArray; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/nianbao.js'), ...argv, '--lang', 'en'], { stdio: ['ignore', 'inherit', 'pipe'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stderr.on('data', (c) => {
      out += c;
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`${argv[0]} exited with ${code}: ${out}`)));
  });
  return { match, stop: async () => { child.kill('SIGTERM'); await exited; } };
}

async function startServer(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const s = await start(['serve', '--port', '0', '--db', db, ...(queueUrl ? ['--queue', queueUrl, '--queue-name', queueName] : [])], /serving at (http:\/\/\S+)/);
  return { url: s.match[1]!, stop: s.stop };
}

/** Request errors by kind (a reset, a timeout), to say what went wrong if anything did. */
const errorKinds: Record<string, number> = {};

function run(options: Record<string, unknown>): Promise<any> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (e: unknown, r: unknown) => (e ? reject(e) : resolve(r)));
    instance.on('reqError', (e: NodeJS.ErrnoException) => { errorKinds[e.code ?? e.message] = (errorKinds[e.code ?? e.message] ?? 0) + 1; });
  });
}

const figures = (what: string, r: any) => ({
  what, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, perSecond: Math.round(r.requests.average * 10) / 10,
  p50ms: r.latency.p50, p99ms: r.latency.p99, seconds: Math.round(r.duration * 10) / 10,
});

const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-bench-serve-'));
// With the queue: the server and a worker process share a fresh PostgreSQL schema.
const pg = queueUrl ? (await import('../src/store/testing.js')).postgresTarget() : null;
const db = pg ? pg.url : path.join(dir, 'corpus.db');
const server = await startServer(db);
const worker = queueUrl ? await start(['worker', '--queue', queueUrl, '--queue-name', queueName, '--db', db, '--concurrency', '2'], /started|已启动/) : null;
try {
  const files = reportFiles().map(multipart);
  let next = 0;
  const ids: number[] = [];
  const jobs: string[] = [];
  const t0 = Date.now();
  const uploads = await run({
    url: server.url, connections: 50, amount: 50, timeout: 120,
    requests: [{
      method: 'POST', path: '/api/reports',
      setupRequest: (req: any) => {
        const f = files[next++ % files.length]!;
        return { ...req, body: f.body, headers: { 'content-type': f.type } };
      },
      onResponse: (status: number, body: string) => {
        if (status === 201) for (const r of JSON.parse(body).reports) ids.push(r.id);
        if (status === 202) for (const j of JSON.parse(body).jobs) jobs.push(j.job);
      },
    }],
  });
  let storedAfter: number | null = null;
  if (queueUrl) {
    // Poll the jobs as the upload page does, until the worker has stored every file.
    for (;;) {
      const state = await (await fetch(`${server.url}/api/jobs?ids=${jobs.join(',')}`)).json() as { jobs: Array<{ state: string; id: number | null }> };
      const open = state.jobs.filter((j) => j.state !== 'completed' && j.state !== 'failed');
      if (!open.length) {
        ids.push(...state.jobs.map((j) => j.id!).filter((id) => id !== null));
        break;
      }
      if (Date.now() - t0 > 900_000) throw new Error(`${open.length} jobs not done after 15 minutes`);
      await new Promise((r) => setTimeout(r, 500));
    }
    storedAfter = Math.round((Date.now() - t0) / 100) / 10;
  }
  const list = await (await fetch(`${server.url}/api/reports?size=500`)).json() as { total: number; reports: Array<{ id: number }> };
  const distinct = new Set(ids);
  const stored = { files: files.length, answers: ids.length, distinctIds: distinct.size, inStore: list.total, ...(queueUrl ? { jobs: jobs.length, allStoredAfterSeconds: storedAfter } : {}) };
  let i = 0;
  const ordered = [...distinct];
  const readRun = await run({
    url: server.url, connections: 200, amount: reads, timeout: 60,
    requests: [{ method: 'GET', setupRequest: (req: any) => ({ ...req, path: `/api/reports/${ordered[i++ % ordered.length]}?model=false` }) }],
  });
  const result = { mode: queueUrl ? 'queue' : 'in-process', uploads: figures('50 concurrent uploads', uploads), reads: figures(`200 concurrent report reads`, readRun), stored, errorKinds, loadAverage: loadavg().map((x) => Math.round(x * 10) / 10) };
  console.log(JSON.stringify(result, null, 2));
  const ok = result.uploads.errors === 0 && result.uploads.non2xx === 0 && result.reads.errors === 0 && result.reads.non2xx === 0
    && stored.answers === 50 && stored.distinctIds === 50 && stored.inStore === 50;
  if (!ok) {
    console.error('FAILED: an error, or a report lost or doubled');
    process.exitCode = 1;
  }
} finally {
  await worker?.stop();
  await server.stop();
  if (queueUrl) {
    const { openQueue } = await import('../src/queue/target.js');
    const queue = openQueue(queueUrl, queueName);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  await pg?.drop();
  rmSync(dir, { recursive: true, force: true });
}
