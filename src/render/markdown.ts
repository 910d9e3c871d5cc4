/**
 * The report as Markdown: headings for the title and sections, paragraphs, and each table as a
 * GFM pipe table. GFM has no merged cells: a merged range prints its text in its top left cell
 * and leaves the cells it covers empty, the way a table copied from Word into Markdown looks
 * (nianbao's text reader reads that back cell for cell; an HTML table would not survive a
 * Markdown file's being read as text).
 */
import type { RenderDoc } from './document.js';
import { printed, type TableGrid } from './grid.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function tableMd(grid: TableGrid): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rows = grid.rows.map((r) => r.map((c) => (c.covered ? '' : cell(printed(c.value)))));
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

/** The report as Markdown (UTF-8). */
export function renderMarkdown(doc: RenderDoc): string {
  const parts = [`# ${doc.title}`, ...doc.intro];
  for (const s of doc.sections) {
    // A section's table comes first, as the format prints it; the section's own text follows.
    parts.push(`## ${s.title}`);
    if (s.table) parts.push(tableMd(s.table));
    parts.push(...s.paragraphs);
  }
  return parts.join('\n\n') + '\n';
}
