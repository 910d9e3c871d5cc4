import type { FormatId } from '../model/formats/index.js';
import type { Report, SourceInfo } from '../model/report.js';
import type { SourceText } from '../read/source.js';
import { Context, tableNames } from './context.js';
import { dateUnderTitle, introOrgan, organAbove, organAndYear, readPeriod, readSignature, readTitle } from './metadata.js';
import { reportCuts } from './cut-columns.js';
import { ocrSumDoubts } from './ocr-sums.js';
import { placementDoubts } from './placement-sums.js';
import { findRegions } from './regions.js';
import { findHeadings, readSections } from './sections.js';
import { extractTable2 } from './table2.js';
import { extractTable3 } from './table3.js';
import { extractTable4 } from './table4.js';

export { Context } from './context.js';

export const parserVersion = '0.1.0';

/**
 * text → Report: sections, the three tables and the metadata, every cell with its place
 * in the source and a diagnostic for everything the reader had to assume.
 */
export function extract(source: SourceText, info: Omit<SourceInfo, 'form' | 'encoding' | 'bom'>): Report {
  const ctx = new Context(source);
  if (source.encoding === 'gb18030') ctx.report('encoding-gb18030', 'info', {}, 0);

  const titleHit = readTitle(ctx);
  const headings = findHeadings(ctx);
  const bodyStart = titleHit ? titleHit.line + 1 : 0;
  const regions = findRegions(ctx, headings, bodyStart);

  const t2 = regions.table2 ? extractTable2(ctx, regions.table2[0], regions.table2[1]) : { table: null, format: null };
  const t3 = regions.table3 ? extractTable3(ctx, regions.table3[0], regions.table3[1]) : { table: null, format: null, lastLine: 0 };
  const t4 = regions.table4 ? extractTable4(ctx, regions.table4[0], regions.table4[1], headings.some((h) => h.line === regions.table4![1])) : { table: null };

  reportCuts(ctx, tableNames);
  const found = [t2.table, t3.table, t4.table].filter(Boolean).length;
  let status: Report['status'] = found === 3 ? 'ok' : found === 0 ? 'failed' : 'incomplete';
  if (found === 0) {
    // A report by its title and headings whose tables are not in the text (pasted as pictures,
    // or left out when the page was saved) is no other kind of document: say what is missing.
    const sectionsSeen = new Set(headings.map((h) => h.number)).size;
    if (titleHit || sectionsSeen >= 3) ctx.report('tables-not-found', 'error', { sections: sectionsSeen }, null, { fatal: true });
    else ctx.report('not-a-report', 'error', {}, null, { fatal: true });
  }
  else {
    for (const [key, t] of [['table2', t2], ['table3', t3], ['table4', t4]] as const) {
      if (!t.table && !('valuesAbsent' in t && t.valuesAbsent)) ctx.report('table-missing', 'error', { table: tableNames[key].zh, tableEn: tableNames[key].en }, null, { path: key });
    }
  }

  const sections = readSections(ctx, headings);
  const { organ: titleOrgan, year: titleYear } = titleHit ? organAndYear(titleHit.title) : { organ: null, year: null };
  const lastHeading = headings.length ? headings[headings.length - 1]!.line : 0;
  const sig = readSignature(ctx, lastHeading);
  let organ = titleOrgan ?? (titleHit ? organAbove(ctx, titleHit.line) : null);
  // The signature names the organ in full where the title shortens it (曲江镇人民政府 / 丰城市曲江镇人民政府).
  for (const full of [sig.organ, introOrgan(ctx)]) {
    if (full && (!organ || (full.endsWith(organ) && full.length > organ.length))) organ = full;
  }
  const period = readPeriod(ctx);
  let year = titleYear ?? (period ? Number(period.from.slice(0, 4)) : null);
  if (year === null) {
    const m = /(20\d{2})\s*年/.exec(ctx.norm.slice(0, 2000));
    if (m) year = Number(m[1]);
  }
  if (year === null) ctx.report('year-unknown', 'warning', {}, null);
  if (organ === null && status !== 'failed') ctx.report('organ-unknown', 'warning', {}, null);

  const format: FormatId | null = t2.format ?? t3.format ?? null;
  const report: Report = {
    parser: parserVersion,
    // Object.assign, not a spread followed by more properties: V8 (Node 20) builds that one slowly (microseconds).
    source: Object.assign({}, info, { form: source.form, encoding: source.encoding, bom: source.bom }),
    status,
    title: titleHit?.title ?? null,
    organ,
    year,
    format,
    tableFormats: { table2: t2.format, table3: t3.format, table4: t4.table ? format : null },
    signedDate: sig.date ?? (titleHit ? dateUnderTitle(ctx, titleHit.line) : null),
    period,
    sections,
    table2: t2.table,
    table3: t3.table,
    table4: t4.table,
    labels: ctx.labels,
    blockHeadings: ctx.blockHeadings,
    diagnostics: ctx.diagnostics,
  };
  ocrSumDoubts(ctx, report);
  placementDoubts(ctx, report);
  return report;
}
