/**
 * The user's CSV of organs (机关, 区划代码, 层级, 上级), which places organs where their names
 * cannot: a 市 that is a 县级市, a region code, the organ above. An override wins over the name.
 */
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type { OrganLevel } from './name.js';
import type { DivisionIndex } from './divisions.js';
import { mostSpecificName, placeByDivision, placeByName, type OrganPlacement } from './placement.js';
import type { OrganIndex } from './registry.js';

/** One row of the CSV. */
export interface OrganOverride {
  /** The line of the CSV the row starts on (the header is line 1). */
  line: number;
  /** The organ as the CSV writes it; matched to the corpus like any variant of its name. */
  organ: string;
  /** 行政区划代码: 6 digits (county and above) or 12 (statistical code, down to towns). */
  regionCode: string | null;
  /** The level of the government (or of the government a department belongs to); null: as the name says. */
  level: OrganLevel | null;
  /** True when the row says 部门; null: as the name says. */
  department: boolean | null;
  /** The organ above, as the CSV writes it; null: as the name says. */
  parent: string | null;
}

/** A problem with the CSV or with one of its rows, in Chinese and English. */
export interface OverrideIssue {
  /** The CSV line (0 for the file as a whole). */
  line: number;
  code:
    | 'csv-syntax'
    | 'no-header'
    | 'missing-organ'
    | 'unknown-level'
    | 'bad-region-code'
    | 'duplicate-organ'
    | 'organ-not-found'
    | 'organ-ambiguous'
    | 'organ-repeated'
    | 'parent-not-found'
    | 'parent-ambiguous'
    | 'parent-self';
  zh: string;
  en: string;
}

/** The columns, by their English and Chinese headers. */
const headers: Record<string, 'organ' | 'regionCode' | 'level' | 'parent'> = {
  organ: 'organ',
  机关: 'organ',
  region_code: 'regionCode',
  区划代码: 'regionCode',
  level: 'level',
  层级: 'level',
  parent: 'parent',
  上级: 'parent',
};

/** Level words, Chinese and English. 部门/department says the organ is a department. */
const levelWords: Record<string, OrganLevel> = {
  国家级: 'national',
  中央: 'national',
  national: 'national',
  省级: 'province',
  省: 'province',
  province: 'province',
  provincial: 'province',
  市级: 'city',
  地级: 'city',
  地市级: 'city',
  地级市: 'city',
  市: 'city',
  city: 'city',
  prefecture: 'city',
  县级: 'county',
  县: 'county',
  县级市: 'county',
  county: 'county',
  乡镇: 'town',
  乡级: 'town',
  镇: 'town',
  乡: 'town',
  街道: 'town',
  town: 'town',
  township: 'town',
};

/**
 * Read a level cell: 县级, county, 部门, department, or both (县级部门, county department).
 * Null when the words are not levels.
 */
export function readLevel(cell: string): { level: OrganLevel | null; department: boolean | null } | null {
  let s = cell.normalize('NFKC').trim().toLowerCase();
  if (!s) return { level: null, department: null };
  let department: boolean | null = null;
  if (/部门|department/u.test(s)) {
    department = true;
    s = s.replace(/部门|department/gu, '');
  }
  s = s.replace(/[\s\-_/()（）·,，]+/gu, '');
  if (!s) return { level: null, department };
  const level = levelWords[s];
  return level ? { level, department } : null;
}

/** A region code: 6 or 12 digits, beginning with a province code (11 to 82). */
export function isRegionCode(code: string): boolean {
  if (!/^(?:\d{6}|\d{12})$/u.test(code)) return false;
  const province = Number(code.slice(0, 2));
  return province >= 11 && province <= 82;
}

/** Bytes of a CSV as text: UTF-8 with or without a BOM, else GBK (read as GB18030, its superset). */
export function decodeCsv(bytes: Uint8Array): string {
  const b = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return iconv.decode(Buffer.from(b), 'gb18030');
  }
}

/**
 * Read the organs CSV: a header (`organ,region_code,level,parent` or `机关,区划代码,层级,上级`,
 * in any order; only the organ column is required), then one organ per row. Returns the rows that
 * read, and an issue with its line for each that does not (unknown level, no organ, a region code
 * that is not 6 or 12 digits, an organ written twice).
 */
export function parseOverrides(input: string | Uint8Array): { overrides: OrganOverride[]; errors: OverrideIssue[] } {
  const text = (typeof input === 'string' ? input : decodeCsv(input)).replace(/^\ufeff/u, '');
  const errors: OverrideIssue[] = [];
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : 0;
    errors.push({ line, code: 'csv-syntax', zh: `第 ${line} 行：CSV 格式有误（${(e as Error).message}）`, en: `line ${line}: the CSV is malformed (${(e as Error).message})` });
    return { overrides: [], errors };
  }
  const [head, ...body] = rows;
  if (!head) return { overrides: [], errors };
  const columns = head.record.map((h) => headers[h.normalize('NFKC').trim().toLowerCase()] ?? null);
  const at = (name: 'organ' | 'regionCode' | 'level' | 'parent') => columns.indexOf(name);
  if (at('organ') < 0) {
    errors.push({
      line: startLine(head),
      code: 'no-header',
      zh: `第 ${startLine(head)} 行：第一行应为表头，且含“机关”列（机关,区划代码,层级,上级 或 organ,region_code,level,parent）`,
      en: `line ${startLine(head)}: the first line must be a header with an organ column (机关,区划代码,层级,上级 or organ,region_code,level,parent)`,
    });
    return { overrides: [], errors };
  }

  const overrides: OrganOverride[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    // A spreadsheet's trailing ,,, rows.
    if (row.record.every((c) => !c.trim())) continue;
    const line = startLine(row);
    const cell = (name: 'organ' | 'regionCode' | 'level' | 'parent') => (at(name) >= 0 ? (row.record[at(name)] ?? '').trim() : '');
    const organ = cell('organ');
    const code = cell('regionCode').normalize('NFKC');
    const levelCell = cell('level');
    const parent = cell('parent');
    let bad = false;
    if (!organ) {
      errors.push({ line, code: 'missing-organ', zh: `第 ${line} 行：缺少机关名称`, en: `line ${line}: no organ name` });
      bad = true;
    }
    const level = readLevel(levelCell);
    if (!level) {
      errors.push({
        line,
        code: 'unknown-level',
        zh: `第 ${line} 行：无法识别的层级“${levelCell}”（可填 国家级、省级、市级、县级、乡镇、部门，或如“县级部门”）`,
        en: `line ${line}: unknown level “${levelCell}” (national, province, city, county, town, department, or e.g. “county department”)`,
      });
      bad = true;
    }
    if (code && !isRegionCode(code)) {
      errors.push({
        line,
        code: 'bad-region-code',
        zh: `第 ${line} 行：区划代码“${code}”应为 6 位或 12 位数字，以省级代码（11–82）开头`,
        en: `line ${line}: region code “${code}” must be 6 or 12 digits beginning with a province code (11–82)`,
      });
      bad = true;
    }
    if (organ && seen.has(organ)) {
      errors.push({
        line,
        code: 'duplicate-organ',
        zh: `第 ${line} 行：机关“${organ}”已在第 ${seen.get(organ)} 行出现，本行不予采用`,
        en: `line ${line}: organ “${organ}” is already on line ${seen.get(organ)}; this row is not used`,
      });
      bad = true;
    }
    if (bad || !level) continue;
    seen.set(organ, line);
    overrides.push({ line, organ, regionCode: code || null, level: level.level, department: level.department, parent: parent || null });
  }
  return { overrides, errors };
}

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may span lines. */
function startLine(row: { record: string[]; info: { lines: number } }): number {
  const breaks = row.record.reduce((n, c) => n + (c.match(/\n/gu)?.length ?? 0), 0);
  return row.info.lines - breaks;
}

/**
 * Place every organ of the index: by its most specific name and, given `places`, by the division
 * list (region code and level; see divisions.ts), except where a CSV row matches it,
 * which wins (its level, 部门, region code and parent; what the row leaves blank stays as the
 * name says). The CSV's organs and parents are matched like any variant of a name, so the CSV may
 * write 内坑镇人民政府 for 晋江市内坑镇. Parents are looked up in the index (`parentId`).
 * Returns the placements by organ id and the rows that could not be applied.
 */
export function applyOverrides<Id>(
  index: OrganIndex<Id>,
  overrides: readonly OrganOverride[],
  /** The division list, to fill region codes and levels; `context`: an organ's reports' titles. */
  places?: { divisions: DivisionIndex; context?: (id: Id) => string },
): { placements: Map<Id, OrganPlacement<Id>>; issues: OverrideIssue[] } {
  const issues: OverrideIssue[] = [];
  const placements = new Map<Id, OrganPlacement<Id>>();
  const parentIdOf = (id: Id, name: string | null): Id | null => {
    if (!name) return null;
    const m = index.match(name);
    return m && 'id' in m && m.id !== id ? m.id : null;
  };
  for (const id of index.ids()) {
    const names = index.namesOf(id);
    const p: OrganPlacement<Id> = places ? placeByDivision(names, places.divisions, places.context?.(id)) : placeByName(mostSpecificName(names));
    p.parentId = parentIdOf(id, p.parentName);
    placements.set(id, p);
  }

  const placedBy = new Map<Id, number>();
  for (const o of overrides) {
    const m = index.match(o.organ);
    if (!m) {
      issues.push({ line: o.line, code: 'organ-not-found', zh: `第 ${o.line} 行：语料库中没有与“${o.organ}”对应的机关`, en: `line ${o.line}: no organ in the corpus matches “${o.organ}”` });
      continue;
    }
    if ('ambiguous' in m) {
      const names = m.candidates.map((c) => index.namesOf(c)[0]?.printed ?? String(c)).join('、');
      issues.push({
        line: o.line,
        code: 'organ-ambiguous',
        zh: `第 ${o.line} 行：“${o.organ}”可能是多个机关（${names}），请写出完整名称`,
        en: `line ${o.line}: “${o.organ}” may be any of several organs (${names}); write the full name`,
      });
      continue;
    }
    const earlier = placedBy.get(m.id);
    if (earlier !== undefined) {
      issues.push({
        line: o.line,
        code: 'organ-repeated',
        zh: `第 ${o.line} 行：“${o.organ}”与第 ${earlier} 行是同一机关，本行不予采用`,
        en: `line ${o.line}: “${o.organ}” is the same organ as on line ${earlier}; this row is not used`,
      });
      continue;
    }
    placedBy.set(m.id, o.line);
    const byName = placements.get(m.id)!;
    const placed: OrganPlacement<Id> = {
      level: o.level ?? byName.level,
      department: o.department ?? byName.department,
      levelAssumed: o.level ? false : byName.levelAssumed,
      regionCode: o.regionCode ?? byName.regionCode,
      regionNote: o.regionCode ? null : byName.regionNote,
      parentId: byName.parentId,
      parentName: byName.parentName,
      placedBy: 'csv',
      line: o.line,
    };
    if (o.parent) {
      placed.parentName = o.parent;
      placed.parentId = null;
      const pm = index.match(o.parent);
      if (pm && 'id' in pm && pm.id === m.id) {
        issues.push({ line: o.line, code: 'parent-self', zh: `第 ${o.line} 行：上级“${o.parent}”就是该机关本身`, en: `line ${o.line}: the parent “${o.parent}” is the organ itself` });
      } else if (pm && 'id' in pm) {
        placed.parentId = pm.id;
      } else if (pm) {
        issues.push({
          line: o.line,
          code: 'parent-ambiguous',
          zh: `第 ${o.line} 行：上级“${o.parent}”可能是多个机关，请写出完整名称`,
          en: `line ${o.line}: the parent “${o.parent}” may be any of several organs; write the full name`,
        });
      } else {
        issues.push({ line: o.line, code: 'parent-not-found', zh: `第 ${o.line} 行：语料库中没有上级“${o.parent}”`, en: `line ${o.line}: the parent “${o.parent}” is not in the corpus` });
      }
    }
    placements.set(m.id, placed);
  }
  return { placements, issues };
}
