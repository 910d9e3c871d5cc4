/**
 * The store's organs: the same organ recognised across years and name variants (src/organs),
 * kept in memory beside the tables and written in the report's own transaction; placed in the
 * hierarchy by its names, or by the user's CSV where it has a row.
 */
import { sql, type Transaction } from 'kysely';
import { applyOverrides, divisions, foldOrganChars, normalizeOrganText, OrganIndex, parseOrganName, parseOverrides, type OrganLevel, type OrganOverride, type OverrideIssue } from '../organs/index.js';
import type { Connection } from './connect.js';
import type { Database } from './schema.js';

export class OrganBook {
  private index = new OrganIndex<number>();
  /** By normalised name (normalizeOrganText): 沭阳县⼈⺠政府 as printed by a PDF is 沭阳县人民政府. */
  private byName = new Map<string, number>();
  /** The name resolved in the transaction under way (one per report): kept once it commits. */
  private pending: { id: number; name: string } | null = null;

  constructor(private readonly connection: Connection) {}

  /** Read every known organ name. */
  async load(): Promise<void> {
    await this.catchUp(this.connection.db);
  }

  /** Organs and names other processes stored since we last looked. */
  private async catchUp(db: Transaction<Database> | Connection['db']): Promise<void> {
    const rows = await db.selectFrom('organ_name').select(['name', 'organ_id']).orderBy('organ_id').execute();
    for (const r of rows) this.remember(r.organ_id, r.name);
  }

  private remember(id: number, name: string): void {
    const key = normalizeOrganText(name);
    if (this.byName.has(key)) return;
    this.byName.set(key, id);
    this.index.add(id, name);
  }

  /**
   * The organ id of a printed name, creating the organ where it is new. A name that may be
   * any of several known organs (two 城关镇 of different counties, printed without the county)
   * is a new organ of its own rather than a guess.
   */
  async resolve(trx: Transaction<Database>, printed: string): Promise<number> {
    // Radicals and compatibility ideographs as their ideographs, no spaces: the name kept and shown.
    const name = foldOrganChars(printed);
    const key = normalizeOrganText(name);
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    // Several workers or processes may meet a new organ at once: one at a time, after reading
    // what the others stored.
    if (this.connection.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(4243)`.execute(trx);
      await this.catchUp(trx);
    } else {
      // The transaction already holds the SQLite file's write lock (its first statement wrote),
      // so what it reads is all there is: this name stored by another process a moment ago.
      const row = await trx.selectFrom('organ_name').select('organ_id').where('name', '=', name).executeTakeFirst();
      if (row) this.remember(row.organ_id, name);
    }
    const now = this.byName.get(key);
    if (now !== undefined) return now;
    const match = this.index.match(name);
    let id: number;
    if (match && 'id' in match) {
      id = match.id;
    } else {
      const o = parseOrganName(name);
      const row = await trx.insertInto('organ').values({
        name, key: o.key, level: o.level, department: o.isDepartment ? 1 : 0, level_assumed: o.levelAssumed ? 1 : 0,
        region_code: null, region_note: null, parent_id: null, placed_by: 'name',
      }).returning('id').executeTakeFirstOrThrow();
      id = row.id;
    }
    await trx.insertInto('organ_name').values({ name, organ_id: id }).onConflict((oc) => oc.column('name').doNothing()).execute();
    this.pending = { id, name };
    return id;
  }

  commitPending(): void {
    if (this.pending) this.remember(this.pending.id, this.pending.name);
    this.pending = null;
  }

  forgetPending(): void {
    this.pending = null;
  }

  /**
   * Read a user's organ CSV and keep it (replacing the one before), then place every organ.
   * Rows in error keep nothing: the issues say which lines to fix.
   */
  async importOverrides(csv: string | Uint8Array): Promise<OverrideIssue[]> {
    const { overrides, errors } = parseOverrides(csv);
    if (errors.length) return errors;
    await this.connection.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('organ_override').execute();
      for (let i = 0; i < overrides.length; i += 200) {
        await trx.insertInto('organ_override').values(overrides.slice(i, i + 200).map((o) => ({
          line: o.line, organ: o.organ, region_code: o.regionCode, level: o.level,
          department: o.department === null ? null : o.department ? 1 : 0, parent: o.parent,
        }))).execute();
      }
    });
    return this.place();
  }

  /**
   * Place every organ: by its most specific name, or by the user's CSV row; write what changed.
   * Returns the CSV rows that could not be applied (an organ not in the corpus, say).
   */
  async place(): Promise<OverrideIssue[]> {
    const db = this.connection.db;
    await this.catchUp(db);
    const rows = await db.selectFrom('organ_override').selectAll().orderBy('line').execute();
    const overrides: OrganOverride[] = rows.map((r) => ({
      line: r.line, organ: r.organ, regionCode: r.region_code, level: r.level as OrganLevel | null,
      department: r.department === null ? null : r.department === 1, parent: r.parent,
    }));
    // The reports' titles, for an organ whose name may be any of several divisions (城关镇).
    const titles = new Map<number, string>();
    for (const r of await db.selectFrom('report').select(['organ_id', 'title', 'organ_name']).where('organ_id', 'is not', null).execute()) {
      titles.set(r.organ_id!, `${titles.get(r.organ_id!) ?? ''}\n${r.title ?? ''}\n${r.organ_name ?? ''}`);
    }
    const { placements, issues } = applyOverrides(this.index, overrides, { divisions: divisions(), context: (id) => titles.get(id) ?? '' });
    const current = new Map((await db.selectFrom('organ').selectAll().execute()).map((o) => [o.id, o]));
    await db.transaction().execute(async (trx) => {
      for (const [id, p] of placements) {
        const o = current.get(id);
        if (!o) continue;
        const next = {
          level: p.level, department: p.department ? 1 : 0, level_assumed: p.levelAssumed ? 1 : 0,
          region_code: p.regionCode, region_note: p.regionNote ? JSON.stringify(p.regionNote) : null, parent_id: p.parentId, placed_by: p.placedBy,
        };
        if (o.level === next.level && o.department === next.department && o.level_assumed === next.level_assumed &&
          o.region_code === next.region_code && o.region_note === next.region_note && o.parent_id === next.parent_id && o.placed_by === next.placed_by) continue;
        await trx.updateTable('organ').set(next).where('id', '=', id).execute();
      }
    });
    return issues;
  }
}
