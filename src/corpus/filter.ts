/**
 * Filters as people write them (command-line flags, URL query parameters: all strings) into
 * the store's `ReportFilter`; bad values are a `NianbaoError` with code `usage.*`.
 */
import { NianbaoError } from '../errors.js';
import { findRegion, pathOf } from '../organs/divisions.js';
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
  if (f.region) out.region = regionOf(f.region);
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

/**
 * A region as its code (350582 for 晋江市 and all under it, 350000 for 福建省, or a prefix such as
 * 3505) or its name (晋江市, 泉州市晋江市, 福建省) into the code prefix the store filters by. A
 * name that is no division, or that several divisions have (城关镇), is a usage error naming them.
 */
export function regionOf(s: string): string {
  const r = findRegion(s);
  if (r.prefix) return r.prefix;
  if (!r.candidates.length) {
    throw new NianbaoError('usage.region', `区划代码表中没有“${s}”（可写区划代码，如 350582，或名称，如 晋江市）`, `no division “${s}” in the division list (give a code such as 350582 or a name such as 晋江市)`);
  }
  const listed = r.candidates.slice(0, 8).map((d) => `${pathOf(d)} ${d.code}`);
  const more = r.candidates.length > 8 ? '…' : '';
  throw new NianbaoError('usage.region', `“${s}”可指 ${r.candidates.length} 处区划，请写出上级或区划代码：${listed.join('；')}${more}`, `“${s}” may be any of ${r.candidates.length} divisions; add the division above or give the code: ${listed.join('; ')}${more}`);
}
