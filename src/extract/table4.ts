import { formats, table4Columns } from '../model/formats/index.js';
import type { CellRow } from '../model/report.js';
import type { Context } from './context.js';
import type { Field } from './lines.js';
import { makeCell } from './rows.js';

const groups = formats['2019'].table4.rows;
const cellCount = groups.length * table4Columns.length;

/**
 * Read 表四 from lines [from, to): fifteen values in the order the format prints them
 * (行政复议, then 未经复议直接起诉, then 复议后起诉; each 维持 纠正 其他 尚未审结 总计),
 * whether printed as one row of 15, three rows of 5 or one value per line. A line that
 * holds exactly 15 (or 5) cells keeps its blank cells in place:
 *
 * ```text
 * →→→→→0→0→0→0→0→0→0→0→0→0→0
 * ^^^^^ five blank 行政复议 cells
 * ```
 */
export function extractTable4(ctx: Context, from: number, to: number): { table: Record<string, CellRow> | null } {
  const fields: Field[] = [];
  for (let i = from; i < to && fields.length < cellCount; i++) {
    const line = ctx.line(i);
    if (line.values === 0) continue;
    // Header lines carry text; a data line carries values (with at most a short label).
    const vals = line.fields.filter((f) => f.cell.kind !== 'text');
    let a = 0;
    let b = vals.length;
    while (b > a && vals[b - 1]!.text === '') b--;
    // A tab or Markdown line of 15 (or 5) cells and more keeps its blank cells in place.
    if (line.mode !== 'space' && (b >= cellCount || b === table4Columns.length)) {
      const take = b >= cellCount ? cellCount : b;
      fields.push(...vals.slice(0, take));
      const extra = vals.slice(take, b).filter((f) => f.text !== '');
      if (extra.length) {
        ctx.report('cells-extra', 'warning', { label: '表四', extra: extra.length, width: cellCount, text: extra.map((f) => f.text).join(' ') },
          extra[0]!.start, { path: 'table4' });
      }
      continue;
    }
    while (a < b && vals[a]!.text === '') a++;
    fields.push(...vals.slice(a, b).filter((f) => f.text !== ''));
  }
  if (fields.length === 0) return { table: null };
  if (fields.length !== cellCount) {
    ctx.report('table4-count', 'warning', { count: Math.min(fields.length, cellCount) }, fields[0]!.start, { expected: cellCount, actual: fields.length });
  }
  const table: Record<string, CellRow> = {};
  groups.forEach((g, gi) => {
    const row: CellRow = {};
    table4Columns.forEach((c, ci) => {
      const f = fields[gi * table4Columns.length + ci];
      if (f) row[c.id] = makeCell(ctx, f, f.start, `table4.${g.id}.${c.id}`);
    });
    if (Object.keys(row).length) table[g.id] = row;
  });
  return { table };
}
