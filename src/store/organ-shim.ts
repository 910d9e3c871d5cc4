// TEMPORARY until src/organs lands.
export function identifyOrgan(name: string) {
  return { key: name.replace(/人民政府$/, ''), level: null as string | null, department: false, levelAssumed: false };
}
export class OrganIndex {
  private items: Array<{ id: number; key: string }> = [];
  add(id: number, name: string) { this.items.push({ id, key: identifyOrgan(name).key }); }
  match(name: string): { id: number } | null {
    const k = identifyOrgan(name).key;
    const c = [...new Set(this.items.filter((i) => i.key === k || i.key.endsWith(k) || k.endsWith(i.key)).map((i) => i.id))];
    return c.length === 1 ? { id: c[0]! } : null;
  }
}
