import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupLabelPiece } from './cells-below.js';
import type { Line } from './lines.js';
import { textLines } from '../../test/helpers.js';
import { stackedRows, unstackRows } from './stacked-rows.js';

const linesOf = textLines;
const texts = (ls: readonly Line[]) => ls.map((l) => l.fields.map((f) => f.text).join('|'));

describe('unstackRows', () => {
  // pdftotext -layout of l2's layout with 2023 洪泽区's values (scripts/measure/layouts3.py l2h).
  const stacked = [
    '      法提供 3.没有现成信息需要另行制作',
    '              补正后申请内容仍不明确',
    '                              3',
    '                              0',
    '                                                   3',
    '                                                   0',
    '          1.信访举报投诉类申请         1                    1',
  ].join('\n');
  it('makes each label line a row of the values stacked after it, a column at a time', () => {
    const out = unstackRows(linesOf(stacked), 7, groupLabelPiece);
    assert.deepEqual(texts(out), ['法提供 3.没有现成信息需要另行制作|3|3', '补正后申请内容仍不明确|0|0', '1.信访举报投诉类申请|1|1']);
    assert.ok(stackedRows.has(out[0]!) && stackedRows.has(out[1]!) && !stackedRows.has(out[2]!));
  });
  it('gives a short column\'s value to the row whose 总计 it makes add up, values on one line to one row', () => {
    // l2's （五）1 and 2: 56 6 62 and 25 25.
    const ls = linesOf(['理结果 1.信访举报投诉类申请', '      2.重复申请', '               56', '               25', '                     6                  62', '                                        25'].join('\n'));
    assert.deepEqual(texts(unstackRows(ls, 7, groupLabelPiece)), ['理结果 1.信访举报投诉类申请|56|6|62', '2.重复申请|25|25']);
  });
  it('changes nothing where the sums allow two ways', () => {
    // A 1 under 商业企业 and a 1 under 科研机构, one each row's, either way round: both rows' 总计 hold.
    const ls = linesOf(['   甲', '   乙', '      0', '      0', '          1', '              1', '                  1', '                  1'].join('\n'));
    assert.equal(unstackRows(ls, 7, groupLabelPiece), ls);
  });
  it('changes nothing in plain text, where every value starts the line: one column of more than k', () => {
    const ls = linesOf(['（一）予以公开', '（二）部分公开', '3', '0', '3', '0'].join('\n'));
    assert.equal(unstackRows(ls, 7, groupLabelPiece), ls);
  });
  it('takes k whole rows after k labels numbered one after another, in order', () => {
    // lz (scripts/measure/layouts2.py): （三）4 and 5 stacked, then their two rows.
    const lz = ['      （三）           4.保护第三方合法权益', '       不予          5.属于三类内部事务信息', '                                  1        0   0         0        0        0    1', '', '       公开                        0        0   0         0        0        0    0'];
    assert.deepEqual(texts(unstackRows(linesOf(lz.join('\n')), 7, groupLabelPiece)).filter((t) => t !== ''), [
      '(三)|4.保护第三方合法权益|1|0|0|0|0|0|1', '不予|5.属于三类内部事务信息|0|0|0|0|0|0|0',
    ]);
    // One label over two lines (no second row number), then its row and the next row's values: unchanged.
    const wrapped = linesOf(['     （二）部分公开', '     （区分处理的，只计这一情形，不计其他情形）', '        4   0   0   0   0   0   4', '        1   0   0   0   0   0   1'].join('\n'));
    assert.equal(unstackRows(wrapped, 7, groupLabelPiece), wrapped);
  });
  it('takes the numbered labels\' rows in order where a label wraps, the last row\'s values beside its label\'s end', () => {
    // l1 (scripts/measure/layouts3.py): （四）1 wraps over two lines, （四）2 starts under it.
    const l1 = ['  果       1、本机关不掌握相', '             关政府信息', '     （四） 2、没有现成信息需', '                     31                           31', '     无法提 要另行制作       1                             1'];
    const out = unstackRows(textLines(l1.join('\n')), 7, groupLabelPiece);
    assert.deepEqual(out.map((l) => l.label), ['果 1、本机关不掌握相关政府信息', '(四) 2、没有现成信息需要另行制作']);
    assert.deepEqual(texts(out).map((t) => t.split('|').slice(-2).join(' ')), ['31 31', '1 1']);
  });
  it('makes rows of values stacked after two serials (a 序号 column\'s numbers on lines of their own), each on its serial\'s line', () => {
    // pdftotext -layout of lc (scripts/measure/layouts.py): rows 16 and 17 after their serials.
    const ls = linesOf(['16', '17', '  果     2.重复申请', '         12', '          6', '               0', '               1', '                    12', '                     7'].join('\n'));
    // The serials as withoutSerials leaves them: emptied lines that keep their number.
    const taken = ls.map((l, i): Line => (i < 2 ? { ...l, fields: [], values: 0, mode: 'empty', serial: 16 + i } : l));
    const out = unstackRows(taken, 3, groupLabelPiece);
    assert.deepEqual(texts(out), ['果|2.重复申请', '12|0|12', '6|1|7']);
    assert.deepEqual(out.slice(1).map((l) => l.serial), [16, 17]);
    assert.ok(stackedRows.has(out[1]!) && stackedRows.has(out[2]!));
  });
  it('leaves lone serials alone where one row of values follows them', () => {
    const ls = linesOf(['16', '17', '  果     2.重复申请', '         12     0    12'].join('\n'));
    const taken = ls.map((l, i): Line => (i < 2 ? { ...l, fields: [], values: 0, mode: 'empty', serial: 16 + i } : l));
    assert.equal(unstackRows(taken, 3, groupLabelPiece), taken);
  });
});
