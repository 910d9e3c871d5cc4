/**
 * The organs already known, and which of them a newly seen name belongs to: the same identity
 * key, or a variant of the name (晋江市内坑镇人民政府 / 内坑镇人民政府 / 晋江市内坑镇) when exactly
 * one known organ fits it.
 */
import { parseOrganName, type OrganName, type OrganUnit } from './name.js';

/** Which known organ a name belongs to, or the organs it might belong to when it cannot tell. */
export type OrganMatch<Id = string> = { id: Id; how: 'exact' | 'variant' } | { ambiguous: true; candidates: Id[] };

/** A known organ and the names printed for it. */
export interface KnownOrgan<Id = string> {
  id: Id;
  names: Iterable<string | OrganName>;
}

/**
 * The bucket of a name for variant matching: the same system, the same lowest place and the same
 * department (or government) — everything but the places above, which variants leave out.
 */
function tailOf(n: OrganName): string | null {
  const last = n.units[n.units.length - 1];
  if (!last) return null;
  return `${n.system ?? ''}@${last.key}${n.key.slice(n.key.indexOf('|'))}`;
}

/**
 * Two names with the same lowest place and department are variants of one organ unless they
 * name different places at one level (two 城关镇, one under 甲县 and one under 乙县). A place that
 * one name puts at another level than the other (a 市 read as 地级市 in one and 县级市 in the
 * other) is no contradiction when the other name has it too.
 */
export function compatibleNames(a: OrganName, b: OrganName): boolean {
  const ua = a.units;
  const ub = b.units;
  // Chains are short (at most a few places): nested loops beat building sets.
  const has = (units: readonly OrganUnit[], key: string) => units.some((u, i) => i < units.length - 1 && u.key === key);
  for (let i = 0; i < ua.length - 1; i++) {
    const u = ua[i]!;
    for (let j = 0; j < ub.length - 1; j++) {
      const v = ub[j]!;
      if (u.level === v.level && u.key !== v.key && !has(ub, u.key) && !has(ua, v.key)) return false;
    }
  }
  return true;
}

/**
 * An index of known organs by the names printed for them. `match` finds the organ a new name
 * belongs to; `add` records a name for an organ. Lookups go through two maps (by key, and by
 * lowest place and department), so matching a name costs the same however many organs are known.
 */
export class OrganIndex<Id = string> {
  private readonly byKey = new Map<string, Id[]>();
  private readonly byTail = new Map<string, Id[]>();
  private readonly names = new Map<Id, OrganName[]>();
  /** Each recorded name's bucket, so that matching does not work it out again. */
  private readonly tails = new Map<OrganName, string | null>();
  /** Names just read: the caller usually matches a name and then adds it. */
  private readonly parsed = new Map<string, OrganName>();

  /** An index of the given organs, each with the names seen for it. */
  constructor(known: Iterable<KnownOrgan<Id>> = []) {
    for (const o of known) for (const n of o.names) this.add(o.id, n);
  }

  /** Record that `name` was printed for organ `id`. Returns the name as read. */
  add(id: Id, name: string | OrganName): OrganName {
    const n = this.read(name);
    let list = this.names.get(id);
    if (!list) this.names.set(id, (list = []));
    if (list.some((m) => m.normalized === n.normalized)) return n;
    list.push(n);
    if (n.key) push(this.byKey, n.key, id);
    const tail = tailOf(n);
    this.tails.set(n, tail);
    if (tail) push(this.byTail, tail, id);
    return n;
  }

  /**
   * The organ `name` belongs to: one with the same key (`exact`); else the one known organ whose
   * names are all variants of it (`variant`: 内坑镇人民政府 for 晋江市内坑镇人民政府); when
   * several fit, `{ ambiguous: true, candidates }` and no link; null when none does.
   */
  match(name: string | OrganName): OrganMatch<Id> | null {
    const n = this.read(name);
    if (!n.key) return null;
    const exact = this.byKey.get(n.key);
    if (exact && exact.length === 1) return { id: exact[0]!, how: 'exact' };
    if (exact && exact.length > 1) return { ambiguous: true, candidates: [...exact] };
    const tail = tailOf(n);
    if (!tail) return null;
    const candidates = (this.byTail.get(tail) ?? []).filter((id) =>
      this.names.get(id)!.every((m) => this.tails.get(m) !== tail || compatibleNames(n, m)),
    );
    if (candidates.length === 1) return { id: candidates[0]!, how: 'variant' };
    if (candidates.length > 1) return { ambiguous: true, candidates };
    return null;
  }

  private read(name: string | OrganName): OrganName {
    if (typeof name !== 'string') return name;
    let n = this.parsed.get(name);
    if (!n) {
      if (this.parsed.size >= 1000) this.parsed.clear();
      n = parseOrganName(name);
      this.parsed.set(name, n);
    }
    return n;
  }

  /** The names recorded for an organ, as read, in the order they were added. */
  namesOf(id: Id): readonly OrganName[] {
    return this.names.get(id) ?? [];
  }

  /** The ids of the known organs, in the order they were first added. */
  ids(): Id[] {
    return [...this.names.keys()];
  }

  /** The number of known organs. */
  get size(): number {
    return this.names.size;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
