/**
 * Reading a printed organ name: its administrative units (晋江市 / 内坑镇), its body (the
 * 人民政府 itself or a department such as 发展和改革局), its level, and an identity key that the
 * variants of one organ's name share.
 */
import { departmentKey, expandDepartment, expandPartyBody, governmentOffices, isNationalOrgan, nationalSystem, partySystem, prefectureGovernment } from './departments.js';
import { normalizeOrganText } from './normalize.js';
import { headWords, kindLevel, levelChars, levelRank, readUnit, unitEndChars, type OrganLevel, type UnitKind, type UnitLevel, type UnitMatch } from './units.js';

export type { OrganLevel, UnitKind, UnitLevel } from './units.js';

/** One administrative unit of an organ's name. */
export interface OrganUnit {
  /** As printed (normalised): 木座藏族乡. */
  name: string;
  /** Identity key: ethnic qualifiers dropped, 自治县 → 县 (木座乡). */
  key: string;
  kind: UnitKind;
  level: UnitLevel;
  /** The level was chosen between two the name allows (a 市: 地级市 or 县级市). */
  assumed: boolean;
}

/** What the name of an organ says. */
export interface OrganName {
  /** The name as given. */
  printed: string;
  /** Without spaces, full-width forms, quotes, or a year run on after it. */
  normalized: string;
  /** The places, from the largest down: [晋江市, 内坑镇]. Empty for national organs and bare departments. */
  units: OrganUnit[];
  /**
   * A system apart from the local governments: the national system whose local office this is
   * (国家税务总局 in 国家税务总局晋江市税务局), or 中国共产党 for a party organ (中共晋江市委); else null.
   */
  system: string | null;
  /** The department (full form: 科委 → 科学技术委员会), or null for a 人民政府 itself and its 办公室/办公厅. */
  department: string | null;
  /** True for a department (and a local office of a national system): `level` is then the level of the government it belongs to. */
  isDepartment: boolean;
  /** The level of the government (or of the government the department belongs to); null when the name does not say. */
  level: OrganLevel | null;
  /** The level was assumed: a bare 某某市 may be a 地级市 or a 县级市 (see `assumption`). */
  levelAssumed: boolean;
  /** What was assumed, in Chinese and English, or null. */
  assumption: { zh: string; en: string } | null;
  /** Identity key: `晋江市/内坑镇|` for the town's government, `沭阳县|发展改革局` for a department. '' when nothing was read. */
  key: string;
  /** The printed name of the government above (晋江市人民政府 for 晋江市内坑镇人民政府), when the name shows it. */
  parent: string | null;
}

/** A way of reading the start of a name as units, and where the body begins. */
interface Reading {
  units: UnitMatch[];
  levels: UnitLevel[];
  assumed: boolean[];
  /** Where the body (department or nothing) begins. */
  bodyStart: number;
  /** The last unit shares its final character with a department word (温州市场监督管理局). */
  shared: boolean;
  /** Characters read as places. */
  covered: number;
}

// 双江拉祜族佤族布朗族傣族自治县 has 15 characters.
const maxUnitLength = 20;
const maxUnits = 6;

/**
 * Read a printed organ name: 晋江市内坑镇人民政府 → units 晋江市 (县级市, assumed) and 内坑镇,
 * the town's government, level town; 沭阳县发展和改革局 → a department of 沭阳县, county level;
 * 上海市科委 → 科学技术委员会, a department of a province-level government; 教育部 → a national
 * department. A name that is only a place (乐清市仙溪镇) is read as that place's government.
 */
export function parseOrganName(printed: string): OrganName {
  let s = normalizeOrganText(printed).replace(/^中华人民共和国(?=.)/u, '');
  const normalized = s;
  let system: string | null = null;
  let party = false;
  const partyPrefix = partySystem.exec(s);
  if (partyPrefix) {
    system = '中国共产党';
    party = true;
    s = s.slice(partyPrefix[0].length);
  }
  let read: ReturnType<typeof readName> | null = null;
  const sys = party ? null : nationalSystem.exec(s);
  if (sys && sys[0].length < s.length) {
    // A system's local office only when a place follows (国家税务总局 alone is a national organ).
    const rest = s.slice(sys[0].length);
    const r = readName(rest);
    if (r.reading && r.reading.units.length > 0) {
      system = sys[0];
      s = rest;
      read = r;
    }
  }
  const { reading, body } = read ?? readName(s);
  const units: OrganUnit[] = reading
    ? reading.units.map((u, i) => ({ name: u.name, key: u.key, kind: kindOf(u, reading.levels[i]!), level: reading.levels[i]!, assumed: reading.assumed[i]! }))
    : [];

  let department: string | null;
  let national = false;
  if (units.length === 0 && s && isNationalOrgan(s)) {
    national = true;
    const d = s.replace(/^国务院(?=.)/u, '');
    department = s === '国务院' || (s.startsWith('国务院') && governmentOffices.has(s.slice(3))) ? null : expandDepartment(d);
  } else {
    department = body === null ? null : party ? expandPartyBody(body) : expandDepartment(body);
  }
  const last = units[units.length - 1];
  const level: OrganLevel | null = national ? 'national' : last ? last.level : null;
  const levelAssumed = !national && !!last && last.assumed;
  const isDepartment = department !== null || system !== null;

  const chain = national ? '国家' : units.map((u) => u.key).join('/');
  const key = !normalized ? '' : `${system ? `${system}@` : ''}${chain}|${department ? departmentKey(department) : ''}`;
  return {
    printed,
    normalized,
    units,
    system,
    department,
    isDepartment,
    level,
    levelAssumed,
    assumption: levelAssumed && last ? assumptionOf(last) : null,
    key,
    parent: parentOf(units, department, national, system),
  };
}

/** The kind of a unit once its level is known: a 市 is a 地级市 or a 县级市. */
function kindOf(u: UnitMatch, level: UnitLevel): UnitKind {
  if (u.kind === 'prefecture-city' && level === 'county') return 'county-city';
  return u.kind;
}

/** What was assumed about a 市 whose level the name leaves open. */
function assumptionOf(u: OrganUnit): { zh: string; en: string } {
  return u.level === 'city'
    ? { zh: `“${u.name}”可能是地级市，也可能是县级市，按地级市处理`, en: `“${u.name}” may be a prefecture-level or a county-level city; taken as prefecture-level` }
    : { zh: `“${u.name}”可能是地级市，也可能是县级市，按县级市处理`, en: `“${u.name}” may be a prefecture-level or a county-level city; taken as county-level` };
}

/** The government above: the same places' 人民政府 for a department, one place up for a government. */
function parentOf(units: OrganUnit[], department: string | null, national: boolean, system: string | null): string | null {
  if (system) return null;
  if (national) return department ? '国务院' : null;
  if (units.length === 0) return null;
  if (department) return `${units.map((u) => u.name).join('')}人民政府`;
  if (units.length >= 2) return `${units.slice(0, -1).map((u) => u.name).join('')}人民政府`;
  return units[0]!.level === 'province' ? '国务院' : null;
}

/**
 * Split a normalised name into a reading of its places and its body. A name with 人民政府 (or
 * 政府) has its places before it, read whole, and after it nothing, the 办公室/办公厅 (the
 * government itself), or a department (国有资产监督管理委员会). Otherwise the places are read from
 * the start and the rest is the body: a department, or nothing for a name that is only a place.
 */
function readName(s: string): { reading: Reading | null; body: string | null } {
  const g = s.indexOf('政府');
  if (g >= 0) {
    const placeEnd = s.slice(g - 2, g) === '人民' ? g - 2 : g;
    const place = s.slice(0, placeEnd);
    const reading = place ? best(place, true) : null;
    if (reading) {
      const after = s.slice(g + 2);
      return { reading, body: governmentOffices.has(after) ? null : after };
    }
  }
  const reading = best(s, false);
  if (!reading) return { reading: null, body: s || null };
  const rest = s.slice(reading.bodyStart);
  const last = reading.units[reading.units.length - 1];
  const lastLevel = reading.levels[reading.levels.length - 1];
  // A 街道办事处 is the subdistrict's government, a 地区's is its 行政公署, and a zone's
  // 管理委员会 governs the zone.
  const government =
    rest === '' ||
    (rest === '办事处' && lastLevel === 'town') ||
    (rest === prefectureGovernment && last?.kind === 'prefecture') ||
    (/^(?:管理委员会|管委会)$/u.test(rest) && last?.kind === 'district');
  if (government) {
    return { reading, body: null };
  }
  return { reading, body: rest };
}

/**
 * The best reading of the start of `s` as places: levels that go down the hierarchy, a body that
 * does not begin with a stray level character, as many characters read as places as possible,
 * then as many places (某县城关镇 is 某县 + 城关镇, not one town named 某县城关), then no shared
 * character where there is a choice. `whole`: the places must cover all of `s`.
 */
function best(s: string, whole: boolean): Reading | null {
  let winner: Reading | null = null;
  const chain: UnitMatch[] = [];
  const consider = (bodyStart: number, shared: boolean): void => {
    const covered = bodyStart; // the places end where the body begins
    if (whole && covered !== s.length) return;
    const better =
      !winner ||
      covered > winner.covered ||
      (covered === winner.covered && (chain.length > winner.units.length || (chain.length === winner.units.length && winner.shared && !shared)));
    if (!better) return;
    const resolved = resolveLevels(chain);
    if (resolved) winner = { units: [...chain], ...resolved, bodyStart, shared, covered };
  };
  // `floor`: the lowest rank the last unit can have, so that the next must be below it.
  const walk = (i: number, floor: number): void => {
    if (chain.length > 0 && bodyMayStart(s, i)) consider(i, false);
    if (chain.length >= maxUnits) return;
    for (let j = i + 2; j <= Math.min(s.length, i + maxUnitLength); j++) {
      if (!unitEndChars.has(s[j - 1]!)) continue;
      const piece = s.slice(i, j);
      const unit = readUnit(piece);
      if (!unit) continue;
      const [lo, hi] = rankRange(unit);
      if (hi <= floor) continue;
      chain.push(unit);
      if (headWords.includes(s.slice(j - 1, j + 1))) {
        // 温州市场监督管理局: the 市 ends the place and begins 市场监督管理局, unless the place
        // would then be a place plus a stray character (某县市场… is 某县 + 市场…).
        if (!readUnit(piece.slice(0, -1))) consider(j - 1, true);
      } else {
        walk(j, Math.max(lo, floor + 1));
      }
      chain.pop();
    }
  };
  walk(0, 0);
  return winner;
}

/** The ranks a unit may have: a 市 is a 地级市 or a 县级市, any other unit has its one level. */
function rankRange(u: UnitMatch): [number, number] {
  return u.kind === 'prefecture-city' ? [levelRank.city, levelRank.county] : [levelRank[kindLevel[u.kind]], levelRank[kindLevel[u.kind]]];
}

/** A body may begin at `i`: at the end, or not on a level character unless it begins a department word (市场…). */
function bodyMayStart(s: string, i: number): boolean {
  if (i >= s.length) return true;
  if (!levelChars.has(s[i]!)) return true;
  return headWords.includes(s.slice(i, i + 2));
}

/**
 * Levels for a chain of units, each below the one before. A 市 may be a 地级市 (city) or a 县级市
 * (county): where both fit, a 市 above a town is taken as a 县级市 and any other as a 地级市, and
 * marked assumed. Null when no assignment goes down the hierarchy.
 */
export function resolveLevels(units: UnitMatch[]): { levels: UnitLevel[]; assumed: boolean[] } | null {
  const n = units.length;
  // Most chains have no 市 to choose for: check them without trying choices.
  if (!units.some((u) => u.kind === 'prefecture-city')) {
    const levels = units.map((u) => kindLevel[u.kind]);
    for (let k = 1; k < n; k++) if (levelRank[levels[k]!] <= levelRank[levels[k - 1]!]) return null;
    return { levels, assumed: units.map(() => false) };
  }
  // The 市 among the units: each may be city or county; at most a few, so try every choice.
  const cities: number[] = [];
  for (let k = 0; k < n; k++) if (units[k]!.kind === 'prefecture-city') cities.push(k);
  const preferred = (k: number): UnitLevel => (units[k + 1] && kindLevel[units[k + 1]!.kind] === 'town' ? 'county' : 'city');
  let chosen: UnitLevel[] | null = null;
  let score = -1;
  const seen: Set<UnitLevel>[] = cities.map(() => new Set());
  for (let mask = 0; mask < 1 << cities.length; mask++) {
    const levels = units.map((u) => kindLevel[u.kind]);
    cities.forEach((k, c) => (levels[k] = mask & (1 << c) ? 'county' : 'city'));
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = levelRank[levels[k]!] > levelRank[levels[k - 1]!];
    if (!ok) continue;
    cities.forEach((k, c) => seen[c]!.add(levels[k]!));
    const sc = cities.filter((k) => levels[k] === preferred(k)).length;
    if (sc > score) [chosen, score] = [levels, sc];
  }
  if (!chosen) return null;
  const assumed = units.map(() => false);
  cities.forEach((k, c) => (assumed[k] = seen[c]!.size > 1));
  return { levels: chosen, assumed };
}
