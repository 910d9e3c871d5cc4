/**
 * The cross-year rules over the corpus: for each report whose organ has a report of the year
 * before, check the pair and replace the report's cross-year findings. Run after an ingest
 * for the reports it stored and for the next-year reports of the same organs (whose previous
 * report may just have arrived).
 */
import { check } from '../check/engine.js';
import { rules } from '../check/rules/index.js';
import type { Report } from '../model/report.js';
import { cellValues } from '../model/values.js';
import { readAsync } from '../read/async.js';
import type { SourceText } from '../read/source.js';
import type { Store } from './store.js';

const crossYearRules = rules.filter((r) => r.meta.category === 'cross-year');

/**
 * Recompute the cross-year findings the reports `ids` take part in, and those of any report
 * an interrupted run left unchecked. Returns how many reports were checked against a previous one.
 */
export async function crossYearPass(store: Store, given: readonly number[]): Promise<number> {
  if (!crossYearRules.length) return 0;
  const db = store.db;
  const unchecked = await db.selectFrom('report').select('id').where('cross_checked', '=', 0).execute();
  const ids = [...new Set([...given, ...unchecked.map((r) => r.id)])];
  const touched = new Set<number>();
  // The organs and years concerned.
  const pairs = new Map<string, { organ: number; year: number }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('report').select(['organ_id', 'year']).where('id', 'in', ids.slice(i, i + 500))
      .where('organ_id', 'is not', null).where('year', 'is not', null).execute();
    for (const r of rows) {
      pairs.set(`${r.organ_id}/${r.year}`, { organ: r.organ_id!, year: r.year! });
      pairs.set(`${r.organ_id}/${r.year! + 1}`, { organ: r.organ_id!, year: r.year! + 1 });
    }
  }
  if (!pairs.size) return 0;
  const organs = [...new Set([...pairs.values()].map((p) => p.organ))];
  const byOrganYear = new Map<string, Array<{ id: number; name: string; sha256: string }>>();
  for (let i = 0; i < organs.length; i += 500) {
    const rows = await db.selectFrom('report').select(['id', 'organ_id', 'year', 'file_name', 'sha256'])
      .where('organ_id', 'in', organs.slice(i, i + 500)).where('status', '!=', 'failed').orderBy('id').execute();
    for (const r of rows) {
      const k = `${r.organ_id}/${r.year}`;
      let list = byOrganYear.get(k);
      if (!list) byOrganYear.set(k, (list = []));
      list.push({ id: r.id, name: r.file_name, sha256: r.sha256 });
    }
  }
  // Reports that have cross-year findings now: only those need a write when the pass finds nothing.
  const withFindings = new Set((await db.selectFrom('diagnostic').select('report_id').distinct().where('scope', '=', 'cross-year').execute()).map((r) => r.report_id));
  const models = new Map<number, Report>();
  const model = async (id: number) => {
    let m = models.get(id);
    if (!m) models.set(id, (m = (await store.model(id))!));
    return m;
  };
  let checked = 0;
  // Organ by organ, year by year: a model is kept only while its organ is being checked.
  const order = [...pairs.values()].sort((a, b) => a.organ - b.organ || a.year - b.year);
  let organNow = -1;
  for (const { organ, year } of order) {
    if (organ !== organNow) {
      models.clear();
      organNow = organ;
    }
    const current = byOrganYear.get(`${organ}/${year}`);
    // Where an organ has two reports of the year before (two forms of one report), the first stored stands for it.
    const prev = byOrganYear.get(`${organ}/${year - 1}`)?.[0];
    if (!current || !prev) continue;
    for (const cur of current) {
      if (touched.has(cur.id)) continue;
      touched.add(cur.id);
      const report = await model(cur.id);
      const previous = await model(prev.id);
      // Only report-copied reads the text, and only where every cell is the same: re-read the
      // stored files then, not for every pair.
      let source: SourceText | undefined;
      let prevSource: SourceText | undefined;
      if (sameCells(report, previous)) {
        source = await textOf(store, cur.sha256);
        prevSource = await textOf(store, prev.sha256);
      }
      const found = check(report, {
        reader: 'none',
        ...(source ? { source } : {}),
        previous: { report: previous, file: prev.name, ...(prevSource ? { source: prevSource } : {}) },
      }, crossYearRules);
      if (found.length || withFindings.has(cur.id)) await store.setCrossYear(cur.id, found);
      checked++;
    }
  }
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('report').set({ cross_checked: 1 }).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
  return checked;
}

function sameCells(a: Report, b: Report): boolean {
  const x = cellValues(a);
  const y = cellValues(b);
  const keys = Object.keys(x);
  return keys.length > 0 && keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

async function textOf(store: Store, sha256: string): Promise<SourceText | undefined> {
  const f = await store.file(sha256);
  if (!f?.bytes) return undefined;
  return (await readAsync(f.bytes)).source ?? undefined;
}
