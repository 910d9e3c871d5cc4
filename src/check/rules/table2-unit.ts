import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import type { Rule } from '../types.js';

/** Units that mean the same as the format's unit (万 printed for 万元). */
const sameUnit: Readonly<Record<string, readonly string[]>> = { 万元: ['万元', '万'] };

/**
 * 表二: an amount printed with a unit other than the one the format prescribes
 * (2021 行政事业性收费 is in 万元; `57019 元` there is 5.7 亿元 read as 万元).
 * The columns come from the format data (`unit`).
 */
export const table2Unit: Rule = {
  meta: {
    id: 'table2-unit',
    category: 'plausibility',
    severity: 'warning',
    docs: {
      zh: '表二金额所印单位与格式规定的单位不符（如 2021 年格式行政事业性收费以万元为单位，却印为元）',
      en: 'Table 2: an amount printed in another unit than the format prescribes (e.g. yuan in the fees column, which is in 万元)',
    },
    messages: {
      'unit-mismatch': {
        zh: '表二“{row}”的“{column}”印为“{raw}”，单位是{unit}，但格式规定单位为{formatUnit}',
        en: 'table 2, {rowEn} {columnEn} is printed “{raw}” in {unit}, but the format’s unit is {formatUnit}',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table2;
    if (!report.table2 || !f) return;
    for (const row of formats[f].table2.rows) {
      for (const col of row.columns) {
        if (!col.unit) continue;
        const path = `table2.${row.id}.${col.id}`;
        const cell = getCell(report, path);
        if (!cell || cell.kind !== 'number' || !cell.unit) continue;
        if ((sameUnit[col.unit] ?? [col.unit]).includes(cell.unit)) continue;
        ctx.emit({
          messageId: 'unit-mismatch',
          data: { row: row.label, rowEn: row.id, column: col.label, columnEn: col.id, raw: cell.raw, unit: cell.unit, formatUnit: col.unit },
          path,
          expected: col.unit,
          actual: cell.unit,
        });
      }
    }
  },
};
