/**
 * A cross-check of an OCR reading that lowers the confidence of table fields the reader cannot
 * vouch for, so that the extractor reports them (`parse/ocr-low-confidence`). Values are never
 * changed here: a field stays as read, only its confidence says how far it can be trusted.
 *
 * Ruling: the cells of a ruled table are known from the image. A row of the text whose value
 * fields do not stand one to one, in order, in the ruled cells of its row (a blank column
 * dropped, a value put one column off) gives its values to the wrong columns.
 *
 * (The sums the format prints are the other cross-check; the extractor makes it, on the tables
 * it reads: extract/ocr-sums.ts, `parse/ocr-sum-doubt`.)
 */
import { median, type Box } from '../box.js';
import type { OriginSegment } from '../source.js';
import { numericRe } from './words.js';


type ImageOrigin = { form: 'image'; page?: number; box: Box; confidence?: number };

/** Confidence given to a field a cross-check casts doubt on (below the reporting threshold of 80). */
export const doubtful = 40;

interface Field {
  text: string;
  /** Its origin segment (index into the origins) and origin; none for a blank label. */
  seg: number;
  origin: ImageOrigin | null;
}

/** The tab-separated fields of every line of the text, with their origin segment. */
function lineFields(text: string, origins: readonly OriginSegment[]): Field[][] {
  const out: Field[][] = [];
  let k = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const fields: Field[] = [];
    for (const f of line.split('\t')) {
      const end = at + f.length;
      while (k < origins.length && origins[k]!.offset < at) k++;
      const o = origins[k];
      const mine = o && o.offset <= end && (o.offset < end || f.length === 0) && o.origin.form === 'image';
      fields.push({ text: f.trim(), seg: mine ? k : -1, origin: mine ? (o.origin as ImageOrigin) : null });
      at = end + 1;
    }
    out.push(fields);
  }
  return out;
}

const midX = (b: Box) => (b[0] + b[2]) / 2;
const midY = (b: Box) => (b[1] + b[3]) / 2;
const inside = (b: Box, x: number, y: number) => x >= b[0] && x < b[2] && y >= b[1] && y < b[3];

/**
 * Segments (indexes into `origins`) of table rows whose value fields do not stand one to one,
 * in order, in the ruled cells of the row. `cells` are the ruled cells of each page, in the
 * pixels the origins' boxes are given in.
 */
export function rowsOffTheRuling(text: string, origins: readonly OriginSegment[], cells: ReadonlyMap<number, readonly Box[]>): number[] {
  const out: number[] = [];
  for (const fields of lineFields(text, origins)) {
    if (fields.length < 2) continue;
    // The label: text, or a blank field that maps nowhere (a blank value maps to its column).
    const labelled = fields[0]!.text !== '' ? !numericRe.test(fields[0]!.text) : fields[0]!.origin === null;
    const values = labelled ? fields.slice(1) : fields;
    if (values.some((f) => f.origin === null)) continue;
    const numbers = values.filter((f) => numericRe.test(f.text)) as Array<Field & { origin: ImageOrigin }>;
    if (numbers.length === 0) continue;
    const page = numbers[0]!.origin.page ?? 1;
    const ruled = cells.get(page);
    if (!ruled || ruled.length === 0 || numbers.some((f) => (f.origin.page ?? 1) !== page)) continue;
    const y = median(numbers.map((f) => midY(f.origin.box)));
    // The ruled cells the row crosses, right of its label.
    const label = labelled ? fields[0]!.origin : null;
    const crossing = ruled.filter((c) => c[1] <= y && c[3] > y);
    // Right of the ruled cell the label ends in (a label is often narrower than its cell).
    let right = -Infinity;
    if (label && (label.page ?? 1) === page) {
      const end = crossing.find((c) => inside(c, label.box[2] - 1, y));
      right = end ? end[2] - 1 : label.box[2];
    }
    const row = crossing.filter((c) => c[0] >= right).sort((a, b) => a[0] - b[0]);
    // A row outside every ruled table (numbers in running text, an unruled table): nothing to check.
    const at = numbers.map((f) => row.findIndex((c) => inside(c, midX(f.origin.box), midY(f.origin.box))));
    if (at.every((i) => i < 0)) continue;
    let ok = at.every((i) => i >= 0) && at.every((i, n) => n === 0 || i > at[n - 1]!);
    if (ok && values.length <= row.length) {
      // As many fields as ruled cells, each value in the cell of its own number.
      ok = values.length === row.length && values.every((f, n) => !numericRe.test(f.text) || row.findIndex((c) => inside(c, midX(f.origin!.box), midY(f.origin!.box))) === n);
    }
    if (!ok) for (const f of values) out.push(f.seg);
  }
  return out;
}

/** A copy of the origins with the confidence of the segments `segs` at most `to`. */
export function lowered(origins: readonly OriginSegment[], segs: Iterable<number>, to = doubtful): OriginSegment[] {
  const set = new Set(segs);
  return origins.map((o, k) => {
    if (!set.has(k) || o.origin.form !== 'image') return o;
    const c = o.origin.confidence;
    return { offset: o.offset, origin: { ...o.origin, confidence: Math.min(c ?? 100, to) } };
  });
}
