import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Box } from '../box.js';
import { joinRowsAcrossPages } from './row-across-pages.js';
import type { Run } from './runs.js';

/** A ruled cell's run: its text in the cell [left, top, right, bottom] of the reading frame. */
const cell = (s: string, rect: Box): Run => ({ s, x0: rect[0] + 2, x1: rect[2] - 2, y: rect[1] + 8, size: 10, box: [rect[0] + 2, 0, rect[2] - 2, 10], cell: `${rect[1]}:${rect[0]}`, rect });

// The columns of 表三 on both pages: the group column, the label column, two value columns.
const cols: Array<[number, number]> = [[57, 115], [115, 324], [324, 382], [382, 428]];
const at = (c: number, top: number, bottom: number, s: string) => cell(s, [cols[c]![0], top, cols[c]![1], bottom]);

describe('joinRowsAcrossPages', () => {
  it('joins the first row of a page to the last of the page before where it holds the rest of its numbers', () => {
    const a = { runs: [at(0, 544, 795, '三'), at(1, 746, 795, '（一）予以公开'), at(2, 746, 795, '12'), at(3, 746, 795, '2')] };
    const b = { runs: [at(0, 28, 300, '、'), at(2, 28, 77, '88'), at(3, 28, 77, '1'), at(1, 77, 125, '（二）部分公开'), at(2, 77, 125, '454')] };
    joinRowsAcrossPages([a, b]);
    assert.deepEqual(a.runs.map((r) => r.s), ['三、', '（一）予以公开', '1288', '21']);
    assert.equal(a.runs[2]!.continued?.page, 2);
    assert.deepEqual(b.runs.map((r) => r.s), ['（二）部分公开', '454']);
  });
  it('leaves a new row alone: its label stands under the last row\'s label', () => {
    const a = { runs: [at(1, 746, 795, '（一）予以公开'), at(2, 746, 795, '12'), at(3, 746, 795, '2')] };
    const b = { runs: [at(1, 28, 77, '（二）部分公开'), at(2, 28, 77, '88'), at(3, 28, 77, '1')] };
    joinRowsAcrossPages([a, b]);
    assert.deepEqual(a.runs.map((r) => r.s), ['（一）予以公开', '12', '2']);
    assert.equal(b.runs.length, 3);
  });
  it('leaves a new row alone where only its group label stands beside the last row (（四）无法提供 beside 1.本机关不掌握…)', () => {
    const a = { runs: [at(0, 746, 795, '（四）无法提供'), at(1, 746, 795, '1.本机关不掌握相关政府信息'), at(2, 746, 795, '31')] };
    const b = { runs: [at(1, 28, 77, '2.没有现成信息需要另行制作'), at(2, 28, 77, '1')] };
    joinRowsAcrossPages([a, b]);
    assert.deepEqual([a.runs[2]!.s, b.runs.length], ['31', 2]);
  });
  it('leaves a header row alone: no number in it', () => {
    const a = { runs: [at(1, 746, 795, '（一）予以公开'), at(2, 746, 795, '12')] };
    const b = { runs: [at(2, 28, 77, '自然人')] };
    joinRowsAcrossPages([a, b]);
    assert.deepEqual([a.runs[1]!.s, b.runs.length], ['12', 1]);
  });
  it('leaves a number under a blank or text cell alone', () => {
    const a = { runs: [at(1, 746, 795, '（一）予以公开'), at(2, 746, 795, '12')] };
    const b = { runs: [at(2, 28, 77, '88'), at(3, 28, 77, '5')] };
    joinRowsAcrossPages([a, b]);
    assert.deepEqual([a.runs[1]!.s, b.runs.length], ['12', 2]);
  });
});
