/**
 * What every renderer draws: the title, the introduction, the six sections with their official
 * titles and the report's own text, and 表二/表三/表四 in the official layout of the chosen
 * format. Made from a parsed Report (with its text) or from a draft; converting a 2019 table
 * to 2021 goes by the mapping data and lists what could not be carried over.
 */
import { NianbaoError } from '../errors.js';
import { cellValues } from '../model/values.js';
import { convertTable } from '../model/convert.js';
import { formats, sections as sectionDefs, tableSections, type FormatId } from '../model/formats/index.js';
import type { Report } from '../model/report.js';
import type { CellValues } from '../model/values.js';
import type { TableId } from '../export/layout.js';
import { narrative } from './narrative.js';
import { tableGrid, type TableGrid } from './grid.js';

export const tableIds: readonly TableId[] = ['table2', 'table3', 'table4'];


export interface RenderSection {
  id: string;
  /** Official title, with its numeral (一、总体情况). */
  title: string;
  paragraphs: string[];
  /** The table printed at the end of this section. */
  table?: TableGrid;
}

export interface RenderDoc {
  title: string;
  organ: string | null;
  year: number | null;
  intro: string[];
  sections: RenderSection[];
  /** 2019 → 2021: the cells left blank and the 2019 cells dropped, by id (empty when nothing was converted). */
  conversion: { blank: string[]; dropped: string[] };
}

/** The content of a report to render: its values and text, however it came (a parse, a draft). */
export interface RenderSource {
  title: string | null;
  organ: string | null;
  year: number | null;
  /** The format each table is in; a table absent here is not printed. */
  tableFormats: Partial<Record<TableId, FormatId>>;
  values: CellValues;
  intro: string[];
  /** Section id → paragraphs. */
  sections: Record<string, string[]>;
}

export interface RenderOptions {
  /** Lay every table out in this format (2019 tables are converted to 2021); default each table's own. */
  format?: FormatId;
}

/** A parsed report as a render source; `text` is the text it was read from (sourceOf(report).text). */
export function sourceOfReport(report: Report, text: string | undefined): RenderSource {
  const n = text === undefined ? { intro: [], sections: {} } : narrative(report, text);
  const tableFormats: Partial<Record<TableId, FormatId>> = {};
  for (const t of tableIds) if (report[t]) tableFormats[t] = report.tableFormats[t] ?? report.format ?? '2021';
  return { title: report.title, organ: report.organ, year: report.year, tableFormats, values: cellValues(report), intro: n.intro, sections: n.sections };
}

/** The default title the format gives: 某某2025年政府信息公开工作年度报告. */
export function reportTitle(organ: string | null, year: number | null): string {
  return `${organ ?? ''}${year ?? ''}${year ? '年' : ''}政府信息公开工作年度报告`;
}

/** A render that cannot be done as asked (the message in Chinese and English). */
export class RenderError extends NianbaoError {
  constructor(zh: string, en: string) {
    super('render', zh, en);
    this.name = 'RenderError';
  }
}

/** Lay a source out for rendering. A 2021 table is never turned into a 2019 one. */
export function renderDoc(src: RenderSource, options: RenderOptions = {}): RenderDoc {
  const conversion = { blank: [] as string[], dropped: [] as string[] };
  const grids = new Map<TableId, TableGrid>();
  for (const t of tableIds) {
    const own = src.tableFormats[t];
    if (!own) continue;
    const format = options.format ?? own;
    let values = src.values;
    if (own === '2019' && format === '2021') {
      const c = convertTable(t, src.values);
      values = c.values;
      conversion.blank.push(...c.blank);
      conversion.dropped.push(...c.dropped);
    } else if (own === '2021' && format === '2019') {
      throw new RenderError('2021 格式的表格不能改写为 2019 格式', 'a table in the 2021 format cannot be rendered in the 2019 format');
    }
    grids.set(t, tableGrid(t, values, formats[format][t].format));
  }
  const sections = sectionDefs.map((d): RenderSection => {
    const t = tableIds.find((x) => tableSections[x] === d.id);
    const grid = t && grids.get(t);
    return { id: d.id, title: d.title, paragraphs: src.sections[d.id] ?? [], ...(grid ? { table: grid } : {}) };
  });
  return { title: src.title ?? reportTitle(src.organ, src.year), organ: src.organ, year: src.year, intro: src.intro, sections, conversion };
}
