import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageEdge } from './page-edge.js';
import type { Run } from './runs.js';

const run = (s: string, x0: number, x1: number, y = 100): Run => ({ s, x0, x1, y, size: 12, box: [x0, 700, x1, 712] });
const width = 595.3;

describe('pageEdge: a table cut at the page\'s right edge', () => {
  it('a glyph the edge cuts through is dropped and the page is cut (LibreOffice: 231 printed as the 2 on the page)', () => {
    const res = pageEdge([run('215', 300, 320), run('3', 560, 566), run('2', 594.6, 602.2)], width);
    assert.equal(res.cut, true);
    assert.deepEqual(res.runs.map((r) => r.s), ['215', '3']);
  });
  it('a word crossing the edge keeps the glyphs that end on the page', () => {
    const res = pageEdge([run('复议后起诉', 537.6, 597.6)], width);
    assert.equal(res.cut, true);
    assert.equal(res.runs[0]!.s, '复议后起');
    assert.ok(res.runs[0]!.x1 <= width + 0.5);
  });
  it('ruling that runs to the edge is a table going on past the page', () => {
    const h = [{ horizontal: true, at: 100, from: 57, to: 595.7 }, { horizontal: true, at: 130, from: 57, to: 595 }];
    assert.equal(pageEdge([run('0', 300, 306)], width, h).cut, true);
  });
  it('a page whose text and rules stay inside is not cut, and its runs are kept as they are', () => {
    const runs = [run('总计', 500, 524), run('231', 540, 558)];
    const h = [{ horizontal: true, at: 100, from: 57, to: 538 }, { horizontal: true, at: 130, from: 57, to: 595.7 }];
    const res = pageEdge(runs, width, h);
    assert.equal(res.cut, false);
    assert.deepEqual(res.runs, runs);
  });
});
