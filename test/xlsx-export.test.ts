/**
 * The corpus XLSX read back with exceljs: 表二 summed (2021 reports, and 2019 reports where the
 * mapping is exact, the rest listed apart), 表三/表四 summed with check rows that show a
 * mismatch, page set-up, number formats, levels in Chinese, one row per finding.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { reportText, requestCells } from '../src/check/testing.js';
import { exportReports } from '../src/corpus/index.js';
import { collector } from '../src/export/sample-items.js';
import { tableLayout } from '../src/export/layout.js';
import { ingest } from '../src/ingest/ingest.js';
import { Store } from '../src/store/store.js';

describe('corpus XLSX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-xlsx-'));
  let book: ExcelJS.Workbook;

  before(async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), reportText({ organ: '晋江市内坑镇人民政府', year: 2023, cells: { ...requestCells(4, 1), 'table2.regulations.issued': 2, 'table2.licensing.decisions': 1200 } }));
    // 一、本年新收 自然人 3, but its 总计 says 1000: the sum's 总计 does not add up.
    writeFileSync(join(input, 'b.txt'), reportText({ organ: '晋江市安海镇人民政府', year: 2023, cells: { 'table2.regulations.issued': 1, 'table2.licensing.decisions': 34, 'table3.newReceived.total': 1000 } }));
    writeFileSync(join(input, 'c.txt'), reportText({ organ: '晋江市东石镇人民政府', year: 2020, format: '2019', cells: { 'table2.regulations.newlyMade': 5, 'table2.licensing.decisions': 6, 'table2.procurement.amount': 7.5 } }));
    const store = await Store.open(join(dir, 'c.db'));
    try {
      await ingest(store, [input], { jobs: 0 });
      const out = collector();
      await exportReports(store, {}, out, { to: 'xlsx' });
      book = new ExcelJS.Workbook();
      await book.xlsx.load(out.bytes() as unknown as ArrayBuffer);
    } finally {
      await store.close();
    }
  });

  it('表二: the 2021 reports summed, a 2019 number added where its place is exact, the others listed apart', () => {
    const ws = book.getWorksheet('表二')!;
    const at = tableLayout('table2', {}, '', '2021').cells;
    const cell = (id: string) => ws.getCell(at[id]!.row, at[id]!.col);
    assert.equal(cell('table2.regulations.issued').value, 2 + 1 + 5, '2019 本年新制作数量 is 2021 本年制发件数');
    assert.equal(cell('table2.licensing.decisions').value, 1200 + 34 + 6);
    assert.equal(cell('table2.licensing.decisions').numFmt, '#,##0');
    const texts = ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    assert.ok(texts.some((t) => t.startsWith('2019年格式报告中在2021年格式里没有确切对应位置的表二数字')));
    const apart = ws.getColumn(1).values.findIndex((v) => v === '晋江市东石镇人民政府 2020');
    assert.ok(apart > 0, 'the 2019 report listed apart');
    const row = ws.getRow(apart);
    assert.match(String(row.getCell(2).value), /政府集中采购/);
    assert.equal(row.getCell(ws.columnCount).value, 7.5);
    assert.equal(row.getCell(ws.columnCount).numFmt, '#,##0.00');
  });

  it('表三: check rows under the sum and a check column beside it show a mismatch, 0 where it adds up', () => {
    const ws = book.getWorksheet('表三')!;
    const at = tableLayout('table3', {}, '', '2021').cells;
    const col = (id: string) => at[id]!.col;
    const checks = ws.getColumn(1).values.map((v, i) => [i, v] as const).filter(([, v]) => typeof v === 'string' && v.startsWith('核对'));
    assert.equal(checks.length, 2);
    const [balance, outcomes] = checks.map(([i]) => ws.getRow(i));
    assert.match(String(balance!.getCell(1).value), /一、本年新收 \+ 二、上年结转 = （七）总计 \+ 四、结转下年度继续办理/);
    // 总计 column: 4 + 1000 + 5 (2019) new, 1 + 0 + ... carried over; total handled 3 + 2 + 2: the balance is off by 1000 - 3.
    assert.equal(balance!.getCell(col('table3.total.naturalPerson')).value, 0);
    assert.notEqual(balance!.getCell(col('table3.total.total')).value, 0);
    assert.equal(balance!.getCell(col('table3.total.total')).font?.color?.argb, 'FFC00000');
    assert.equal(outcomes!.getCell(col('table3.total.total')).value, 0);
    // The check column: 一、本年新收's 总计 against its six columns.
    const checkCol = ws.columnCount;
    assert.match(String(ws.getCell(3, checkCol).value), /总计 = 六类申请人之和/);
    assert.equal(ws.getCell(at['table3.newReceived.total']!.row, checkCol).value, 1000 - 3);
    assert.equal(ws.getCell(at['table3.granted.total']!.row, checkCol).value, 0);
  });

  it('表四 has its check row; every sheet prints landscape with its header rows repeated, the tables fit to width', () => {
    const t4 = book.getWorksheet('表四')!;
    assert.ok(t4.getColumn(1).values.some((v) => typeof v === 'string' && v.startsWith('核对（应为 0）：')));
    for (const name of ['表二', '表三', '表四']) {
      const ps = book.getWorksheet(name)!.pageSetup;
      assert.deepEqual([ps.orientation, ps.fitToPage, ps.fitToWidth, ps.fitToHeight, ps.paperSize], ['landscape', true, 1, 0, 9], name);
    }
    assert.equal(book.getWorksheet('表三')!.pageSetup.printTitlesRow, '1:5');
    // 发现 is long: scaled to the width (fit-to-width with any height is one page in LibreOffice).
    const findings = book.getWorksheet('发现')!.pageSetup;
    assert.deepEqual([findings.orientation, findings.printTitlesRow], ['landscape', '1:1']);
    assert.ok(findings.scale! < 100 && findings.scale! >= 50);
    const reports = book.getWorksheet('报告')!;
    assert.deepEqual([reports.pageSetup.orientation, reports.pageSetup.printTitlesRow], ['landscape', '1:1']);
    assert.ok(reports.pageSetup.scale! < 100 && reports.pageSetup.scale! >= 55, '报告 scaled to one page wide');
    const cells = book.getWorksheet('全部单元格')!;
    assert.equal(cells.pageSetup.orientation, 'landscape');
    assert.equal(cells.pageSetup.printTitlesRow, '1:1');
    assert.equal(cells.pageSetup.printTitlesColumn, 'A:A');
  });

  it('报告 writes levels in Chinese and region codes from the division list; 发现 has one row per finding with organ, year, rule, cell and page or line', () => {
    const reports = book.getWorksheet('报告')!;
    const head = reports.getRow(1).values as unknown[];
    const level = head.indexOf('层级');
    assert.deepEqual(new Set([2, 3, 4].map((r) => reports.getRow(r).getCell(level).value)), new Set(['乡镇']));
    const region = head.indexOf('区划代码');
    assert.deepEqual(new Set([2, 3, 4].map((r) => reports.getRow(r).getCell(region).value)), new Set(['350582109000', '350582101000', '350582104000']));
    const cells = book.getWorksheet('全部单元格')!;
    const wide = cells.getRow(1).values as unknown[];
    assert.deepEqual(new Set([2, 3, 4].map((r) => cells.getRow(r).getCell(wide.indexOf('区划代码')).value)), new Set(['350582109000', '350582101000', '350582104000']));
    const ws = book.getWorksheet('发现')!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['机关', '年度', '规则', '级别', '单元格', '单元格名称', '页码', '行', '说明', '文件']);
    const rows = ws.getSheetValues().slice(2).filter(Boolean) as unknown[][];
    const balance = rows.find((r) => r[1] === '晋江市安海镇人民政府' && r[3] === 'table3-applicants');
    assert.ok(balance, 'the broken 总计 is a finding');
    assert.equal(balance![2], 2023);
    assert.equal(balance![5], 'table3.newReceived.total');
    assert.ok(typeof balance![8] === 'number', 'a text report has a line');
  });
});
