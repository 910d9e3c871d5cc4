import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { streamBomb } from '../../scripts/make-hostile.js';
import { root } from '../../test/helpers.js';
import { inflationOverLimit, maxInflatedStream } from './inflate-guard.js';

describe('inflationOverLimit', () => {
  it('finds the stream that would inflate beyond the limit, before inflating it whole', () => {
    const bomb = streamBomb(256 << 20);
    const at = inflationOverLimit(bomb);
    assert.ok(at && at.offset > 0 && bomb.subarray(at.offset - 7, at.offset).toString() === 'stream\n');
    assert.equal(inflationOverLimit(streamBomb(1 << 20)), null);
    assert.ok(inflationOverLimit(streamBomb(1 << 20), 1 << 19));
    assert.equal(maxInflatedStream, 128 << 20);
  });

  it('passes every real PDF of the repository', () => {
    for (const d of ['fixtures/corpus/raw', 'fixtures/forms/pdf']) {
      for (const f of readdirSync(join(root, d)).filter((x) => x.endsWith('.pdf'))) {
        assert.equal(inflationOverLimit(readFileSync(join(root, d, f))), null, f);
      }
    }
  });
});
