import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shiftRowsUp } from './rows-shifted.js';

/**
 * A table as lines: each line's label (the index of the row it names, or null) and its count of
 * values (0: a label alone). Candidates are the lines with values, in order.
 */
function table(lines: Array<[number | null, number]>, widths: number[], rowToCand: number[]) {
  const cands = lines.filter(([, v]) => v > 0);
  const lineOfCand = lines.flatMap(([, v], i) => (v > 0 ? [i] : []));
  const moved = shiftRowsUp(
    rowToCand, cands.length, widths,
    (ci) => cands[ci]![1],
    // Row r's label alone on a line right before candidate `before`'s.
    (r, before) => lines.some(([l, v], i) => l === r && v === 0 && i < lineOfCand[before]! && (before === 0 || i > lineOfCand[before - 1]!)),
    (ci, r) => cands[ci]![0] === r,
    (ci) => cands[ci]![0] === null,
  );
  return { rowToCand, moved };
}

describe('shiftRowsUp', () => {
  it('moves every line of a run up one row where the first label stands alone and the last values have none', () => {
    // 规章 / 行政规范性文件 0 0 0 / 6 1 32 (lc's 表二), then 行政许可 with its own value.
    const res = table([[0, 0], [1, 3], [null, 3], [2, 1]], [3, 3, 1], [-1, 0, 2]);
    assert.deepEqual(res.rowToCand, [0, 1, 2]);
    assert.deepEqual(res.moved, [0, 1]);
  });
  it('moves a longer run the same way', () => {
    const res = table([[0, 0], [1, 3], [2, 3], [null, 3]], [3, 3, 3], [-1, 0, 1]);
    assert.deepEqual(res.rowToCand, [0, 1, 2]);
  });
  it('moves nothing where a count of values is not the row\'s above it', () => {
    const res = table([[0, 0], [1, 3], [null, 3]], [2, 3], [-1, 0]);
    assert.deepEqual(res.rowToCand, [-1, 0]);
    assert.deepEqual(res.moved, []);
  });
  it('moves nothing where the line after the run has a label, or is no line of values', () => {
    assert.deepEqual(table([[0, 0], [1, 3], [2, 3]], [3, 3], [-1, 0]).moved, []);
    assert.deepEqual(table([[0, 0], [1, 3]], [3, 3], [-1, 0]).moved, []);
  });
  it('moves nothing where the row left without values has no label alone before the run (a row not printed)', () => {
    assert.deepEqual(table([[1, 3], [null, 3]], [3, 3], [-1, 0]).moved, []);
  });
});
