/**
 * The store's organs: the same organ recognised across years and name variants (src/organs),
 * kept in memory beside the tables and written in the report's own transaction.
 */
import { sql, type Transaction } from 'kysely';
import { identifyOrgan, OrganIndex } from './organ-shim.js';
import type { Connection } from './connect.js';
import type { Database } from './schema.js';

export class OrganBook {
  private index = new OrganIndex();
  private byName = new Map<string, number>();
  private maxId = 0;
  /** Names and organs added in the transaction under way: kept once it commits. */
  private pending: Array<{ id: number; name: string }> = [];

  constructor(private readonly connection: Connection) {}

  /** Read every known organ name. */
  async load(): Promise<void> {
    await this.catchUp(this.connection.db);
  }

  /** Organs and names other processes stored since we last looked. */
  private async catchUp(db: Transaction<Database> | Connection['db']): Promise<void> {
    const rows = await db.selectFrom('organ_name').innerJoin('organ', 'organ.id', 'organ_name.organ_id')
      .select(['organ_name.name', 'organ_name.organ_id']).execute();
    for (const r of rows) this.remember(r.organ_id, r.name);
  }

  private remember(id: number, name: string): void {
    if (this.byName.has(name)) return;
    this.byName.set(name, id);
    this.index.add(id, name);
    if (id > this.maxId) this.maxId = id;
  }

  /** The organ id of a printed name, creating the organ where it is new. */
  async resolve(trx: Transaction<Database>, printed: string): Promise<number> {
    const name = printed.trim();
    const known = this.byName.get(name) ?? this.pending.find((p) => p.name === name)?.id;
    if (known !== undefined) return known;
    if (this.connection.dialect === 'postgres') {
      // Several workers may meet a new organ at once: one at a time, after reading what the others stored.
      await sql`select pg_advisory_xact_lock(4243)`.execute(trx);
      await this.catchUp(trx);
      const now = this.byName.get(name);
      if (now !== undefined) return now;
    }
    const match = this.index.match(name);
    let id: number;
    if (match && 'id' in match) {
      id = Number(match.id);
    } else {
      const o = identifyOrgan(name);
      const row = await trx.insertInto('organ').values({
        name, key: o.key, level: o.level, department: o.department ? 1 : 0, level_assumed: o.levelAssumed ? 1 : 0,
        region_code: null, parent_id: null, placed_by: 'name',
      }).returning('id').executeTakeFirstOrThrow();
      id = row.id;
    }
    await trx.insertInto('organ_name').values({ name, organ_id: id }).onConflict((oc) => oc.column('name').doNothing()).execute();
    this.pending.push({ id, name });
    return id;
  }

  commitPending(): void {
    for (const p of this.pending) this.remember(p.id, p.name);
    this.pending = [];
  }

  forgetPending(): void {
    this.pending = [];
  }
}
