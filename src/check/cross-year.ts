/**
 * Cross-year checks: the previous year's report of the same organ beside this one. The
 * engine gives a rule `context.previous` only where that report is of the year just before.
 */
import type { Position } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { sourceOf } from '../parse.js';
import { positionOf } from './position.js';
import type { PreviousReport } from './types.js';

/** True where `previous` is the report of the year just before `report`'s (both years known). */
export function isPreviousYear(report: Report, previous: Report): boolean {
  return report.year !== null && previous.year !== null && previous.year === report.year - 1;
}

/**
 * The previous report as rules see it, or undefined where it is not last year's (or could
 * not be read): its file name (given, else the name it was parsed under) and its text (given,
 * else the text `parse()` kept).
 */
export function previousFor(report: Report, previous: PreviousReport | undefined): PreviousReport | undefined {
  if (!previous || previous.report.status === 'failed' || !isPreviousYear(report, previous.report)) return undefined;
  const file = previous.file ?? previous.report.source.name;
  const source = previous.source ?? sourceOf(previous.report);
  return { report: previous.report, ...(file !== undefined ? { file } : {}), ...(source ? { source } : {}) };
}

/** A place in last year's report, for a finding's `related`: its file, the path and the position there. */
export function inPrevious(previous: PreviousReport, path: string): { path: string; file?: string; position: Position | null } {
  return { path, ...(previous.file !== undefined ? { file: previous.file } : {}), position: positionOf(previous.report, path) };
}
