import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../check/engine.js';
import { reportText } from '../check/testing.js';
import { parse } from '../parse.js';
import { series } from '../../scripts/series.js';
import { toPayload } from './payload.js';
import { Store, type FileInfo } from './store.js';
import { skipFor, targets } from './testing.js';

const enc = new TextEncoder();

function fileOf(name: string, text: string): { file: FileInfo; payload: ReturnType<typeof toPayload> } {
  const bytes = enc.encode(text);
  const report = parse(bytes, { name });
  return {
    file: { sha256: createHash('sha256').update(bytes).digest('hex'), name, size: bytes.byteLength, bytes },
    payload: toPayload(report, check(report)),
  };
}

for (const make of targets) {
  const kind = make().dialect;

  test(`${kind}: a report is stored once with its cells, findings and organ`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      const text = reportText({ organ: '晋江市内坑镇人民政府', year: 2023, cells: { 'table3.total.total': 5 } });
      const { file, payload } = fileOf('a.txt', text);
      const first = await store.put(file, payload);
      const again = await store.put(file, payload);
      assert.equal(first.stored, true);
      assert.deepEqual(again, { id: first.id, stored: false });
      const rows = await store.list();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.organName, '晋江市内坑镇人民政府');
      assert.equal(rows[0]!.year, 2023);
      assert.ok(rows[0]!.errors > 0, 'the broken total is an error');
      const values = (await store.values([first.id])).get(first.id)!;
      assert.equal(values['table3.total.total'], 5);
      assert.equal(values['table3.newReceived.naturalPerson'], 3);
      assert.equal(Object.keys(values).length, payload.cellCount);
      const model = await store.model(first.id);
      assert.equal(model?.organ, '晋江市内坑镇人民政府');
      const ds = await store.diagnostics(first.id);
      assert.ok(ds.some((d) => d.ruleId === 'table3-balance' && d.path === 'table3.total.total'));
      const f = await store.file(file.sha256);
      assert.deepEqual(Buffer.from(f!.bytes!), Buffer.from(file.bytes!));
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: a file that is no report is stored as failed, with its error`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      const { file, payload } = fileOf('note.txt', '会议通知\n请各单位准时参加。\n');
      await store.put(file, payload);
      const [row] = await store.list();
      assert.equal(row!.status, 'failed');
      assert.ok(row!.error?.zh, 'the error is kept in Chinese');
      assert.ok(row!.error?.en, 'and in English');
      assert.deepEqual(await store.list({ status: 'ok' }), []);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: a failed write leaves the store as it was`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      const { file, payload } = fileOf('a.txt', reportText({ year: 2023 }));
      // The same cell twice: the cell insert fails after the file and report rows were written.
      const good = payload.cells;
      const cells = JSON.parse(good) as unknown[];
      payload.cells = JSON.stringify([...cells, cells[0]]);
      await assert.rejects(store.put(file, payload));
      assert.deepEqual(await store.list(), []);
      assert.equal(await store.file(file.sha256), undefined);
      const organs = await store.db.selectFrom('organ').selectAll().execute();
      assert.deepEqual(organs, []);
      // And the organ the failed write met is not remembered as stored.
      payload.cells = good;
      const { stored } = await store.put(file, payload);
      assert.equal(stored, true);
      assert.equal((await store.db.selectFrom('organ').selectAll().execute()).length, 1);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: one organ across years and name variants; filters; sums in the database`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      const names = ['晋江市内坑镇人民政府', '内坑镇人民政府', '晋江市内坑镇'];
      for (const [i, organ] of names.entries()) {
        const { file, payload } = fileOf(`${i}.txt`, reportText({ organ, year: 2021 + i }));
        await store.put(file, payload);
      }
      const other = fileOf('x.txt', reportText({ organ: '惠安县螺阳镇人民政府', year: 2023 }));
      await store.put(other.file, other.payload);
      const rows = await store.list();
      const neikeng = rows.filter((r) => r.organName !== '惠安县螺阳镇人民政府');
      assert.equal(new Set(neikeng.map((r) => r.organId)).size, 1, 'three variants, one organ');
      assert.notEqual(rows.find((r) => r.organName === '惠安县螺阳镇人民政府')!.organId, neikeng[0]!.organId);
      assert.equal((await store.list({ organ: '内坑镇' })).length, 3);
      assert.equal((await store.list({ years: [2023] })).length, 2);
      assert.equal((await store.list({ rule: 'table3-balance' })).length, 0);

      const [all] = await store.sums({});
      assert.equal(all!.reports, 4);
      assert.equal(all!.values['table3.newReceived.total'], 12);
      assert.equal(all!.values['table3.carriedForward.naturalPerson'], 4);
      const byYear = await store.sums({}, 'year');
      assert.deepEqual(byYear.map((g) => [g.key, g.reports, g.values['table3.granted.total']]).sort(), [[2021, 1, 2], [2022, 1, 2], [2023, 2, 4]]);
      const byOrgan = await store.sums({ years: [2023] }, 'organ');
      assert.equal(byOrgan.length, 2);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: organs placed by name and the division list, and by the user's CSV where it has a row; sums by region`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      for (const [i, organ] of ['晋江市人民政府', '晋江市内坑镇人民政府', '晋江市安海镇人民政府', '惠安县螺阳镇人民政府'].entries()) {
        const { file, payload } = fileOf(`${i}.txt`, reportText({ organ, year: 2023 }));
        await store.put(file, payload);
      }
      await store.organs.place();
      const byName = async () => new Map((await store.db.selectFrom('organ').selectAll().execute()).map((o) => [o.name, o]));
      let organs = await byName();
      assert.equal(organs.get('晋江市内坑镇人民政府')!.level, 'town');
      assert.equal(organs.get('晋江市内坑镇人民政府')!.parent_id, organs.get('晋江市人民政府')!.id, 'the town\'s parent read from its name');
      // The division list knows 晋江市 is a 县级市: nothing is assumed, and every organ has its code.
      assert.equal(organs.get('晋江市人民政府')!.level, 'county');
      assert.equal(organs.get('晋江市人民政府')!.level_assumed, 0);
      assert.deepEqual([...organs.values()].map((o) => [o.name, o.region_code, o.region_note]).sort(), [
        ['惠安县螺阳镇人民政府', '350521101000', null], ['晋江市人民政府', '350582', null],
        ['晋江市内坑镇人民政府', '350582109000', null], ['晋江市安海镇人民政府', '350582101000', null],
      ]);
      assert.equal((await store.list({ region: '350582' })).length, 3, '晋江市 and its towns');
      assert.equal((await store.list({ region: '350000' })).length, 4, '福建省: everything under 35');
      assert.equal((await store.list({ region: '350582109000' })).length, 1, '内坑镇 alone');

      const issues = await store.organs.importOverrides('机关,区划代码,层级,上级\n晋江市人民政府,350582,县级,泉州市人民政府\n内坑镇人民政府,350582104,乡镇,\n安海镇,350582101,,\n螺阳镇,350521100,,\n');
      // 9-digit codes are no region codes: the lines are named and nothing of the CSV is kept.
      assert.deepEqual(issues.map((i) => [i.line, i.code]), [[3, 'bad-region-code'], [4, 'bad-region-code'], [5, 'bad-region-code']]);
      assert.equal((await store.db.selectFrom('organ_override').selectAll().execute()).length, 0);
      const ok = await store.organs.importOverrides('organ,region_code,level,parent\n晋江市人民政府,350582,county,泉州市人民政府\n内坑镇人民政府,350582104000,town,\n安海镇,350582101000,,\n螺阳镇,350521100000,,\n');
      assert.deepEqual(ok.map((i) => i.code), ['parent-not-found'], '泉州市人民政府 is not in the corpus');
      organs = await byName();
      const jinjiang = organs.get('晋江市人民政府')!;
      assert.equal(jinjiang.level, 'county');
      assert.equal(jinjiang.placed_by, 'csv');
      assert.equal(organs.get('晋江市内坑镇人民政府')!.region_code, '350582104000', 'the CSV wins over the list, even where it is wrong');
      const byRegion = await store.sums({}, 'region', 6);
      assert.deepEqual(byRegion.map((g) => [g.key, g.reports]).sort(), [['350521', 1], ['350582', 3]]);
      assert.equal((await store.list({ region: '3505' })).length, 4);
      assert.equal((await store.list({ level: 'town' })).length, 3);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: cross-year findings appear where planted and nowhere else`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    const { crossYearPass } = await import('./cross-year.js');
    try {
      const ids: number[] = [];
      for (const r of series({ organs: 3, from: 2021, to: 2023 })) {
        let text = r.text;
        // Planted: organ 1's 2023 report says 9 were carried over (its 2022 report carried forward fewer).
        if (r.name === '00001-2023.txt') {
          text = text.replace(/(二、上年结转政府信息公开申请数量)\t\d+/, '$1\t9');
        }
        const { file, payload } = fileOf(r.name, text);
        ids.push((await store.put(file, payload)).id);
      }
      await crossYearPass(store, ids);
      const found = await store.db.selectFrom('diagnostic').innerJoin('report', 'report.id', 'diagnostic.report_id')
        .select(['report.file_name', 'diagnostic.rule_id', 'diagnostic.path', 'diagnostic.detail']).where('scope', '=', 'cross-year').execute();
      assert.deepEqual(found.map((f) => [f.file_name, f.rule_id, f.path]), [['00001-2023.txt', 'carryover-continuity', 'table3.carriedOver.naturalPerson']]);
      const d = JSON.parse(found[0]!.detail);
      assert.equal(d.related[0].file, '00001-2022.txt');
      assert.equal(d.related[0].path, 'table3.carriedForward.naturalPerson');
      assert.ok(d.related[0].position.line > 0);
    } finally {
      await store.close();
      await target.drop();
    }
  });
}
