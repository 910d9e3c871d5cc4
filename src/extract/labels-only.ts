/**
 * A table whose row labels are printed and not one value beside them. No report prints 表三 so:
 * its value columns were lost on the way to this file (pandoc keeps only as many columns of an
 * HTML table as its `<colgroup>` declares; a tool that keeps the first columns of a wide table),
 * so the table is said to have no values (`parse/values-absent`, a warning naming the table),
 * not to be missing from the report.
 *
 * ```markdown
 * | 一、本年新收政府信息公开申请数量 |                  |      |
 * | 三、本年度办理结果               | （一）予以公开   |      |
 * ```
 */
import { formats, type FormatId } from '../model/formats/index.js';
import type { Context } from './context.js';
import type { Item } from './items.js';
import { namedRow } from './label-list.js';
import { matcherFor } from './similarity.js';

/** A label names a row at this score or more. */
const named = 0.6;

/** Whether the items name at least half of a table's rows (under either format) and print no value. */
export function labelsOnly(items: readonly Item[], table: 'table2' | 'table3'): boolean {
  if (items.some((it) => it.kind === 'row')) return false;
  return (['2019', '2021'] as FormatId[]).some((f) => {
    const def = formats[f][table];
    const m = matcherFor(def);
    const seen = new Set<number>();
    for (const it of items) {
      const r = namedRow(m.scores(it.label), named);
      if (r >= 0) seen.add(r);
    }
    return seen.size * 2 >= def.rows.length;
  });
}

/** Say so of a table found with its labels and no value. */
export function reportLabelsOnly(ctx: Context, items: readonly Item[], table: 'table2' | 'table3', names: { zh: string; en: string }): void {
  const at = items.find((it) => it.label.trim() !== '')?.labelStart ?? null;
  ctx.report('values-absent', 'warning', { table: names.zh, tableEn: names.en }, at, { path: table });
}
