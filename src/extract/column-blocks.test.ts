import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Line } from './lines.js';
import { textLines } from '../../test/helpers.js';
import { columnBlocks } from './column-blocks.js';

const lines = textLines;
const values = (ls: readonly Line[]) => ls.filter((l) => l.values > 0).map((l) => l.fields.find((f) => f.text !== '')!.text);

describe('columnBlocks', () => {
  it('three paragraphs of two values, the table three wide: two rows put back in row order', () => {
    const res = columnBlocks(lines('标签\n1\n2\n\n3\n4\n\n5\n6\n其他'), 3);
    assert.ok(res);
    assert.deepEqual(values(res.lines), ['1', '3', '5', '2', '4', '6']);
    assert.equal(res.blocks.length, 1);
    assert.deepEqual(res.blocks[0]!.map(values), [['1', '3', '5'], ['2', '4', '6']]);
  });
  it('paragraphs of unequal length, too few of them, or text between them: no block', () => {
    assert.equal(columnBlocks(lines('1\n2\n\n3\n4\n\n5'), 3), null);
    assert.equal(columnBlocks(lines('1\n2\n\n3\n4'), 3), null);
    assert.equal(columnBlocks(lines('1\n2\n\n3\n4\n标签\n5\n6'), 3), null);
  });
  it('a row printed one value a paragraph is left as it is', () => {
    assert.equal(columnBlocks(lines('1\n\n2\n\n3'), 3), null);
  });
});
