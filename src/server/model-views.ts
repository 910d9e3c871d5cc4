/**
 * What the report page shows of a stored model (the model, its cells by id, the official grids),
 * kept for the reports read last. Keyed by report id, file hash and revision (the store bumps
 * the revision whenever it reads a file again), and the row is read from the database on every
 * request: an entry is only ever a copy of what the database holds now, so several servers
 * against one PostgreSQL serve one corpus. Bounded by count, least recently used out first.
 */
import { cellEntries } from '../model/cells.js';
import type { Cell, Report } from '../model/report.js';
import { cellValues } from '../model/values.js';
import type { ReportRow, Store } from '../store/store.js';
import type { TableGrid as Grid } from '../render/grid.js';
import { reportGrid } from './grids.js';

export interface ModelView {
  report: Report;
  cells: Record<string, Cell>;
  tables: Grid[];
}

export class ModelViews {
  private readonly entries = new Map<string, ModelView>();
  constructor(private readonly store: Store, private readonly max = 256) {}

  async get(row: Pick<ReportRow, 'id' | 'sha256' | 'revision'>): Promise<ModelView> {
    const key = `${row.id}:${row.sha256}:${row.revision}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: moved to the end, it is the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const view = viewOf((await this.store.model(row.id))!);
    this.entries.set(key, view);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return view;
  }
}

/** The cells by id and the official grids of a model. */
export function viewOf(report: Report): ModelView {
  const cells: Record<string, Cell> = {};
  const tables: Grid[] = [];
  if (report.status !== 'failed') {
    for (const [id, cell] of cellEntries(report)) if (cell) cells[id] = cell;
    const values = cellValues(report);
    for (const t of ['table2', 'table3', 'table4'] as const) {
      const format = report.tableFormats[t] ?? report.format ?? '2021';
      if (report[t]) tables.push(reportGrid(t, values, format));
    }
  }
  return { report, cells, tables };
}
