/**
 * One report, one record, on SQLite and PostgreSQL: files of one organ and year are versions
 * of one report; the version counted is the pinned one, else the best reading, else the
 * newest; versions whose numbers differ are a finding; sums count each report once.
 */
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../check/engine.js';
import { reportText, requestCells } from '../check/testing.js';
import { compareOrgan, corpusStats, listVersions, pinVersion } from '../corpus/index.js';
import { NianbaoError } from '../errors.js';
import { parse } from '../parse.js';
import { toPayload } from './payload.js';
import { Store } from './store.js';
import { skipFor, targets } from './testing.js';
import { versionScope, versionsRuleId } from './versions.js';
import { backfillVersions } from './migrations/0002-versions.js';

const enc = new TextEncoder();

function put(store: Store, name: string, text: string) {
  const bytes = enc.encode(text);
  const report = parse(bytes, { name });
  return store.put({ sha256: createHash('sha256').update(bytes).digest('hex'), name, size: bytes.byteLength, bytes }, toPayload(report, check(report)));
}

const organ = '晋江市内坑镇人民政府';
const text2023 = reportText({ organ, year: 2023, cells: requestCells(4, 1) });
// The same report read with a reader's repair (a stray NUL: read/repaired) and one number different.
const repaired = reportText({ organ, year: 2023, cells: { ...requestCells(4, 1), 'table3.newReceived.naturalPerson': 5, 'table3.newReceived.total': 5, 'table3.carriedForward.naturalPerson': 2, 'table3.carriedForward.total': 2 } }).replace('\n', '\u0000\n');

for (const make of targets) {
  const kind = make().dialect;

  test(`${kind}: files of one organ and year are versions of one report, counted once`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      const a = await put(store, 'report.pdf', text2023);
      const b = await put(store, 'report.docx', repaired);
      const other = await put(store, 'report-2022.pdf', reportText({ organ, year: 2022, cells: requestCells(3, 1) }));
      const failed = await put(store, 'notes.txt', '会议纪要，没有表格。');

      // Every file stored once, as before.
      assert.equal((await store.list()).length, 4);
      const versions = await listVersions(store, b.id);
      assert.deepEqual(versions.map((v) => [v.id, v.preferred, v.versions]), [[a.id, true, 2], [b.id, false, 2]], 'the better reading is counted, though older');
      assert.equal(versions[1]!.readerIssues, 1);
      assert.equal(versions[0]!.reportKey, versions[1]!.reportKey);
      const [single] = await listVersions(store, other.id);
      assert.deepEqual([single!.versions, single!.preferred], [1, true]);
      const [lone] = await listVersions(store, failed.id);
      assert.equal(lone!.reportKey, null, 'a failed file stands alone');

      // The conflicting cells are a finding on the version counted, naming the other file.
      const findings = (await store.diagnostics(a.id)).filter((d) => d.ruleId === versionsRuleId);
      assert.equal(findings.length, 1);
      assert.equal(findings[0]!.data.other, 'report.docx');
      assert.equal(findings[0]!.data.cells, 4);
      assert.equal(findings[0]!.path, 'table3.newReceived.naturalPerson');
      assert.match(findings[0]!.message.zh, /report\.docx（#\d+）有 4 格数字与选用的版本不同/);
      assert.deepEqual(await store.diagnostics(b.id).then((ds) => ds.filter((d) => d.ruleId === versionsRuleId)), []);
      assert.ok((await store.list({ ids: [a.id] }))[0]!.warnings >= 1, 'counted among its warnings');
      assert.deepEqual((await store.list({ rule: versionsRuleId })).map((r) => r.id), [a.id]);

      // Sums, stats and compare count the report once, by the version counted.
      const [sum] = await store.sums({ years: [2023] });
      assert.deepEqual([sum!.reports, sum!.values['table3.newReceived.total']], [1, 4]);
      const stats = await corpusStats(store, {});
      assert.equal(stats.groups[0]!.reports, 2);
      assert.deepEqual(stats.versions, { reports: 2, leftOut: 1, pinned: 0 });
      const c = await compareOrgan(store, '内坑镇', [2022, 2023]);
      assert.deepEqual(c.versions.map((v) => [v.year, v.file, v.versions, v.chosenBy]), [[2022, 'report-2022.pdf', 1, 'only'], [2023, 'report.pdf', 2, 'quality']]);
      assert.deepEqual(c.cells.find((x) => x.id === 'table3.newReceived.total')!.values, [3, 4]);

      // Pinned, the other version is counted (and carries the finding); unpinned, quality again.
      const pinned = await pinVersion(store, b.id);
      assert.deepEqual(pinned.map((v) => [v.id, v.preferred, v.pinned]), [[b.id, true, true], [a.id, false, false]]);
      assert.equal((await store.sums({ years: [2023] }))[0]!.values['table3.newReceived.total'], 5);
      assert.deepEqual((await store.diagnostics(a.id)).filter((d) => d.ruleId === versionsRuleId), []);
      assert.equal((await store.diagnostics(b.id)).filter((d) => d.ruleId === versionsRuleId)[0]!.data.other, 'report.pdf');
      assert.equal((await compareOrgan(store, '内坑镇', [2023])).versions[0]!.chosenBy, 'pin');
      assert.deepEqual((await corpusStats(store, {})).versions, { reports: 2, leftOut: 1, pinned: 1 });
      await pinVersion(store, b.id, false);
      assert.deepEqual((await listVersions(store, a.id)).map((v) => [v.id, v.preferred]), [[a.id, true], [b.id, false]]);

      // A third file as good as the first, and newer: the newest of the best readings is counted.
      const c3 = await put(store, 'report-corrected.html', text2023 + '\n');
      assert.deepEqual((await listVersions(store, a.id)).map((v) => [v.id, v.preferred, v.versions]), [[c3.id, true, 3], [a.id, false, 3], [b.id, false, 3]]);
      const now = await store.db.selectFrom('diagnostic').select(['report_id']).where('scope', '=', versionScope).execute();
      assert.deepEqual(now.map((r) => r.report_id), [c3.id], 'one finding (against report.docx), on the version counted only');

      await assert.rejects(pinVersion(store, 9999), (e: unknown) => e instanceof NianbaoError && e.code === 'corpus.no-report');
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: a summary report (汇总) of an organ and year is a report of its own, not a version`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      await put(store, 'own.txt', text2023);
      const summary = await put(store, 'summary.txt', text2023.replace('年度报告', '年度报告汇总'));
      const rows = await store.list();
      assert.equal(rows.length, 2);
      assert.ok(rows.every((r) => r.preferred && r.versions === 1));
      assert.match((await listVersions(store, summary.id))[0]!.reportKey!, /\/2023\/汇总$/);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: a store made before versions gets them by the migration's rules`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      await put(store, 'report.docx', repaired);
      await put(store, 'report.pdf', text2023);
      await put(store, 'report-2022.pdf', reportText({ organ, year: 2022, cells: requestCells(3, 1) }));
      await put(store, 'notes.txt', '会议纪要，没有表格。');
      const settled = (await store.list()).map((r) => [r.fileName, r.reportKey, r.preferred, r.readerIssues]);
      await store.db.updateTable('report').set({ report_key: null, preferred: 1, reader_issues: 0 }).execute();
      await backfillVersions(store.db);
      assert.deepEqual((await store.list()).map((r) => [r.fileName, r.reportKey, r.preferred, r.readerIssues]), settled);
    } finally {
      await store.close();
      await target.drop();
    }
  });

  test(`${kind}: two writers storing versions of the same reports at once: one version counted of each`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const first = await Store.open(target.url);
    // Two connections on PostgreSQL; SQLite has one writer per file (two processes at once: src/ingest/ingest.test.ts).
    const second = kind === 'postgres' ? await Store.open(target.url) : first;
    try {
      const organs = ['晋江市内坑镇人民政府', '晋江市安海镇人民政府', '晋江市东石镇人民政府'];
      const forms = (o: string, y: number) => [reportText({ organ: o, year: y, cells: requestCells(4, 1) }), reportText({ organ: o, year: y, cells: requestCells(4, 1) }) + '\n\n', reportText({ organ: o, year: y, cells: requestCells(5, 1) }).replace('\n', '\u0000\n')];
      // Each store writes one report at a time (as ingest and a queue worker do); the two at once.
      const chains = new Map<Store, Promise<unknown>>([[first, Promise.resolve()], [second, Promise.resolve()]]);
      for (const o of organs) {
        for (const y of [2022, 2023]) {
          forms(o, y).forEach((text, i) => {
            const store = i % 2 ? second : first;
            chains.set(store, chains.get(store)!.then(() => put(store, `${o}-${y}-${i}.txt`, text)));
          });
        }
      }
      await Promise.all(chains.values());
      const rows = await first.list();
      assert.equal(rows.length, 18);
      const byKey = new Map<string | null, typeof rows>();
      for (const r of rows) byKey.set(r.reportKey, [...(byKey.get(r.reportKey) ?? []), r]);
      assert.equal(byKey.size, 6);
      for (const [key, versions] of byKey) {
        assert.equal(versions.filter((v) => v.preferred).length, 1, `${key}: one version counted`);
        assert.ok(versions.every((v) => v.versions === 3));
        const counted = versions.find((v) => v.preferred)!;
        assert.equal(counted.readerIssues, 0, `${key}: a clean reading counted`);
        const conflicts = (await first.diagnostics(counted.id)).filter((d) => d.ruleId === versionsRuleId);
        assert.equal(conflicts.length, 1, `${key}: the differing version is a finding`);
      }
      assert.equal((await first.sums({}))[0]!.reports, 6);
    } finally {
      await first.close();
      if (second !== first) await second.close();
      await target.drop();
    }
  });
}
