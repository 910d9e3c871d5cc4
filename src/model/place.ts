/**
 * Where a finding is, as a reader of the original file looks for it: the page and the table
 * cell of a PDF (`第 3 页 表四 行政复议·总计`), the table, row and cell or the paragraph of a Word
 * file, the table cell of an HTML page. The line and column of the text a reader derived from
 * such a file name no place a person can find; this does.
 */
import type { Diagnostic, Origin } from './diagnostic.js';
import { tableNumbers } from './formats/index.js';
import { allCellIds, cellIdInfo } from './values.js';

/** The official labels of a cell, row or table id: `表四 行政复议·总计`. */
export function pathLabel(path: string): string | undefined {
  if (!labelCache.has(path)) labelCache.set(path, labelOf(path));
  return labelCache.get(path);
}

/** pathLabel's answers: a finite set of ids, each looked up among every cell id once. */
const labelCache = new Map<string, string | undefined>();

function labelOf(path: string): string | undefined {
  const cell = cellIdInfo(path);
  if (cell) return joinLabels(cell.labels);
  // A row or a group: the labels its cells share.
  const cells = allCellIds().filter((c) => c.id.startsWith(path + '.'));
  if (cells.length) {
    const first = cells[0]!.labels;
    let n = first.length - 1;
    for (const c of cells) while (n > 1 && c.labels.slice(0, n).join('\u0000') !== first.slice(0, n).join('\u0000')) n--;
    return joinLabels(first.slice(0, n));
  }
  return tableNumbers[path as keyof typeof tableNumbers];
}

const joinLabels = (labels: readonly string[]) => `${labels[0]}${labels.length > 1 ? ' ' + labels.slice(1).join('·') : ''}`;

/** The place in the original form, in words; undefined for plain text (its line and column are the place). */
export function placeText(d: Pick<Diagnostic, 'position' | 'path'>, lang: 'zh' | 'en'): string | undefined {
  const origin = d.position?.origin;
  if (!origin) return undefined;
  const label = d.path ? pathLabel(d.path) : undefined;
  const zh = lang === 'zh';
  const parts: string[] = [];
  const where = originText(origin, zh);
  if (origin.form === 'pdf' || origin.form === 'image') {
    if (where) parts.push(where);
    if (label) parts.push(label);
  } else {
    // Word and HTML: the cell's labels say it best; the element is named where there are none.
    if (label && where && origin.form === 'docx') return zh ? `${label}（${where}）` : `${label} (${where})`;
    parts.push(label ?? where ?? '');
  }
  return parts.filter(Boolean).join(' ') || undefined;
}

/** Where an origin is, as people name it (`第 3 页`, `Word 第 2 个表格第 4 行第 3 格`, a table's element path). */
export function originText(o: Origin, zh: boolean): string | undefined {
  switch (o.form) {
    case 'pdf':
      return zh ? `第 ${o.page} 页` : `page ${o.page}`;
    case 'image':
      return o.page === undefined ? undefined : zh ? `第 ${o.page} 页` : `page ${o.page}`;
    case 'docx':
      // The reader counts from 0; people from 1.
      if (o.table !== undefined) {
        const n = (x: number | undefined) => (x === undefined ? '?' : String(x + 1));
        return zh ? `Word 第 ${n(o.table)} 个表格第 ${n(o.row)} 行第 ${n(o.cell)} 格` : `Word table ${n(o.table)}, row ${n(o.row)}, cell ${n(o.cell)}`;
      }
      return o.paragraph === undefined ? undefined : zh ? `第 ${o.paragraph + 1} 段` : `paragraph ${o.paragraph + 1}`;
    case 'html': {
      const i = o.path.lastIndexOf('table');
      return i >= 0 ? o.path.slice(i) : o.path;
    }
    case 'text':
      // A line of a Markdown file outside its HTML tables: the line in the file.
      return zh ? `第 ${o.line} 行` : `line ${o.line}`;
  }
}
