import { formats, table4Columns } from '../model/formats/index.js';
import type { Context } from './context.js';
import { relationsHold, type Relation } from './block-moves.js';
import type { Field, Line } from './lines.js';

const groups = formats['2019'].table4.rows;

/**
 * 表四 printed with rows and columns swapped, as some offices lay it out: a row for each result
 * (结果维持 … 总计, in the format's order, each its label first) and a column for each of the three
 * groups (行政复议, then 行政诉讼's 未经复议直接起诉 and 复议后起诉, named in that order above them).
 *
 * ```text
 *  项目      行政复议                  行政诉讼
 *                         未经复议直接起诉    复议后起诉
 *  结果维持       72                  13                12
 *  …
 *   总计        351                 26                20
 * ```
 *
 * Returns the fifteen cells in the format's order (group by group), or null where the lines of
 * [from, to) are not so laid out: exactly five lines of values, each labelled by the next result
 * and holding three cells (a grid's blank cells kept in place), the three group names above them
 * in order.
 */
export function transposedCells(ctx: Context, from: number, to: number): Field[] | null {
  const rows: Line[] = [];
  let first = -1;
  for (let i = from; i < to; i++) {
    const line = ctx.line(i);
    if (line.values === 0) continue;
    if (first < 0) first = i;
    rows.push(line);
    if (rows.length > table4Columns.length) return null;
  }
  if (rows.length !== table4Columns.length) return null;
  const cells: Field[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r]!;
    const c = table4Columns[r]!;
    const label = line.label.replace(/\s+/g, '');
    if (label !== c.label && !(c.variants ?? []).includes(label)) return null;
    // The cells after the label: in a grid (TAB, Markdown) blank ones count; in a space layout only printed ones are seen.
    const after = line.fields.filter((f) => f.cell.kind !== 'text');
    const printed = after.filter((f) => f.text !== '');
    const row = line.mode === 'space' ? printed : trimBlankEnd(after);
    if (row.length !== groups.length) return null;
    cells.push(row);
  }
  // The group names above the values, in the format's order.
  let head = '';
  for (let i = from; i < first; i++) head += ctx.line(i).label;
  let at = -1;
  for (const g of groups) {
    const k = head.indexOf(g.label, at + 1);
    if (k < 0) return null;
    at = k;
  }
  const out: Field[] = [];
  for (let g = 0; g < groups.length; g++) for (let c = 0; c < table4Columns.length; c++) out.push(cells[c]![g]!);
  return out;
}

/** A grid row's cells without the blank ones after its last printed cell (a table wider than its values). */
function trimBlankEnd(fields: readonly Field[]): Field[] {
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.text === '') n--;
  return fields.slice(0, n);
}

/**
 * The fifteen values taken in printed order from a transposed 表四 printed a cell a line (plain
 * `pdftotext`, LibreOffice's text): a result's three values one after another. Where each result
 * (结果维持 … 总计) is named once in [from, to) (a table of three groups names each three times)
 * and the sums fail in the order printed but hold read by columns, `fields` is put in the
 * format's order (in place) and true returned.
 *
 * ```text
 * 结果维持
 * 72          ← 行政复议's
 * 13          ← 未经复议直接起诉's
 * 12          ← 复议后起诉's
 * 结果纠正 …
 * ```
 */
export function transposedBySums(ctx: Context, from: number, to: number, fields: Field[], relations: readonly Relation[]): boolean {
  const values = fields.map((f) => f.cell.value as number);
  if (relationsHold(values, relations) || !values.some((v) => v !== 0)) return false;
  const named = table4Columns.map(() => 0);
  for (let i = from; i < to; i++) {
    const label = ctx.line(i).label;
    table4Columns.forEach((c, k) => {
      for (let at = label.indexOf(c.label); at >= 0; at = label.indexOf(c.label, at + 1)) named[k]!++;
    });
  }
  if (!named.every((n) => n === 1)) return false;
  const w = table4Columns.length;
  const byColumns = fields.map((_, at) => fields[(at % w) * groups.length + Math.floor(at / w)]!);
  if (!relationsHold(byColumns.map((f) => f.cell.value as number), relations)) return false;
  fields.splice(0, fields.length, ...byColumns);
  return true;
}
