/** Running headers, footers, page numbers. */
import { lineText, type Line } from './lines.js';

const pageNumberRe = /^(?:[-－—–_~·•\s]*[(（\[]?\s*\d{1,4}\s*[)）\]]?[-－—–_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page\s*)?\d{1,4}\s*of\s*\d{1,4}|[-－—–]\s*[ivxlc]+\s*[-－—–])$/i;

/** Drop page numbers and the text repeated at the same place on most pages (in the top and bottom margins). */
export function dropFurniture(pages: Array<{ lines: Line[]; height: number }>): void {
  const key = (l: Line) => lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '');
  const inMargin = (l: Line, h: number) => l.y < h * 0.12 || l.y > h * 0.88;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) {
      if (!inMargin(l, p.height) || lineText(l).length > 60) continue;
      const k = `${key(l)}@${Math.round(l.y / 4)}`;
      if (!seen.has(k)) {
        seen.add(k);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  const most = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    const ls = p.lines;
    const drop = new Set<Line>();
    for (const l of ls) {
      if (!inMargin(l, p.height)) continue;
      const k = `${key(l)}@${Math.round(l.y / 4)}`;
      // Repeated text: not a row of numbers (a table may print one at the same place on two pages).
      if (pages.length >= 2 && (counts.get(k) ?? 0) >= most && !l.cells.every((c) => c.value)) drop.add(l);
    }
    // A page number: the first or last line of the page, set apart from the text next to it.
    for (const end of [0, ls.length - 1]) {
      const l = ls[end];
      if (!l || !inMargin(l, p.height) || !pageNumberRe.test(lineText(l).trim())) continue;
      const next = ls[end === 0 ? 1 : ls.length - 2];
      if (!next || Math.abs(next.y - l.y) > 1.2 * Math.max(l.size, next.size)) drop.add(l);
    }
    if (drop.size) p.lines = ls.filter((l) => !drop.has(l));
  }
}
