/**
 * One report, one record. A report is its organ, year and kind (汇总 for a summary report);
 * every file of it (another form, a re-publication, a correction) is a version. One version is
 * counted — the one the user pinned, else a reviewer's newest correction, else the best reading:
 * all three tables found, then the fewest reader diagnostics (parse/*, read/*), then the newest stored. Versions whose cells
 * differ are a finding (`versions-conflict`) on the version counted.
 */
import { sql, type Transaction } from 'kysely';
import type { Diagnostic } from '../model/diagnostic.js';
export { isReaderDiagnostic, readerIssues } from '../model/diagnostic.js';
import { cellIdInfo } from '../model/values.js';
import type { DialectName } from './dialect.js';
import { vectorIds, vectorOf } from './payload.js';
import type { Database } from './schema.js';

export const versionsRuleId = 'versions-conflict';
/** The diagnostic scope of cross-version findings (recomputed whenever a report's versions change). */
export const versionScope = 'cross-version';

/** A report's kind, from its title: 汇总 (a summary of its members' reports) or ''. */
export function kindOf(title: string | null): string {
  return title && /汇总/.test(title) ? '汇总' : '';
}

/** The key of the report a file is a version of, or null where it stands alone. */
export function reportKey(organId: number | null, year: number | null, title: string | null, status: string): string | null {
  if (organId === null || year === null || status === 'failed') return null;
  return `${organId}/${year}/${kindOf(title)}`;
}

interface Version {
  id: number;
  status: string;
  reader_issues: number;
  pinned: number;
  file_name: string;
  cell_vector: Uint8Array;
}

/** Better reading first: ok before incomplete, fewer reader diagnostics, newer. */
export function byQuality(a: Pick<Version, 'id' | 'status' | 'reader_issues'>, b: Pick<Version, 'id' | 'status' | 'reader_issues'>): number {
  const rank = (v: Pick<Version, 'status'>) => (v.status === 'ok' ? 0 : 1);
  return rank(a) - rank(b) || a.reader_issues - b.reader_issues || b.id - a.id;
}

/**
 * Choose the version counted of the report `key` and rewrite its cross-version findings, in
 * the caller's transaction. On PostgreSQL one writer at a time per report (two workers may
 * store two forms of one report at once).
 */
export async function settleVersions(trx: Transaction<Database>, key: string, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(4245, hashtext(${key}))`.execute(trx);
  const versions = await trx.selectFrom('report').leftJoin('source_file', 'source_file.sha256', 'report.sha256')
    .select(['report.id', 'report.status', 'report.reader_issues', 'report.pinned', 'report.preferred', 'report.file_name', 'source_file.corrects'])
    .where('report.report_key', '=', key).execute();
  // The common case, a report's only file: counted, nothing to compare.
  if (versions.length === 1 && versions[0]!.preferred === 1 && !(await hasVersionFindings(trx, versions[0]!.id))) return;
  if (!versions.length) return;
  // A reviewer's correction is the reading a person vouched for: counted over any file (the newest correction), unless pinned.
  const corrected = versions.filter((v) => v.corrects !== null).sort((a, b) => b.id - a.id);
  const chosen = versions.find((v) => v.pinned) ?? corrected[0] ?? [...versions].sort(byQuality)[0]!;
  const ids = versions.map((v) => v.id);
  const vectors = new Map((await trx.selectFrom('report').select(['id', 'cell_vector']).where('id', 'in', ids).execute()).map((r) => [r.id, r.cell_vector]));
  const withVector = (v: (typeof versions)[number]) => ({ ...v, cell_vector: vectors.get(v.id)! });
  await trx.updateTable('report').set({ preferred: 0 }).where('id', 'in', ids).where('id', '!=', chosen.id).where('preferred', '=', 1).execute();
  await trx.updateTable('report').set({ preferred: 1 }).where('id', '=', chosen.id).where('preferred', '=', 0).execute();
  const hadFindings = await trx.selectFrom('diagnostic').select('report_id').distinct().where('report_id', 'in', ids).where('scope', '=', versionScope).execute();
  await trx.deleteFrom('diagnostic').where('report_id', 'in', ids).where('scope', '=', versionScope).execute();
  // A reviewer's correction differs from the file it corrects on purpose: no finding between them.
  const roots = new Map((await trx.selectFrom('report').innerJoin('source_file', 'source_file.sha256', 'report.sha256')
    .select(['report.id', 'report.sha256', 'source_file.corrects']).where('report.id', 'in', ids).execute()).map((r) => [r.id, r.corrects ?? r.sha256]));
  const found = versions.filter((v) => v.id !== chosen.id && roots.get(v.id) !== roots.get(chosen.id))
    .map((v) => conflict(withVector(chosen), withVector(v))).filter((d): d is Diagnostic => d !== null);
  for (const d of found) {
    await trx.insertInto('diagnostic').values({
      report_id: chosen.id, scope: versionScope, rule_id: d.ruleId, severity: d.severity, message_id: d.messageId,
      message_zh: d.message.zh, message_en: d.message.en, path: d.path ?? null, line: null, column: null, detail: JSON.stringify(d),
    }).execute();
  }
  for (const id of new Set([...hadFindings.map((r) => r.report_id), ...(found.length ? [chosen.id] : [])])) await recount(trx, id);
}

/** A report's file that was a version of another report before (a re-read changed its organ or year) may hold findings of it. */
async function hasVersionFindings(trx: Transaction<Database>, id: number): Promise<boolean> {
  return !!(await trx.selectFrom('diagnostic').select('id').where('report_id', '=', id).where('scope', '=', versionScope).executeTakeFirst());
}

/** The cells two versions both print a number in, and the numbers differ: a finding on the one counted, or null. */
export function conflict(chosen: Pick<Version, 'id' | 'file_name' | 'cell_vector'>, other: Pick<Version, 'id' | 'file_name' | 'cell_vector'>): Diagnostic | null {
  const a = vectorOf(chosen.cell_vector);
  const b = vectorOf(other.cell_vector);
  const ids = vectorIds();
  const differ: Array<{ id: string; counted: number; other: number }> = [];
  let onlyOne = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === x && y === y) {
      if (x !== y) differ.push({ id: ids[i]!, counted: x, other: y });
    } else if (x === x || y === y) onlyOne++;
  }
  if (!differ.length) return null;
  const first = differ[0]!;
  const label = cellIdInfo(first.id)?.label ?? first.id;
  const more = differ.length > 1 ? differ.length - 1 : 0;
  return {
    ruleId: versionsRuleId,
    severity: 'warning',
    category: versionScope,
    messageId: 'conflict',
    data: { other: other.file_name, otherId: other.id, cells: differ.length, cell: label, counted: first.counted, otherValue: first.other, onlyOne },
    message: {
      zh: `同一报告的另一版本 ${other.file_name}（#${other.id}）有 ${differ.length} 格数字与选用的版本不同：${label} 选用版本为 ${first.counted}，另一版本为 ${first.other}${more ? `，另有 ${more} 格` : ''}。`,
      en: `Another version of this report, ${other.file_name} (#${other.id}), differs from the version counted in ${differ.length} cell(s): ${first.id} is ${first.counted} here and ${first.other} there${more ? `, and ${more} more` : ''}.`,
    },
    position: null,
    path: first.id,
    expected: first.other,
    actual: first.counted,
    related: differ.map((d) => ({ path: d.id, position: null, file: other.file_name })),
  };
}

/** Recount a report's findings by severity after some of them changed. */
export async function recount(trx: Transaction<Database>, id: number): Promise<void> {
  const rows = await trx.selectFrom('diagnostic').select(['severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('report_id', '=', id).groupBy('severity').execute();
  const n = (s: string) => Number(rows.find((r) => r.severity === s)?.n ?? 0);
  await trx.updateTable('report').set({ errors: n('error'), warnings: n('warning'), infos: n('info') }).where('id', '=', id).execute();
}
