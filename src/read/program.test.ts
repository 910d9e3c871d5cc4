/**
 * read/program.ts with real programs: node (this one, by its path), sh, cat, sleep. Every
 * outcome: exit 0 (stdout as a string and as bytes), a non-zero exit with the end of standard
 * error, a program not installed, a time-out (and the process group killed with it), an output
 * over the cap, bytes through standard input, environment overrides.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeFailure, ProgramError, runProgram, stderrTailBytes } from './program.js';

const node = process.execPath;
const posix = process.platform !== 'win32';
const noSh = posix ? false : 'sh, cat and process groups are POSIX';

/** Whether a process is still running (a zombie nobody has reaped yet is not: it was killed). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    if (existsSync('/proc/self/stat')) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to 3 s for a killed process to be gone (a loaded machine may take a moment). */
async function gone(pid: number): Promise<boolean> {
  for (let t = 0; t < 60 && alive(pid); t++) await new Promise((res) => setTimeout(res, 50));
  return !alive(pid);
}

describe('runProgram', () => {
  it('exit 0: standard output as a UTF-8 string (the default), or as bytes', async () => {
    const r = await runProgram(node, ['-e', 'process.stdout.write("表二 ok\\n")']);
    assert.deepEqual(r, { kind: 'ok', stdout: '表二 ok\n', stderr: '' });
    const b = await runProgram(node, ['-e', 'process.stdout.write(Buffer.from([0, 255, 1]))'], { stdout: 'buffer' });
    assert.equal(b.kind, 'ok');
    assert.ok(b.kind === 'ok' && Buffer.isBuffer(b.stdout));
    assert.deepEqual(b.kind === 'ok' && [...b.stdout], [0, 255, 1]);
  });

  it('standard output not read: stdout is null', async () => {
    const r = await runProgram(node, ['-e', 'console.log("unread")'], { stdout: 'ignore' });
    assert.deepEqual(r, { kind: 'ok', stdout: null, stderr: '' });
  });

  it('a non-zero exit: failed, with its code, its output and the end of its standard error', { skip: noSh }, async () => {
    const r = await runProgram('sh', ['-c', 'echo partial; echo "Syntax Error: no xref" >&2; exit 3']);
    assert.deepEqual(r, { kind: 'failed', code: 3, signal: null, stdout: 'partial\n', stderr: 'Syntax Error: no xref\n' });
    assert.equal(new ProgramError('sh', r.kind === 'failed' ? r : { kind: 'missing' }).message, 'sh exited with 3\nSyntax Error: no xref');
  });

  it('standard error keeps its end: the last 64 KiB of 300 KB, the last line there', async () => {
    const r = await runProgram(node, ['-e', 'for (let i = 0; i < 3000; i++) process.stderr.write("x".repeat(99) + "\\n"); process.stderr.write("last words\\n")']);
    assert.equal(r.kind, 'ok');
    const stderr = r.kind === 'ok' ? r.stderr : '';
    assert.ok(stderr.length <= stderrTailBytes && stderr.length > stderrTailBytes - 200, `${stderr.length}`);
    assert.ok(stderr.endsWith('x\nlast words\n'));
  });

  it('a program not installed: missing (ENOENT), whether named on PATH or by a path', async () => {
    assert.deepEqual(await runProgram('nianbao-no-such-program', []), { kind: 'missing' });
    assert.deepEqual(await runProgram('/nonexistent/pdftotext', ['-'], { input: new Uint8Array(1000), timeoutMs: 5000 }), { kind: 'missing' });
    assert.equal(describeFailure('tesseract', { kind: 'missing' }), 'tesseract is not installed (not found on PATH)');
  });

  it('a program that cannot be started otherwise (not executable): error, with the reason', { skip: noSh }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-program-test-'));
    const file = join(dir, 'not-executable');
    writeFileSync(file, '#!/bin/sh\necho hi\n', { mode: 0o644 });
    const r = await runProgram(file, []);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.kind, 'error');
    assert.match(r.kind === 'error' ? r.message : '', /EACCES/);
  });

  it('killed with SIGKILL at the time limit: timeout, well before the program would have ended', { skip: noSh }, async () => {
    const t0 = Date.now();
    const r = await runProgram('sh', ['-c', 'sleep 5'], { timeoutMs: 200 });
    const ms = Date.now() - t0;
    assert.equal(r.kind, 'timeout');
    assert.ok(ms >= 190 && ms < 3000, `${ms} ms`);
  });

  it('a time-out is told at once even where a grandchild keeps the output pipe open', { skip: noSh }, async () => {
    // `sleep 5 &` inherits the pipes; the shell is killed, the sleep is not (no group).
    // (A time limit long enough for the shell to say its child's pid on a loaded machine.)
    const t0 = Date.now();
    const r = await runProgram('sh', ['-c', 'sleep 8 & echo $! >&2; wait'], { timeoutMs: 1500 });
    const ms = Date.now() - t0;
    assert.equal(r.kind, 'timeout');
    const pid = Number(r.kind === 'timeout' ? r.stderr.trim() : NaN);
    assert.ok(ms < 4000, `${ms} ms`);
    assert.ok(pid > 0 && alive(pid), 'the grandchild outside the group lives on');
    process.kill(pid, 'SIGKILL');
  });

  it('group: the whole process group is killed at the time limit (a launcher and what it started)', { skip: noSh }, async () => {
    const r = await runProgram('sh', ['-c', 'sleep 8 & echo $! >&2; wait'], { timeoutMs: 1500, group: true });
    assert.equal(r.kind, 'timeout');
    const pid = Number(r.kind === 'timeout' ? r.stderr.trim() : NaN);
    assert.ok(pid > 0);
    assert.ok(await gone(pid), `grandchild ${pid} still running`);
  });

  it('group: what a launcher leaves running when it exits is killed too', { skip: noSh }, async () => {
    // The shell exits at once; its background sleep keeps stderr open until the group goes.
    const t0 = Date.now();
    const r = await runProgram('sh', ['-c', 'sleep 8 >/dev/null 2>&1 & echo $!'], { timeoutMs: 6000, group: true });
    assert.equal(r.kind, 'ok');
    const pid = Number(r.kind === 'ok' ? r.stdout.trim() : NaN);
    assert.ok(Date.now() - t0 < 4000, 'not waited for');
    assert.ok(await gone(pid), `left-over ${pid} still running`);
  });

  it('standard output over the cap: too-large, the program killed', async () => {
    const t0 = Date.now();
    // Writes 64 MiB, 1 MiB a time.
    const r = await runProgram(node, ['-e', 'const b = Buffer.alloc(1 << 20, 97); const w = (i) => { if (i < 64) process.stdout.write(b, () => w(i + 1)); }; w(0)'], { maxOutputBytes: 4 << 20, timeoutMs: 20_000 });
    assert.deepEqual(r, { kind: 'too-large', limit: 4 << 20 });
    assert.ok(Date.now() - t0 < 10_000);
    // Exactly at the cap is fine.
    const ok = await runProgram(node, ['-e', 'process.stdout.write(Buffer.alloc(1 << 20, 97))'], { maxOutputBytes: 1 << 20, stdout: 'buffer' });
    assert.equal(ok.kind === 'ok' && ok.stdout.length, 1 << 20);
  });

  it('bytes on standard input, passed through whole (8 MiB through cat)', { skip: noSh }, async () => {
    const input = new Uint8Array(8 << 20);
    for (let i = 0; i < input.length; i++) input[i] = (i * 31 + (i >> 13)) & 255;
    const r = await runProgram('cat', [], { input, stdout: 'buffer' });
    assert.equal(r.kind, 'ok');
    assert.ok(r.kind === 'ok' && Buffer.compare(r.stdout, Buffer.from(input)) === 0);
  });

  it('a program that stops reading its input early is not an error of ours', { skip: noSh }, async () => {
    const r = await runProgram('sh', ['-c', 'head -c 10 >/dev/null; echo read'], { input: new Uint8Array(4 << 20) });
    assert.deepEqual(r, { kind: 'ok', stdout: 'read\n', stderr: '' });
  });

  it('without input, standard input is empty (a program reading it ends at once)', { skip: noSh }, async () => {
    const r = await runProgram('cat', [], { timeoutMs: 5000 });
    assert.deepEqual(r, { kind: 'ok', stdout: '', stderr: '' });
  });

  it('env: set over this process\'s environment (PATH kept)', async () => {
    const r = await runProgram(node, ['-e', 'process.stdout.write(process.env.OMP_THREAD_LIMIT + " " + (process.env.PATH === ' + JSON.stringify(process.env['PATH']) + '))'], { env: { OMP_THREAD_LIMIT: '1' } });
    assert.deepEqual(r, { kind: 'ok', stdout: '1 true', stderr: '' });
  });
});
