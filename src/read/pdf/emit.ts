/** Output: lines and table rows → tab-separated text with origins on the pages. */
import type { OriginSegment } from '../source.js';
import { columnOf } from './columns.js';
import { unionBox, type Box } from '../box.js';
import { r2, wide } from './geometry.js';
import { attachLabels, isLabelCell, joinLabel, labelPitch, type LabelPiece } from './labels.js';
import { isData, type Cell, type Line } from './lines.js';
import type { Region } from './regions.js';

class Writer {
  text = '';
  origins: OriginSegment[] = [];
  /** Lines written so far (each `raw('\n')` ends one). */
  lines = 0;
  field(s: string, page: number, box: Box | null, continued?: { page: number; box: Box }): void {
    if (box) this.origins.push({ offset: this.text.length, origin: { form: 'pdf', page, box, ...(continued ? { continued } : {}) } });
    this.text += s.replace(/[\t\r\n]+/g, ' ');
  }
  raw(s: string): void {
    this.text += s;
    if (s === '\n') this.lines++;
  }
}

/**
 * The text of the page lines, each table region's rows a line of TAB-separated cells (its label,
 * then a cell per column, blank where the column holds nothing on the row), with the origins
 * and, per region, the line indexes of the rows written so (SourceTextOptions.grids).
 */
export function emit(lines: Line[], regions: Region[]): { text: string; origins: OriginSegment[]; grids: number[][] } {
  const w = new Writer();
  const grids = new Map<Region, number[]>();
  const regionAt = new Map<number, Region>();
  for (const r of regions) for (let i = r.from; i <= r.to; i++) regionAt.set(i, r);
  const labels = new Map<number, LabelPiece[]>();
  const pitch = labelPitch(lines, regions);
  for (const r of regions) {
    for (const [i, p] of attachLabels(lines, r, pitch)) {
      labels.set(i, p);
      // Every row of a table with labels has a label field, so that its values keep their field numbers.
      if (p.length) r.hasLabel = true;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.used) continue;
    const r = regionAt.get(i);
    if (!r || r.cols.length === 0) {
      // Text: cells far apart are separate fields; letter-spaced Chinese (a title) is one word.
      l.cells.forEach((c, k) => {
        const prev = l.cells[k - 1];
        if (prev) {
          const far = c.x0 - prev.x1 > 2 * c.size;
          w.raw(far ? '\t' : wide(prev.text.charCodeAt(prev.text.length - 1)) && wide(c.text.charCodeAt(0)) ? '' : ' ');
        }
        w.field(c.text, l.page, c.box);
      });
      w.raw('\n');
      continue;
    }
    const fields: Array<{ text: string; box: Box | null; page: number; continued?: { page: number; box: Box } }> = r.cols.map(() => ({ text: '', box: null, page: l.page }));
    const labelPieces: LabelPiece[] = labels.get(i) ?? [];
    const extra: Cell[] = [];
    for (const c of l.cells) {
      if (isLabelCell(r, c)) {
        if (!labels.has(i)) extra.push(c);
        continue;
      }
      const k = columnOf(r.cols, c);
      const f = fields[k]!;
      f.text = f.text ? f.text + ' ' + c.text : c.text;
      f.box = f.box ? unionBox(f.box, c.box) : c.box;
      if (c.continued) f.continued = c.continued;
    }
    for (const c of extra) labelPieces.push({ cell: c, line: i });
    const label = joinLabel(lines, labelPieces);
    let labelBox: Box | null = null;
    let labelPage = l.page;
    for (const p of labelPieces) {
      if (lines[p.line]!.page !== labelPage && labelBox) continue;
      labelPage = lines[p.line]!.page;
      labelBox = labelBox ? unionBox(labelBox, p.cell.box) : p.cell.box;
    }
    if (!isData(l) && label && fields.every((f) => f.text === '')) {
      w.field(label, labelPage, labelBox);
      w.raw('\n');
      continue;
    }
    let grid = grids.get(r);
    if (!grid) grids.set(r, (grid = []));
    grid.push(w.lines);
    let first = true;
    if (r.hasLabel || label) {
      w.field(label, labelPage, labelBox);
      first = false;
    }
    for (let k = 0; k < fields.length; k++) {
      if (!first) w.raw('\t');
      first = false;
      const f = fields[k]!;
      // A blank cell maps to where it would stand: its column on this row.
      const box = f.box ?? blankBox(l, r.cols[k]!);
      w.field(f.text, f.page, box, f.continued);
    }
    w.raw('\n');
  }
  return { text: w.text, origins: w.origins, grids: [...grids.values()] };
}

/** Box of a blank cell (in user space), from the row's boxes and the column's frame position. */
function blankBox(l: Line, col: [number, number]): Box | null {
  // The frame's x maps to user space through the cells of the row; interpolate between two of them.
  const cs = l.cells.filter((c) => c.x1 > c.x0 && c.box[2] > c.box[0]);
  if (cs.length === 0) return null;
  const a = cs[0]!;
  const b = cs[cs.length - 1]!;
  const y0 = Math.min(...cs.map((c) => c.box[1]));
  const y1 = Math.max(...cs.map((c) => c.box[3]));
  if (a === b || b.x1 === a.x0) {
    return [r2(a.box[0] + (col[0] - a.x0)), y0, r2(a.box[0] + (col[1] - a.x0)), y1];
  }
  const scale = (b.box[2] - a.box[0]) / (b.x1 - a.x0);
  const map = (x: number) => r2(a.box[0] + (x - a.x0) * scale);
  const x0 = map(col[0]);
  const x1 = map(col[1]);
  return [Math.min(x0, x1), y0, Math.max(x0, x1), y1];
}
