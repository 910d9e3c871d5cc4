import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../test/helpers.js';
import { tokenizeLine } from '../extract/lines.js';
import { readAsync } from './async.js';
import { documentOf, type ReadDocument, type TableBlock } from './document.js';
import { read } from './index.js';

const file = (p: string) => readFileSync(join(root, p));
const tables = (d: ReadDocument) => d.blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock, r: number) => t.rows[r]!.cells.map((c) => c.text);

/** What every grid must keep: a cell per TAB field of its line, each cell's text where it says. */
function wellFormed(doc: ReadDocument, text: string): void {
  for (const t of tables(doc)) {
    for (const row of t.rows) {
      const line = text.split('\n')[row.line]!;
      assert.equal(row.cells.length, line.split('\t').length);
      for (const c of row.cells) assert.equal(text.slice(c.start, c.end), c.text);
    }
  }
}

describe('documentOf: the tables a reader saw as grids, cell by cell with their origins', () => {
  it('a Word file: each table of the report a grid, every cell with its table, row and cell', () => {
    const r = read(file('fixtures/real-forms/docx/lz-2019-gov-cms.docx'));
    const doc = documentOf(r.source!);
    wellFormed(doc, r.source!.text);
    const ts = tables(doc);
    // 表二 printed as five small tables (one per 第二十条 item), then 表三 and 表四.
    assert.ok(ts.length >= 7, `${ts.length} tables`);
    assert.deepEqual(texts(ts[0]!, 1), ['', '规章', '49', '49', '87']);
    assert.deepEqual(ts[0]!.rows[1]!.cells[2]!.origin, { form: 'docx', table: 1, row: 1, cell: 2 });
    // The item's cell merged down (vMerge) is blank on the rows it covers, with the merged cell's origin.
    assert.deepEqual(ts[0]!.rows[1]!.cells[0]!.origin, { form: 'docx', table: 1, row: 0, cell: 0 });
    // Paragraphs between the tables.
    assert.ok(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('二、主动公开政府信息情况')));
  });

  it('a web page: spans resolved, blank cells kept in their columns, each cell its element', () => {
    const r = read(file('fixtures/real-forms/html/lh-2021-wu.html'));
    const doc = documentOf(r.source!);
    wellFormed(doc, r.source!.text);
    const t3 = tables(doc).find((t) => t.rows.some((row) => row.cells.some((c) => c.text === '自然人')))!;
    assert.equal(t3.columns, 10);
    const granted = t3.rows.find((row) => row.cells.some((c) => c.text === '（一）予以公开'))!;
    // This report prints its zeros blank: the blank cells keep their columns.
    assert.deepEqual(granted.cells.map((c) => c.text), ['三、本年度办理结果', '（一）予以公开', '', '26', '', '', '', '', '', '26']);
    // 三、本年度办理结果 is a rowspan over the outcomes' rows: blank below, with its cell's origin.
    const partial = t3.rows[t3.rows.indexOf(granted) + 1]!;
    assert.equal(partial.cells[0]!.text, '');
    assert.deepEqual(partial.cells[0]!.origin, granted.cells[0]!.origin);
    const o = granted.cells[3]!.origin!;
    assert.equal(o.form, 'html');
    assert.match((o as { path: string }).path, /table\[2\]>tbody>tr\[\d+\]>td/);
  });

  it('a Markdown file with its tables as HTML blocks (pandoc): grids with the HTML elements', () => {
    const r = read(file('fixtures/real-forms/md/2023-jiangsu-shuyang-fgj.md'));
    const doc = documentOf(r.source!);
    wellFormed(doc, r.source!.text);
    assert.equal(tables(doc).length >= 3, true);
    assert.ok(tables(doc).every((t) => t.columns >= 4));
  });

  it('a PDF: the table regions as grids, every cell (blank ones too) with its page and box', async () => {
    const r = await readAsync(file('fixtures/real-forms/pdf/l0-2021-pdf2html-t4.pdf'));
    const doc = documentOf(r.source!);
    wellFormed(doc, r.source!.text);
    const t4 = tables(doc).find((t) => t.columns === 15)!;
    assert.ok(t4, 'a table of 15 columns (表四)');
    const values = t4.rows[t4.rows.length - 1]!;
    // 表四's zeros print blank in this report: the blank cells keep their columns.
    assert.deepEqual(values.cells.slice(0, 5).map((c) => c.text), ['1', '1', '', '', '2']);
    for (const c of values.cells) {
      assert.equal(c.origin?.form, 'pdf');
      assert.equal((c.origin as { page: number }).page, 1);
    }
  });
});

describe('documentOf: the tables of a text file, by where their cells stand', () => {
  const rowOf = (doc: ReadDocument, label: string) => {
    for (const t of tables(doc)) for (const r of t.rows) if (r.cells[0]!.text === label) return { table: t, row: r };
    return undefined;
  };
  it('pdftotext -layout: value columns from the rows that print every value, the label one cell', () => {
    const r = read(file('fixtures/real-forms/layout/2024-jiangsu-huaian.txt'));
    const doc = documentOf(r.source!);
    const text = r.source!.text;
    const hit = rowOf(doc, '一、本年新收政府信息公开申请数量')!;
    assert.deepEqual(hit.row.cells.map((c) => c.text), ['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
    for (const c of hit.row.cells) assert.equal(text.slice(c.start, c.end), c.text);
    // The header's 总计 stands over the last value column; a row whose label wraps keeps its
    // label's lines as rows of their own, its values in their columns.
    assert.ok(hit.table.rows.some((row) => row.cells[7]!.text === '总计'));
    assert.deepEqual(rowOf(doc, '（七）总计')!.row.cells.slice(1).map((c) => c.text), ['2932', '53', '0', '0', '61', '4', '3050']);
    // 表四: fifteen values on one line under a header of three groups.
    const t4 = tables(doc).find((t) => t.columns === 16)!;
    assert.deepEqual(t4.rows[t4.rows.length - 1]!.cells.slice(1).map((c) => c.text), ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']);
    // A table that a page break cuts goes on as a table of its own (the next page sets its columns anew).
    const t3 = tables(doc).filter((t) => t.columns === 8);
    assert.equal(t3.length, 2);
    assert.ok(text.slice(t3[0]!.end, t3[1]!.start + 1).includes('\f'));
  });
  it('prose with numbers in it is no table', () => {
    const r = read(file('fixtures/real-forms/layout/2024-jiangsu-huaian.txt'));
    const doc = documentOf(r.source!);
    const para = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('全市共受理政府信息公开申请'));
    assert.ok(para, 'the sentence is a paragraph');
  });
  it('plain pdftotext (a value a line) has no grid: positions say nothing there', () => {
    const r = read(file('fixtures/real-forms/plain/2024-jiangsu-huaian.txt'));
    assert.equal(tables(documentOf(r.source!)).length, 0);
  });
  it('text copied from a table: TAB-separated rows, cut at their TABs', () => {
    const r = read(file('fixtures/seeds/000_f42b2add2afd0cc6.txt'));
    const doc = documentOf(r.source!);
    wellFormed(doc, r.source!.text);
    assert.deepEqual(rowOf(doc, '一、本年新收政府信息公开申请数量')!.row.cells.map((c) => c.text), ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']);
    assert.equal(doc.blocks[0]!.kind, 'paragraph');
  });
});

describe('a grid row is not split again', () => {
  it('a row of a dash and a blank cell is a row of the grid, not a rule line', () => {
    const norm = '---\t';
    assert.equal(tokenizeLine(norm, 0, 0, norm.length).mode, 'md-separator');
    const g = tokenizeLine(norm, 0, 0, norm.length, undefined, true);
    assert.equal(g.mode, 'tab');
    assert.deepEqual(g.fields.map((f) => f.text), ['---', '']);
  });
  it('a grid row of one cell (no TAB) reads as text', () => {
    const g = tokenizeLine('行政许可 97', 0, 0, 7, undefined, true);
    assert.equal(g.mode, 'space');
  });
});

describe('nianbao read', () => {
  const bin = join(root, 'bin', 'nianbao.js');
  const run = (args: string[], lang: string) => spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LANG: lang, LC_ALL: '', NO_COLOR: '1' }, encoding: 'utf8' });
  const docx = join(root, 'fixtures/real-forms/docx/lz-2019-gov-cms.docx');
  it('prints the tables cell by cell with where each row came from (zh, en)', () => {
    const zh = run(['read', docx], 'zh_CN.UTF-8');
    assert.equal(zh.status, 0, zh.stderr);
    assert.match(zh.stdout, /表格 1（3 行 × 5 列）/);
    assert.match(zh.stdout, /│ {2}│ 规章 │ 49 │ 49 │ 87 │ {2}← Word 第 2 个表格第 2 行第 2 格/);
    const en = run(['read', docx, '--lang', 'en'], 'zh_CN.UTF-8');
    assert.match(en.stdout, /table 1 \(3 rows × 5 columns\)/);
    assert.match(en.stdout, /← Word table 2, row 2, cell 2/);
  });
  it('--format json: the document', () => {
    const r = run(['read', docx, '--format', 'json'], 'zh_CN.UTF-8');
    const doc = JSON.parse(r.stdout) as ReadDocument;
    assert.equal(doc.form, 'docx');
    assert.deepEqual(texts(tables(doc)[0]!, 1), ['', '规章', '49', '49', '87']);
  });
  it('a file that cannot be read: a message in Chinese, exit 2', () => {
    const r = run(['read', join(root, 'fixtures/no-such-file.pdf')], 'zh_CN.UTF-8');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /[\u4e00-\u9fff]/);
    assert.equal(r.stdout, '');
  });
});
