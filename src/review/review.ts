/**
 * The review workflow of a 政务公开 office (issue 15): batches of reports with a status each,
 * the reviewer's decision on each finding (a dismissal carried to the organ's next report),
 * misread cells corrected with who, when and why (the printed value kept, checks re-run).
 * Plain functions over the store, for the web server or any other shell.
 */
import { createHash } from 'node:crypto';
import { check } from '../check/engine.js';
import { NianbaoError } from '../errors.js';
import { getCell } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseAsync } from '../parse.js';
import { crossYearPass } from '../store/cross-year.js';
import { toPayload, type ReportPayload } from '../store/payload.js';
import type { Report } from '../model/report.js';
import type { ReportRow, Store } from '../store/store.js';

export const reviewStatuses = ['pending', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
/** The statuses as an office writes them. */
export const statusLabels: Record<ReviewStatus, { zh: string; en: string }> = {
  pending: { zh: '待审', en: 'to review' }, returned: { zh: '已退回', en: 'returned' }, approved: { zh: '已通过', en: 'approved' },
};

const now = () => new Date().toISOString();

/** The key of a finding that stays the same in the organ's next report: rule, cell, message. */
export function findingKey(d: Pick<Diagnostic, 'ruleId' | 'path' | 'messageId'>): string {
  return `${d.ruleId}|${d.path ?? ''}|${d.messageId}`;
}

export interface Decision {
  key: string;
  decision: 'confirmed' | 'dismissed';
  comment: string | null;
  carriedFrom: number | null;
  by: string | null;
  at: string;
}

export interface Correction {
  cell: string;
  value: number | null;
  printedRaw: string;
  printedValue: number | null;
  why: string;
  by: string | null;
  at: string;
}

export interface ReportReview {
  batchId: number | null;
  batch: string | null;
  status: ReviewStatus | null;
  comment: string | null;
  decisions: Decision[];
  corrections: Correction[];
}

const errorOf = (code: string, zh: string, en: string) => new NianbaoError(code, zh, en);

export async function createBatch(store: Store, name: string, by?: string): Promise<number> {
  const { id } = await store.db.insertInto('review_batch').values({ name, created_by: by ?? null, created_at: now() }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export interface BatchSummary {
  id: number;
  name: string;
  createdAt: string;
  counts: Record<ReviewStatus, number>;
}

export async function listBatches(store: Store): Promise<BatchSummary[]> {
  const batches = await store.db.selectFrom('review_batch').selectAll().orderBy('id', 'desc').execute();
  const counts = await store.db.selectFrom('review_member').select(['batch_id', 'status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['batch_id', 'status']).execute();
  return batches.map((b) => {
    const c = { pending: 0, returned: 0, approved: 0 } as Record<ReviewStatus, number>;
    for (const r of counts) if (r.batch_id === b.id) c[r.status as ReviewStatus] = Number(r.n);
    return { id: b.id, name: b.name, createdAt: b.created_at, counts: c };
  });
}

async function batchRow(store: Store, id: number) {
  const b = await store.db.selectFrom('review_batch').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw errorOf('review.no-batch', `没有编号为 ${id} 的审核批次`, `no review batch with id ${id}`);
  return b;
}

export interface BatchDetail {
  id: number;
  name: string;
  createdAt: string;
  reports: Array<ReportRow & { review: { status: ReviewStatus; comment: string | null; updatedAt: string; updatedBy: string | null } }>;
}

export async function showBatch(store: Store, id: number): Promise<BatchDetail> {
  const b = await batchRow(store, id);
  const members = await store.db.selectFrom('review_member').selectAll().where('batch_id', '=', id).execute();
  const rows = await store.list({ ids: members.map((m) => m.report_id) });
  const byId = new Map(members.map((m) => [m.report_id, m]));
  return {
    id: b.id, name: b.name, createdAt: b.created_at,
    reports: rows.map((r) => {
      const m = byId.get(r.id)!;
      return { ...r, review: { status: m.status as ReviewStatus, comment: m.comment, updatedAt: m.updated_at, updatedBy: m.updated_by } };
    }),
  };
}

/** Put reports in a batch (待审); a report already in it keeps its status. */
export async function addToBatch(store: Store, batchId: number, reportIds: readonly number[]): Promise<void> {
  await batchRow(store, batchId);
  if (!reportIds.length) return;
  const known = await store.list({ ids: [...reportIds] });
  if (known.length !== new Set(reportIds).size) {
    const missing = reportIds.find((id) => !known.some((r) => r.id === id))!;
    throw errorOf('corpus.no-report', `没有编号为 ${missing} 的报告`, `no report with id ${missing}`);
  }
  await store.db.insertInto('review_member')
    .values(known.map((r) => ({ batch_id: batchId, report_id: r.id, status: 'pending', comment: null, updated_by: null, updated_at: now() })))
    .onConflict((oc) => oc.columns(['batch_id', 'report_id']).doNothing()).execute();
}

export async function setStatus(store: Store, batchId: number, reportId: number, status: ReviewStatus, comment: string | null, by?: string): Promise<void> {
  await batchRow(store, batchId);
  const r = await store.db.updateTable('review_member').set({ status, comment, updated_by: by ?? null, updated_at: now() })
    .where('batch_id', '=', batchId).where('report_id', '=', reportId).executeTakeFirst();
  if (!Number(r.numUpdatedRows)) throw errorOf('corpus.no-report', `批次 ${batchId} 中没有编号为 ${reportId} 的报告`, `no report ${reportId} in batch ${batchId}`);
}

/** The latest batch and status of each report, with (when `full`) its decisions and corrections. */
export async function reviewOf(store: Store, ids: readonly number[], full = false): Promise<Map<number, ReportReview>> {
  const out = new Map<number, ReportReview>();
  if (!ids.length) return out;
  const members = await store.db.selectFrom('review_member').innerJoin('review_batch', 'review_batch.id', 'review_member.batch_id')
    .select(['review_member.report_id', 'review_member.batch_id', 'review_batch.name', 'review_member.status', 'review_member.comment'])
    .where('review_member.report_id', 'in', [...ids]).orderBy('review_member.batch_id').execute();
  const entry = (id: number) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { batchId: null, batch: null, status: null, comment: null, decisions: [], corrections: [] }));
    return e;
  };
  for (const m of members) Object.assign(entry(m.report_id), { batchId: m.batch_id, batch: m.name, status: m.status, comment: m.comment });
  if (!full) return out;
  for (const d of await store.db.selectFrom('review_decision').selectAll().where('report_id', 'in', [...ids]).execute()) {
    entry(d.report_id).decisions.push({ key: d.finding_key, decision: d.decision as Decision['decision'], comment: d.comment, carriedFrom: d.carried_from, by: d.decided_by, at: d.decided_at });
  }
  for (const c of await store.db.selectFrom('review_correction').selectAll().where('report_id', 'in', [...ids]).orderBy('id').execute()) {
    entry(c.report_id).corrections.push({ cell: c.cell_id, value: c.value, printedRaw: c.printed_raw, printedValue: c.printed_value, why: c.why, by: c.corrected_by, at: c.corrected_at });
  }
  return out;
}

/** Confirm or dismiss one finding of a report, with a comment. */
export async function decide(store: Store, reportId: number, key: string, decision: Decision['decision'], comment: string | null, by?: string): Promise<void> {
  const [row] = await store.list({ ids: [reportId] });
  if (!row) throw errorOf('corpus.no-report', `没有编号为 ${reportId} 的报告`, `no report with id ${reportId}`);
  const ds = await store.diagnostics(reportId);
  if (!ds.some((d) => findingKey(d) === key)) throw errorOf('review.no-finding', `这份报告没有这条发现：${key}`, `no such finding in this report: ${key}`);
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('review_decision').where('report_id', '=', reportId).where('finding_key', '=', key).execute();
    await trx.insertInto('review_decision').values({
      report_id: reportId, finding_key: key, organ_id: row.organId, decision, comment, carried_from: null, decided_by: by ?? null, decided_at: now(),
    }).execute();
  });
}

/**
 * A reviewer's decisions on an organ's earlier reports (confirmed or dismissed, the latest for
 * each finding), carried to its newly stored reports where the same finding (same rule, cell,
 * message) comes again: a re-upload or a corrected version keeps what the reviewer decided.
 */
export async function rememberedDecisions(store: Store, reportIds: readonly number[]): Promise<number> {
  let carried = 0;
  for (const row of await store.list({ ids: [...reportIds] })) {
    if (row.organId === null) continue;
    const earlier = await store.db.selectFrom('review_decision').selectAll()
      .where('organ_id', '=', row.organId).where('report_id', '!=', row.id).orderBy('decided_at', 'desc').execute();
    if (!earlier.length) continue;
    const byKey = new Map<string, (typeof earlier)[number]>();
    for (const d of earlier) if (!byKey.has(d.finding_key)) byKey.set(d.finding_key, d);
    const keys = new Set((await store.diagnostics(row.id)).map(findingKey));
    for (const [key, d] of byKey) {
      if (!keys.has(key)) continue;
      const r = await store.db.insertInto('review_decision').values({
        report_id: row.id, finding_key: key, organ_id: row.organId, decision: d.decision, comment: d.comment,
        carried_from: d.report_id, decided_by: d.decided_by, decided_at: now(),
      }).onConflict((oc) => oc.columns(['report_id', 'finding_key']).doNothing()).executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0n) > 0) carried++;
    }
  }
  return carried;
}

/** @deprecated the name before confirmations were carried too. */
export const rememberedDismissals = rememberedDecisions;

/** Put corrected values into a freshly read model (the reader's doubts about those cells go: a person has read them). */
export function applyCorrections(report: Report, corrections: ReadonlyArray<{ cell: string; value: number | null }>): void {
  for (const c of corrections) {
    const cell = getCell(report, c.cell);
    if (!cell) continue;
    cell.value = c.value;
    cell.kind = c.value === null ? 'blank' : 'number';
    cell.raw = c.value === null ? '' : String(c.value);
    delete cell.missing;
    report.diagnostics = report.diagnostics.filter((d) => !(d.path === c.cell && d.ruleId.startsWith('parse/')));
  }
}

/** The corrections stored for a version (every one made up to it), oldest first. */
export async function correctionsOf(store: Store, reportId: number): Promise<Correction[]> {
  return (await store.db.selectFrom('review_correction').selectAll().where('report_id', '=', reportId).orderBy('id').execute())
    .map((c) => ({ cell: c.cell_id, value: c.value, printedRaw: c.printed_raw, printedValue: c.printed_value, why: c.why, by: c.corrected_by, at: c.corrected_at }));
}

/** Read a printed file again and apply a version's corrections: what the store writes for that version. */
export async function correctedPayload(bytes: Uint8Array, name: string, corrections: ReadonlyArray<{ cell: string; value: number | null }>): Promise<ReportPayload> {
  const report = await parseAsync(bytes, { name });
  applyCorrections(report, corrections);
  return toPayload(report, check(report));
}

export interface CorrectionResult extends Correction {
  /** The new version (the corrected reading). */
  reportId: number;
  /** The version corrected. */
  correctedFrom: number;
}

/**
 * Correct a cell the reader misread. The correction is a new version of the report: the printed
 * file read again, every correction made so far applied, the checks (and cross-year rules) run
 * on it; the printed value is kept beside the corrected one with who, when and why. The new
 * version takes the old one's place in its review batches.
 */
export async function correctCell(store: Store, reportId: number, cellId: string, value: number | null, why: string, by?: string): Promise<CorrectionResult> {
  const [row] = await store.list({ ids: [reportId] });
  if (!row) throw errorOf('corpus.no-report', `没有编号为 ${reportId} 的报告`, `no report with id ${reportId}`);
  if (row.status === 'failed') throw errorOf('review.failed-report', '未能读取的报告不能更正', 'a report that could not be read cannot be corrected');
  // Read again from the printed file (the narrative rules need its text), else from the stored model.
  const file = await store.file(row.sha256);
  const report = file?.bytes ? await parseAsync(file.bytes, { name: row.fileName }) : (await store.model(reportId))!;
  const printedCell = getCell(report, cellId);
  if (!printedCell) throw errorOf('review.no-cell', `这份报告没有单元格 ${cellId}`, `this report has no cell ${cellId}`);
  const at = now();
  const earlier = (await correctionsOf(store, reportId)).filter((c) => c.cell !== cellId);
  const correction: Correction = { cell: cellId, value, printedRaw: printedCell.raw, printedValue: printedCell.value, why, by: by ?? null, at };
  const all = [...earlier, correction];
  applyCorrections(report, all);
  const printedSha = file?.corrects ?? row.sha256;
  // The version's own key: the printed file's hash, the corrections and the time (each correction a new version).
  const sha256 = createHash('sha256').update(`${printedSha}\n${JSON.stringify(all)}`).digest('hex');
  const { id, stored } = await store.put({ sha256, name: row.fileName, size: 0, bytes: null, corrects: printedSha }, toPayload(report, check(report)));
  if (!stored) return { ...correction, reportId: id, correctedFrom: reportId };
  await store.db.transaction().execute(async (trx) => {
    await trx.insertInto('review_correction').values(all.map((c) => ({
      report_id: id, cell_id: c.cell, value: c.value, printed_raw: c.printedRaw, printed_value: c.printedValue, why: c.why, corrected_by: c.by, corrected_at: c.at,
    }))).execute();
    await trx.updateTable('review_member').set({ report_id: id, updated_at: at, updated_by: by ?? null }).where('report_id', '=', reportId).execute();
  });
  await rememberedDecisions(store, [id]);
  await crossYearPass(store, [id]);
  return { ...correction, reportId: id, correctedFrom: reportId };
}
