/** The readers of untrusted bytes run in a child process within limits (read/isolate.ts). */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../test/helpers.js';
import { pdfOf } from '../../scripts/make-hostile.js';
import { readAsync } from './async.js';
import { hasTesseract } from './image.js';
import { defaultIsolationLimits, processesUnder } from './isolate.js';

const onPath = (cmd: string) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
const noProc = !existsSync('/proc/self/stat') && 'no /proc to watch memory in';
const mib = 1024 * 1024;
const ocr = await hasTesseract();

const pdf = readFileSync(join(root, 'fixtures/forms/pdf/000_f42b2add2afd0cc6.pdf'));

describe('readAsync in a child process', () => {
  it('reads a PDF there as it does in this process', async () => {
    const here = await readAsync(pdf, { isolate: false });
    const there = await readAsync(pdf);
    assert.equal(there.failure, null);
    assert.equal(there.source!.text, here.source!.text);
    assert.equal(there.source!.form, 'pdf');
    assert.deepEqual(there.source!.position(100), here.source!.position(100));
  });

  it('stops a reader at its deadline: that file\'s failure', async () => {
    const r = await readAsync(pdf, { timeoutMs: 1 });
    assert.equal(r.failure?.code, 'timeout');
    assert.match(r.failure!.message.en, /timed out/);
    // The next file is read as usual.
    assert.equal((await readAsync(pdf)).failure, null);
  });

  it('stops a reader that takes more memory than allowed', { skip: !existsSync('/proc/self/statm') && 'no /proc to watch memory in' }, async () => {
    const r = await readAsync(pdf, { maxMemory: 20 * 1024 * 1024 });
    assert.equal(r.failure?.code, 'too-large');
    assert.match(r.failure!.message.zh, /内存/);
  });

  it('refuses a scan whose page box is too large to draw, before drawing it', async () => {
    const bytes = pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>']);
    const r = await readAsync(bytes);
    assert.equal(r.failure?.code, 'too-large');
    assert.match(r.failure!.message.en, /40000×40000/);
  });

  it('the limits are 60 s and 1 GiB a file, 20 s more a page read by OCR', () => {
    assert.deepEqual(defaultIsolationLimits, { timeoutMs: 60_000, ocrPageMs: 20_000, maxMemory: 1024 * mib, ocrMaxMemory: 2048 * mib });
  });

  it('finds the processes started under a process, with their memory', { skip: noProc }, async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      const under = processesUnder(process.pid)!;
      assert.ok(under.pids.includes(child.pid!));
      assert.ok(under.resident > 0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  // The reading process alone stays near 60 MB for a .doc (no pdf.js); LibreOffice's soffice.bin
  // takes over 100 MB more: the limit holds only where the processes under the child are counted.
  it('counts LibreOffice in the memory limit: a .doc over it is that file\'s failure', { skip: noProc || (!onPath('soffice') && 'LibreOffice (soffice) is not installed') }, async () => {
    const doc = readFileSync(join(root, 'fixtures/forms/doc/000_f42b2add2afd0cc6.doc'));
    const r = await readAsync(doc, { maxMemory: 120 * mib });
    assert.equal(r.failure?.code, 'too-large');
    assert.match(r.failure!.message.zh, /内存/);
    assert.equal((await readAsync(doc)).failure, null);
  });

  it('gives a scan read by OCR its own memory limit, from the moment the OCR starts', { skip: noProc || (!ocr && 'tesseract with chi_sim is not installed') }, async () => {
    const png = readFileSync(join(root, 'fixtures/forms/png/000_f42b2add2afd0cc6-2.png'));
    const r = await readAsync(png, { maxMemory: 200 * mib, ocrMaxMemory: 2048 * mib });
    assert.equal(r.failure, null);
    assert.ok(r.source!.text.includes('政府信息'), r.source!.text.slice(0, 200));
  });

  it('counts Tesseract in the memory limit', { skip: noProc || (!ocr && 'tesseract with chi_sim is not installed') }, async () => {
    const png = readFileSync(join(root, 'fixtures/forms/png/000_f42b2add2afd0cc6-2.png'));
    const r = await readAsync(png, { maxMemory: 200 * mib });
    assert.equal(r.failure?.code, 'too-large');
  });

  it('a tool\'s own deadline comes before the file\'s: LibreOffice stopped with its own message', { skip: !onPath('soffice') && 'LibreOffice (soffice) is not installed' }, async () => {
    const doc = readFileSync(join(root, 'fixtures/forms/doc/000_f42b2add2afd0cc6.doc'));
    // 3.5 s for the file: LibreOffice gets 0.5 s (the margin is 3 s) and cannot convert in it.
    const r = await readAsync(doc, { timeoutMs: 3_500 });
    assert.equal(r.failure?.code, 'timeout');
    assert.match(r.failure!.message.en, /LibreOffice/);
  });
});
