/** The corpus commands end to end on a SQLite file: ingest, list, show, compare, stats, export. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { run } from './cli.js';
import { parse } from '../src/parse.js';
import { cellValues } from '../src/model/values.js';
import { series } from '../scripts/series.js';
import { real } from './helpers.js';


describe('corpus commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-cli-'));
  const input = join(dir, 'in');
  const db = join(dir, 'corpus.db');
  const texts: string[] = [];

  before(async () => {
    (await import('node:fs')).mkdirSync(input);
    let copied = '';
    for (const r of series({ organs: 4, from: 2021, to: 2024 })) {
      let text = r.text;
      // Planted: organ 2's 2023 report carried over 9 (its 2022 report carried fewer forward).
      if (r.name === '00002-2023.txt') text = text.replace(/(二、上年结转政府信息公开申请数量)\t\d+/, '$1\t9');
      // Planted: organ 3's 2024 report is its 2023 report with the year changed.
      if (r.name === '00003-2023.txt') copied = text;
      if (r.name === '00003-2024.txt') text = copied.replaceAll('2023', '2024').replaceAll('2024年1月20日', '2025年1月20日');
      writeFileSync(join(input, r.name), text);
      texts.push(text);
    }
    for (const f of readdirSync(join(real, 'seeds'))) copyFileSync(join(real, 'seeds', f), join(input, f));
    const r = await run(['ingest', input, '--db', db, '--jobs', '1']);
    assert.equal(r.code, 0, r.err);
  });

  it('ingest says what it stored; a second run stores nothing new', async () => {
    const r = await run(['ingest', input, '--db', db, '--jobs', '0']);
    assert.equal(r.code, 0);
    assert.match(r.err, /新存 0 份.*已有而跳过 21 份/);
  });

  it('cross-year findings appear where planted, and nowhere else', async () => {
    const carry = JSON.parse(`[${(await run(['list', '--db', db, '--rule', 'carryover-continuity', '--format', 'json'])).out.split('\n').filter(Boolean).join(',')}]`);
    // The copied 2024 report may also break the carry-over (it repeats 2023's 上年结转): nothing else may.
    const files = carry.map((r: { fileName: string }) => r.fileName);
    assert.ok(files.includes('00002-2023.txt'));
    assert.deepEqual(files.filter((f: string) => f !== '00002-2023.txt' && f !== '00003-2024.txt'), []);
    const copied = (await run(['list', '--db', db, '--rule', 'report-copied', '--format', 'json'])).out.split('\n').filter(Boolean).map((l) => JSON.parse(l).fileName);
    assert.deepEqual(copied, ['00003-2024.txt']);
    for (const rule of ['table2-in-force-continuity', 'table2-total-decreasing']) {
      const found = (await run(['list', '--db', db, '--rule', rule, '--format', 'json'])).out.split('\n').filter(Boolean).map((l) => JSON.parse(l).fileName);
      assert.deepEqual(found.filter((f) => f !== '00003-2024.txt'), [], rule);
    }
  });

  it('show prints the report and its findings, exit 1 where it has errors', async () => {
    const rows = (await run(['list', '--db', db, '--format', 'json'])).out.split('\n').map((l) => JSON.parse(l));
    const seed = rows.find((r) => r.fileName.startsWith('003_'));
    const r = await run(['show', String(seed.id), '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.out, /表三/);
    assert.match(r.out, /table3-balance/);
    const clean = rows.find((r) => r.fileName === '00000-2022.txt');
    assert.equal((await run(['show', String(clean.id), '--db', db])).code, 0);
    assert.equal((await run(['show', '99999', '--db', db])).code, 2);
  });

  it('compare puts two years side by side and marks the differences', async () => {
    const r = await run(['compare', '晋江市东东镇人民政府', '--years', '2022,2023', '--db', db]);
    assert.equal(r.code, 0, r.err);
    const line = r.out.split('\n').find((l) => l.includes('表三 一、本年新收政府信息公开申请数量 总计'));
    assert.ok(line?.startsWith('*'), 'a changed cell is marked');
    assert.match(r.out, /\d+ 个单元格不同/);
    assert.match(r.out, /指标\s+2022\s+2023\s+变化/);
    assert.match(r.out, /本年新收申请.*[+-]\d+/);
    const en = await run(['compare', '晋江市东东镇人民政府', '--years', '2022,2023', '--db', db], 'en');
    assert.match(en.out, /metric\s+2022\s+2023\s+change/);
    assert.match(en.out, /Applications received.*[+-]\d+/);
    assert.equal((await run(['compare', '东东镇', '--years', '2022,2023', '--db', db])).code, 2, 'a part of several organs\' names is ambiguous');
  });

  it('stats sums the reports in the database and says which were excluded', async () => {
    const r = await run(['stats', '--db', db, '--by', 'year', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const y2022 = j.groups.find((g: { key: number }) => g.key === 2022);
    const expected = texts.map((t) => cellValues(parse(t))).filter((_, i) => [...series({ organs: 4, from: 2021, to: 2024 })][i]!.year === 2022)
      .reduce((a, v) => a + (v['table3.newReceived.total'] ?? 0), 0);
    assert.equal(y2022.values['table3.newReceived.total'], expected);
    assert.equal(y2022.reports, 4);
    assert.ok(y2022.metrics.grantedShare >= 0 && y2022.metrics.grantedShare <= 1);
    const ex = JSON.parse((await run(['stats', '--db', db, '--exclude-errors', '--format', 'json'])).out);
    assert.ok(ex.excluded.length >= 4, 'the seeds with errors (and the planted reports) are named');
    assert.ok(ex.groups[0].reports < j.groups.reduce((a: number, g: { reports: number }) => a + g.reports, 0));
  });

  it('export writes CSV with a BOM and official labels, and JSONL one report per line', async () => {
    const csv = join(dir, 'out.csv');
    assert.equal((await run(['export', '--to', 'csv', '-o', csv, '--db', db, '--year', '2023'])).code, 0);
    const bytes = readFileSync(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1)) as string[][];
    assert.equal(rows.length, 1 + 5, 'header and four organs + one seed of 2023');
    assert.ok(rows[0]!.includes('表三 一、本年新收政府信息公开申请数量 总计'));
    const jsonl = join(dir, 'out.jsonl');
    assert.equal((await run(['export', '--to', 'jsonl', '-o', jsonl, '--db', db])).code, 0);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 21);
    assert.ok(lines.every((l) => l.report && Array.isArray(l.diagnostics) && l.organ));
  });
});

describe('corpus commands: a county and its towns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-towns-'));
  const db = join(dir, 'corpus.db');
  const towns = [['晋江市内坑镇人民政府', 4, 1], ['晋江市安海镇人民政府', 10, 8], ['晋江市磁灶镇人民政府', 6, 6]] as const;

  before(async () => {
    const { reportText, requestCells: cells } = await import('../src/check/testing.js');
    for (const [i, [organ, received, granted]] of towns.entries()) writeFileSync(join(dir, `town${i}.txt`), reportText({ organ, year: 2023, cells: cells(received, granted) }));
    // The county's own report sums its towns' (20 received, 15 granted) but prints 16 granted.
    const county = reportText({ organ: '晋江市人民政府', year: 2023, cells: { ...cells(20, 16), 'table3.unavailable.notHeld.naturalPerson': 4, 'table3.unavailable.notHeld.total': 4 } })
      .replace(/^.*年度报告$/m, '晋江市人民政府2023年政府信息公开工作年度报告（汇总）');
    writeFileSync(join(dir, 'county.txt'), county);
    const r = await run(['ingest', join(dir, 'town0.txt'), join(dir, 'town1.txt'), join(dir, 'town2.txt'), join(dir, 'county.txt'), '--db', db, '--jobs', '0']);
    assert.equal(r.code, 0, r.err);
  });

  it('stats --by parent compares a summary report with the sum of its members', async () => {
    const j = JSON.parse((await run(['stats', '--db', db, '--by', 'parent', '--format', 'json'])).out);
    const county = j.groups.find((g: { name: string }) => g.name === '晋江市人民政府');
    assert.equal(county.reports, 3, 'the three towns are its members');
    assert.equal(county.values['table3.granted.total'], 15);
    assert.equal(j.summaries.length, 1);
    const paths = j.summaries[0].findings.map((f: { path: string }) => f.path);
    assert.ok(paths.includes('table3.granted.total'));
    const f = j.summaries[0].findings.find((x: { path: string }) => x.path === 'table3.granted.total');
    assert.equal(f.expected, 15);
    assert.equal(f.actual, 16);
    assert.equal(f.severity, 'info');
  });

  it('stats --rank ranks the towns of a region by a metric, ties sharing a rank', async () => {
    const j = JSON.parse((await run(['stats', '--db', db, '--by', 'organ', '--level', 'town', '--rank', 'grantedShare', '--format', 'json'])).out);
    assert.deepEqual(j.groups.map((g: { name: string; rank: number }) => [g.name, g.rank]), [
      ['晋江市磁灶镇人民政府', 1], ['晋江市安海镇人民政府', 2], ['晋江市内坑镇人民政府', 3],
    ]);
    assert.equal((await run(['stats', '--db', db, '--rank', 'nonsense'])).code, 2);
  });

  it('reparse re-reads what an older parser version stored', async () => {
    const { Store } = await import('../src/store/store.js');
    const store = await Store.open(db);
    try {
      await store.db.updateTable('report').set({ parser_version: '0.0.0-old' }).where('file_name', '=', 'town1.txt').execute();
    } finally {
      await store.close();
    }
    const r = await run(['reparse', '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /重新读取 1 份/);
    const rows = (await run(['list', '--db', db, '--format', 'json'])).out.split('\n').map((l) => JSON.parse(l));
    assert.ok(rows.every((x: { parserVersion: string }) => x.parserVersion !== '0.0.0-old'));
  });

  it('compare shows the metrics of each year and their change', async () => {
    const r = await run(['compare', '内坑镇', '--years', '2022,2023', '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /（缺 2022）/);
  });
});

describe('corpus commands: a store that cannot be opened', () => {
  it('says why, in Chinese and English, and exits 2', async () => {
    const pg = await run(['list', '--db', 'postgres://127.0.0.1:1/nope']);
    assert.equal(pg.code, 2);
    assert.match(pg.err, /无法连接 PostgreSQL/);
    assert.match((await run(['list', '--db', 'postgres://127.0.0.1:1/nope'], 'en')).err, /cannot connect to PostgreSQL/);
    const file = await run(['ingest', 'examples', '--db', join(tmpdir(), 'no-such-dir', 'x.db')]);
    assert.equal(file.code, 2);
    assert.match(file.err, /无法打开数据库文件/);
    assert.match((await run(['ingest', 'examples', '--db', join(tmpdir(), 'no-such-dir', 'x.db')], 'en')).err, /cannot open database file/);
    assert.equal((await run(['stats', '--year', 'abc', '--db', join(mkdtempSync(join(tmpdir(), 'nianbao-')), 'a.db')])).code, 2);
  });
});
