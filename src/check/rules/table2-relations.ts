import { getCell } from '../../model/cells.js';
import { formats, type ColumnDef, type RowDef } from '../../model/formats/index.js';
import type { Finding, Rule } from '../types.js';

/** The row's column with the given id, where the row has it (the format data decides). */
const column = (row: RowDef, id: string): ColumnDef | undefined => row.columns.find((c) => c.id === id);

/**
 * 表二, within a row:
 * - 2019 format: 本年新公开数量 ≤ 对外公开总数量 (what was published this year is part of all that is published);
 * - 2021 format: 现行有效件数 ≥ 本年制发件数 − 本年废止件数 (in force now = in force last year + issued − repealed).
 * Each check runs on the rows whose format data has both columns.
 */
export const table2Relations: Rule = {
  meta: {
    id: 'table2-relations',
    category: 'plausibility',
    severity: 'warning',
    docs: {
      zh: '表二同一行内：本年新公开数量不大于对外公开总数量（2019 年格式）；现行有效件数不少于本年制发件数减本年废止件数（2021 年格式）',
      en: 'Table 2 within a row: newly published ≤ total published (2019 format); in force ≥ issued − repealed (2021 format)',
    },
    messages: {
      'published-exceeds-total': {
        zh: '表二“{row}”：“{published}”为 {newlyPublished}，大于“{total}” {totalPublished}',
        en: 'table 2, {rowEn}: {newlyPublished} newly published ({publishedEn}), more than the {totalPublished} published in all ({totalEn})',
      },
      'in-force-below-net': {
        zh: '表二“{row}”：“{inForceLabel}”为 {inForce}，少于本年制发 {issued} 减本年废止 {repealed} 之差 {net}',
        en: 'table 2, {rowEn}: {inForce} in force ({inForceLabelEn}), fewer than issued {issued} − repealed {repealed} = {net}',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table2;
    if (!report.table2 || !f) return;
    const value = (row: RowDef, col: ColumnDef) => getCell(report, `table2.${row.id}.${col.id}`)?.value ?? null;
    for (const row of formats[f].table2.rows) {
      const findings: Finding[] = [];
      const published = column(row, 'newlyPublished');
      const total = column(row, 'totalPublished');
      if (published && total) {
        const p = value(row, published);
        const t = value(row, total);
        if (p !== null && t !== null && p > t) {
          findings.push({
            messageId: 'published-exceeds-total',
            data: {
              row: row.label, rowEn: row.id, published: published.label, publishedEn: published.id,
              total: total.label, totalEn: total.id, newlyPublished: p, totalPublished: t,
            },
            path: `table2.${row.id}.${total.id}`,
            expected: `>= ${p}`,
            actual: t,
            related: [{ path: `table2.${row.id}.${published.id}` }],
          });
        }
      }
      const issued = column(row, 'issued');
      const repealed = column(row, 'repealed');
      const inForce = column(row, 'inForce');
      if (issued && repealed && inForce) {
        const i = value(row, issued);
        const r = value(row, repealed);
        const n = value(row, inForce);
        if (i !== null && r !== null && n !== null && n < i - r) {
          findings.push({
            messageId: 'in-force-below-net',
            data: {
              row: row.label, rowEn: row.id, inForceLabel: inForce.label, inForceLabelEn: inForce.id,
              inForce: n, issued: i, repealed: r, net: i - r,
            },
            path: `table2.${row.id}.${inForce.id}`,
            expected: `>= ${i - r}`,
            actual: n,
            related: [{ path: `table2.${row.id}.${issued.id}` }, { path: `table2.${row.id}.${repealed.id}` }],
          });
        }
      }
      for (const x of findings) ctx.emit(x);
    }
  },
};
