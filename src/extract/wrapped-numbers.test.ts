import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCell } from './cell.js';
import type { Field } from './lines.js';
import { joinWrappedNumbers } from './wrapped-numbers.js';

/** Pieces on lines: each inner array one line of the text; a piece's start encodes its line (line × 100 + place). */
function pieces(lines: string[][]): Field[] {
  return lines.flatMap((l, li) => l.map((text, i) => ({ text, start: li * 100 + i * 5, end: li * 100 + i * 5 + text.length, cell: readCell(text), col: i })));
}
const lineOf = (o: number) => Math.floor(o / 100);
/** A short row's relation for the three-cell cases: its last value the sum of the others. */
const lastIsSum = (row: readonly Field[]) => row.slice(0, -1).reduce((a, f) => a + (f.cell.value as number), 0) === row[row.length - 1]!.cell.value;
const values = (fs: Field[] | undefined) => fs?.map((f) => f.cell.value);

describe('joinWrappedNumbers', () => {
  it('joins the pieces of numbers wrapped a line at a time where only so the total adds up', () => {
    const res = joinWrappedNumbers(pieces([['300'], ['1'], ['53', '0', '0', '61', '4'], ['311'], ['9']]), 7, lineOf);
    assert.deepEqual(values(res?.fields), [3001, 53, 0, 0, 61, 4, 3119]);
    assert.deepEqual(res?.joined, ['300+1', '311+9']);
  });
  it('joins nothing where two readings add up (the layout does not say which)', () => {
    // 1 / 1 / 1 / 12 for three cells: 11 1 12 and 1 11 12 both hold.
    assert.equal(joinWrappedNumbers(pieces([['1'], ['1'], ['1'], ['12']]), 3, lineOf, lastIsSum), null);
    // One of them alone holds: 1 / 2 / 3 / 15 reads 12 3 15 only.
    assert.deepEqual(values(joinWrappedNumbers(pieces([['1'], ['2'], ['3'], ['15']]), 3, lineOf, lastIsSum)?.fields), [12, 3, 15]);
  });
  it('never starts a number with a 0 piece, nor joins two pieces that share their lines with others', () => {
    assert.equal(joinWrappedNumbers(pieces([['0'], ['5', '0', '5']]), 3, lineOf, lastIsSum), null);
    assert.equal(joinWrappedNumbers(pieces([['2', '3'], ['4', '9']]), 3, lineOf, lastIsSum), null);
  });
  it('leaves a row with as many pieces as cells, or far more, alone', () => {
    assert.equal(joinWrappedNumbers(pieces([['1', '2', '3']]), 3, lineOf, lastIsSum), null);
    assert.equal(joinWrappedNumbers(pieces([['1'], ['2'], ['3'], ['4'], ['5'], ['6'], ['7']]), 3, lineOf, lastIsSum), null);
  });
});
