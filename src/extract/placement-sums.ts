import { cellAt, tableDefs } from '../model/cells.js';
import type { Cell, Report } from '../model/report.js';
import type { TableDef } from '../model/formats/index.js';
import { tableSums } from '../model/sums.js';
import { rowLabel } from './rows.js';
import type { Context } from './context.js';

/** The words for how a row's values were placed, in the diagnostic. */
const howWords = {
  order: { zh: '与行名分开印出、按顺序对应到本行', en: 'printed apart from its label and assigned in order' },
  grid: { zh: '少于列数、按相邻整行的列位置放入', en: 'fewer than the columns, placed by the columns of a full row nearby' },
  header: { zh: '少于列数、按表头各列的位置放入', en: 'fewer than the columns, placed under the header\'s columns' },
  sum: { zh: '少于列数、按“末格为合计”放入', en: 'fewer than the columns, placed taking the last as the total' },
  left: { zh: '少于列数、从左到右放入', en: 'fewer than the columns, placed from the left' },
} as const;

/**
 * The format's arithmetic as a check on the reader's placements. 表三 and 表四 print sums (a
 * row's 总计 of its six applicant columns, （七）总计 of the outcome rows, each column's balance,
 * 表四's totals). Where one fails and a row in it was placed by the reader rather than read as
 * printed (its values printed apart from its label and taken in order, as plain pdftotext prints
 * a table; or a short row whose gaps the reader chose), the failure may be the reader's: each
 * such row gets `parse/cells-doubtful` on the row, and the checks that rest on it say "may be a
 * reading problem". Values stay as read.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量
 * 0
 * ^ values in their own lines, in an order pdftotext chose: a failing sum makes the row doubtful
 * ```
 */
export function placementDoubts(ctx: Context, report: Report): void {
  if (ctx.placed.size === 0) return;
  // The format's label of a row id (table3.granted → （一）予以公开).
  // (The path split at its first dot, not each row's path made to compare: a table's name holds none.)
  const formatLabel = (row: string): string => {
    const dot = row.indexOf('.');
    if (dot < 0) return row;
    const table = row.slice(0, dot);
    const id = row.slice(dot + 1);
    for (const t of tableDefs(report)) {
      if (t.table !== table) continue;
      const def = t.rows.find((r) => r.id === id);
      if (def) return rowLabel(def);
    }
    return row;
  };
  const flag = (row: string, messageId: 'cells-doubtful' | 'cells-unverified', at: number | null) => {
    const how = ctx.placed.get(row)!;
    // A row placed by order may have had no label of its own in the text: the format's, then.
    const label = ctx.labels[row]?.text ?? formatLabel(row);
    ctx.report(messageId, 'warning', { label, how: howWords[how].zh, howEn: howWords[how].en }, at, { path: row });
  };
  const rowOf = (p: string) => p.slice(0, p.lastIndexOf('.'));
  // The first printed cell of a 表二 row (see firstPrinted).
  const atOf = (row: string): number | null => {
    for (const t of tableDefs(report)) {
      if (t.table !== 'table2') continue;
      return firstPrinted(t, row, (r, c) => cellAt(report, t, t.rows[r]!, c));
    }
    return null;
  };
  for (const table of ['table3', 'table4'] as const) {
    // Only rows the reader placed are flagged: a table with none of them is not summed at all.
    if (!placedIn(ctx, table)) continue;
    // The table's cells by index, not every cell of the report by its path: most sums hold.
    const sums = tableSums(report, table);
    if (!sums || sums.failing.length === 0) continue;
    const done = new Set<string>();
    // Values taken in printed order: one failing sum puts the whole order in doubt.
    for (const [row, how] of ctx.placed) {
      if (how === 'order' && row.startsWith(table + '.')) {
        done.add(row);
        flag(row, 'cells-doubtful', firstPrinted(sums.def, row, sums.rowCell));
      }
    }
    // A short row whose gaps the reader chose: doubtful where a failing sum holds it.
    for (const i of sums.failing) {
      const rel = sums.relations[i]!;
      for (const side of ['lhs', 'rhs'] as const) {
        rel[side].forEach((p, q) => {
          const row = rowOf(p);
          if (!ctx.placed.has(row) || done.has(row)) return;
          done.add(row);
          flag(row, 'cells-doubtful', sums.cellOf(i, side, q)?.position.offset ?? null);
        });
      }
    }
  }
  // 表二 prints no sums to check an order against: values taken in order are said to be unverified.
  for (const [row, how] of ctx.placed) if (how === 'order' && row.startsWith('table2.')) flag(row, 'cells-unverified', atOf(row));
}


/** Whether the reader placed a row of `table` (see Context.placed). */
function placedIn(ctx: Context, table: string): boolean {
  for (const row of ctx.placed.keys()) if (row.startsWith(table + '.')) return true;
  return false;
}

/**
 * The offset of the first printed cell of a row (or of a group of rows: every row whose id starts
 * with the group's), in printed order: looked up in the format's rows (`cell(r, c)`: row r of
 * `t`, column c), not in a map of every prefix of every cell path of the report.
 */
function firstPrinted(t: TableDef, row: string, cell: (r: number, c: number) => Cell | undefined): number | null {
  const id = row.slice(row.indexOf('.') + 1);
  for (let r = 0; r < t.rows.length; r++) {
    const rid = t.rows[r]!.id;
    if (rid !== id && !(rid.startsWith(id) && rid.charCodeAt(id.length) === 0x2e)) continue;
    for (let c = 0; c < t.rows[r]!.columns.length; c++) {
      const x = cell(r, c);
      if (x !== undefined) return x.position.offset;
    }
  }
  return null;
}
