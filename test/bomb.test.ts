/**
 * A real decompression bomb (a one-page PDF whose content stream inflates to 1 GiB, made by
 * scripts/make-hostile.ts in a temporary folder, never committed) through the real CLI: refused
 * as that file's failure before anything inflates it, in `parse`, `check DIR` (the other file
 * still reported) and `ingest` (stored as failed), the memory of the CLI and every process under
 * it sampled the while and under 1 GiB. Then the memory kill itself: a bomb small enough to
 * pass the stream limit (120 MiB) read within 256 MiB is stopped by the watch.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { streamBomb } from '../scripts/make-hostile.js';
import { readAsync } from '../src/read/async.js';
import { processesUnder } from '../src/read/isolate.js';
import { Store } from '../src/store/store.js';
import { root } from './helpers.js';

const bin = join(root, 'bin/nianbao.js');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bomb-'));
const bomb = join(dir, 'bomb.pdf');
writeFileSync(bomb, streamBomb(1 << 30));
const good = join(dir, 'good.pdf');
copyFileSync(join(root, 'fixtures/forms/pdf/000_f42b2add2afd0cc6.pdf'), good);
after(() => rmSync(dir, { recursive: true, force: true }));
const gib = 1 << 30;
const proc = existsSync('/proc/self/stat');

/** Run the CLI; the resident memory of it and every process under it, sampled every 20 ms. */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string; peak: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    let out = '';
    let err = '';
    let peak = 0;
    const own = () => {
      try {
        return Number(readFileSync(`/proc/${child.pid}/statm`, 'ascii').split(' ')[1]) * 4096;
      } catch {
        return 0;
      }
    };
    const sample = proc ? setInterval(() => {
      peak = Math.max(peak, own() + (processesUnder(child.pid!)?.resident ?? 0));
    }, 20) : undefined;
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.once('exit', (code) => {
      clearInterval(sample);
      resolve({ code, out, err, peak });
    });
  });
}

const within = (peak: number) => {
  if (proc) assert.ok(peak < gib, `peak ${Math.round(peak / 1048576)} MiB`);
};

describe('a 1 GiB decompression bomb', { timeout: 600_000 }, () => {
  it('parse: that file\'s failure, said plainly, before anything inflates it', async () => {
    const r = await cli(['parse', bomb]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /数据流解压后超过 128 MB/);
    assert.doesNotMatch(r.err, /^\s+at /m);
    within(r.peak);
  });

  it('check DIR: the bomb is reported as not read, the other file as checked', async () => {
    const r = await cli(['check', '--format', 'json', dir]);
    assert.ok(r.code === 1 || r.code === 2, r.err);
    const results = JSON.parse(r.out) as Array<{ file: string; failed?: { zh: string }; diagnostics: Array<{ ruleId: string }> }>;
    const of = (name: string) => results.find((x) => x.file.endsWith(name))!;
    assert.match(of('bomb.pdf').failed!.zh, /数据流解压后超过 128 MB/);
    assert.equal(of('good.pdf').failed, undefined);
    assert.ok(of('good.pdf').diagnostics.length > 0);
    within(r.peak);
  });

  it('ingest: the bomb stored as failed with its reason, the other stored as read', async () => {
    const db = join(dir, 'store.db');
    const r = await cli(['ingest', dir, '--db', db, '--jobs', '0']);
    assert.ok(r.code !== null && r.code <= 2, r.err);
    within(r.peak);
    const store = await Store.open(db);
    try {
      const rows = await store.db.selectFrom('report').select(['file_name', 'status']).execute();
      assert.equal(rows.find((x) => x.file_name === 'bomb.pdf')?.status, 'failed');
      assert.equal(rows.find((x) => x.file_name === 'good.pdf')?.status, 'ok');
    } finally {
      await store.close();
    }
  });

  it('the memory watch: a bomb under the stream limit, read within 256 MiB, is stopped as that file\'s failure', { skip: !proc && 'no /proc to watch memory in' }, async () => {
    const small = streamBomb(120 << 20);
    const r = await readAsync(small, { maxMemory: 256 << 20 });
    assert.equal(r.failure?.code, 'too-large');
    assert.match(r.failure!.message.zh, /内存超过上限/);
    // The same limit reads a real report.
    assert.equal((await readAsync(readFileSync(good), { maxMemory: 256 << 20 })).failure, null);
  });
});
