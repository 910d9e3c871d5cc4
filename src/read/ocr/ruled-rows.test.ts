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

test('the digits of a number a narrow ruled cell sets a line each are one word; other cells keep theirs', () => {
  // 表三 of a report printed in full-width digits, 150 dpi: 290 as ２ / ９ / ０ in a cell 18 px wide.
  const row: Box[] = [[100, 1100, 690, 1260], [1080, 1100, 1115, 1260], [1160, 1100, 1195, 1260], [1530, 1100, 1565, 1260]];
  const words = [
    word('l0', [300, 1190, 420, 1210], '（一）予以公开'),
    // PP-OCR's boxes on the li scan: a digit 25 px high, the next a digit's height under it.
    word('l1', [1088, 1116, 1106, 1142], '2'),
    word('l1', [1171, 1166, 1189, 1191], '1'),
    word('l1', [1539, 1116, 1557, 1142], '2'),
    word('l2', [1088, 1166, 1106, 1191], '9'),
    word('l2', [1539, 1166, 1557, 1192], '9'),
    word('l3', [1088, 1217, 1106, 1242], 'o'),
    word('l3', [1539, 1217, 1558, 1242], '4'),
  ];
  const out = alignRuledRows(words, row);
  assert.deepEqual(out.map((w) => w.text), ['（一）予以公开', '29o', '1', '294']);
  const n = out.find((w) => w.text === '29o')!;
  assert.deepEqual(n.box, [1088, 1116, 1106, 1242]);
  assert.equal(n.line, 'l1');
  // Each now one line in its cell: the band's numbers and label share a baseline.
  assert.ok(out.every((w) => w.row !== undefined && w.row === out[0]!.row));
  const { runs } = wordsToRuns(out, 1, 2340, 25);
  assert.deepEqual(runs.map((r) => r.s).filter((s) => /\d/.test(s)).sort(), ['1', '290', '294']);
});

test('digits side by side in a cell, or beside words, are not stacked into one number', () => {
  const cell: Box[] = [[0, 0, 200, 100]];
  const side = [word('a', [10, 10, 30, 30], '1'), word('a', [50, 10, 70, 30], '2')];
  assert.deepEqual(alignRuledRows(side, cell).map((w) => w.text), ['1', '2']);
  const mixed = [word('a', [10, 10, 30, 30], '1'), word('b', [10, 40, 60, 60], '件')];
  assert.deepEqual(alignRuledRows(mixed, cell).map((w) => w.text), ['1', '件']);
  // Two rows' values in one cell (the rule between the rows not found on a bilevel scan): the
  // next column's rule crosses the cell, or they stand rows apart, or a 0 is on top.
  const twoRows: Box[] = [[0, 0, 200, 100], [200, 0, 400, 50], [200, 50, 400, 100]];
  const rows = [word('a', [10, 10, 30, 34], '2'), word('b', [10, 52, 30, 76], '3')];
  assert.deepEqual(alignRuledRows(rows, twoRows).map((w) => w.text), ['2', '3']);
  const apart = [word('a', [10, 10, 30, 30], '2'), word('b', [10, 70, 30, 90], '3')];
  assert.deepEqual(alignRuledRows(apart, cell).map((w) => w.text), ['2', '3']);
  const zero = [word('a', [10, 10, 30, 34], '0'), word('b', [10, 38, 30, 62], '0')];
  assert.deepEqual(alignRuledRows(zero, cell).map((w) => w.text), ['0', '0']);
});
