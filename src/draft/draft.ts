/**
 * Drafts: a report being written, in the 2021 format. A draft is made for an organ and a year,
 * pre-filled with last year's carry-over (this year's 上年结转 = last year's 结转下年度继续办理,
 * 现行有效件数 carried on) and written as JSON or as an Excel form with the official tables; the
 * clerk fills it in; `readDraft` reads it back as a Report with the blank totals worked out from
 * their parts, ready for every check.
 */
import { NianbaoError } from '../errors.js';
import { parseAsync } from '../parse.js';
import { formats, sections, type FormatId } from '../model/formats/index.js';
import type { Report } from '../model/report.js';
import { allCellIds, type CellValues } from '../model/values.js';
import { renderDoc, reportTitle, tableIds, type RenderSource } from '../render/document.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderXlsx } from '../render/xlsx.js';
import { fillReportTotals, fillTotals } from './totals.js';

/** A draft as JSON: what `nianbao new -o draft.json` writes and `render` reads. */
export interface Draft {
  /** Always `draft`: how a JSON file is known as a nianbao draft. */
  nianbao: 'draft';
  version: 1;
  organ: string;
  year: number;
  format: FormatId;
  title: string;
  /** Paragraphs before the first section. */
  intro: string[];
  /** Section id (overview, proactive, …) → paragraphs. */
  sections: Record<string, string[]>;
  /** Every cell of the format by id (cell-ids.md); null where not yet filled in. */
  cells: CellValues;
}

/** Last year's report of the organ, as far as the draft needs it. */
export interface PreviousYear {
  values: CellValues;
  /** The format last year's 表二 was printed in (现行有效件数 is carried on only from a 2021 表二). */
  table2Format: FormatId | null;
}

/** This year's values carried over from last year's. */
export function carryOver(previous: PreviousYear): CellValues {
  const out: CellValues = {};
  for (const c of formats['2021'].table3.rows[0]!.columns) {
    const v = previous.values[`table3.carriedForward.${c.id}`];
    if (typeof v === 'number') out[`table3.carriedOver.${c.id}`] = v;
  }
  if (previous.table2Format === '2021') {
    for (const row of formats['2021'].table2.rows) {
      if (!row.columns.some((c) => c.id === 'inForce')) continue;
      const v = previous.values[`table2.${row.id}.inForce`];
      if (typeof v === 'number') out[`table2.${row.id}.inForce`] = v;
    }
  }
  return out;
}

/** A new draft for an organ and a year, pre-filled from last year's report where there is one. */
export function newDraft(organ: string, year: number, previous?: PreviousYear): Draft {
  const cells: CellValues = {};
  for (const c of allCellIds()) if (c.formats.includes('2021')) cells[c.id] = null;
  if (previous) Object.assign(cells, carryOver(previous));
  return {
    nianbao: 'draft',
    version: 1,
    organ,
    year,
    format: '2021',
    title: reportTitle(organ, year),
    intro: [
      `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    ],
    sections: Object.fromEntries(sections.map((s) => [s.id, []])),
    cells,
  };
}

/** A draft as a render source: its own values with the blank totals worked out. */
export function draftSource(draft: Draft): RenderSource {
  const values = { ...draft.cells };
  fillTotals(values, { table3: draft.format, table4: draft.format });
  return {
    title: draft.title, organ: draft.organ, year: draft.year,
    tableFormats: Object.fromEntries(tableIds.map((t) => [t, draft.format])),
    values, intro: draft.intro, sections: draft.sections,
  };
}

/** A draft as an Excel form: sheet 报告 for the text, 表二/表三/表四 to fill in. */
export function draftXlsx(draft: Draft): Promise<Uint8Array> {
  return renderXlsx(renderDoc(draftSource(draft)));
}

/** Why bytes could not be read as a draft. */
export class DraftError extends NianbaoError {
  constructor(zh: string, en: string) {
    super('draft', zh, en);
    this.name = 'DraftError';
  }
}

/** A JSON draft from its text, checked for shape. */
export function parseDraftJson(text: string): Draft {
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch (e) {
    throw new DraftError(`草稿不是有效的 JSON：${(e as Error).message}`, `the draft is not valid JSON: ${(e as Error).message}`);
  }
  const o = d as Partial<Draft> | null;
  if (!o || typeof o !== 'object' || o.nianbao !== 'draft') throw new DraftError('这不是 nianbao 草稿（缺少 "nianbao": "draft"）', 'not a nianbao draft (no "nianbao": "draft")');
  if (typeof o.organ !== 'string' || !Number.isInteger(o.year) || !o.cells || typeof o.cells !== 'object') {
    throw new DraftError('草稿缺少 organ、year 或 cells', 'the draft lacks organ, year or cells');
  }
  const known = new Set(allCellIds().map((c) => c.id));
  for (const [id, v] of Object.entries(o.cells)) {
    if (!known.has(id)) throw new DraftError(`草稿中有未知的单元格编号：${id}`, `unknown cell id in the draft: ${id}`);
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) throw new DraftError(`单元格 ${id} 的值不是数字：${JSON.stringify(v)}`, `cell ${id} is not a number: ${JSON.stringify(v)}`);
  }
  return {
    nianbao: 'draft', version: 1, organ: o.organ, year: o.year!, format: o.format === '2019' ? '2019' : '2021',
    title: typeof o.title === 'string' ? o.title : reportTitle(o.organ, o.year!),
    intro: Array.isArray(o.intro) ? o.intro.map(String) : [],
    sections: o.sections && typeof o.sections === 'object' ? o.sections : {},
    cells: o.cells,
  };
}

/** Is this JSON text a nianbao draft (and not some other JSON)? */
export function looksLikeDraftJson(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') && /"nianbao"\s*:\s*"draft"/.test(head);
}

/**
 * A draft read as a Report: a JSON draft is laid out as the report it will be and read back
 * (so every check sees the text and tables as printed); an Excel draft is read by the XLSX
 * reader. Blank totals are then worked out from their parts (`filled` lists them).
 */
export async function readDraft(bytes: Uint8Array, name?: string): Promise<{ report: Report; filled: string[] }> {
  const opts = name === undefined ? {} : { name };
  const report = looksLikeDraftJson(bytes)
    ? await parseAsync(renderMarkdown(renderDoc(draftSource(parseDraftJson(Buffer.from(bytes).toString('utf8'))))), opts)
    : await parseAsync(bytes, opts);
  return { report, filled: fillReportTotals(report) };
}
