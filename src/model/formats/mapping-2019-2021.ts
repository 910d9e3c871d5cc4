/**
 * How a report's cells in the 2019 format (国办公开办函〔2019〕60号) carry over to the 2021
 * format (〔2021〕30号), as data beside the formats (docs/render.md explains each choice).
 *
 * A cell id that both formats have (every 表三 row but （六）, all of 表四, 表二's 行政许可 /
 * 行政处罚 / 行政强制 处理决定数量) keeps its value: the row or column is the same, the label may
 * be reworded (规范性文件 → 行政规范性文件, 处理决定数量 → 本年处理决定数量). The moves below
 * are the only others. Every other 2021 cell is left blank and listed, never worked out; every
 * other 2019 cell with a number has no place in 2021 and is listed as dropped.
 */
export interface CellMove {
  /** 2019 cell id. */
  readonly from: string;
  /** 2021 cell id. */
  readonly to: string;
}

/** Rows moved whole (every column to the same column of the new row) and single cells moved. */
export interface FormatMapping {
  readonly from: '2019';
  readonly to: '2021';
  readonly rows: ReadonlyArray<{ readonly table: 'table2' | 'table3' | 'table4'; readonly from: string; readonly to: string }>;
  readonly cells: readonly CellMove[];
}

export const mapping2019To2021: FormatMapping = {
  from: '2019',
  to: '2021',
  rows: [
    // 2019 （六）其他处理 is one row; 2021 splits it into 1–3, of which 3.其他 is the rest.
    { table: 'table3', from: 'otherHandling', to: 'otherHandling.other' },
  ],
  cells: [
    // 本年新制作数量 counts the documents made in the year: 2021's 本年制发件数.
    { from: 'table2.regulations.newlyMade', to: 'table2.regulations.issued' },
    { from: 'table2.normativeDocuments.newlyMade', to: 'table2.normativeDocuments.issued' },
  ],
};
