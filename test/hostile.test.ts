/**
 * The crafted hostile files of scripts/make-hostile.ts through the real CLI (child processes):
 * each ends as that file's failure (or is read), with exit 0, 1 or 2, no stack trace, within
 * the stated limits (60 s for the file's reading outside OCR, 1 GiB), and the batch goes on.
 * `NIANBAO_FUZZ_FULL=1` (npm run fuzz) makes the 1 GB decompression bomb instead of 256 MB.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { hostileFiles, writeHostile } from '../scripts/make-hostile.js';
import { Store } from '../src/store/store.js';
import { root } from './helpers.js';

const bin = join(root, 'bin/nianbao.js');
const full = process.env.NIANBAO_FUZZ_FULL === '1';
const dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
const paths = writeHostile(dir, { small: !full });
const good = join(dir, 'good.pdf');
copyFileSync(join(root, 'fixtures/forms/pdf/000_f42b2add2afd0cc6.pdf'), good);
after(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI (its JS heap capped at 1 GiB, the readers in their own processes within their limits). */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=1024`, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

const noStack = (err: string) => assert.doesNotMatch(err, /^\s+at .+[:(]\d+:\d+\)?$|UnhandledPromiseRejection|FATAL ERROR/m, err.slice(0, 2000));

describe('crafted hostile files', { timeout: 900_000 }, () => {
  it('parse: each file alone ends with 0, 1 or 2 and no stack trace', async () => {
    for (const p of paths) {
      const r = await cli(['parse', p]);
      assert.ok(r.code !== null && r.code <= 2, `${p}: exit ${r.code}`);
      noStack(r.err);
    }
  });

  it('check DIR: every other file is still reported', async () => {
    const r = await cli(['check', '--format', 'json', dir]);
    assert.ok(r.code !== null && r.code <= 2, `exit ${r.code}: ${r.err.slice(0, 500)}`);
    noStack(r.err);
    const results = JSON.parse(r.out) as Array<{ file: string }>;
    const seen = results.map((x) => x.file).join('\n');
    assert.match(seen, /good\.pdf/);
    for (const f of hostileFiles({ small: true })) {
      if (f.name.startsWith('name')) continue; // its name is escaped in the output
      assert.ok(seen.includes(f.name), `${f.name} is reported`);
    }
  });

  it('ingest: every file stored (the hostile ones as failed), the good one read and cross-checked', async () => {
    const db = join(dir, 'store.db');
    const r = await cli(['ingest', dir, '--db', db, '--jobs', '2']);
    assert.ok(r.code !== null && r.code <= 2, `exit ${r.code}: ${r.err.slice(0, 500)}`);
    noStack(r.err);
    const store = await Store.open(db);
    try {
      const rows = await store.db.selectFrom('report').select(['file_name', 'status', 'cross_checked']).execute();
      const names = new Set(rows.map((x) => x.file_name));
      for (const f of ['good.pdf', 'flipped.pdf', 'stream-bomb.pdf', 'huge-box.pdf', 'page-loop.pdf', 'one-line.txt', 'huge-header.png', 'deep.html', 'laughs.docx', 'zip-damaged.zip', 'evil.txt']) {
        assert.ok(names.has(f), `${f} stored (${[...names].join(', ')})`);
      }
      const goodRow = rows.find((x) => x.file_name === 'good.pdf')!;
      assert.equal(goodRow.status, 'ok');
      assert.equal(goodRow.cross_checked, 1);
      for (const f of ['huge-box.pdf', 'page-loop.pdf', 'huge-header.png']) assert.equal(rows.find((x) => x.file_name === f)!.status, 'failed', f);
    } finally {
      await store.close();
    }
  });
});
