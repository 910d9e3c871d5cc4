/**
 * Filters as people write them (command-line flags, URL query parameters: all strings) into
 * the store's `ReportFilter`; bad values are a `NianbaoError` with code `usage.*`.
 */
import { NianbaoError } from '../errors.js';
import type { ReportFilter } from '../store/store.js';

/** A filter as text, e.g. from `--year 2022,2023 --organ 晋江市` or `?year=2022&organ=…`. */
export interface FilterText {
  year?: string | undefined;
  region?: string | undefined;
  level?: string | undefined;
  organ?: string | undefined;
  rule?: string | undefined;
  status?: string | undefined;
  excludeErrors?: boolean | undefined;
}

export function filterOf(f: FilterText): ReportFilter {
  const out: ReportFilter = {};
  if (f.year) out.years = yearsOf(f.year);
  if (f.region) out.region = f.region;
  if (f.level) out.level = f.level;
  if (f.organ) out.organ = organOf(f.organ);
  if (f.rule) out.rule = f.rule;
  if (f.status) out.status = f.status;
  if (f.excludeErrors) out.excludeErrors = true;
  return out;
}

/** `2022,2023` (or with a Chinese comma) into years. */
export function yearsOf(s: string): number[] {
  const ys = s.split(/[,，]/).map((x) => Number(x.trim()));
  if (ys.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) throw new NianbaoError('usage.years', `年度不合法：${s}`, `invalid years: ${s}`);
  return ys;
}

/** An organ given as its id (digits) or a name. */
export function organOf(s: string): string | number {
  return /^\d+$/.test(s) ? Number(s) : s;
}
