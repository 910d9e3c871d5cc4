/**
 * `nianbao render` and `nianbao new` end to end, on real reports in a real SQLite corpus:
 * rendering a file and a stored report, 2019 → 2021 with the blank cells listed, a draft
 * pre-filled with last year's carry-over, a draft's totals worked out and its errors refusing
 * the render (unless --force), and a region's summary.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cellValues, parseAsync } from '../src/index.js';
import { sumReports } from '../src/aggregate/sum.js';
import { Store } from '../src/store/store.js';
import { tableGrid } from '../src/render/index.js';
import { sections, tableNumbers } from '../src/model/formats/index.js';
import { root } from './helpers.js';
import { run } from './cli.js';


const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-cli-'));
const db = join(dir, 'corpus.db');
const fixture = (p: string) => join(root, p);
const hongze2023 = fixture('fixtures/corpus/raw/2023-jiangsu-huaian-hongze.pdf');
const hongze2024 = fixture('fixtures/corpus/raw/2024-jiangsu-huaian-hongze.pdf');
const huaian2024 = fixture('fixtures/corpus/raw/2024-jiangsu-huaian.pdf');
const clean2021 = fixture('examples/2024-township-gbk.txt');

describe('nianbao render and new', () => {
  before(async () => {
    const r = await run(['ingest', '--db', db, hongze2023, hongze2024, huaian2024, fixture('fixtures/seeds/000_f42b2add2afd0cc6.txt')]);
    assert.equal(r.code, 0, r.err);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a report file to Markdown on standard output, the six official titles in order', async () => {
    const r = await run(['render', clean2021, '--to', 'md']);
    assert.equal(r.code, 0, r.err);
    let at = -1;
    for (const s of sections) {
      const i = r.out.indexOf(`## ${s.title}`);
      assert.ok(i > at, s.title);
      at = i;
    }
  });

  it('refuses a binary form without -o (exit 2) and an unreadable file (exit 2)', async () => {
    assert.equal((await run(['render', clean2021, '--to', 'docx'])).code, 2);
    const r = await run(['render', join(dir, 'none.txt'), '--to', 'md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /无法读取/);
  });

  it('renders a stored report by id, as Word, reading back the same cells', async () => {
    const store = await Store.open(db);
    const [row] = await store.list({ organ: '淮安市人民政府', years: [2024] });
    const values = (await store.values([row!.id])).get(row!.id)!;
    await store.close();
    const out = join(dir, 'stored.docx');
    const r = await run(['render', String(row!.id), '--db', db, '--to', 'docx', '-o', out]);
    assert.equal(r.code, 0, r.err);
    const back = cellValues(await parseAsync(readFileSync(out)));
    for (const [id, v] of Object.entries(values)) if (typeof v === 'number') assert.equal(back[id], v, id);
  });

  it('renders a 2019 report in the 2021 format, listing the cells left blank', async () => {
    const out = join(dir, 'converted.html');
    const r = await run(['render', fixture('fixtures/seeds/000_f42b2add2afd0cc6.txt'), '--to', 'html', '--format', '2021', '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /19 个 2021 格式单元格在 2019 格式中没有对应，留空/);
    assert.match(r.err, /表二 第二十条第（一）项 行政规范性文件 本年废止件数/);
    const back = await parseAsync(readFileSync(out));
    assert.deepEqual(back.tableFormats, { table2: '2021', table3: '2021', table4: '2021' });
  });

  it('writes a new draft pre-filled with last year\'s 结转下年度 and 现行有效件数', async () => {
    const out = join(dir, 'draft.json');
    const r = await run(['new', '--organ', '洪泽区', '--year', '2025', '--db', db, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /预填上年结转/);
    const draft = JSON.parse(readFileSync(out, 'utf8'));
    const last = cellValues(await parseAsync(readFileSync(hongze2024)));
    assert.match(draft.organ, /洪泽区人民政府$/);
    assert.equal(draft.year, 2025);
    for (const c of ['naturalPerson', 'commercial', 'total']) assert.equal(draft.cells[`table3.carriedOver.${c}`], last[`table3.carriedForward.${c}`]);
    assert.equal(draft.cells['table2.normativeDocuments.inForce'], last['table2.normativeDocuments.inForce']);
    assert.equal(draft.cells['table3.newReceived.total'], null);
    assert.match(draft.intro[0], /自2025年1月1日起至2025年12月31日止/);
  });

  it('says so where the corpus holds no report of last year', async () => {
    const r = await run(['new', '--organ', '某某县人民政府', '--year', '2025', '--db', db]);
    assert.equal(r.code, 0);
    assert.match(r.err, /未预填结转数/);
    assert.equal(JSON.parse(r.out).cells['table3.carriedOver.total'], null);
  });

  it('makes no corpus where there is none, and says an output it cannot write (exit 2)', async () => {
    const missing = join(dir, 'no-such.db');
    const r = await run(['new', '--organ', '某某县人民政府', '--year', '2025', '--db', missing]);
    assert.equal(r.code, 0);
    assert.match(r.err, /没有语料库/);
    assert.equal(existsSync(missing), false);
    const w = await run(['new', '--organ', '某某县人民政府', '--year', '2025', '--db', missing, '-o', join(dir, 'no/such/dir/d.json')]);
    assert.equal(w.code, 2);
    assert.match(w.err, /无法写入/);
  });

  /** A draft holding a real, clean 2021 report's numbers with every total left blank. */
  async function filledDraft(): Promise<Record<string, unknown>> {
    const r = await run(['new', '--organ', '平武县木座藏族乡人民政府', '--year', '2024', '--db', db]);
    const draft = JSON.parse(r.out);
    const values = cellValues(await parseAsync(readFileSync(clean2021)));
    for (const id of Object.keys(draft.cells)) draft.cells[id] = values[id] ?? null;
    for (const id of Object.keys(draft.cells)) if (/^table3\..*\.total$|^table4\..*\.total$/.test(id)) draft.cells[id] = null;
    return draft;
  }

  it('renders a JSON draft with its totals worked out from their parts', async () => {
    const draft = await filledDraft();
    writeFileSync(join(dir, 'filled.json'), JSON.stringify(draft));
    const r = await run(['render', join(dir, 'filled.json'), '--to', 'md']);
    assert.equal(r.code, 0, r.err);
    const original = cellValues(await parseAsync(readFileSync(clean2021)));
    const back = cellValues(await parseAsync(r.out));
    for (const id of ['table3.total.total', 'table3.newReceived.total', 'table4.review.total']) assert.equal(back[id], original[id], id);
  });

  it('refuses a draft whose typed total disagrees (exit 1, the finding listed), renders it with --force', async () => {
    const draft = await filledDraft();
    (draft.cells as Record<string, number>)['table3.granted.total'] = 999;
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(draft));
    const r = await run(['render', file, '--to', 'html']);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /table3-/);
    assert.match(r.err, /草稿有 \d+ 个错误，未输出.*--force/);
    const forced = await run(['render', file, '--to', 'html', '--force']);
    assert.equal(forced.code, 0);
    assert.match(forced.out, /<td class="n">999<\/td>/);
  });

  it('an Excel draft, filled in with exceljs like a clerk would, reads back checked with its totals', async () => {
    const xlsx = join(dir, 'draft.xlsx');
    assert.equal((await run(['new', '--organ', '平武县木座藏族乡人民政府', '--year', '2024', '--db', db, '-o', xlsx])).code, 0);
    const values = cellValues(await parseAsync(readFileSync(clean2021)));
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.readFile(xlsx);
    for (const t of ['table2', 'table3', 'table4'] as const) {
      const sheet = book.getWorksheet(tableNumbers[t])!;
      tableGrid(t, {}, '2021').rows.forEach((row, i) => row.forEach((c, j) => {
        if (c.id && !/\.total$/.test(c.id)) sheet.getCell(i + 1, j + 1).value = values[c.id] ?? null;
      }));
    }
    await book.xlsx.writeFile(xlsx);
    const r = await run(['render', xlsx, '--to', 'md']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /已按分项合计填入 \d+ 个空白的合计单元格/);
    const back = cellValues(await parseAsync(r.out));
    for (const [id, v] of Object.entries(values)) if (typeof v === 'number') assert.equal(back[id], v, id);
  });

  it('sums a region\'s reports of a year into 表三 and 表四, listing those included and left out', async () => {
    const csv = join(dir, 'organs.csv');
    writeFileSync(csv, '机关,区划代码,层级\n淮安市洪泽区人民政府,320813,county\n淮安市人民政府,320800,city\n');
    assert.equal((await run(['organs', '--db', db, '--import', csv])).code, 0);
    const out = join(dir, 'region.xlsx');
    const r = await run(['render', '--aggregate', '3208', '--year', '2024', '--db', db, '--to', 'xlsx', '-o', out]);
    assert.equal(r.code, 0, r.err);
    const store = await Store.open(db);
    const rows = await store.list({ region: '3208', years: [2024] });
    const values = await store.values(rows.map((x) => x.id));
    await store.close();
    assert.equal(rows.length, 2);
    const want = sumReports(rows.map((x) => ({ values: values.get(x.id)! }))).values;
    const back = await parseAsync(readFileSync(out));
    const got = cellValues(back);
    for (const id of ['table3.newReceived.total', 'table3.total.naturalPerson', 'table4.review.total']) {
      assert.equal(got[id], want[id], id);
      assert.equal(typeof want[id], 'number');
    }
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.readFile(out);
    const text = book.getWorksheet('报告')!.getColumn(1).values.join('\n');
    assert.match(text, /纳入汇总的报告（2份）/);
    assert.match(text, /洪泽区人民政府（2024-jiangsu-huaian-hongze.pdf）/);
    assert.match(text, /未纳入汇总的报告（0份）/);
    const docx = await run(['render', '--aggregate', '3208', '--year', '2024', '--db', db, '--to', 'docx', '-o', join(dir, 'region.docx')]);
    assert.equal(docx.code, 0, docx.err);
    const none = await run(['render', '--aggregate', '99', '--year', '2024', '--db', db, '--to', 'xlsx', '-o', join(dir, 'none.xlsx')]);
    assert.equal(none.code, 2);
  });
});
