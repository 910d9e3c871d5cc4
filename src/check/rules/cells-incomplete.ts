import { columnPaths, getCell, tableDefs } from '../../model/cells.js';
import type { Position } from '../../model/diagnostic.js';
import type { Cell } from '../../model/report.js';
import { tableNames } from '../../extract/context.js';
import { rowLabel } from '../../extract/rows.js';
import type { Rule } from '../types.js';

/** The section each table stands in (model/formats/sections.ts ids). */
const sectionOf = { table2: 'proactive', table3: 'requests', table4: 'reviewsAndSuits' } as const;

/**
 * Cells the format has and the report did not print: a table not found, a row of a table
 * not found, or a row that printed fewer cells than the format has (`missing`: the reader
 * placed the gap). Rows and columns come from the format data of each table's own format.
 */
export const cellsIncomplete: Rule = {
  meta: {
    id: 'cells-incomplete',
    category: 'format',
    severity: 'error',
    docs: {
      zh: '表格应完整：三张统计表都要有，每张表的每一行、每一格都要印出',
      en: 'The tables are complete: all three statistical tables, every row and every cell of each',
    },
    messages: {
      'table-missing': {
        zh: '报告中没有{table}',
        en: 'the report has no {tableEn}',
      },
      'row-missing': {
        zh: '{table}缺少“{row}”一行',
        en: '{tableEn}: row {rowEn} is missing',
      },
      'cells-missing': {
        zh: '{table}“{row}”一行只印出 {printed} 个数值，格式有 {width} 格；缺：{columns}',
        en: '{tableEn}, row {rowEn}: {printed} of {width} values printed; missing: {columnsEn}',
      },
    },
  },
  check(report, ctx) {
    for (const table of ['table2', 'table3', 'table4'] as const) {
      if (report[table]) continue;
      const section = report.sections.find((s) => s.id === sectionOf[table]);
      ctx.emit({
        messageId: 'table-missing',
        data: { table: tableNames[table].zh, tableEn: tableNames[table].en },
        path: table,
        position: section?.start ?? null,
      });
    }
    for (const def of tableDefs(report)) {
      const names = { table: tableNames[def.table].zh, tableEn: tableNames[def.table].en };
      const rows = def.rows.map((r) => ({ def: r, cells: columnPaths(def.table, r).map((path) => getCell(report, path)) }));
      rows.forEach(({ def: row, cells }, k) => {
        const printed = cells.filter((c): c is Cell => !!c && !c.missing);
        const path = `${def.table}.${row.id}`;
        if (cells.every((c) => !c)) {
          ctx.emit({
            messageId: 'row-missing',
            data: { ...names, row: rowLabel(row), rowEn: row.id },
            path,
            position: neighbour(rows, k),
          });
          return;
        }
        if (printed.length === cells.length) return;
        const gaps = row.columns.filter((_, c) => !cells[c] || cells[c]!.missing);
        ctx.emit({
          messageId: 'cells-missing',
          data: {
            ...names, row: rowLabel(row), rowEn: row.id, printed: printed.length, width: cells.length,
            columns: gaps.map((c) => c.label).join('、'), columnsEn: gaps.map((c) => c.id).join(', '),
          },
          path: `${path}.${gaps[0]!.id}`,
          expected: cells.length,
          actual: printed.length,
        });
      });
    }
  },
};

/** Where a row not printed would stand: the first cell of the next printed row, else of the previous one. */
function neighbour(rows: Array<{ cells: Array<Cell | undefined> }>, k: number): Position | null {
  const first = (i: number) => rows[i]?.cells.find((c) => c)?.position ?? null;
  for (let i = k + 1; i < rows.length; i++) if (first(i)) return first(i);
  for (let i = k - 1; i >= 0; i--) if (first(i)) return first(i);
  return null;
}

