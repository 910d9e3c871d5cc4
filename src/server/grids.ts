/**
 * The official grids of a report for the report page. A grid's layout (rows, labels, merged
 * cells) depends only on the table and the format, so it is laid out once per table and format
 * and filled with each report's values: laying out three tables per request was most of the
 * time a report page took to answer.
 */
import type { FormatId } from '../model/formats/index.js';
import type { CellValues } from '../model/values.js';
import { tableGrid, type TableGrid } from '../render/grid.js';

const skeletons = new Map<string, TableGrid>();

export function reportGrid(table: TableGrid['table'], values: CellValues, format: FormatId): TableGrid {
  const key = `${table}/${format}`;
  let skeleton = skeletons.get(key);
  if (!skeleton) skeletons.set(key, (skeleton = tableGrid(table, {}, format)));
  return {
    ...skeleton,
    rows: skeleton.rows.map((row) => row.map((c) => {
      if (!c.id) return c;
      const v = values[c.id];
      return { ...c, value: typeof v === 'number' ? v : null };
    })),
  };
}
