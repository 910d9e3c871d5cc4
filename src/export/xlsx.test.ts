import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { exportColumns, summaryColumnIds } from './columns.js';
import { collector, probe, sumValues, threeItems } from './sample-items.js';
import type { ExportItem } from './types.js';
import { reportSheetWidths, writeXlsx, type XlsxOptions } from './xlsx.js';

async function bookOf(items: Iterable<ExportItem> | AsyncIterable<ExportItem>, options?: XlsxOptions) {
  const out = collector();
  const result = await writeXlsx(items, out, options);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out.bytes() as unknown as ArrayBuffer);
  return { book, result, sheet: (name: string) => book.getWorksheet(name)! };
}

const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;

describe('writeXlsx', () => {
  it('writes 报告, 全部单元格, the three tables and 说明', async () => {
    const items = threeItems();
    const { book, result } = await bookOf(items, { tables: { title: '3份报告合计', values: sumValues(items) } });
    assert.deepEqual(book.worksheets.map((w) => w.name), ['报告', '全部单元格', '表二', '表三', '表四', '发现', '说明']);
    assert.equal(result.reports, 3);
  });

  it('报告: one printable row per report with the key figures, one page wide', async () => {
    const { sheet } = await bookOf(threeItems());
    const ws = sheet('报告');
    assert.equal(ws.rowCount, 4);
    assert.equal(ws.columnCount, summaryColumnIds.length);
    assert.ok(ws.columnCount <= 24, `${ws.columnCount} columns`);
    const col = (id: string) => summaryColumnIds.indexOf(id) + 1;
    assert.deepEqual([1, 2, 3, 4].map((c) => ws.getCell(1, c).value), ['机关', '年度', '层级', '区划代码']);
    // Official labels, without the table's name.
    assert.equal(ws.getCell(1, col('table3.newReceived.total')).value, '一、本年新收政府信息公开申请数量 总计');
    assert.equal(ws.getCell(2, col('table3.newReceived.total')).value, 3);
    assert.equal(ws.getCell(2, col('table3.newReceived.total')).numFmt, '#,##0');
    assert.equal(ws.getCell(2, col('region')).value, '440101');
    assert.equal(ws.getCell(2, col('level')).value, '县级');
    const setup = ws.pageSetup;
    assert.equal(setup.orientation, 'landscape');
    assert.equal(setup.printTitlesRow, '1:1');
    // Scaled to one page wide: the column widths times the scale fit an A4 landscape page (140 units).
    assert.equal(ws.getColumn(1).width, reportSheetWidths()[0]);
    const width = reportSheetWidths().reduce((n, w) => n + w, 0);
    // LibreOffice's page holds about 103 width units at 100% (see pageWidthChars).
    assert.ok(setup.scale! < 100 && (width * setup.scale!) / 100 <= 103, `width ${width}, scale ${setup.scale}`);
    assert.ok(setup.scale! >= 55, 'still legible');
    assert.equal(ws.getCell(2, col('year')).numFmt, '0', 'a year is no quantity: 2024, not 2,024');
  });

  it('全部单元格: one row per report under a frozen header, numbers as numbers, blank ≠ 0 ≠ dash', async () => {
    const { sheet } = await bookOf(threeItems());
    const ws = sheet('全部单元格');
    assert.equal(ws.rowCount, 4);
    assert.deepEqual(ws.views[0], { ...ws.views[0], state: 'frozen', ySplit: 1 });
    const col = (id: string) => exportColumns().findIndex((c) => c.id === id) + 1;
    assert.equal(ws.getCell(1, 1).value, '机关');
    assert.equal(ws.getCell(1, col(probe)).value, '表三 二、上年结转政府信息公开申请数量 科研机构');
    const total = ws.getCell(2, col('table3.newReceived.total'));
    assert.equal(total.value, 3);
    assert.equal(total.type, ExcelJS.ValueType.Number);
    assert.equal(ws.getCell(2, col(probe)).type, ExcelJS.ValueType.Null);
    assert.equal(ws.getCell(3, col(probe)).value, '—');
    assert.equal(ws.getCell(3, col(probe)).type, ExcelJS.ValueType.String);
    assert.equal(ws.getCell(4, col(probe)).value, 0);
    assert.equal(ws.getCell(4, col(probe)).type, ExcelJS.ValueType.Number);
    assert.equal(ws.getCell(4, col('table2.licensing.change')).value, -3);
    assert.equal(ws.getCell(2, col('region')).value, '440101', 'a region code stays text');
    assert.equal(ws.getCell(4, col('errors')).value, 3);
  });

  it('header both: labels then ids, both frozen', async () => {
    const { sheet } = await bookOf(threeItems(), { header: 'both' });
    const ws = sheet('全部单元格');
    assert.equal(ws.rowCount, 5);
    assert.equal(ws.getCell(2, 1).value, 'organ');
    assert.equal(ws.views[0]!.state === 'frozen' && ws.views[0]!.ySplit, 2);
  });

  it('表三 in the 2021 layout: merged headers, the sum in the right cell', async () => {
    const items = threeItems();
    const { sheet } = await bookOf(items, { tables: { title: '3份报告合计', values: sumValues(items) } });
    const ws = sheet('表三');
    assert.equal(ws.getCell('A1').value, '3份报告合计');
    assert.equal(ws.getCell('A2').value, '三、收到和处理政府信息公开申请情况');
    const m = merges(ws);
    for (const range of ['D3:J3', 'E4:I4', 'D4:D5', 'J4:J5', 'A3:C5', 'A8:A29', 'B10:B17', 'B26:B28']) assert.ok(m.includes(range), range);
    assert.equal(ws.getCell('D3').value, '申请人情况');
    assert.equal(ws.getCell('E4').value, '法人或其他组织');
    assert.equal(ws.getCell('E5').value, '商业企业');
    assert.equal(ws.getCell('A8').value, '三、本年度办理结果');
    assert.equal(ws.getCell('A6').value, '一、本年新收政府信息公开申请数量');
    // 一、本年新收 × 自然人: 3 in each of the three reports.
    assert.equal(ws.getCell('D6').value, 9);
    assert.equal(ws.getCell('D6').type, ExcelJS.ValueType.Number);
    // 一、本年新收 × 商业企业: only the 2019 report has 2.
    assert.equal(ws.getCell('E6').value, 2);
    assert.equal(ws.getCell('C26').value, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    assert.equal(ws.getCell('B29').value, '（七）总计');
    assert.equal(ws.getCell('J29').value, 2 + 2 + 5);
  });

  it('表二 and 表四 in the official layout', async () => {
    const items = threeItems();
    const { sheet } = await bookOf(items, { tables: { title: 't', values: sumValues(items) } });
    const t4 = sheet('表四');
    for (const range of ['A3:E3', 'F3:O3', 'F4:J4', 'K4:O4', 'A4:A5']) assert.ok(merges(t4).includes(range), range);
    assert.deepEqual(['A3', 'F3', 'F4', 'K4', 'A4', 'F5'].map((a) => t4.getCell(a).value), ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果维持']);
    assert.equal(t4.getCell('O6').value, 0);
    const t2 = sheet('表二');
    assert.equal(t2.getCell('A3').value, '第二十条第（一）项');
    assert.deepEqual([t2.getCell('A4').value, t2.getCell('B4').value], ['信息内容', '本年制发件数']);
    assert.ok(merges(t2).includes('A3:D3'));
  });

  it('lays a 2019 report out in the 2019 format and says so', async () => {
    const old = threeItems()[2]!;
    const { sheet } = await bookOf([old], { tables: { title: '丙镇 2020', values: sumValues([old]) } });
    const t3 = sheet('表三');
    const row = [...Array(t3.rowCount).keys()].map((i) => i + 1).find((r) => t3.getCell(r, 2).value === '（六）其他处理')!;
    assert.ok(merges(t3).includes(`B${row}:C${row}`), '（六）其他处理 is one row in 2019');
    assert.equal(t3.getCell(row + 1, 2).value, '（七）总计');
    assert.equal(sheet('表二').getCell('B4').value, '本年新制作数量');
    const notes = sheet('说明').getColumn(1).values.join('\n');
    assert.match(notes, /表三：按2019年格式（国办公开办函〔2019〕60号）排版/);
  });

  it('calls a tables function once the reports are written', async () => {
    const items = threeItems();
    let seen = 0;
    async function* gen() {
      for (const item of items) {
        seen++;
        yield item;
      }
    }
    const { sheet } = await bookOf(gen(), { tables: () => ({ title: `${seen}份报告`, values: sumValues(items) }) });
    assert.equal(sheet('表三').getCell('A1').value, '3份报告');
  });

  it('without tables: 报告, 全部单元格, 发现 and 说明 only, and 说明 says why', async () => {
    const { book, sheet } = await bookOf(threeItems());
    assert.deepEqual(book.worksheets.map((w) => w.name), ['报告', '全部单元格', '发现', '说明']);
    assert.match(String(sheet('说明').getCell('A8').value), /没有按官方格式排版/);
  });

  it('rejects with the cause where the stream or the reports fail', async () => {
    const { Writable } = await import('node:stream');
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('disk full')) });
    const many = function* () {
      for (let i = 0; i < 200; i++) yield* threeItems().slice(0, 1);
    };
    await assert.rejects(writeXlsx(many(), broken), /disk full/);
    const failing = async function* () {
      yield threeItems()[0]!;
      throw new Error('cursor closed');
    };
    await assert.rejects(writeXlsx(failing(), collector()), /cursor closed/);
  });
});
