/**
 * A 2019 report converted to 2021 (the 2019-format seed 内坑镇 2020): one test per mapped row
 * and per unmapped cell, through the mapping data and the rendered 2021 tables read back.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { cellValues, parseAsync, sourceOf, type CellValues, type Report } from '../src/index.js';
import { convertTable, cellMoves } from '../src/model/convert.js';
import { formats, mapping2019To2021 } from '../src/model/formats/index.js';
import { allCellIds } from '../src/model/values.js';
import { renderDoc, renderHtml, sourceOfReport } from '../src/render/index.js';
import { root } from './helpers.js';

const file = join(root, 'fixtures/seeds/003_0ec7f487509b9c4f.txt');

describe('2019 → 2021', () => {
  let report: Report;
  let v19: CellValues;
  let v21: CellValues;
  let back: CellValues;
  let blank: string[];
  before(async () => {
    report = await parseAsync(readFileSync(file));
    v19 = cellValues(report);
    v21 = Object.assign({}, ...(['table2', 'table3', 'table4'] as const).map((t) => convertTable(t, v19).values));
    const doc = renderDoc(sourceOfReport(report, sourceOf(report)?.text), { format: '2021' });
    blank = doc.conversion.blank;
    back = cellValues(await parseAsync(Buffer.from(renderHtml(doc))));
  });

  it('the seed is a 2019 report with numbers', () => {
    assert.deepEqual(report.tableFormats, { table2: '2019', table3: '2019', table4: '2019' });
    assert.ok(Object.values(v19).filter((v) => typeof v === 'number').length > 100);
  });

  // Mapped rows: every 2021 row some 2019 cell maps to.
  const moves = new Map((['table2', 'table3', 'table4'] as const).flatMap((t) => [...cellMoves(t)]));
  const targets = new Map<string, string[]>();
  for (const [from, to] of moves) {
    const row = to.split('.').slice(0, -1).join('.');
    targets.set(row, [...(targets.get(row) ?? []), from]);
  }
  for (const [row, froms] of targets) {
    it(`mapped row ${row}`, () => {
      for (const from of froms) {
        const to = moves.get(from)!;
        assert.equal(v21[to], v19[from], `${from} → ${to}`);
        // The rendered 2021 table reads back with the number in its new place.
        if (typeof v19[from] === 'number') assert.equal(back[to], v19[from], `${to} read back`);
      }
    });
  }

  it('the mapping data names the renamed row and the split row', () => {
    assert.equal(moves.get('table3.otherHandling.total'), 'table3.otherHandling.other.total');
    assert.equal(moves.get('table2.normativeDocuments.newlyMade'), 'table2.normativeDocuments.issued');
    assert.equal(formats['2019'].table2.rows.find((r) => r.id === 'normativeDocuments')!.label, '规范性文件');
    assert.equal(formats['2021'].table2.rows.find((r) => r.id === 'normativeDocuments')!.label, '行政规范性文件');
    assert.ok(mapping2019To2021.rows.some((r) => r.from === 'otherHandling' && r.to === 'otherHandling.other'));
  });

  // Unmapped 2021 cells: left blank, listed, never worked out.
  const unmapped = allCellIds().filter((c) => c.formats.includes('2021') && ![...moves.values()].includes(c.id));
  it('leaves 19 cells blank: 废止/现行有效 of 表二 (一), 收费金额, （六）1 and 2', () => {
    assert.deepEqual(unmapped.map((c) => c.id).filter((id) => id.startsWith('table2.')),
      ['table2.regulations.repealed', 'table2.regulations.inForce', 'table2.normativeDocuments.repealed', 'table2.normativeDocuments.inForce', 'table2.fees.amount']);
    assert.equal(unmapped.filter((c) => c.id.startsWith('table3.otherHandling.overdueCorrection.') || c.id.startsWith('table3.otherHandling.unpaidFee.')).length, 14);
    assert.equal(unmapped.length, 19);
  });
  for (const c of unmapped) {
    it(`unmapped ${c.label}`, () => {
      assert.ok(blank.includes(c.id), 'listed as blank');
      assert.equal(v21[c.id], undefined, 'no value made up');
      assert.equal(typeof back[c.id] === 'number', false, 'blank in the rendered table');
    });
  }

  it('lists the 2019 cells with numbers that have no place in 2021', () => {
    const dropped = (['table2', 'table3', 'table4'] as const).flatMap((t) => convertTable(t, v19).dropped);
    assert.ok(dropped.includes('table2.procurement.projects'));
    assert.ok(dropped.includes('table2.regulations.totalPublished'));
    for (const id of dropped) assert.equal(typeof v19[id], 'number');
  });
});
