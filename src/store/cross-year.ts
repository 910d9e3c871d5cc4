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
import type { Diagnostic } from '../model/diagnostic.js';
import { modelOf } from './payload.js';
import type { Store } from './store.js';

const crossYearRules = rules.filter((r) => r.meta.category === 'cross-year');

/**
 * Recompute the cross-year findings the reports `ids` take part in, and those of any report
 * an interrupted run left unchecked. Returns how many reports were checked against a previous one.
 */
export async function crossYearPass(store: Store, given: readonly number[], options: CrossYearOptions = {}): Promise<number> {
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
      .where('organ_id', 'in', organs.slice(i, i + 500)).where('status', '!=', 'failed').orderBy('preferred', 'desc').orderBy('id').execute();
    for (const r of rows) {
      const k = `${r.organ_id}/${r.year}`;
      let list = byOrganYear.get(k);
      if (!list) byOrganYear.set(k, (list = []));
      list.push({ id: r.id, name: r.file_name, sha256: r.sha256 });
    }
  }
  // Reports that have cross-year findings now: only those need a write when the pass finds nothing.
  const withFindings = new Set((await db.selectFrom('diagnostic').select('report_id').distinct().where('scope', '=', 'cross-year').execute()).map((r) => r.report_id));
  // Organ by organ: one task holds an organ's stored models and the pairs to check among them,
  // so each model is read once however many pairs it is in.
  const run = options.run ?? checkPairs;
  const window = options.window ?? 1;
  const inFlight = new Set<Promise<void>>();
  let writes: Promise<void> = Promise.resolve();
  let checked = 0;
  const byOrgan = new Map<number, Array<{ cur: { id: number; sha256: string }; prev: { id: number; name: string; sha256: string } }>>();
  for (const { organ, year } of [...pairs.values()].sort((a, b) => a.organ - b.organ || a.year - b.year)) {
    const current = byOrganYear.get(`${organ}/${year}`);
    // Where an organ has two files of the year before (versions of one report), the version counted stands for it.
    const prev = byOrganYear.get(`${organ}/${year - 1}`)?.[0];
    if (!current || !prev) continue;
    for (const cur of current) {
      if (touched.has(cur.id)) continue;
      touched.add(cur.id);
      let list = byOrgan.get(organ);
      if (!list) byOrgan.set(organ, (list = []));
      list.push({ cur, prev });
    }
  }
  for (const list of byOrgan.values()) {
    const reportIds = [...new Set(list.flatMap((p) => [p.cur.id, p.prev.id]))];
    const rows = await db.selectFrom('report').select(['id', 'model']).where('id', 'in', reportIds).execute();
    const at = new Map(rows.map((r, i) => [r.id, i]));
    const task: PairsTask = {
      models: rows.map((r) => r.model),
      pairs: list.map((p) => ({ current: at.get(p.cur.id)!, previous: at.get(p.prev.id)!, previousFile: p.prev.name })),
    };
    const job = (async () => {
      const results = await run(task);
      for (const [i, r] of results.entries()) {
        let found = r.diagnostics;
        const { cur, prev } = list[i]!;
        // Only report-copied reads the text, and only where every cell is the same: re-read
        // the stored files then, not for every pair.
        if (r.sameCells) {
          const [a, b] = [await store.file(cur.sha256), await store.file(prev.sha256)];
          if (a?.bytes && b?.bytes) {
            const again = await run({ ...task, pairs: [{ ...task.pairs[i]!, currentText: a.bytes, previousText: b.bytes }] });
            found = again[0]!.diagnostics;
          }
        }
        writes = writes.then(async () => {
          if (found.length || withFindings.has(cur.id)) await store.setCrossYear(cur.id, found);
        });
        checked++;
      }
      await writes;
    })().finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= window) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await writes;
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('report').set({ cross_checked: 1 }).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
  return checked;
}

/** An organ's stored reports (gzip JSON models) and the pairs to check among them, for `checkPairs` in any thread. */
export interface PairsTask {
  models: Uint8Array[];
  pairs: Array<{
    /** Indexes into `models`. */
    current: number;
    previous: number;
    previousFile: string;
    /** The stored files, where every cell is the same and report-copied needs the text. */
    currentText?: Uint8Array;
    previousText?: Uint8Array;
  }>;
}

export interface PairResult {
  diagnostics: Diagnostic[];
  /** Every cell the same and no text given: run again with the texts. */
  sameCells: boolean;
}

export interface CrossYearOptions {
  /** Where `checkPairs` runs (a worker pool); default this thread. */
  run?: (task: PairsTask) => Promise<PairResult[]>;
  /** Organs checked at once. */
  window?: number;
}

/** The cross-year rules on pairs of stored reports of one organ, each model read once. */
export async function checkPairs(task: PairsTask): Promise<PairResult[]> {
  const reports = new Map<number, Report>();
  const model = (i: number) => {
    let r = reports.get(i);
    if (!r) reports.set(i, (r = modelOf(task.models[i]!)));
    return r;
  };
  const text = async (b: Uint8Array | undefined) => (b ? (await readAsync(b)).source ?? undefined : undefined);
  const out: PairResult[] = [];
  for (const p of task.pairs) {
    const report = model(p.current);
    const previous = model(p.previous);
    if (!p.currentText && sameCells(report, previous)) {
      out.push({ diagnostics: [], sameCells: true });
      continue;
    }
    const source = await text(p.currentText);
    const prevSource = await text(p.previousText);
    out.push({
      diagnostics: check(report, {
        reader: 'none',
        ...(source ? { source } : {}),
        previous: { report: previous, file: p.previousFile, ...(prevSource ? { source: prevSource } : {}) },
      }, crossYearRules),
      sameCells: false,
    });
  }
  return out;
}

function sameCells(a: Report, b: Report): boolean {
  const x = cellValues(a);
  const y = cellValues(b);
  const keys = Object.keys(x);
  return keys.length > 0 && keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}
