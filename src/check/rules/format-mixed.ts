import type { Rule } from '../types.js';
import { distinctRow, formatNotices } from './format-outdated.js';

/**
 * 表二 and 表三 printed in different formats, e.g. a 2021 表二 with the 2019 表三's single
 * （六）其他处理 row (the 淮安市洪泽区 reports). Reported for information: the values are read
 * in the format each table printed.
 */
export const formatMixed: Rule = {
  meta: {
    id: 'format-mixed',
    category: 'format',
    severity: 'info',
    docs: {
      zh: '表二与表三分别按不同年份的格式印制（如 2021 年格式的表二配只有一行“（六）其他处理”的表三）',
      en: 'Tables 2 and 3 printed in different formats (e.g. a 2021 table 2 with a one-row “other handling” in table 3)',
    },
    messages: {
      mixed: {
        zh: '表二按 {table2Format} 年格式印制，表三却按 {table3Format} 年格式（{table3Notice}）印制',
        en: 'table 2 is printed in the {table2Format} format, but table 3 in the {table3Format} format ({table3Notice})',
      },
    },
  },
  check(report, ctx) {
    const t2 = report.tableFormats.table2;
    const t3 = report.tableFormats.table3;
    if (!report.table2 || !report.table3 || !t2 || !t3 || t2 === t3) return;
    ctx.emit({
      messageId: 'mixed',
      data: { table2Format: t2, table3Format: t3, table3Notice: formatNotices[t3] },
      // The row that shows 表三's format: its one （六）其他处理 row (2019), or （六）1 (2021).
      path: distinctRow(t3),
      expected: t2,
      actual: t3,
      related: report.blockHeadings[0] ? [{ path: 'table2', position: report.blockHeadings[0].position }] : [],
    });
  },
};
