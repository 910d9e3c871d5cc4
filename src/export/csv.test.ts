import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { exportColumns } from './columns.js';
import { guardFormula, writeCsv } from './csv.js';
import { collector, probe, threeItems } from './sample-items.js';
import type { ExportItem } from './types.js';

async function csvOf(items: Iterable<ExportItem> | AsyncIterable<ExportItem>, header?: 'label' | 'id' | 'both') {
  const out = collector();
  const result = await writeCsv(items, out, { header });
  return { result, bytes: out.bytes(), rows: parse(out.bytes(), { bom: true }) as string[][] };
}

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM and CRLF line ends', async () => {
    const { bytes, result } = await csvOf(threeItems());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.equal(text.split('\r\n').length, 1 + 3 + 1, 'header, three rows, and a final line end');
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.equal(result.reports, 3);
  });

  it('heads the columns with the official labels, metadata first', async () => {
    const { rows } = await csvOf(threeItems());
    const [header] = rows;
    assert.deepEqual(header!.slice(0, 4), ['机关', '机关编号', '年度', '格式']);
    assert.ok(header!.includes('表三 二、上年结转政府信息公开申请数量 科研机构'));
    assert.ok(header!.includes('表三 （三）不予公开 1.属于国家秘密 自然人'));
    assert.equal(header!.length, exportColumns().length);
    assert.equal(new Set(header).size, header!.length, 'no two columns share a header');
  });

  it('tells a blank from 0 from a dash, and leaves cells the report did not print empty', async () => {
    const { rows } = await csvOf(threeItems());
    const col = (id: string) => exportColumns().findIndex((c) => c.id === id);
    const [, blank, dash, old] = rows;
    assert.equal(blank![col(probe)], '');
    assert.equal(dash![col(probe)], '—');
    assert.equal(old![col(probe)], '0');
    assert.equal(dash![col('table2.fees.amount')], '无');
    assert.equal(blank![col('table3.newReceived.total')], '3');
    // The 2019 report has no 2021-only cell, the 2021 reports no 2019-only cell.
    assert.equal(old![col('table3.otherHandling.overdueCorrection.total')], '');
    assert.equal(old![col('table3.otherHandling.total')], '0');
    assert.equal(blank![col('table3.otherHandling.total')], '');
    assert.equal(old![col('table3.newReceived.commercial')], '2');
    assert.equal(old![col('table2.licensing.change')], '-3', 'a negative number is not guarded as a formula');
  });

  it('writes the metadata: organ from the corpus or as printed, year, format, file, counts', async () => {
    const { rows } = await csvOf(threeItems());
    const col = (id: string) => exportColumns().findIndex((c) => c.id === id);
    const [, blank, dash, old] = rows;
    assert.deepEqual(
      ['organ', 'organId', 'year', 'format', 'level', 'region', 'parent', 'file', 'status', 'errors', 'warnings'].map((id) => blank![col(id)]),
      ['甲县人民政府', '7', '2023', '2021', '县级', '440101', '甲市人民政府', 'a/甲县2023.txt', 'ok', '0', '1'],
    );
    assert.equal(dash![col('organ')], '乙县人民政府');
    assert.equal(dash![col('warnings')], '2');
    assert.equal(old![col('format')], '2019');
    assert.equal(old![col('year')], '2020');
    assert.equal(old![col('errors')], '3');
    assert.equal(old![col('file')], 'test.txt', 'without a file, the name the report was read under');
  });

  it('header: ids, or labels then ids', async () => {
    const ids = (await csvOf(threeItems(), 'id')).rows;
    assert.deepEqual(ids[0]!.slice(0, 2), ['organ', 'organId']);
    assert.ok(ids[0]!.includes(probe));
    assert.equal(ids.length, 4);
    const both = (await csvOf(threeItems(), 'both')).rows;
    assert.equal(both.length, 5);
    assert.equal(both[0]![0], '机关');
    assert.equal(both[1]![0], 'organ');
    assert.equal(both[1]!.indexOf(probe), both[0]!.indexOf('表三 二、上年结转政府信息公开申请数量 科研机构'));
  });

  it('takes an async iterable and reads it one report at a time', async () => {
    const items = threeItems();
    let pulled = 0;
    async function* gen() {
      for (const item of items) {
        pulled++;
        yield item;
      }
    }
    const { result, rows } = await csvOf(gen());
    assert.equal(pulled, 3);
    assert.equal(result.reports, 3);
    assert.equal(rows.length, 4);
  });

  it('guards text a spreadsheet would run as a formula, not dashes or numbers', () => {
    assert.equal(guardFormula('=HYPERLINK("http://x")'), `'=HYPERLINK("http://x")`);
    assert.equal(guardFormula('+1+1'), `'+1+1`);
    assert.equal(guardFormula('@SUM(A1)'), `'@SUM(A1)`);
    assert.equal(guardFormula('-'), '-');
    assert.equal(guardFormula('—'), '—');
    assert.equal(guardFormula('无'), '无');
  });

  it('quotes a cell holding a bare CR, LF, quote or comma, and still guards the formula', async () => {
    const items = threeItems();
    items[0]!.organ = { name: '甲县\r=HYPERLINK("http://x")' };
    items[1]!.organ = { name: '=1+1\n乙' };
    const { bytes, rows } = await csvOf(items);
    const text = bytes.toString('utf8');
    assert.ok(text.includes('"甲县\r=HYPERLINK(""http://x"")"'), 'the CR stays inside a quoted cell');
    assert.ok(text.includes(`"'=1+1\n乙"`), 'a formula is guarded, then quoted');
    assert.equal(rows.length, 4, 'no row was split');
    assert.equal(rows[1]![0], '甲县\r=HYPERLINK("http://x")');
  });
});
