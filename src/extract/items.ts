import { withCol, type Field, type Line } from './lines.js';
import { trimmed } from './white-space.js';
import { cellsBelow } from './cells-below.js';
import { addsUp, joinWrappedNumbers } from './wrapped-numbers.js';

/**
 * What the table readers align: a printed row of values (with the label on its line, if
 * any) or a line of text between rows (a label fragment, a header, a running header).
 */
export interface Item {
  kind: 'row' | 'text';
  line: Line;
  /** Text on the row's own line(s), or the text line itself. */
  label: string;
  labelStart: number;
  /** Value and blank fields in printed order (rows only). */
  fields: Field[];
  /** Number of fields holding a value. */
  values: number;
  /** True for values gathered from consecutive one-cell lines (one cell per line layouts). */
  segment: boolean;
  /** Values paired with a label printed apart from them (a label column, then the values): taken in order. */
  apart?: boolean;
  /** Values of whole rows printed one column at a time, put back in row order (see column-blocks.ts). */
  columns?: boolean;
  /** Numbers joined from the pieces a narrow cell wrapped them into (see wrapped-numbers.ts): `300+1`. */
  wrapped?: string[];
  /** Values joined from the line below, where a cell wrapped its number (see cells-below.ts). */
  below?: true;
  /** A line of text whose digits a row stacked digit over digit took (see stacked-digits.ts). */
  digitsTaken?: true;
}

/**
 * Turn lines into items. Consecutive lines that each hold a single value and no text (one
 * cell per line, or numbers a tool put on lines of their own) become one segment.
 *
 * ```text
 * →一、本年新收政府信息公开申请数量
 * →1      ┐
 * →0      │ one segment of seven values
 * …       ┘
 * ```
 */
export function buildItems(lines: readonly Line[]): Item[] {
  const out: Item[] = [];
  let seg: Item | null = null;
  // Blank cells (lines of no-break spaces) met before a segment's first value: its leading cells.
  let blanks: Field[] = [];
  // Lines of nothing (cells of a one-cell-a-line text left empty) since the last value: cells of
  // the row where a value follows them; between a row's values and the next label, the cells a
  // merged label leaves in its rows (or the row's trailing empty cells, which nothing tells
  // apart): dropped, the row then read short and said so.
  let nothing: Field[] = [];
  const blankField = (line: Line): Field => ({ text: '', start: line.start, end: line.start, cell: { kind: 'blank', value: null }, col: 0 });
  for (const line of lines) {
    if (line.noCharacter) {
      nothing.push(blankField(line));
      continue;
    }
    // (With no value since the last text, three or more are the cells of a row printed all blank:
    // kept. One or two are what merged labels leave, as in a table's header.)
    if (nothing.length && ((!seg && nothing.length >= 3) || line.blankCell || (line.values > 0 && line.label === ''))) {
      if (seg) for (const b of nothing) seg.fields.push(withCol(b, seg.fields.length));
      else blanks.push(...nothing);
    }
    nothing = [];
    if (line.blankCell) {
      // A printed blank cell of a one-cell-per-line table keeps its place among the row's cells.
      const blank = blankField(line);
      if (seg) seg.fields.push(withCol(blank, seg.fields.length));
      else blanks.push(blank);
      continue;
    }
    if (line.mode === 'empty' || line.mode === 'md-separator') continue;
    const leading = blanks;
    blanks = [];
    if (line.values === 0) {
      if (trimmed(line.label) === '') continue;
      // A row whose cells are all blank, each on a line of its own: a segment of blank cells.
      if (leading.length) out.push({ kind: 'row', line, label: '', labelStart: leading[0]!.start, fields: leading.map(withCol), values: 0, segment: true });
      seg = null;
      out.push({ kind: 'text', line, label: line.label, labelStart: line.labelStart, fields: [], values: 0, segment: false });
      continue;
    }
    // A line of one value and nothing else joins the segment (line.values counts the non-empty value fields).
    if (line.values === 1 && line.label === '') {
      let f = line.fields[0]!;
      for (const x of line.fields) {
        if (x.cell.kind !== 'text' && x.text !== '') {
          f = x;
          break;
        }
      }
      if (seg) {
        seg.fields.push(withCol(f, seg.fields.length));
        seg.values++;
      } else {
        // Each field takes its place in the segment as its column.
        const fields = leading.length ? [...leading, f].map(withCol) : [withCol(f, 0)];
        seg = { kind: 'row', line, label: '', labelStart: line.start, fields, values: 1, segment: true };
        out.push(seg);
      }
      continue;
    }
    // A line of several values and no text right after one-value lines continues their run:
    // plain pdftotext prints a row's first cells one per line and its last ones together. (A
    // Markdown or tab row is a row of its own, whatever stands before it.)
    //
    // ```text
    // （一）予以公开
    // 0      ┐
    // 0      │ one segment of seven values
    // 0      │
    // 0      │
    // 0 0 1  ┘
    // ```
    if (seg && line.mode === 'space' && seg.line.mode === 'space' && line.label === '' && line.fields.every((x) => x.cell.kind !== 'text')) {
      for (const f of line.fields) {
        if (f.text === '') continue;
        seg.fields.push(withCol(f, seg.fields.length));
        seg.values++;
      }
      continue;
    }
    seg = null;
    // The value fields (a line without text fields has nothing else).
    const fields = line.label === '' && line.fields.every((x) => x.cell.kind !== 'text') ? line.fields : line.fields.filter((x) => x.cell.kind !== 'text');
    out.push({ kind: 'row', line, label: line.label, labelStart: line.labelStart, fields, values: line.values, segment: false });
  }
  if (blanks.length) out.push({ kind: 'row', line: lines[lines.length - 1]!, label: '', labelStart: blanks[0]!.start, fields: blanks.map(withCol), values: 0, segment: true });
  return out;
}

/** Split a segment of one-cell lines into rows of `width` values. */
export function chunkSegment(item: Item, width: number): Item[] {
  if (!item.segment || item.fields.length <= width) return [item];
  const out: Item[] = [];
  for (let i = 0; i < item.fields.length; i += width) {
    const fields = item.fields.slice(i, i + width).map((f, k) => withCol(f, k));
    out.push({ ...item, fields, values: fields.filter((f) => f.text !== '').length, label: i === 0 ? item.label : '' });
  }
  return out;
}

/**
 * Join a row printed with its label and its first values on one line to the run of value
 * lines right after it, where together they make one row: plain pdftotext puts the first cell
 * next to the label and the others on lines of their own. The values are then taken in order
 * (a segment), which the sum checks verify.
 *
 * ```text
 * 1.本机关不掌握相关政府信息 27   ┐
 * 0                              │ one row of seven values
 * 0                              │
 * 0                              │
 * 0 0 27                         ┘
 * ```
 */
export function joinRowRuns(items: readonly Item[], width: number, lineOf?: (offset: number) => number): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    const next = items[k + 1];
    const starts = it.kind === 'row' && !it.segment && it.line.mode === 'space' && (trimmed(it.label) !== '' || runTogether(it)) && it.values > 0 && it.values < width &&
      next?.kind === 'row' && next.segment && next.line.mode === 'space';
    // The run after the label line makes its row, unless that row does not add up and the run
    // before it does (see joinedBefore).
    const after = starts && it.values + next.values === width ? [...it.fields.filter((f) => f.text !== ''), ...next.fields] : null;
    const before = after && addsUp(after) ? null : joinedBefore(it, out[out.length - 1], width);
    if (after && !before) {
      out.push({ ...it, fields: after.map(withCol), values: width, segment: true });
      k++;
      continue;
    }
    // More pieces than cells: numbers wrapped inside their narrow cells, joined where the 总计 says how.
    const wrapped = starts && lineOf && it.values + next.values > width && next.values === next.fields.length
      ? joinWrappedNumbers([...it.fields.filter((f) => f.text !== ''), ...next.fields], width, lineOf) : null;
    if (wrapped) {
      out.push(Object.assign({}, it, { fields: wrapped.fields.map(withCol), values: width, segment: true, wrapped: wrapped.joined }));
      k++;
      continue;
    }
    if (before) {
      if (before.prev) out[out.length - 1] = before.prev;
      else out.pop();
      out.push(before.row);
      continue;
    }
    // The row's last cells wrapped onto the line below it, right of its values.
    const below = lineOf ? cellsBelow(it, next, width) : null;
    if (below) {
      out.push(below);
      // Words beside the joined cells (a group label's piece) stay a line of text.
      if (trimmed(next!.label) !== '') out.push({ kind: 'text', line: next!.line, label: next!.label, labelStart: next!.labelStart, fields: [], values: 0, segment: false });
      k++;
      continue;
    }
    out.push(it);
  }
  return out;
}

/**
 * A row printed with its label and first values on one line, its other values on lines of their
 * own just before it: plain pdftotext can read a row's last columns as a block ahead of its label.
 * The values on the label's line are the columns next to it, the first; the join is made where
 * the row then keeps 表三's row relation (addsUp: 总计 the sum of the applicant columns), or else
 * where it does with the block first; nowhere else. The block may follow whole rows of one-value lines (no label
 * line between them), each of which adds up.
 *
 * ```text
 * 0                                       ┐
 * 61                                      │ the row's last four values
 * 4                                       │
 * 3119                                    ┘
 * 一、本年新收政府信息公开申请数量 3001 53 0   ← its label and first three
 * ```
 */
function joinedBefore(it: Item, prev: Item | undefined, width: number): { prev: Item | null; row: Item } | null {
  if (
    !(it.kind === 'row' && !it.segment && it.line.mode === 'space' && trimmed(it.label) !== '' && it.values > 0 && it.values < width) ||
    !(prev?.kind === 'row' && prev.segment && prev.label === '' && prev.line.mode === 'space' && prev.values === prev.fields.length)
  ) return null;
  // The run may hold whole rows before this row's last values (no label line between them): those
  // rows are left to the run, each adding up.
  const need = width - it.values;
  const rest = prev.fields.length - need;
  if (rest < 0 || rest % width !== 0) return null;
  for (let i = 0; i < rest; i += width) if (!addsUp(prev.fields.slice(i, i + width))) return null;
  const own = it.fields.filter((f) => f.text !== '');
  const tail = prev.fields.slice(rest);
  const ownFirst = [...own, ...tail];
  const runFirst = [...tail, ...own];
  const order = addsUp(ownFirst) ? ownFirst : addsUp(runFirst) ? runFirst : null;
  if (!order) return null;
  const kept = rest > 0 ? { ...prev, fields: prev.fields.slice(0, rest), values: rest } : null;
  return { prev: kept, row: { ...it, fields: order.map(withCol), values: width, segment: true } };
}

/**
 * Whether a line's values stand one space apart, as plain pdftotext sets the cells of a table it
 * read together (`3,001 53`: a row's first two cells, its label and the rest on lines of their
 * own); the space layout of `pdftotext -layout` keeps columns apart by wider gaps.
 */
function runTogether(it: Item): boolean {
  const printed = it.fields.filter((f) => f.text !== '');
  if (printed.length < 2) return false;
  for (let i = 1; i < printed.length; i++) if (printed[i]!.start - printed[i - 1]!.end !== 1) return false;
  return true;
}

/** A line whose printed cells are all not-applicable marks (／, ——): it leaves no value unread. */
export function onlyDashes(it: Item): boolean {
  const printed = it.fields.filter((f) => f.text !== '');
  return printed.length > 0 && printed.every((f) => f.cell.kind === 'dash');
}
