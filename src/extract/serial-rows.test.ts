import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildItems } from './items.js';
import type { Line } from './lines.js';
import { serialRows } from './serial-rows.js';
import { textLines } from '../../test/helpers.js';

/** Lines with serials taken out as withoutSerials leaves them: `[n]` a serial alone, `n|` one before a row. */
function withSerials(rows: string[]): Line[] {
  return textLines(rows.map((r) => r.replace(/^\[\d+\]$/, '').replace(/^\d+\|/, '')).join('\n')).map((l, i): Line => {
    const alone = /^\[(\d+)\]$/.exec(rows[i]!);
    const before = /^(\d+)\|/.exec(rows[i]!);
    if (alone) return { ...l, mode: 'empty', serial: Number(alone[1]) };
    return before ? { ...l, serial: Number(before[1]) } : l;
  });
}

describe('serialRows', () => {
  const rows = [
    '1|一、本年新收 5 5', '2|二、上年结转 0 0', '3|（一）予以公开 1 1', '4|（二）部分公开 0 0', '5|1.属于国家秘密 0 0',
    '[6]', '  2.其他法律行政法规禁止公开', '                3 3',
  ];
  const at = (ls: Line[]) => {
    const items = buildItems(ls);
    const candidates = items.flatMap((it, k) => (it.kind === 'row' ? [k] : []));
    return { items, candidates };
  };
  it('names each row of values by its serial, on its line or alone just above it, where the serials agree with the labels', () => {
    const ls = withSerials(rows);
    const { items, candidates } = at(ls);
    // The labels name rows 0–4 (the last row's label is a row off: none).
    const out = serialRows(ls, items, candidates, 25, (ci) => (ci < 5 ? ci : -1));
    assert.deepEqual([...out!], [0, 1, 2, 3, 4, 5]);
  });
  it('believes no serial where they disagree with the labels', () => {
    const ls = withSerials(rows);
    const { items, candidates } = at(ls);
    assert.equal(serialRows(ls, items, candidates, 25, (ci) => (ci < 5 ? (ci + 1) % 5 : -1)), null);
  });
  it('names no row after two serials alone', () => {
    const ls = withSerials([...rows.slice(0, 5), '[6]', '[7]', '                3 3']);
    const { items, candidates } = at(ls);
    assert.deepEqual([...serialRows(ls, items, candidates, 25, (ci) => (ci < 5 ? ci : -1))!], [0, 1, 2, 3, 4, -1]);
  });
});
