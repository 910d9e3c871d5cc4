/**
 * An organ's place in the hierarchy as its name says it: level, department or government, the
 * government above.
 */
import type { DivisionIndex, PlacementNote } from './divisions.js';
import type { OrganLevel, OrganName } from './name.js';

/** Where an organ stands: what the name says, or what the user's CSV says instead. */
export interface OrganPlacement<Id = string> {
  level: OrganLevel | null;
  /** A department of the government at `level` (or a local office of a national system). */
  department: boolean;
  /** The level was assumed from an ambiguous name (a bare 某某市). */
  levelAssumed: boolean;
  /** 区划代码: 6 digits to the county (350582), 12 for a town (350582109000); from the division list or the CSV. */
  regionCode: string | null;
  /**
   * Why the organ has no region code (“城关镇” may be any of 91 towns), or how it got one from the
   * reports' titles rather than its name; null when the name placed it, or it names no place.
   */
  regionNote: PlacementNote | null;
  /** The organ above, when it is known to the index. */
  parentId: Id | null;
  /** The printed name of the organ above (from the name, or the CSV's 上级). */
  parentName: string | null;
  /** 'name' (read from the name) or 'csv' (a user override). */
  placedBy: 'name' | 'csv';
  /** The CSV line that placed the organ, when placed by the CSV. */
  line: number | null;
}

/**
 * The name that says most about an organ, of those printed for it: the one with most places
 * (晋江市内坑镇人民政府 over 内坑镇人民政府), then one whose level is not assumed, then the first.
 */
export function mostSpecificName(names: readonly OrganName[]): OrganName | null {
  let bestName: OrganName | null = null;
  for (const n of names) {
    if (!bestName) bestName = n;
    else if (n.units.length > bestName.units.length) bestName = n;
    else if (n.units.length === bestName.units.length && bestName.levelAssumed && !n.levelAssumed) bestName = n;
  }
  return bestName;
}

/** The placement a name gives, before any override; the parent is not yet looked up (`parentId` null). */
export function placeByName(name: OrganName | null): OrganPlacement<never> {
  return {
    level: name?.level ?? null,
    department: name?.isDepartment ?? false,
    levelAssumed: name?.levelAssumed ?? false,
    regionCode: null,
    regionNote: null,
    parentId: null,
    parentName: name?.parent ?? null,
    placedBy: 'name',
    line: null,
  };
}

/**
 * The placement of an organ by its names and the division list: the level the division has
 * (晋江市 is a 县级市, so nothing is assumed any more) and its code; where the list cannot tell,
 * the name's placement and a note why. `context`: the organ's reports' titles.
 */
export function placeByDivision(names: readonly OrganName[], divisions: DivisionIndex, context = ''): OrganPlacement<never> {
  const p = placeByName(mostSpecificName(names));
  const d = divisions.place(names, context);
  if (!d.division) return { ...p, regionNote: d.note };
  const found = d.division;
  return {
    ...p,
    level: found.level,
    levelAssumed: false,
    regionCode: found.code,
    regionNote: d.by === 'text'
      ? { zh: `名称可指 ${d.candidates.length} 处区划，按报告标题定为 ${found.code}`, en: `the name may be any of ${d.candidates.length} divisions; placed at ${found.code} by the report titles` }
      : null,
  };
}
