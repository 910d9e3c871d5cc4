import type { Origin } from '../model/diagnostic.js';
import type { ReadDocument } from '../read/document.js';
import { originText } from '../model/place.js';
import { documentView } from './messages.js';
import type { Terminal } from './terminal.js';

/** Where a cell came from, as people name it; a page's box too (`第 1 页 [36,709,329,749]`). */
function place(o: Origin | undefined, t: Terminal): string {
  if (!o) return '';
  const where = originText(o, t.lang === 'zh') ?? '';
  return o.form === 'pdf' || o.form === 'image' ? `${where} [${o.box.map(Math.round).join(',')}]`.trim() : where;
}

/**
 * `nianbao read` on screen: paragraphs as they read, each table's rows with its cells between
 * `│`, and where each row's first cell came from.
 */
export function renderDocument(doc: ReadDocument, t: Terminal): string {
  const out: string[] = [];
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      out.push(b.text);
      continue;
    }
    if (out.length && out[out.length - 1] !== '') out.push('');
    out.push(t.text(documentView.table(++n, b.rows.length, b.columns)));
    for (const row of b.rows) {
      const first = row.cells.find((c) => c.text) ?? row.cells[0];
      const at = place(first?.origin, t);
      out.push(`│ ${row.cells.map((c) => c.text).join(' │ ')} │${at ? `  ← ${at}` : ''}`);
    }
    out.push('');
  }
  if (n === 0 && doc.form === 'text') out.push('', t.text(documentView.noGrid));
  return out.join('\n');
}
