/**
 * The official formats as data: every extractor, rule and renderer reads these tables;
 * none repeats a row list by hand.
 */
import { table2Format2019, table2Format2021, table2FormatMarkers } from './table2.js';
import { table3Format2019, table3Format2021 } from './table3.js';
import { table4Format2019, table4Format2021 } from './table4.js';
import type { FormatId, TableDef } from './types.js';

export * from './types.js';
export * from './table2.js';
export * from './table3.js';
export * from './table4.js';
export * from './sections.js';
export * from './relations.js';
export * from './headers.js';
export * from './mapping-2019-2021.js';

export const formatIds: readonly FormatId[] = ['2019', '2021'];

export const formats: Readonly<Record<FormatId, { table2: TableDef; table3: TableDef; table4: TableDef }>> = {
  '2019': { table2: table2Format2019, table3: table3Format2019, table4: table4Format2019 },
  '2021': { table2: table2Format2021, table3: table3Format2021, table4: table4Format2021 },
};

export { table2FormatMarkers };
