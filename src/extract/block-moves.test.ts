import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats, table4Columns, table4Relations } from '../model/formats/index.js';
import { orderBySums, relationsHold, type Relation } from './block-moves.js';

// 表四's relations (from the format data) as indices into its fifteen cells.
const groups = formats['2019'].table4.rows;
const index = new Map<string, number>();
groups.forEach((g, gi) => table4Columns.forEach((c, ci) => index.set(`table4.${g.id}.${c.id}`, gi * 5 + ci)));
const rels: Relation[] = table4Relations(formats['2019'].table4).map((r) => ({
  lhs: r.lhs.map((p) => index.get(p)!),
  rhs: r.rhs.map((p) => index.get(p)!),
}));

describe('orderBySums', () => {
  it('values whose sums hold as printed stay as printed', () => {
    assert.deepEqual(orderBySums([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20], rels), { kind: 'as-printed' });
  });
  it('a block printed ahead of where it stands is put back: the one order under which every sum holds', () => {
    const printed = [72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20];
    const res = orderBySums(printed, rels);
    assert.equal(res.kind, 'one');
    if (res.kind !== 'one') return;
    const values = res.order.map((p) => printed[p]!);
    assert.deepEqual(values, [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    assert.ok(relationsHold(values, rels));
  });
  it('a value the sums could put in several places is ambiguous, with each candidate', () => {
    const printed = [72, 64, 6, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 20];
    const res = orderBySums(printed, rels);
    assert.equal(res.kind, 'ambiguous');
    if (res.kind !== 'ambiguous') return;
    assert.ok(res.candidates.length > 1);
    // Every candidate agrees on the first two groups: only 复议后起诉's cells are in doubt.
    for (const c of res.candidates) assert.deepEqual(c.slice(0, 10), [72, 64, 178, 37, 351, 13, 4, 8, 1, 26]);
    assert.ok(res.candidates.some((c) => c.join(' ') === '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20'));
  });
  it('values no single move makes add up are ambiguous with no candidate (a report that does not add up)', () => {
    const res = orderBySums([1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], rels);
    assert.deepEqual(res, { kind: 'ambiguous', candidates: [], orders: [] });
  });
});
