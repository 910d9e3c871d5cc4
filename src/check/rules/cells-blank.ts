import { columnPaths, getCell, tableDefs } from '../../model/cells.js';
import type { Cell } from '../../model/report.js';
import { tableNames } from '../../extract/context.js';
import { rowLabel } from '../../extract/rows.js';
import type { Rule } from '../types.js';

/** A cell the report printed without a number: blank, 空, —, / or 无 (not a gap the reader placed). */
const isBlank = (c: Cell | undefined): c is Cell =>
  !!c && !c.missing && (c.kind === 'blank' || c.kind === 'dash' || c.kind === 'none');

/** How a blank cell was printed, for the message. */
const shown = (c: Cell, lang: 'zh' | 'en') => (c.raw.trim() ? c.raw.trim() : lang === 'zh' ? '空白' : 'blank');

/**
 * Cells printed blank, 空, —, / or 无 where the format wants a number (0 where there was
 * none). One finding per row, at its first such cell.
 */
export const cellsBlank: Rule = {
  meta: {
    id: 'cells-blank',
    category: 'format',
    severity: 'warning',
    docs: {
      zh: '统计表的每一格都应填数字，没有的填 0，不要留空或填“—”“/”“无”',
      en: 'Every cell of the tables holds a number (0 where there is none), not a blank, dash, slash or 无',
    },
    messages: {
      blank: {
        zh: '{table}“{row}”一行有 {count} 格没有填数字：{columns}',
        en: '{tableEn}, row {rowEn}: {count} cell(s) hold no number: {columnsEn}',
      },
    },
  },
  check(report, ctx) {
    for (const def of tableDefs(report)) {
      for (const row of def.rows) {
        const paths = columnPaths(def.table, row);
        const blanks = row.columns
          .map((col, i) => ({ col, cell: getCell(report, paths[i]!) }))
          .filter((x): x is { col: (typeof row.columns)[number]; cell: Cell } => isBlank(x.cell));
        if (!blanks.length) continue;
        ctx.emit({
          messageId: 'blank',
          data: {
            table: tableNames[def.table].zh, tableEn: tableNames[def.table].en,
            row: rowLabel(row), rowEn: row.id, count: blanks.length,
            columns: blanks.map((b) => `${b.col.label}（${shown(b.cell, 'zh')}）`).join('、'),
            columnsEn: blanks.map((b) => `${b.col.id} (${shown(b.cell, 'en')})`).join(', '),
          },
          path: `${def.table}.${row.id}.${blanks[0]!.col.id}`,
          related: blanks.slice(1).map((b) => ({ path: `${def.table}.${row.id}.${b.col.id}` })),
        });
      }
    }
  },
};
