import type { SumRelation } from '../model/formats/index.js';
import { getCell } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { failedSums, reportRelations } from '../model/sums.js';
import type { Context } from './context.js';

/**
 * A scan's sums as a check on its OCR. The sums the official format prints (表三 总计 = the six
 * applicant columns, （七）总计 = the outcome rows, the balance of each column; 表四 总计 = its
 * four parts) hold in most reports; where one fails in a report read by OCR, a cell of it may
 * have been misread. The cell where a failing row and a failing column cross is the suspect,
 * else the cell of the sum read with the lowest confidence; it gets `parse/ocr-sum-doubt`, naming as
 * related the sum's other cells read with a value (any of them may be the misread one), or, where it
 * was already reported as read with low confidence, that report names them; every cell of such a
 * sum read blank gets
 * `parse/ocr-blank-doubt`. Values stay as read: the report may print a wrong sum itself, and the
 * checks say so.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量	12	3	0	0	0	0	16
 *                                                   ^^ 12 + 3 ≠ 16: 16 (or a part) is doubtful
 * ```
 */
export function ocrSumDoubts(ctx: Context, report: Report): void {
  if (ctx.source.form !== 'image') return;
  const origin = (path: string) => {
    const o = getCell(report, path)?.position.origin;
    return o?.form === 'image' ? o : undefined;
  };
  const lowConfidence = new Map<string | undefined, Diagnostic>();
  for (const d of ctx.diagnostics) if (d.ruleId === 'parse/ocr-low-confidence') lowConfidence.set(d.path, d);
  const failed = failedSums(report, reportRelations(report)).map((o) => o.rel);
  for (const path of sumSuspects(report, failed, (p) => {
    const o = origin(p);
    return o ? (o.confidence ?? 100) : undefined;
  })) {
    const cell = getCell(report, path)!;
    const o = origin(path)!;
    // The other cells read with a value in the sums that fail with it: any of them may be the
    // misread one (表四 行政复议 read 17 … 35: 17 for 178 as likely as 35), so the doubt names them too.
    const related = [...new Set(failed.filter((rel) => rel.lhs.includes(path) || rel.rhs.includes(path)).flatMap((rel) => [...rel.lhs, ...rel.rhs]))]
      .filter((p) => p !== path && origin(p) && getCell(report, p)!.kind !== 'blank')
      .map((p) => ({ path: p, position: getCell(report, p)!.position }));
    // A suspect already reported as read with low confidence is not reported again, but that
    // report names the sum's other cells: two cells of a row misread, the one not the suspect had
    // been named by nothing.
    const low = lowConfidence.get(path);
    if (low) {
      if (related.length) low.related = [...(low.related ?? []), ...related.filter((r) => !(low.related ?? []).some((x) => x.path === r.path))];
      continue;
    }
    ctx.report('ocr-sum-doubt', 'warning', { text: cell.raw, confidence: o.confidence ?? 100, page: o.page ?? 1, box: o.box.join(',') }, cell.position.offset, { path, actual: cell.raw, ...(related.length ? { related } : {}) });
  }
  // A cell read blank in a failing sum: the OCR may have missed what is printed there (a number
  // wrapped a digit a line in a narrow cell, a faint stroke), so a blank there is no reading either.
  for (const path of blankIn(report, failed)) {
    const o = origin(path);
    if (!o) continue;
    const cell = getCell(report, path)!;
    ctx.report('ocr-blank-doubt', 'warning', { page: o.page ?? 1, box: o.box.join(',') }, cell.position.offset, { path });
  }
}

/** Cells read blank in the 表三/表四 sums that fail (`failed`). */
function blankIn(report: Report, failed: readonly SumRelation[]): string[] {
  const out = new Set<string>();
  for (const rel of failed) {
    for (const p of [...rel.lhs, ...rel.rhs]) {
      const c = getCell(report, p);
      if (c && !c.missing && c.kind === 'blank') out.add(p);
    }
  }
  return [...out];
}

/**
 * Cells a failed sum points at (their paths): where a failing row sum and a failing column sum
 * of 表三 cross, the cell there; a failed sum no crossing explains, its cell read with the lowest
 * confidence (`confidence(path)`, undefined for a cell not read by OCR). A sum is judged as
 * `failedSums` judges it (not with a cell not printed, nor with every cell blank).
 */
export function sumSuspects(report: Report, failedAll: readonly SumRelation[], confidence: (path: string) => number | undefined): string[] {
  // A sum with a cell the reader had to assume is not judged: its failure says nothing of the OCR.
  const failed = failedAll.filter((rel) => [...rel.lhs, ...rel.rhs].every((p) => !getCell(report, p)!.missing));
  // How many failed sums each cell is in.
  const count = new Map<string, number>();
  for (const rel of failed) for (const p of new Set([...rel.lhs, ...rel.rhs])) count.set(p, (count.get(p) ?? 0) + 1);
  const out = new Set<string>();
  for (const rel of failed) {
    const paths = [...new Set([...rel.lhs, ...rel.rhs])].filter((p) => confidence(p) !== undefined);
    const crossing = paths.filter((p) => count.get(p)! >= 2);
    if (crossing.length) {
      for (const p of crossing) out.add(p);
      continue;
    }
    // Among the cells read with a value: a cell read blank in a failing sum has its own doubt
    // (parse/ocr-blank-doubt), and a blank the OCR saw ink in has confidence 0 and would hide the rest.
    let best: string | undefined;
    for (const p of paths) {
      if (getCell(report, p)!.kind === 'blank') continue;
      if (best === undefined || confidence(p)! < confidence(best)!) best = p;
    }
    if (best !== undefined) out.add(best);
  }
  return [...out];
}
