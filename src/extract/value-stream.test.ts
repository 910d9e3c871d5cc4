import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats } from '../model/formats/index.js';
import type { Item } from './items.js';
import type { Field, Line } from './lines.js';
import { matcherFor } from './similarity.js';
import { streamRows } from './value-stream.js';

const t = formats['2019'].table3;
const m = matcherFor(t);
const line: Line = { index: 0, start: 0, end: 0, mode: 'space', fields: [], values: 0, label: '', labelStart: 0 };

/** One run of values on lines of their own (a segment with no label), as plain pdftotext prints them. */
function run(values: readonly number[]): Item {
  const fields: Field[] = values.map((v, i) => ({ text: String(v), start: i * 2, end: i * 2 + 1, cell: { kind: 'number', value: v }, col: i }));
  return { kind: 'row', line, label: '', labelStart: 0, fields, values: fields.length, segment: true };
}

/** Two values a row (自然人, 总计) in the table's order: 5 received, 3 granted, 2 partly granted. */
const two = (id: string) => ({ newReceived: 5, granted: 3, partiallyGranted: 2, total: 5 } as Record<string, number>)[id] ?? 0;
const twoValues = t.rows.flatMap((r) => [two(r.id), two(r.id)]);

describe('streamRows', () => {
  it('two values a row are as many as the table\'s cells only with the width option', () => {
    assert.equal(streamRows([run(twoValues)], t, m), null);
  });
  it('with the width option (自然人, 总计), each row\'s two values go to those columns where every sum holds', () => {
    const rows = streamRows([run(twoValues)], t, m, [0, 6]);
    assert.ok(rows);
    const granted = rows[t.rows.findIndex((r) => r.id === 'granted')]!;
    assert.deepEqual(granted.fields.map((f) => [f.col, f.cell.value]), [[0, 3], [6, 3]]);
  });
  it('values whose sums fail, or only zeros, are not read this way', () => {
    const broken = twoValues.slice();
    broken[0] = 6; // 一、本年新收: 自然人 6, 总计 5
    assert.equal(streamRows([run(broken)], t, m, [0, 6]), null);
    assert.equal(streamRows([run(twoValues.map(() => 0))], t, m, [0, 6]), null);
  });
});
