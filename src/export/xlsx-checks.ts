/**
 * The check rows (and 表三's check column) under a summed table: every sum relation of the
 * format (model/formats/relations.ts) evaluated on the values shown, its difference written
 * where the person reading the sheet looks for it — 0 where the parts add up, the gap where
 * they do not. Blanks count as 0, as the checks of a report do; a relation with no number is left empty.
 */
import { formats, table3Relations, table4Relations, type SumRelation } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import type { LayoutValue, TableLayout } from './layout.js';

/** A layout with its check rows (and column) added, and where the differences are. */
export interface CheckedLayout extends TableLayout {
  /** Rows (1-based) that are check rows. */
  checkRows: number[];
  /** Difference cells, 1-based; `value` 0 where the relation holds. */
  checks: Array<{ row: number; col: number; value: number }>;
}

const difference = (rel: SumRelation, values: CellValues): number | null => {
  let any = false;
  const sum = (ps: readonly string[]) => ps.reduce((t, p) => {
    const v = values[p];
    if (typeof v === 'number') {
      any = true;
      return t + v;
    }
    return t;
  }, 0);
  const d = sum(rel.lhs) - sum(rel.rhs);
  return any ? Math.round(d * 1e6) / 1e6 : null;
};

/** What a kind of relation says, from its description (the part after the column's or row's label). */
const what = (rel: SumRelation) => rel.description.zh.slice(rel.description.zh.indexOf('：') + 1);

/**
 * Add check rows under 表三 (balance and outcomes along each column) and 表四 (each group's
 * total against its parts), and a check column beside 表三 (each row's 总计 against its six
 * applicant columns). 表二 has no sums.
 */
export function withChecks(layout: TableLayout, values: CellValues): CheckedLayout {
  const out: CheckedLayout = { ...layout, rows: layout.rows.map((r) => [...r]), merges: [...layout.merges], widths: [...layout.widths], checkRows: [], checks: [] };
  if (layout.table === 'table2' || layout.format !== '2021') return out;
  const rels = layout.table === 'table3' ? table3Relations(formats['2021'].table3) : table4Relations(formats['2021'].table4);
  const byKind = new Map<string, SumRelation[]>();
  for (const r of rels) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const labelCols = layout.table === 'table3' ? 3 : 0;

  // Relations along a column (or a 表四 group): one check row each kind, the difference under the total's column.
  for (const [kind, list] of byKind) {
    if (kind === 'table3.applicants') continue;
    const row: LayoutValue[] = Array<LayoutValue>(out.width).fill(null);
    const r = out.rows.length + 1;
    const label = `核对（应为 0）：${what(list[0]!)}`;
    if (labelCols) {
      row[0] = label;
      out.merges.push([r, 1, r, labelCols]);
    } else {
      // 表四 has no label column: the label goes on a row of its own above.
      const above = Array<LayoutValue>(out.width).fill(null);
      above[0] = label;
      out.rows.push(above);
      out.merges.push([r, 1, r, out.width]);
      out.checkRows.push(r);
    }
    const at = out.rows.length + 1;
    for (const rel of list) {
      const cell = layout.cells[rel.lhs[0]!];
      const d = difference(rel, values);
      if (!cell || d === null) continue;
      row[cell.col - 1] = d;
      out.checks.push({ row: at, col: cell.col, value: d });
    }
    out.rows.push(row);
    out.checkRows.push(at);
  }

  // 表三: each row's 总计 against its six applicant columns, in a column beside the table.
  const applicants = byKind.get('table3.applicants');
  if (applicants) {
    const col = out.width + 1;
    out.width = col;
    out.widths.push(14);
    for (const r of out.rows) r.push(null);
    const top = layout.tableTop;
    out.rows[top - 1]![col - 1] = `核对（应为 0）：${what(applicants[0]!)}`;
    out.merges.push([top, col, top + 2, col]);
    for (const rel of applicants) {
      const cell = layout.cells[rel.lhs[0]!];
      const d = difference(rel, values);
      if (!cell || d === null) continue;
      out.rows[cell.row - 1]![col - 1] = d;
      out.checks.push({ row: cell.row, col, value: d });
    }
    // The captions above span the new column too.
    out.merges = out.merges.map(([t, l, b, r]) => (t < top && r === layout.width ? [t, l, b, col] : [t, l, b, r]));
  }
  return out;
}
