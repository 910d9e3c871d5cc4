/**
 * A report's numbers alone, by cell id: what the store keeps per cell, what aggregation sums
 * and what exports write. `null` is a printed blank (or a dash, 无, text); a cell the report did
 * not print at all is absent.
 */
import { cellEntries } from './cells.js';
import { formatIds, formats, tableNumbers, type ColumnDef, type FormatId, type RowDef, type TableDef } from './formats/index.js';
import type { Report } from './report.js';

/** Cell id (`table3.withheld.stateSecret.naturalPerson`) → value as printed. */
export type CellValues = Record<string, number | null>;

/** The values of every printed cell of a report, by cell id. */
export function cellValues(report: Report): CellValues {
  const out: CellValues = {};
  for (const [path, cell] of cellEntries(report)) if (cell) out[path] = cell.value;
  return out;
}

/** The official labels of one cell, table to column: `['表四', '行政诉讼', '复议后起诉', '总计']`. */
export function cellLabels(table: TableDef['table'], row: RowDef, col: ColumnDef): string[] {
  return [tableNumbers[table], ...(row.group ? [row.group] : []), row.label, col.label];
}

/** One cell id of the official formats, with its labels. */
export interface CellIdInfo {
  id: string;
  table: TableDef['table'];
  /** Formats that have this cell. */
  formats: FormatId[];
  /** Official labels from the table down to the column: `['表三', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '自然人']`. */
  labels: string[];
  /** The labels joined for one header cell: `表三 （三）不予公开 1.属于国家秘密 自然人`. */
  label: string;
}

let all: CellIdInfo[] | undefined;

/**
 * Every cell id of both formats in printed order (2021 first, then the ids only 2019 has, each
 * after its table's), with official labels: the columns of an export, the keys of the store.
 */
export function allCellIds(): readonly CellIdInfo[] {
  if (all) return all;
  const byId = new Map<string, CellIdInfo>();
  const order: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const f of ['2021', ...formatIds.filter((x) => x !== '2021')] as FormatId[]) {
      const def = formats[f][table];
      for (const row of def.rows) {
        for (const col of row.columns) {
          const id = `${table}.${row.id}.${col.id}`;
          const seen = byId.get(id);
          if (seen) {
            if (!seen.formats.includes(f)) seen.formats.push(f);
            continue;
          }
          const labels = cellLabels(table, row, col);
          byId.set(id, { id, table, formats: [f], labels, label: labels.join(' ') });
          order.push(id);
        }
      }
    }
  }
  all = order.map((id) => byId.get(id)!);
  return all;
}

/** The labels of one cell id, or undefined for an id no format has. */
export function cellIdInfo(id: string): CellIdInfo | undefined {
  if (!infoById) infoById = new Map(allCellIds().map((c) => [c.id, c]));
  return infoById.get(id);
}
let infoById: Map<string, CellIdInfo> | undefined;
