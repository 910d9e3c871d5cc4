import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { series } from '../../scripts/series.js';
import { Store } from '../store/store.js';
import { skipFor, targets } from '../store/testing.js';
import { ingest } from './ingest.js';
import { hostileFiles } from '../../scripts/make-hostile.js';

const bin = new URL('../../../bin/nianbao.js', import.meta.url).pathname;
const seeds = new URL('../../../fixtures/seeds/', import.meta.url).pathname;

function folder(organs: number, extra = true): { dir: string; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ingest-'));
  let files = 0;
  for (const r of series({ organs, from: 2021, to: 2024 })) {
    writeFileSync(join(dir, r.name), r.text);
    files++;
  }
  if (extra) {
    writeFileSync(join(dir, 'not-a-report.txt'), '关于召开会议的通知\n请准时参加。\n');
    files++;
    for (const f of readdirSync(seeds)) {
      copyFileSync(join(seeds, f), join(dir, f));
      files++;
    }
  }
  return { dir, files };
}

/** Rows per sha256 and cells per report: every file once, every report whole. */
async function census(store: Store) {
  const reports = await store.db.selectFrom('report').select(['id', 'sha256', 'status']).execute();
  const cells = await store.db.selectFrom('cell').select(['report_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('report_id').execute();
  const perReport = new Map(cells.map((c) => [c.report_id, Number(c.n)]));
  return { reports, distinct: new Set(reports.map((r) => r.sha256)).size, cellsOf: (id: number) => perReport.get(id) ?? 0 };
}

for (const make of targets) {
  const kind = make().dialect;

  test(`${kind}: ingest stores every file once, failed ones with their error; again, nothing new`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const { dir, files } = folder(6);
    const store = await Store.open(target.url);
    try {
      const first = await ingest(store, [dir], { jobs: 2 });
      assert.equal(first.stored, files);
      assert.equal(first.failed, 1, 'the note is stored as a failed report');
      assert.equal(first.skipped, 0);
      assert.ok(first.crossYear >= 18, 'each organ\'s 2022–2024 reports were checked against the year before');
      const again = await ingest(store, [dir, join(dir, '00000-2021.txt')], { jobs: 0 });
      assert.equal(again.stored, 0);
      assert.equal(again.skipped, files + 1);
      const { reports, distinct } = await census(store);
      assert.equal(reports.length, files);
      assert.equal(distinct, files);
      const cross = await store.db.selectFrom('diagnostic').select('rule_id').where('scope', '=', 'cross-year').execute();
      assert.deepEqual(cross, [], 'consistent series: no cross-year finding');
    } finally {
      await store.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`${kind}: every file given is stored: too large and damaged ones as failed, with why`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const { dir, files } = folder(2, false);
    writeFileSync(join(dir, 'big.txt'), '年报'.repeat(100_000));
    writeFileSync(join(dir, 'cut.zip'), hostileFiles({ small: true }).find((f) => f.name === 'zip-damaged.zip')!.bytes);
    const store = await Store.open(target.url);
    try {
      const r = await ingest(store, [dir], { jobs: 0, maxBytes: 200_000 });
      assert.equal(r.stored, files + 2);
      assert.equal(r.failed, 2);
      const failed = await store.db.selectFrom('report').select(['file_name', 'error']).where('status', '=', 'failed').orderBy('file_name').execute();
      assert.deepEqual(failed.map((f) => f.file_name), ['big.txt', 'cut.zip']);
      assert.match(failed[0]!.error ?? '', /too large/);
      assert.match(failed[1]!.error ?? '', /damaged/);
      const again = await ingest(store, [dir], { jobs: 0, maxBytes: 200_000 });
      assert.equal(again.stored, 0, 'stored once: a second run skips them');
    } finally {
      await store.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`${kind}: ingest killed with SIGKILL halfway, run again: every report stored exactly once and whole`, { skip: skipFor(kind), timeout: 120_000 }, async () => {
    const target = make();
    const { dir, files } = folder(kind === 'sqlite' ? 150 : 75, false);
    const run = () => spawn(process.execPath, [bin, 'ingest', dir, '--db', target.url, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const store = await Store.open(target.url);
    try {
      const child = run();
      let atKill = 0;
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        atKill = (await store.db.selectFrom('report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
        if (Number(atKill) >= files / 5) break;
        if (child.exitCode !== null) assert.fail('ingest finished before it could be killed');
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const mid = await census(store);
      assert.ok(mid.reports.length < files, `killed halfway (${mid.reports.length} of ${files} stored)`);
      for (const r of mid.reports) assert.equal(mid.cellsOf(r.id), mid.cellsOf(mid.reports[0]!.id), 'no half-written report');

      const again = run();
      const code = await new Promise((r) => again.once('exit', r));
      assert.equal(code, 0);
      const end = await census(store);
      assert.equal(end.reports.length, files);
      assert.equal(end.distinct, files);
      const whole = end.cellsOf(end.reports[0]!.id);
      assert.ok(whole > 100);
      for (const r of end.reports) assert.equal(end.cellsOf(r.id), whole);
      const unchecked = await store.db.selectFrom('report').select('id').where('cross_checked', '=', 0).execute();
      assert.deepEqual(unchecked, [], 'the cross-year rules ran for the reports of the killed run too');
    } finally {
      await store.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

for (const make of targets) {
  const kind = make().dialect;
  test(`${kind}: two ingest processes at once on overlapping folders into a fresh store, 5 times: every report once, every organ once`, { timeout: 300_000 }, async () => {
    const all = folder(8, false).dir;
    const names = readdirSync(all).sort();
    const half = (from: number, to: number) => {
      const d = mkdtempSync(join(tmpdir(), 'nianbao-overlap-'));
      for (const f of names.slice(from, to)) copyFileSync(join(all, f), join(d, f));
      return d;
    };
    // Two thirds each: the middle third is given to both.
    const a = half(0, Math.ceil((names.length * 2) / 3));
    const b = half(Math.floor(names.length / 3), names.length);
    try {
      for (let round = 0; round < 5; round++) {
        const target = make();
        try {
          const run = (dir: string) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, [bin, 'ingest', dir, '--db', target.url, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', (c: Buffer) => (stderr += c));
            child.once('exit', (code) => resolve({ code, stderr }));
          });
          const [ra, rb] = await Promise.all([run(a), run(b)]);
          assert.equal(ra.code, 0, ra.stderr);
          assert.equal(rb.code, 0, rb.stderr);
          const store = await Store.open(target.url);
          try {
            const { reports, distinct } = await census(store);
            assert.equal(reports.length, names.length, `round ${round}: every report stored`);
            assert.equal(distinct, names.length, `round ${round}: none twice`);
            const organs = await store.db.selectFrom('organ').select(['id', 'name']).execute();
            const printed = await store.db.selectFrom('report').select('organ_name').distinct().where('organ_name', 'is not', null).execute();
            assert.equal(organs.length, printed.length, `round ${round}: one organ per printed name (${organs.map((o) => o.name).join(', ')})`);
            assert.equal(new Set(organs.map((o) => o.name)).size, organs.length);
          } finally {
            await store.close();
          }
        } finally {
          await target.drop();
        }
      }
    } finally {
      for (const d of [all, a, b]) rmSync(d, { recursive: true, force: true });
    }
  });
}
