import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import type { Rule } from '../types.js';

/** From this many 万元 (100 亿元) on, an amount printed without a unit was probably counted in 元. */
export const magnitudeLimit = 1_000_000;

/**
 * 表二: an amount in a 万元 column, printed without a unit, so large that it was probably
 * counted in 元 (2021 行政事业性收费). The columns come from the format data (`unit`).
 */
export const table2Magnitude: Rule = {
  meta: {
    id: 'table2-magnitude',
    category: 'plausibility',
    severity: 'info',
    docs: {
      zh: '表二以万元为单位的金额未印单位且不小于 100 万（即 100 亿元），可能是按元填报的',
      en: 'Table 2: an amount in a 万元 (10,000 yuan) column, printed without a unit, of 1,000,000 or more: probably counted in yuan',
    },
    messages: {
      'probably-yuan': {
        zh: '表二“{row}”的“{column}”为 {value}，未印单位；按{formatUnit}计即 {converted} 亿元，很可能是按元填报的（应为 {converted} {formatUnit}）',
        en: 'table 2, {rowEn} {columnEn} is {value} with no unit: {converted} hundred million yuan if in {formatUnit}; probably counted in yuan (that would be {converted} {formatUnit})',
      },
    },
  },
  check(report, ctx) {
    const f = report.tableFormats.table2;
    if (!report.table2 || !f) return;
    for (const row of formats[f].table2.rows) {
      for (const col of row.columns) {
        if (col.unit !== '万元') continue;
        const path = `table2.${row.id}.${col.id}`;
        const cell = getCell(report, path);
        if (!cell || cell.value === null || cell.unit || cell.value < magnitudeLimit) continue;
        ctx.emit({
          messageId: 'probably-yuan',
          data: {
            row: row.label, rowEn: row.id, column: col.label, columnEn: col.id, value: cell.value, formatUnit: col.unit,
            // 1 亿元 = 10⁴ 万元, and 1 万元 = 10⁴ 元: the same quotient either way.
            converted: round(cell.value / 1e4),
          },
          path,
          actual: cell.value,
        });
      }
    }
  },
};

const round = (x: number) => Math.round(x * 100) / 100;
