/** Versions through the CLI: list marks them, versions and pin show and choose, compare and stats say which was used. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { reportText, requestCells } from '../src/check/testing.js';
import { run } from './cli.js';

describe('corpus commands: versions of one report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-versions-cli-'));
  const db = join(dir, 'corpus.db');
  const organ = '晋江市内坑镇人民政府';
  const json = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));

  before(async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    const text = reportText({ organ, year: 2023, cells: requestCells(4, 1) });
    writeFileSync(join(input, 'a-2023.txt'), text);
    // The same report once more, read with a repair (a stray NUL): a worse reading of it.
    writeFileSync(join(input, 'b-2023.txt'), text.replace('\n', '\u0000\n'));
    writeFileSync(join(input, 'a-2022.txt'), reportText({ organ, year: 2022, cells: requestCells(3, 1) }));
    assert.equal((await run(['ingest', input, '--db', db, '--jobs', '0'])).code, 0);
  });

  it('list shows every file, marked as a version of its report, and counts reports once', async () => {
    const r = await run(['list', '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /选用·2.*a-2023\.txt/);
    assert.match(r.out, /└·2.*b-2023\.txt/);
    assert.match(r.err, /共 3 个文件，2 份报告/);
    const preferred = json((await run(['list', '--db', db, '--preferred', '--format', 'json'])).out);
    assert.deepEqual(preferred.map((x) => x.fileName).sort(), ['a-2022.txt', 'a-2023.txt']);
  });

  it('versions lists a report\'s files with their reader diagnostics; pin chooses one, --clear gives it back', async () => {
    const all = json((await run(['list', '--db', db, '--format', 'json'])).out);
    const b = all.find((x) => x.fileName === 'b-2023.txt');
    const v = await run(['versions', String(b.id), '--db', db]);
    assert.equal(v.code, 0, v.err);
    assert.match(v.out, /读取诊断/);
    assert.ok(v.out.indexOf('a-2023.txt') < v.out.indexOf('b-2023.txt'), 'the version counted first');
    const p = await run(['pin', String(b.id), '--db', db]);
    assert.equal(p.code, 0, p.err);
    assert.match(p.err, new RegExp(`已指定 #${b.id} 为选用的版本`));
    const c = await run(['compare', '内坑镇', '--years', '2022,2023', '--db', db]);
    assert.match(c.out, new RegExp(`2023：#${b.id} b-2023\\.txt（2 个版本，用户指定）`));
    assert.match(c.out, /2022：#\d+ a-2022\.txt（1 个版本，唯一版本）/);
    const s = await run(['stats', '--db', db]);
    assert.match(s.out, /计入 2 份报告，每份一个版本（1 份由用户指定）；另有 1 个版本未计入/);
    const clear = await run(['pin', String(b.id), '--clear', '--db', db], 'en');
    assert.match(clear.err, /unpinned: #\d+ is counted \(best reading\)/);
    const en = await run(['compare', '内坑镇', '--years', '2023', '--db', db], 'en');
    assert.match(en.out, /2023: #\d+ a-2023\.txt \(2 version\(s\), best reading\)/);
    assert.equal((await run(['pin', 'x', '--db', db])).code, 2);
    assert.equal((await run(['versions', '9999', '--db', db])).code, 2);
  });

  it('export writes each report once, with the version it used', async () => {
    const r = await run(['export', '--to', 'csv', '--header', 'id', '--db', db, '-o', join(dir, 'out.csv')]);
    assert.equal(r.code, 0, r.err);
    const { parse } = await import('csv-parse/sync');
    const rows = parse((await import('node:fs')).readFileSync(join(dir, 'out.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(rows.map((x) => [x.file, x.versions, x.chosenBy]).sort(), [['a-2022.txt', '1', '唯一版本'], ['a-2023.txt', '2', '读取质量最佳']]);
  });
});
