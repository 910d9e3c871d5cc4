/**
 * The second reading of numbers (Tesseract, digits only) on a real page image: a cell-sized field
 * over ink that the engine read nothing in is filled in, as a doubt; a blank region is not.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../../test/helpers.js';
import { decodePng, hasTesseract, readImage } from '../image.js';
import type { Box } from '../pdf/geometry.js';
import type { OriginSegment } from '../source.js';
import { clean } from './ruling.js';
import { secondPass } from './second-pass.js';

const skip = (await hasTesseract()) ? false : 'tesseract-ocr with tesseract-ocr-chi-sim is not installed';
type ImageOrigin = { form: 'image'; page?: number; box: Box; confidence?: number };

describe('the digits-only second reading', { skip }, () => {
  it('fills in a blank number cell over ink (confidence at most 60), and leaves a blank region alone', async () => {
    const png = readFileSync(join(root, 'fixtures/forms/png/001_015773bddcd054c9-2.png'));
    const read = await readImage(png, { timeoutMs: 600_000 });
    const src = read.source!;
    const origins = src.origins!.map((o) => ({ offset: o.offset, origin: { ...(o.origin as ImageOrigin) } }));
    const end = (k: number) => (k + 1 < origins.length ? origins[k + 1]!.offset : src.text.length);
    const field = (k: number) => src.text.slice(origins[k]!.offset, end(k)).split(/[\t\n]/)[0]!;
    // A number of two or more digits read surely: blank it as if the engine had read nothing there.
    const k = origins.findIndex((o, i) => /^\d{2,}$/.test(field(i)) && (o.origin.confidence ?? 0) >= 90);
    assert.ok(k >= 0, 'a sure number on the page');
    const number = field(k);
    const blank = ' '.repeat(number.length);
    const text = src.text.slice(0, origins[k]!.offset) + blank + src.text.slice(origins[k]!.offset + number.length);
    origins[k]!.origin.confidence = 0;
    // A second blank field over the whole page (no number cell): not read again.
    const gray = decodePng(png)!;
    const { ink } = clean(gray);
    const grays = new Map([[1, { gray, ink, skew: 0 }]]);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-2nd-'));
    try {
      const out = await secondPass(text, origins as OriginSegment[], grays, dir, { end: Date.now() + 300_000 });
      const at = out.origins.findIndex((o) => o.offset === origins[k]!.offset);
      assert.equal(out.text.slice(out.origins[at]!.offset).split(/[\t\n]/)[0]!.trim(), number);
      const c = (out.origins[at]!.origin as ImageOrigin).confidence!;
      assert.ok(c <= 60, `confidence ${c} is a doubt`);
      const wide: OriginSegment[] = [{ offset: 0, origin: { form: 'image', page: 1, box: [0, 0, gray.w, gray.h], confidence: 0 } }];
      const none = await secondPass(' \tx', wide, grays, dir, { end: Date.now() + 300_000 });
      assert.equal(none.text, ' \tx');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
