/**
 * A table row broken across pages. Word and LibreOffice let a row break at the foot of a page
 * (their default), so a cell's text goes on at the top of the next page, in the same column:
 *
 * ```text
 * page 5  三 │（一）予以公开 │ 12 │ 2 │ 0 │ 0 │ 50 │   ← the page's last ruled row
 * page 6  、 │              │ 88 │ 1 │   │   │    │   ← the next page's first: 1288 and 21
 *                            ^^
 * ```
 *
 * The first ruled row of a page is joined to the last ruled row of the page before only where it
 * can be nothing else: every cell of it that prints text stands in a column of that row (the
 * same rules left and right), a number only under a number and text only under text, at least
 * one number, and the row's label (its text cell nearest the numbers) has nothing under it, so
 * it is no new row (a group label, as （四）无法提供 beside its first row, may go on).
 * A joined cell keeps where its other part stands (`Run.continued`); the extractor says so on it.
 */
import { asciiDigits, isDigitCode, wide } from './geometry.js';
import type { Run } from './runs.js';

const numberRe = /^[-−–+]?\d[\d,.，]*%?$/;
const isNumber = (s: string) => numberRe.test(asciiDigits(s.replace(/\s+/g, '')));

/** Join, on each page, the continuation of the previous page's last ruled row (pages in order; null: not read or turned). */
export function joinRowsAcrossPages(pages: ReadonlyArray<{ runs: Run[] } | null>): void {
  for (let k = 0; k + 1 < pages.length; k++) {
    const a = pages[k];
    const b = pages[k + 1];
    if (a && b) b.runs = joinPair(a.runs, b.runs, k + 2);
  }
}

/** Page b's runs less the first row's cells joined into page a's last row (page b is `bPage`, 1-based). */
function joinPair(aRuns: Run[], bRuns: Run[], bPage: number): Run[] {
  const aCells = aRuns.filter((r) => r.rect);
  const bCells = bRuns.filter((r) => r.rect);
  if (aCells.length === 0 || bCells.length === 0) return bRuns;
  // Page a: the cells that reach its table's last rule; of them, those of its last row.
  const bottom = Math.max(...aCells.map((r) => r.rect![3]));
  const foot = aCells.filter((r) => Math.abs(r.rect![3] - bottom) < 1);
  const lastTop = Math.max(...foot.map((r) => r.rect![1]));
  const lastRow = foot.filter((r) => Math.abs(r.rect![1] - lastTop) < 1);
  // Page b: the cells that start at its table's first rule.
  const top = Math.min(...bCells.map((r) => r.rect![1]));
  const head = bCells.filter((r) => Math.abs(r.rect![1] - top) < 1);
  const sameColumn = (x: Run, y: Run) => Math.abs(x.rect![0] - y.rect![0]) < 1.5 && Math.abs(x.rect![2] - y.rect![2]) < 1.5;
  const pairs: Array<[Run, Run]> = [];
  for (const h of head) {
    const above = foot.find((f) => sameColumn(f, h));
    if (!above || isNumber(above.s) !== isNumber(h.s)) return bRuns;
    pairs.push([above, h]);
  }
  if (!pairs.some(([, h]) => isNumber(h.s))) return bRuns;
  // The row's own label, the text cell of the last row nearest its numbers, goes on no further.
  const label = lastRow.filter((f) => !isNumber(f.s)).sort((x, y) => y.rect![0] - x.rect![0])[0];
  if (!label || head.some((h) => sameColumn(label, h))) return bRuns;
  for (const [above, h] of pairs) {
    const a = above.s.charCodeAt(above.s.length - 1);
    const c = h.s.charCodeAt(0);
    // A number or Chinese text wrapped goes on without a space; Latin words take one.
    const glued = (isDigitCode(a) && isDigitCode(c)) || wide(a) || wide(c);
    above.s += glued ? h.s : ' ' + h.s;
    above.continued = { page: bPage, box: h.box };
  }
  const joined = new Set(pairs.map(([, h]) => h));
  return bRuns.filter((r) => !joined.has(r));
}

