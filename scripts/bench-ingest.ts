/**
 * Ingest benchmark (`npm run bench:ingest [-- COUNT]`): COUNT (default 10,000) generated
 * reports of COUNT/4 organs over 2021–2024 (scripts/series.ts) ingested into a fresh SQLite
 * file, into a fresh PostgreSQL schema, and through the job queue (BullMQ on Redis) with two
 * worker processes into PostgreSQL; then the corpus aggregated by region. Each run is a
 * separate process: reports per second and its peak memory (max RSS, worker threads included).
 *
 * Needs PostgreSQL (NIANBAO_TEST_PG, default postgres://<login>@127.0.0.1:5432/test) and Redis
 * (NIANBAO_TEST_REDIS, default redis://127.0.0.1:6379) for the last two; skipped when absent.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.js';
import { Store } from '../src/store/store.js';
import { postgresTarget, sqliteTarget, type Target } from '../src/store/testing.js';
import { series } from './series.js';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');
const bin = path.join(root, 'bin/nianbao.js');

interface Figures {
  what: string;
  reports: number;
  seconds: number;
  perSecond: number;
  maxRssMb: number;
  note?: string;
}

/** Write the corpus once; reused while its count matches. */
function corpus(count: number): string {
  const dir = path.join(os.tmpdir(), `nianbao-ingest-bench-${count}`);
  if (fs.existsSync(path.join(dir, '.done'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const r of series({ organs: Math.ceil(count / 4), from: 2021, to: 2024 })) fs.writeFileSync(path.join(dir, r.name), r.text);
  fs.writeFileSync(path.join(dir, '.done'), '');
  return dir;
}

/** Child: ingest DIR into DB in this process; print figures as JSON. */
async function child(dir: string, db: string): Promise<void> {
  const store = await Store.open(db);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await ingest(store, [dir]);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // Regions as a user's CSV would place them: organ i's county code (16 counties, 4 cities).
  await store.db.updateTable('organ').set((eb) => ({ region_code: eb.fn('substr', [eb.cast(eb.ref('id'), 'text'), eb.val(1), eb.val(1)]) })).execute();
  const t1 = performance.now();
  const groups = await store.sums({ years: [2023] }, 'region', 1);
  const all = await store.sums({}, 'region', 1);
  const aggMs = performance.now() - t1;
  await store.close();
  console.log(JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, phases: r.seconds, stored: r.stored, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, aggMs, groups: groups.length + all.length, crossYear: r.crossYear }));
}

/** Peak RSS of a live process, from /proc (Linux), in MB. */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The corpus through the queue: enqueued on Redis, two `nianbao worker` processes into PostgreSQL. */
async function queueRun(dir: string, count: number): Promise<Figures> {
  const what = '队列 queue (Redis → 2 workers → PostgreSQL)';
  const redis = process.env.NIANBAO_TEST_REDIS ?? 'redis://127.0.0.1:6379';
  const name = `bench${process.pid}`;
  const t = postgresTarget();
  const { enqueue, openQueue } = await import('../src/queue/index.js');
  const workers: ReturnType<typeof spawn>[] = [];
  try {
    const store = await Store.open(t.url);
    const t0 = performance.now();
    const q = await enqueue(redis, [dir], { queueName: name });
    const enqueued = (performance.now() - t0) / 1000;
    for (let i = 0; i < 2; i++) {
      workers.push(spawn(process.execPath, [bin, 'worker', '--queue', redis, '--db', t.url, '--queue-name', name], { stdio: 'ignore' }));
    }
    let stored = 0;
    const peaks = [0, 0];
    while (stored < q.queued) {
      await new Promise((r) => setTimeout(r, 250));
      stored = Number((await store.db.selectFrom('report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      workers.forEach((w, i) => (peaks[i] = Math.max(peaks[i]!, peakRss(w.pid!))));
      if (workers.every((w) => w.exitCode !== null)) throw new Error('the workers stopped');
    }
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    return { what, reports: stored, seconds, perSecond: stored / seconds, maxRssMb: Math.max(...peaks), note: `入队 enqueue ${enqueued.toFixed(1)} s; 每个工作进程 per worker process` };
  } catch (e) {
    return { what, reports: 0, seconds: 0, perSecond: 0, maxRssMb: 0, note: `跳过 skipped: ${(e as Error).message}` };
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    const queue = openQueue(redis, name);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await t.drop();
  }
  void count;
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function main(): Promise<void> {
  const count = Number(/^\d+$/.test(process.argv[2] ?? '') ? process.argv[2] : 10_000);
  const dir = corpus(count);
  console.log(`nianbao 入库基准 ingest benchmark — ${count} 份生成报告 generated reports, Node ${process.version}, ${os.availableParallelism()} 核 cores`);
  const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const results: Figures[] = [];
  if (only && !['sqlite', 'postgresql', 'queue'].includes(only)) throw new Error('--only sqlite|postgresql|queue');
    const targets: Array<[string, () => Target]> = [['SQLite', sqliteTarget], ['PostgreSQL', postgresTarget]];
  for (const [what, make] of targets.filter(([w]) => !only || w.toLowerCase() === only)) {
    const t = make();
    try {
      const j = JSON.parse((await run([here, '--child', dir, t.url])).trim().split('\n').pop()!);
      results.push({ what, reports: j.stored, seconds: j.seconds, perSecond: j.stored / j.seconds, maxRssMb: j.maxRssMb, note: `CPU ${j.cpu.toFixed(1)} s; 存 store ${j.phases.store.toFixed(1)} s + 机关 organs ${j.phases.organs.toFixed(1)} s + 跨年 cross-year ${j.phases.crossYear.toFixed(1)} s; 按区划汇总 aggregate by region: ${j.aggMs.toFixed(0)} ms` });
    } catch (e) {
      results.push({ what, reports: 0, seconds: 0, perSecond: 0, maxRssMb: 0, note: `跳过 skipped: ${(e as Error).message}` });
    } finally {
      await t.drop();
    }
  }
  if (!only || only === 'queue') results.push(await queueRun(dir, count));
  for (const r of results) {
    console.log(`${r.what.padEnd(12)} ${String(r.reports).padStart(6)} 份 reports  ${r.seconds.toFixed(1).padStart(6)} s  ${r.perSecond.toFixed(0).padStart(5)} 份/秒 reports/s  峰值内存 peak RSS ${r.maxRssMb.toFixed(0)} MB  ${r.note ?? ''}`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
