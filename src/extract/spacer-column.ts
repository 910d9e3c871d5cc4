import type { Item } from './items.js';
import { withCol } from './lines.js';

/**
 * A blank column between a table's labels and its values (a narrow spacer cell a Word or WPS
 * table keeps): printed a cell a line (LibreOffice's text of the table) it is a line of no-break
 * spaces before every row's values, one cell more than the table has columns.
 *
 * ```text
 * 一、本年新收政府信息公开申请数量
 * (no-break spaces)      ← the spacer column
 * 705
 * 3 …
 * 713
 * ```
 *
 * Where most rows printed a cell a line hold one cell more than `width`, the first blank (at
 * least three such rows, three times as many as rows of `width`), that first cell is dropped
 * from each of them. Returns the items (the same array where nothing changes) and whether it did.
 */
export function withoutSpacerColumn(items: Item[], width: number): { items: Item[]; dropped: number } {
  let spacer = 0;
  let whole = 0;
  for (const it of items) {
    if (it.kind !== 'row' || !it.segment) continue;
    if (leadsBlank(it, width)) spacer++;
    else if (it.fields.length === width) whole++;
  }
  if (spacer < minRows || spacer < 3 * whole) return { items, dropped: 0 };
  const out = items.map((it) => {
    if (it.kind !== 'row' || !it.segment || !leadsBlank(it, width)) return it;
    const fields = it.fields.slice(1, width + 1).map((f, k) => withCol(f, k));
    return { ...it, fields };
  });
  return { items: out, dropped: spacer };
}

/** Rows of a spacer column, at least, before it is believed. */
const minRows = 3;

/** One cell more than `width`, the first blank (blank cells after them, a blank line after the table, aside). */
function leadsBlank(it: Item, width: number): boolean {
  const fs = it.fields;
  if (fs.length < width + 1 || fs[0]!.text !== '' || fs[1]!.text === '') return false;
  for (let i = width + 1; i < fs.length; i++) if (fs[i]!.text !== '') return false;
  return true;
}
