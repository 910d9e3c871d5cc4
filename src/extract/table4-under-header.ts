import { table4Columns } from '../model/formats/index.js';
import type { Context } from './context.js';
import type { Field } from './lines.js';
import { labelPiece, wordsOf } from './header-columns.js';

/**
 * 表四 in `pdftotext -layout` text with blank cells: the values' line prints only its numbers,
 * and each stands under its column's header words. The header prints each of the fifteen (or
 * five) column words in place, often over two lines (`结果维` over `持`); a value goes to the
 * column whose words stand nearest it, on either header line (a line of Chinese runs short of
 * its page positions, so one line alone can be a column off).
 *
 * ```text
 * 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总
 *  持   正   果   结 计 持     正   果    结 计 持    正    果  结 计
 *  1   1          2 1               1 2         1     3
 *                                                ^ under 其他结 / 果: 复议后起诉·其他结果
 * ```
 *
 * Three groups printed as three rows of five under a header of five read the same way, row by row.
 * `rows`: the printed numbers of each values line. Returns the cells in the format's order (blank
 * where nothing stands under a column), or null where there is no such header, a value stands as
 * near two columns, or two values under one.
 * The caller keeps the reading only where 表四's sums hold on it.
 */
export function cellsUnderHeader(ctx: Context, from: number, to: number, rows: ReadonlyArray<readonly Field[]>): Field[] | null {
  if (rows.length === 0 || rows.some((r) => r.length === 0)) return null;
  const lineOf = (r: readonly Field[]) => ctx.source.lineIndex(r[0]!.start);
  if (!rows.every((r) => r.every((f) => ctx.source.lineIndex(f.start) === lineOf(r)))) return null;
  const first = lineOf(rows[0]!);
  // Each column's places: where its words start and end on each header line that prints every
  // column's (a label column's words, 项目, may stand left of them).
  let places: number[][] | null = null;
  for (let i = from; i < first; i++) {
    const line = ctx.line(i);
    if (line.mode !== 'space' || line.values > 0) continue;
    const words = wordsOf(ctx.text(i));
    const lead = words.findIndex((p) => partOf(p.text, 0));
    const pieces = lead < 0 ? [] : words.slice(lead);
    const n = pieces.length;
    if (n !== table4Columns.length * 3 && n !== table4Columns.length) continue;
    if (!pieces.every((p, k) => partOf(p.text, k % table4Columns.length))) continue;
    if (places && places.length !== n) return null;
    // (Plain loops here and below, not map, forEach and some: the arrays those make differ in
    // kind, and a kind not met before threw this function's compiled code away.)
    if (!places) {
      places = [];
      for (let k = 0; k < n; k++) places.push([]);
    }
    for (let k = 0; k < n; k++) places[k]!.push(pieces[k]!.start, pieces[k]!.end - 1);
  }
  if (!places) return null;
  // One line of fifteen under a header of fifteen; three lines (the groups in order) under five.
  if (rows.length * places.length !== table4Columns.length * 3) return null;
  const out: Field[] = [];
  for (const values of rows) {
    const lineStart = ctx.starts[lineOf(values)]!;
    const cells: Array<Field | null> = [];
    for (let k = 0; k < places.length; k++) cells.push(null);
    let last = -1;
    for (const f of values) {
      const a = f.start - lineStart;
      const b = f.end - 1 - lineStart;
      // How near each column's places come to the value's first or last character.
      const dist: number[] = [];
      for (const ps of places) {
        let d = Infinity;
        for (const p of ps) d = Math.min(d, Math.abs(p - a), Math.abs(p - b));
        dist.push(d);
      }
      let best = 0;
      for (let k = 1; k < dist.length; k++) if (dist[k]! < dist[best]!) best = k;
      // As near another column: the layout does not say which.
      for (let k = 0; k < dist.length; k++) if (k !== best && dist[k] === dist[best]) return null;
      if (best <= last) return null;
      last = best;
      cells[best] = f;
    }
    for (let k = 0; k < cells.length; k++) out.push(cells[k] ?? { text: '', start: values[0]!.start, end: values[0]!.start, cell: { kind: 'blank' as const, value: null }, col: k });
  }
  return out;
}

/** Whether a header word is a piece of 表四's column `c`'s label as printed (结果维 or 持 of 结果维持). */
const partOf = (text: string, c: number): boolean => labelPiece(text, table4Columns[c]!);
