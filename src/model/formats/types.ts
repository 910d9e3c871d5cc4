/** Which official format a table follows: 国办公开办函〔2019〕60号 or 〔2021〕30号. */
export type FormatId = '2019' | '2021';

/** A column of a table as the official format prints it. */
export interface ColumnDef {
  /** Stable id (cell-ids.md), the last segment of a cell path. */
  readonly id: string;
  /** Official label exactly as the format prints it. */
  readonly label: string;
  /** Other wordings real reports print for the same column. */
  readonly variants?: readonly string[];
  /** Unit the format prescribes, when it names one (万元). */
  readonly unit?: string;
  /** True where the value may be negative (本年增/减). */
  readonly signed?: boolean;
}

/** A row of a table as the official format prints it. */
export interface RowDef {
  /** Stable id, a dotted path below the table (`withheld.stateSecret`). */
  readonly id: string;
  /** Official label exactly as the format prints it (without its group label). */
  readonly label: string;
  /** Other wordings real reports print, typos included. */
  readonly variants: readonly string[];
  /** The group the row stands in, e.g. `（三）不予公开` or `第二十条第（一）项`. */
  readonly group?: string;
  /** The columns of this row. */
  readonly columns: readonly ColumnDef[];
}

/** A table of one format: its rows in printed order. */
export interface TableDef {
  readonly table: 'table2' | 'table3' | 'table4';
  readonly format: FormatId;
  readonly title: string;
  readonly rows: readonly RowDef[];
}

/** `sum(lhs) = sum(rhs)` between cells, by cell path. */
export interface SumRelation {
  /** Stable id of the relation kind, e.g. `table3.balance`. */
  readonly kind: string;
  /** The column or row the instance is about (`naturalPerson`, `review`). */
  readonly along: string;
  readonly lhs: readonly string[];
  readonly rhs: readonly string[];
  readonly description: { readonly zh: string; readonly en: string };
}

/** A section of the report body (both formats). */
export interface SectionDef {
  readonly id: string;
  readonly number: number;
  /** Official title, with its numeral. */
  readonly title: string;
  /** Phrases that identify the section's heading; any one of `keys` must be present. */
  readonly keys: readonly string[];
  /** Phrases that must not be present (table row labels that look like headings). */
  readonly not?: readonly string[];
}
