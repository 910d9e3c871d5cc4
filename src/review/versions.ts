/**
 * A corrected re-upload (or a reviewer's correction) beside the version before it: the cells
 * that changed, the findings fixed, the findings new, the findings still open.
 */
import { NianbaoError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { cellIdInfo } from '../model/values.js';
import { vectorIds } from '../store/payload.js';
import { versionScope } from '../store/versions.js';
import type { ReportRow, Store } from '../store/store.js';
import { correctionsOf, findingKey, type Correction } from './review.js';

export interface ChangedCell {
  cell: string;
  /** The cell's official labels (row · column). */
  label: string;
  from: number | null;
  to: number | null;
}

export interface VersionChanges {
  from: ReportRow;
  to: ReportRow;
  /** Every version of the report, oldest first (for choosing another pair). */
  versions: Array<Pick<ReportRow, 'id' | 'fileName' | 'preferred' | 'errors' | 'warnings'> & { corrected: boolean }>;
  cells: ChangedCell[];
  fixed: Diagnostic[];
  new: Diagnostic[];
  open: Diagnostic[];
  /** The reviewer's corrections the newer version carries. */
  corrections: Correction[];
}

const noReport = (id: number) => new NianbaoError('corpus.no-report', `没有编号为 ${id} 的报告`, `no report with id ${id}`);

/**
 * Version `toId` against `fromId`, or against the version stored just before it (of the same
 * organ, year and kind) when `fromId` is not given. `review.no-earlier` where there is none;
 * `review.not-versions` where the two are not versions of one report.
 */
export async function compareVersions(store: Store, toId: number, fromId?: number): Promise<VersionChanges> {
  const [to] = await store.list({ ids: [toId] });
  if (!to) throw noReport(toId);
  const all = to.reportKey === null ? [to] : (await store.versionsOf(toId)).sort((a, b) => a.id - b.id);
  let from: ReportRow | undefined;
  if (fromId === undefined) {
    from = all.filter((v) => v.id < toId).pop();
    if (!from) throw new NianbaoError('review.no-earlier', '这份报告没有更早的版本', 'this report has no earlier version');
  } else {
    from = all.find((v) => v.id === fromId);
    if (!from) {
      if (!(await store.list({ ids: [fromId] })).length) throw noReport(fromId);
      throw new NianbaoError('review.not-versions', `#${fromId} 与 #${toId} 不是同一份报告的版本`, `#${fromId} and #${toId} are not versions of one report`);
    }
  }
  const values = await store.values([from.id, to.id]);
  const a = values.get(from.id)!;
  const b = values.get(to.id)!;
  const cells: ChangedCell[] = [];
  // In printed order (the store's vector order).
  for (const cell of vectorIds()) {
    const x = a[cell] ?? null;
    const y = b[cell] ?? null;
    if (x !== y && !(cell in a && cell in b && Number.isNaN(x) && Number.isNaN(y))) cells.push({ cell, label: cellIdInfo(cell)?.label ?? cell, from: x, to: y });
  }
  // Findings between versions themselves (versions-conflict) say nothing of either version.
  const findings = async (id: number) => (await store.diagnostics(id)).filter((d) => d.category !== versionScope && d.severity !== 'info');
  const [before, after] = [await findings(from.id), await findings(to.id)];
  const beforeKeys = new Set(before.map(findingKey));
  const afterKeys = new Set(after.map(findingKey));
  const corrected = await store.correctedIds(all.map((v) => v.id));
  return {
    from, to,
    versions: all.map((v) => ({ id: v.id, fileName: v.fileName, preferred: v.preferred, errors: v.errors, warnings: v.warnings, corrected: corrected.has(v.id) })),
    cells,
    fixed: before.filter((d) => !afterKeys.has(findingKey(d))),
    new: after.filter((d) => !beforeKeys.has(findingKey(d))),
    open: after.filter((d) => beforeKeys.has(findingKey(d))),
    corrections: await correctionsOf(store, to.id),
  };
}
