/**
 * A row whose values are partly printed on the line(s) below its label. `pdftotext -layout` of
 * a table whose cells are narrow wraps a cell's number inside its cell: the row's line holds
 * the values of some columns, and the number of a column to their left stands a line or two
 * lower, alone (`34` below `二、上年结转…   0 0 0 0`, `30`/`01` for 3001). Where the line below a
 * row holds only numbers, every one of them left of the row's first value, the row's values
 * were not all read on its line: it is said so on the row (`parse/values-below-row`, a
 * warning), never taken as read.
 *
 * ```text
 * 二、上年结转政府信息公开申请数量            0   0     0    0
 *                       34                     ← the row's 自然人, printed below
 * ```
 */
import { wide } from '../read/pdf/geometry.js';
import type { Context } from './context.js';
import type { Item } from './items.js';

/** Lines below a row looked at for its values. */
const reach = 2;
/** Values below stand in a column of the table: at least this far from the line's start. */
const minIndent = 4;

/** The character column of a text offset on its line (East Asian wide characters count two). */
function columnOf(ctx: Context, offset: number): number {
  const line = ctx.source.lineIndex(offset);
  let c = 0;
  const t = ctx.source.text;
  for (let i = ctx.starts[line]!; i < offset; i++) c += wide(t.charCodeAt(i)) ? 2 : 1;
  return c;
}

/** Report a row (item `k`, read as `path`) whose values are partly printed below its line. */
export function valuesBelow(ctx: Context, items: readonly Item[], k: number, path: string, label: string): boolean {
  const it = items[k]!;
  if (it.line.mode !== 'space' || it.segment || it.label.trim() === '') return false;
  const vals = it.fields.filter((f) => f.text !== '');
  if (vals.length === 0) return false;
  // A layout of columns: the values stand apart from the label (plain pdftotext puts one space).
  const t = ctx.source.text;
  if (t.slice(vals[0]!.start - 2, vals[0]!.start) !== '  ') return false;
  const left = Math.min(...vals.map((f) => columnOf(ctx, f.start)));
  for (let j = k + 1; j < items.length && j <= k + reach; j++) {
    const b = items[j]!;
    if (b.kind !== 'row' || b.label.trim() !== '' || b.line.mode !== 'space') return false;
    const near = b.fields.filter((f) => f.text !== '' && ctx.source.lineIndex(f.start) - it.line.index <= reach);
    if (near.length === 0) return false;
    // Numbers in the table's columns (indented, not at the margin where plain text starts lines), left of the row's.
    if (near.every((f) => columnOf(ctx, f.end) < left && columnOf(ctx, f.start) >= minIndent)) {
      ctx.report('values-below-row', 'warning', { label, text: near.map((f) => f.text).join(' ') }, near[0]!.start, { path });
      return true;
    }
  }
  return false;
}
