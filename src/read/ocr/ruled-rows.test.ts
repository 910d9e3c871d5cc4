import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Box } from '../box.js';
import { alignRuledRows } from './ruled-rows.js';
import { wordsToRuns, type Word } from './words.js';

// The 2024 淮安 scan's 表三 row （一）予以公开 at 200 dpi: the label sits 9 px higher in its cell than the numbers.
const cells: Box[] = [[268, 1403, 695, 1466], [699, 1403, 789, 1466], [794, 1403, 893, 1466], [268, 1470, 695, 1560], [699, 1470, 789, 1560]];
const word = (line: string, box: Box, text: string): Word => ({ line, box, conf: 99, text });

test('the one-line cells of a ruled row share one baseline; a cell of two lines keeps its own', () => {
  const words = [
    word('c0.0', [293, 1419, 424, 1437], '（一）予以公开'),
    word('c1.0', [727, 1428, 763, 1442], '1288'),
    word('c2.0', [834, 1428, 849, 1442], '21'),
    // A wrapped label: two lines in one cell.
    word('c3.0', [293, 1480, 680, 1498], '（二）部分公开（区分处理的，只计这一情形，'),
    word('c3.1', [293, 1510, 500, 1528], '不计其他情形）'),
    word('c4.0', [730, 1505, 757, 1519], '447'),
  ];
  alignRuledRows(words, cells);
  assert.deepEqual(words.map((w) => w.row !== undefined), [true, true, true, false, false, true]);
  assert.equal(words[0]!.row, words[1]!.row);
  assert.notEqual(words[0]!.row, words[5]!.row);
  const { runs } = wordsToRuns(words, 1, 2340, 18);
  const y = (s: string) => runs.find((r) => r.s === s)!.y;
  assert.equal(y('（一）予以公开'), y('1288'));
  assert.equal(y('1288'), y('21'));
  assert.notEqual(y('（二）部分公开（区分处理的，只计这一情形，'), y('不计其他情形）'));
  // Boxes stay where the words were read.
  assert.deepEqual(runs.find((r) => r.s === '1288')!.box, [727, 1428, 763, 1442]);
});
