/** Regions through the CLI: organs placed in the division list, --region by code and by name on list, stats, export, compare. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { reportText } from '../src/check/testing.js';
import { run } from './cli.js';

describe('corpus commands: regions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-regions-cli-'));
  const db = join(dir, 'corpus.db');
  const json = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));

  before(async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    const organs = ['晋江市内坑镇人民政府', '晋江市发展和改革局', '惠安县螺阳镇人民政府', '和林格尔县城关镇人民政府', '清水河县城关镇人民政府', '沐阳县人民政府'];
    for (const [i, organ] of organs.entries()) writeFileSync(join(input, `${i}.txt`), reportText({ organ, year: 2023 }));
    assert.equal((await run(['ingest', input, '--db', db, '--jobs', '0'])).code, 0);
  });

  it('organs carry the region code and level of their division, or the reason they have none', async () => {
    const r = await run(['organs', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const byName = new Map(json(r.out).map((o) => [o.name, o]));
    assert.deepEqual(['region_code', 'level', 'department', 'level_assumed'].map((k) => byName.get('晋江市内坑镇人民政府')[k]), ['350582109000', 'town', false, false]);
    assert.deepEqual(['region_code', 'level', 'department', 'level_assumed'].map((k) => byName.get('晋江市发展和改革局')[k]), ['350582', 'county', true, false]);
    assert.equal(byName.get('清水河县城关镇人民政府').region_code, '150124100000');
    const misprint = byName.get('沐阳县人民政府');
    assert.equal(misprint.region_code, null);
    assert.match(misprint.region_note.zh, /“沐阳县”不在区划代码表中/);
    const table = await run(['organs', '--db', db]);
    assert.match(table.out, /“沐阳县”不在区划代码表中/);
  });

  it('--region by code selects a division and everything under it; by name the same', async () => {
    const count = async (region: string) => json((await run(['list', '--db', db, '--region', region, '--format', 'json'])).out).length;
    assert.equal(await count('350582'), 2, '晋江市: the town and the department');
    assert.equal(await count('晋江市'), 2);
    assert.equal(await count('350000'), 3, '福建省');
    assert.equal(await count('福建省'), 3);
    assert.equal(await count('350582109000'), 1, '内坑镇 alone');
    assert.equal(await count('泉州市惠安县'), 1);
    assert.equal(await count('150000'), 2, '内蒙古自治区');
    const ambiguous = await run(['list', '--db', db, '--region', '城关镇']);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.err, /“城关镇”可指 \d+ 处区划，请写出上级或区划代码：.*150123100000/);
    const unknown = await run(['list', '--db', db, '--region', '沐阳县']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /区划代码表中没有“沐阳县”/);
  });

  it('stats groups by region with the division named; export fills 区划代码 and takes --region', async () => {
    const s = await run(['stats', '--db', db, '--by', 'region', '--region-digits', '2', '--format', 'json']);
    assert.equal(s.code, 0, s.err);
    const groups = JSON.parse(s.out).groups as Array<{ key: string | null; name: string | null; reports: number }>;
    assert.deepEqual(groups.map((g) => [g.key, g.name, g.reports]), [['15', '15 内蒙古自治区', 2], ['35', '35 福建省', 3], [null, '未知', 1]]);
    const file = join(dir, 'jinjiang.csv');
    const csv = await run(['export', '--db', db, '--to', 'csv', '--region', '晋江市', '-o', file]);
    assert.equal(csv.code, 0, csv.err);
    const lines = readFileSync(file, 'utf8').replace(/^\ufeff/u, '').trim().split(/\r?\n/u);
    assert.equal(lines.length, 3);
    assert.ok(lines.some((l) => l.includes('350582109000')) && lines.some((l) => l.includes(',350582,')), lines.join('\n'));
  });

  it('compare --region tells apart two organs of one name', async () => {
    const both = await run(['compare', '城关镇人民政府', '--years', '2023', '--db', db]);
    assert.equal(both.code, 2);
    const one = await run(['compare', '城关镇人民政府', '--years', '2023', '--region', '清水河县', '--db', db]);
    assert.equal(one.code, 0, one.err);
    assert.match(one.out, /^清水河县城关镇人民政府 {2}2023/u);
  });
});
