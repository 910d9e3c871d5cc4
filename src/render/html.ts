/**
 * The report as one HTML page, printable on A4: the title, the sections with their official
 * titles, each table with its merged header cells as rowspan/colspan; a table row is never
 * split across pages and the header rows repeat on every page a table runs onto.
 */
import type { RenderDoc } from './document.js';
import { printed, repeatedRows, type TableGrid } from './grid.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const style = `@page { size: A4; margin: 20mm 18mm; }
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 12pt; line-height: 1.6; margin: 0 auto; max-width: 174mm; color: #000; }
h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 1em; }
h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 14pt; margin: 1.2em 0 0.5em; break-after: avoid; page-break-after: avoid; }
p { text-indent: 2em; margin: 0 0 0.4em; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; margin: 0.5em 0 1em; }
th, td { border: 1px solid #000; padding: 2px 4px; text-align: center; vertical-align: middle; }
th { font-weight: normal; background: #f2f2f2; }
td.n { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
@media print { th { background: none; } }`;

function tableHtml(grid: TableGrid): string {
  // The header rows go in <thead>, so they repeat on every page the table runs onto.
  const head = repeatedRows(grid);
  const row = (cells: TableGrid['rows'][number]) =>
    '<tr>' +
    cells
      .filter((c) => !c.covered)
      .map((c) => {
        const span = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '') + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '');
        if (c.header) return `<th${span}>${esc(printed(c.value))}</th>`;
        return `<td class="n"${span}>${esc(printed(c.value))}</td>`;
      })
      .join('') +
    '</tr>';
  const body = (rows: TableGrid['rows']) => rows.map((r) => '  ' + row(r)).join('\n');
  return `<table class="${grid.table}" data-format="${grid.format}">\n<thead>\n${body(grid.rows.slice(0, head))}\n</thead>\n<tbody>\n${body(grid.rows.slice(head))}\n</tbody>\n</table>`;
}

/** The report as an HTML document (UTF-8). */
export function renderHtml(doc: RenderDoc): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(doc.title)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(doc.title)}</h1>`,
    ...doc.intro.map((p) => `<p>${esc(p)}</p>`),
  ];
  for (const s of doc.sections) {
    // A section's table comes first, as the format prints it; the section's own text follows.
    parts.push(`<h2>${esc(s.title)}</h2>`);
    if (s.table) parts.push(tableHtml(s.table));
    parts.push(...s.paragraphs.map((p) => `<p>${esc(p)}</p>`));
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}
