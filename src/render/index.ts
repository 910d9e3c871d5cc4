/**
 * Rendering: a report (parsed, drafted or summed) in the official layout as HTML, Word,
 * Markdown or Excel. Pure functions from the content to bytes, for the CLI and a server alike.
 */
import type { RenderDoc } from './document.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderXlsx } from './xlsx.js';

export * from './document.js';
export { tableGrid, printed, type TableGrid, type GridCell } from './grid.js';
export { narrative } from './narrative.js';
export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export { renderDocx } from './docx.js';
export { renderXlsx, fillWorkbook, textSheetName } from './xlsx.js';

export type RenderForm = 'html' | 'docx' | 'md' | 'xlsx';
export const renderForms: readonly RenderForm[] = ['html', 'docx', 'md', 'xlsx'];

/** A laid-out report in one output form, as bytes. */
export async function renderTo(doc: RenderDoc, to: RenderForm): Promise<Uint8Array> {
  if (to === 'html') return Buffer.from(renderHtml(doc), 'utf8');
  if (to === 'md') return Buffer.from(renderMarkdown(doc), 'utf8');
  if (to === 'docx') return renderDocx(doc);
  return renderXlsx(doc);
}
export { regionDoc, type RegionSummary, type SummaryMember } from './region.js';
