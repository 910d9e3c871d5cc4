/**
 * Rows whose values each stand a line above their label's: `pdftotext -layout` of a table whose
 * label cells are taller than its value cells (a serial column, a block heading spanning rows)
 * can set every value line of a run of rows on the line of the next row's label. The first row's
 * label then stands alone, with no values; the last row's values stand alone, with no label.
 *
 * ```text
 *   1                 规章                                     ← 规章, no values
 *        第二十条第（一）项 行政规范性文件   0         0      0   ← 规章's values
 *   2                        6         1     32                  ← 行政规范性文件's values
 *                            ^ no label
 * ```
 *
 * Where a row the matching left without values has its label alone right before a run of rows
 * each matched to the values on its own label's line, and right after that run stands a line of
 * values with no label, and every line's count of values is that of the row above it, each line
 * of values is moved up one row: the first row takes the run's first line, the last row the
 * line with no label. `rowToCand` is changed in place; the rows moved are returned.
 *
 * - `values(ci)`: how many values candidate `ci` prints.
 * - `labelAlone(r, before)`: whether row r's label stands alone, with no values, right before
 *   candidate `before`.
 * - `ownLabel(ci, r)`: whether candidate `ci`'s own line names row r.
 * - `labelless(ci)`: whether candidate `ci` prints no label of any row.
 */
export function shiftRowsUp(
  rowToCand: number[],
  candidates: number,
  widths: readonly number[],
  values: (ci: number) => number,
  labelAlone: (r: number, before: number) => boolean,
  ownLabel: (ci: number, r: number) => boolean,
  labelless: (ci: number) => boolean,
): number[] {
  const used = new Set(rowToCand.filter((ci) => ci >= 0));
  const moved: number[] = [];
  for (let r = 0; r + 1 < rowToCand.length; r++) {
    const c0 = rowToCand[r + 1]!;
    if (rowToCand[r] !== -1 || c0 < 0 || !labelAlone(r, c0)) continue;
    // The run: rows r+1… matched, in order, to consecutive candidates on their own label lines,
    // each line printing as many values as the row above it has columns.
    let q = r + 1;
    let ok = true;
    while (ok) {
      const c = c0 + (q - r - 1);
      ok = ownLabel(c, q) && values(c) === widths[q - 1];
      if (!ok || q + 1 >= rowToCand.length || rowToCand[q + 1] !== c + 1) break;
      q++;
    }
    const last = c0 + (q - r);
    if (!ok || last >= candidates || used.has(last) || !labelless(last) || values(last) !== widths[q]) continue;
    for (let p = r; p <= q; p++) {
      rowToCand[p] = c0 + (p - r);
      moved.push(p);
    }
    used.add(last);
    r = q;
  }
  return moved;
}
