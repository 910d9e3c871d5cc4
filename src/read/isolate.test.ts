/** The readers of untrusted bytes run in a child process within limits (read/isolate.ts). */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../test/helpers.js';
import { pdfOf } from '../../scripts/make-hostile.js';
import { readAsync } from './async.js';

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
});
