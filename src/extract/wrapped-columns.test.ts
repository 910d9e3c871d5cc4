import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupLabelPiece } from './cells-below.js';
import { buildItems, type Item } from './items.js';
import { joinWrappedColumns } from './wrapped-columns.js';
import { addsUp } from './wrapped-numbers.js';
import { textLines } from '../../test/helpers.js';

/** The items of a text and the joined ones, with the line and column of an offset. */
function run(rows: string[]): { before: Item[]; after: Item[] } {
  const lines = textLines(rows.join('\n'));
  const lineOf = (o: number) => {
    let i = 0;
    while (i + 1 < lines.length && lines[i + 1]!.start <= o) i++;
    return i;
  };
  const before = buildItems(lines);
  return { before, after: joinWrappedColumns(before, 7, addsUp, lineOf, (o) => o - lines[lineOf(o)]!.start, groupLabelPiece) };
}
const values = (it: Item) => it.fields.map((f) => f.cell.value);

describe('joinWrappedColumns', () => {
  it('joins each number\'s pieces down its column, other cells\' values and a group label\'s words between them (l5)', () => {
    const { after } = run([
      '三、本年度          （一）予以公开         128                           13',
      ' 办理结果                              8',
      '                                       21  0    0    50   3',
      '                                                             62',
    ]);
    assert.deepEqual(values(after[0]!), [1288, 21, 0, 0, 50, 3, 1362]);
    assert.deepEqual(after[0]!.wrapped, ['128+8', '13+62']);
    // The group label's words stay a line of text.
    assert.deepEqual(after.slice(1).map((it) => [it.kind, it.label.trim()]), [['text', '办理结果']]);
  });
  it('takes a row\'s values below its label alone, the 总计 wrapped round them', () => {
    const { after } = run([
      '                   8.属于行政查询事项',
      '                                                             10',
      '                               105       0  0    0     0  0',
      '                                                              5',
    ]);
    assert.deepEqual(values(after[0]!), [105, 0, 0, 0, 0, 0, 105]);
  });
  it('changes nothing where no joining makes the 总计 add up', () => {
    const { before, after } = run([
      '三、本年度          （一）予以公开         128                           13',
      ' 办理结果                              8',
      '                                       21  0    0    50   3',
      '                                                             63',
    ]);
    assert.equal(after, before);
  });
  it('changes nothing in plain text, where every value starts its line', () => {
    const { before, after } = run(['（一）予以公开 128', '8', '21 0 0 50 3', '13', '62']);
    assert.equal(after, before);
  });
});
