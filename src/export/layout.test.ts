import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats, formatIds } from '../model/formats/index.js';
import { cellsNotInLayout, layoutFormat, tableLayout, type TableId } from './layout.js';

const tables: TableId[] = ['table2', 'table3', 'table4'];

describe('tableLayout', () => {
  it('places every cell of the format once, inside the grid, in distinct places', () => {
    for (const f of formatIds) {
      for (const t of tables) {
        const l = tableLayout(t, {}, 'x', f);
        const ids = formats[f][t].rows.flatMap((r) => r.columns.map((c) => `${t}.${r.id}.${c.id}`));
        assert.deepEqual(Object.keys(l.cells).sort(), [...ids].sort(), `${f} ${t}`);
        const places = Object.values(l.cells).map((p) => `${p.row},${p.col}`);
        assert.equal(new Set(places).size, places.length);
        for (const p of Object.values(l.cells)) assert.ok(p.row <= l.rows.length && p.col <= l.width);
        for (const row of l.rows) assert.equal(row.length, l.width);
      }
    }
  });

  it('merged ranges do not overlap', () => {
    for (const f of formatIds) {
      for (const t of tables) {
        const seen = new Set<string>();
        for (const [top, left, bottom, right] of tableLayout(t, {}, 'x', f).merges) {
          for (let r = top; r <= bottom; r++)
            for (let c = left; c <= right; c++) {
              assert.ok(!seen.has(`${r},${c}`), `${f} ${t} ${r},${c}`);
              seen.add(`${r},${c}`);
            }
        }
      }
    }
  });

  it('writes the values where the cells are; a null or missing value is empty', () => {
    const l = tableLayout('table3', { 'table3.total.commercial': 4, 'table3.total.research': null }, 'x');
    const at = (id: string) => l.rows[l.cells[id]!.row - 1]![l.cells[id]!.col - 1];
    assert.equal(at('table3.total.commercial'), 4);
    assert.equal(at('table3.total.research'), null);
    assert.equal(at('table3.total.total'), null);
  });

  it('2019 表二: a row with fewer columns spans its last cell to the edge', () => {
    const l = tableLayout('table2', {}, 'x', '2019');
    const fees = l.cells['table2.fees.change']!;
    assert.ok(l.merges.some(([t, left, b, r]) => t === fees.row && b === fees.row && left === fees.col && r === l.width));
    assert.equal(l.rows[fees.row - 1]![0], '行政事业性收费');
  });

  it('chooses the format from the values, 2021 unless only 2019 cells are there', () => {
    assert.equal(layoutFormat('table3', {}), '2021');
    assert.equal(layoutFormat('table3', { 'table3.otherHandling.total': 1 }), '2019');
    assert.equal(layoutFormat('table3', { 'table3.otherHandling.total': 1, 'table3.otherHandling.other.total': 0 }), '2021');
    assert.equal(layoutFormat('table2', { 'table2.procurement.amount': 10 }), '2019');
    assert.deepEqual(cellsNotInLayout('table3', '2021', { 'table3.otherHandling.total': 1, 'table3.otherHandling.other': null }), ['table3.otherHandling.total']);
  });
});
