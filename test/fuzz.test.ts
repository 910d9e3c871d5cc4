/** The parser never throws: property-based test over mutated seeds and fixtures, bounded in time. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { parse, parseAsync } from '../src/index.js';
import { pairs, root, real } from './helpers.js';

const corpus = [
  ...pairs(join(real, 'seeds'), join(real, 'seeds-truth')),
  ...pairs(join(root, 'fixtures/text'), join(root, 'fixtures/text-truth')),
].map((p) => readFileSync(p.raw));

/** A mutation of a report's bytes: cut, duplicate, overwrite or insert a slice. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat(4000) }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat(), len: fc.nat(4000) }),
  fc.record({ op: fc.constant('bytes' as const), at: fc.nat(), data: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), data: fc.string({ unit: fc.constantFrom('0', '1', '9', ' ', '\t', '|', '\n', '，', '一', '、', '总计', '—', '（', '）', '-', '.', '万元', '\r') , maxLength: 40 }) }),
);

function apply(buf: Buffer, muts: Array<{ op: string; at: number; len?: number; data?: Uint8Array | string }>): Buffer {
  let b = buf;
  for (const m of muts) {
    const at = b.length ? m.at % b.length : 0;
    if (m.op === 'cut') b = Buffer.concat([b.subarray(0, at), b.subarray(at + (m.len ?? 0))]);
    else if (m.op === 'dup') b = Buffer.concat([b.subarray(0, at + (m.len ?? 0)), b.subarray(at)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from(m.data as Uint8Array | string), b.subarray(at)]);
  }
  return b;
}

describe('parse never throws', () => {
  it('on mutated reports', { timeout: 60_000 }, () => {
    assert.ok(corpus.length > 0);
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, muts) => {
        const report = parse(apply(corpus[i]!, muts));
        assert.ok(['ok', 'incomplete', 'failed'].includes(report.status));
        assert.ok(Array.isArray(report.diagnostics));
        if (report.status === 'failed') assert.ok(report.diagnostics.some((d) => d.fatal));
      }),
      { numRuns: 300, interruptAfterTimeLimit: 30_000, seed: 20261122 },
    );
  });
  it('on arbitrary strings and bytes', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void parse(s)), { numRuns: 300, interruptAfterTimeLimit: 10_000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => void parse(b)), { numRuns: 300, interruptAfterTimeLimit: 10_000 });
  });
});

/** Runs of the form mutations: few in `npm test`, many in `npm run fuzz` (NIANBAO_FUZZ_FULL=1). */
const formRuns = process.env.NIANBAO_FUZZ_FULL === '1' ? 400 : 12;
const forms = ['text/2022-county-tsv-blank-cells.txt', 'forms/html/000_f42b2add2afd0cc6.html', 'forms/docx/000_f42b2add2afd0cc6.docx',
  'forms/pdf/000_f42b2add2afd0cc6.pdf', 'forms/png/000_f42b2add2afd0cc6-2.png'].map((p) => readFileSync(join(root, 'fixtures', p)));
/** A zip of two reports, mutated like the others. */
forms.push(Buffer.from(zipSync({ 'a.txt': forms[0]!, 'b.html': forms[1]! })));
const byteFlips = fc.array(fc.record({ op: fc.constant('bytes' as const), at: fc.nat(), data: fc.uint8Array({ minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 4 });

describe('parseAsync never throws and never hangs on mutated reports of every form', () => {
  it('text, HTML, DOCX, PDF, PNG, zip', { timeout: 900_000 }, async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => void rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat(forms.length - 1), fc.oneof(fc.array(mutation, { minLength: 1, maxLength: 3 }), byteFlips), async (i, muts) => {
          const report = await parseAsync(apply(forms[i]!, muts), { name: `mutant-${i}` });
          assert.ok(['ok', 'incomplete', 'failed'].includes(report.status));
          if (report.status === 'failed') assert.ok(report.diagnostics.some((d) => d.fatal));
        }),
        { numRuns: formRuns, seed: 20261204, interruptAfterTimeLimit: process.env.NIANBAO_FUZZ_FULL === '1' ? 3_600_000 : 120_000 },
      );
      assert.deepEqual(rejections, [], 'no promise rejected without a handler');
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
