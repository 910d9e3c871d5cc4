import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { check } from '../check/engine.js';
import { reportText } from '../check/testing.js';
import { cellEntries } from '../model/cells.js';
import { parse as parseReport } from '../parse.js';
import { writeCsvLong, longColumns } from './csv-long.js';
import { collector, probe, threeItems } from './sample-items.js';
import type { ExportItem } from './types.js';

async function longOf(items: ExportItem[], header?: 'label' | 'id' | 'both') {
  const out = collector();
  const result = await writeCsvLong(items, out, { header });
  return { result, bytes: out.bytes(), rows: parse(out.bytes(), { bom: true }) as string[][] };
}

/** A report whose 予以公开 row printed one number too few: the reader placed the gap and doubts the row. */
function misread(): ExportItem {
  const lines = reportText({ organ: '甲县人民政府', year: 2023 }).split('\n');
  const i = lines.findIndex((l) => l.includes('（一）予以公开'));
  lines[i] = lines[i]!.replace(/\t0(?=\t)/, '');
  const report = parseReport(new TextEncoder().encode(lines.join('\n')), { name: 'misread.txt' });
  return { report, diagnostics: check(report), organ: { id: 3, name: '甲县人民政府', level: 'county', department: false, region: '350582' }, version: { id: 12, versions: 2, chosenBy: 'quality' } };
}

describe('writeCsvLong', () => {
  it('writes one row per report × cell id of its format, ids as variable names for R, pandas and Stata', async () => {
    const items = threeItems();
    const { rows, result, bytes } = await longOf(items, 'id');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(result.reports, 3);
    assert.deepEqual(rows[0], longColumns.map((c) => c.id));
    const body = rows.slice(1);
    assert.equal(body.length, items.reduce((n, i) => n + cellEntries(i.report).length, 0));
    const col = (id: string) => longColumns.findIndex((c) => c.id === id);
    // Each (report, cell) once.
    const keys = body.map((r) => `${r[col('organ')]}|${r[col('cell_id')]}`);
    assert.equal(new Set(keys).size, keys.length);
    const at = (organ: string, cell: string) => body.find((r) => r[col('organ')] === organ && r[col('cell_id')] === cell)!;
    // A blank, a dash and a 0 stay apart: value empty but kind and raw say what was printed.
    assert.deepEqual([col('value'), col('kind'), col('raw')].map((c) => at('甲县人民政府', probe)[c]), ['', 'blank', '']);
    assert.deepEqual([col('value'), col('kind'), col('raw')].map((c) => at('乙县人民政府', probe)[c]), ['', 'dash', '—']);
    assert.deepEqual([col('value'), col('kind')].map((c) => at('丙镇人民政府', probe)[c]), ['0', 'number']);
    assert.equal(at('甲县人民政府', 'table3.newReceived.total')[col('value')], '3');
    assert.equal(at('丙镇人民政府', 'table2.licensing.change')[col('value')], '-3', 'a negative number is not guarded');
    assert.equal(at('甲县人民政府', 'table3.newReceived.total')[col('cell')], '表三 一、本年新收政府信息公开申请数量 总计');
    assert.equal(at('甲县人民政府', probe)[col('level')], '县级', 'levels in Chinese');
  });

  it('flags the cells the reader doubted or placed, with the reader diagnostics on them', async () => {
    const { rows } = await longOf([misread()], 'both');
    assert.deepEqual(rows[0], longColumns.map((c) => c.label));
    assert.deepEqual(rows[1], longColumns.map((c) => c.id));
    const col = (id: string) => longColumns.findIndex((c) => c.id === id);
    const flags = new Map(rows.slice(2).map((r) => [r[col('cell_id')], r[col('flags')]]));
    assert.equal(flags.get('table3.granted.total'), 'parse/cells-doubtful|parse/cells-missing|placed');
    assert.equal(flags.get('table3.granted.naturalPerson'), 'parse/cells-doubtful');
    assert.equal(flags.get('table3.newReceived.total'), '');
    const first = rows[2]!;
    assert.deepEqual([col('report_id'), col('organ_id'), col('level'), col('region'), col('year'), col('file')].map((c) => first[c]), ['12', '3', '县级', '350582', '2023', 'misread.txt']);
  });
});
