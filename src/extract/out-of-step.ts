/**
 * Rows read out of step with their values. Where a table's labels and numbers come apart in the
 * text (plain `pdftotext` of a table whose labels wrap: a label's last words, then the values of
 * the row, then the next label, in the order the text flowed), the reader pairs labels with
 * value lines by their order. When that pairing slips — a line of numbers that no row took, or
 * an official row found nowhere — the rows around the slip may hold their neighbours' values
 * though every label matched and every row adds up:
 *
 * ```text
 * 1.申请人无正当理由逾期
 * 不补正，
 * 0                        ← these three and the four below are the row's own values,
 * 0                          left unread: the row took the seven zeros printed above it
 * 10
 * 行政机关不再处理其政府 8 2 0 0
 * ```
 *
 * Each such row is said so (`parse/rows-out-of-step`, a warning, on the row): the rows next to a
 * line of numbers no row took (inside the table, or right before its first row), and the rows
 * between a row found nowhere (or read blank, its label alone on a line) and the nearest such line
 * (the values between them moved a row over). Nothing is moved or guessed.
 */
import type { Context } from './context.js';
import type { Item } from './items.js';
import { countingRuns } from './serial-column.js';

export interface StepReading {
  /** The item each official row took (-1: none). */
  rowItem: readonly number[];
  /** Official rows found nowhere (not read as blank). */
  missing: readonly number[];
  /** Official rows read as blank: their label printed, no value beside it. */
  blank: readonly number[];
  /** Items any row used (a row split over two lines uses two). */
  used: ReadonlySet<number>;
  paths: readonly string[];
  labels: readonly string[];
}

/**
 * A line of numbers that no row took (every printed field a number; a label's stray words may
 * stand before them, as a group label's wrapped end: `公开   7 1 0 0 0 0 8`).
 */
function strayNumbers(items: readonly Item[], k: number, used: ReadonlySet<number>): string | null {
  const it = items[k]!;
  if (used.has(k) || it.kind !== 'row') return null;
  const printed = it.fields.filter((f) => f.text !== '');
  if (printed.length === 0 || !printed.every((f) => f.cell.kind === 'number')) return null;
  return printed.map((f) => f.text).join(' ');
}

/** Serial numbers that runs of a table's rows lead with. */
const minSerialRun = 3;

/**
 * A 序号 column printed one cell a line (LibreOffice's text of a Word table) leaves its serial
 * numbers as lines of one number that no row takes: 1, 2, 3 … in the text's order. Lone numbers
 * that count up by one over at least three lines are those, not values; they are taken out.
 */
function dropSerials(stray: { k: number; text: string }[]): void {
  const serial = new Set(countingRuns(stray.map((s) => s.text), minSerialRun).flat());
  for (let i = stray.length - 1; i >= 0; i--) if (serial.has(i)) stray.splice(i, 1);
}

/** Report every row that may have been read out of step with its values. */
export function rowsOutOfStep(ctx: Context, items: readonly Item[], r: StepReading): void {
  const read = r.rowItem.map((k, row) => ({ k, row })).filter((x) => x.k >= 0).sort((a, b) => a.k - b.k);
  if (read.length === 0) return;
  const first = read[0]!.k;
  const last = read[read.length - 1]!.k;
  // Stray numbers inside the table (between its first and last rows read).
  const stray: { k: number; text: string }[] = [];
  for (let k = first + 1; k < last; k++) {
    const text = strayNumbers(items, k, r.used);
    if (text) stray.push({ k, text });
  }
  // And the lines of numbers right before the first row read, nothing else between: a number
  // wrapped in its narrow cell printed above its row's label (`300` and `31`, the first digits of
  // 3001 and 3119, then 一、本年新收…, then the row's values and the digits' ends).
  let k = first - 1;
  // (The first row's label may stand between them and the values it took.)
  if (k >= 0 && items[k]!.kind === 'text') k--;
  for (; k >= 0; k--) {
    const text = strayNumbers(items, k, r.used);
    if (!text) break;
    stray.unshift({ k, text });
  }
  dropSerials(stray);
  if (stray.length === 0 && r.missing.length === 0) return;
  const said = new Map<number, string>();
  const say = (row: number | undefined, text: string) => {
    if (row !== undefined && !said.has(row)) said.set(row, text);
  };
  for (const s of stray) {
    // The rows read right before and right after it (by position in the text).
    let i = 0;
    while (i < read.length && read[i]!.k < s.k) i++;
    say(read[i - 1]?.row, s.text);
    say(read[i]?.row, s.text);
  }
  const slips = [...r.missing.map((m) => ({ m, found: false })), ...r.blank.map((m) => ({ m, found: true }))];
  for (const { m, found } of slips) {
    const label = r.labels[m]!;
    // The neighbours in the table's order (of a row found nowhere), and every row between the
    // row and the nearest stray numbers on each side (their values moved over by one row). A row
    // read blank is a slip only where stray numbers follow or precede it.
    const before = read.filter((x) => x.row < m);
    const after = read.filter((x) => x.row > m);
    const prev = before[before.length - 1];
    const next = after[0];
    if (!found) {
      say(prev?.row, label);
      say(next?.row, label);
    }
    if (next) {
      const s = stray.find((x) => x.k > next.k);
      if (s) for (const x of after) if (x.k < s.k) say(x.row, label);
    }
    if (prev) {
      const s = [...stray].reverse().find((x) => x.k < prev.k);
      if (s) for (const x of before) if (x.k > s.k) say(x.row, label);
    }
  }
  for (const [row, text] of [...said].sort((a, b) => a[0] - b[0])) {
    const it = items[r.rowItem[row]!]!;
    ctx.report('rows-out-of-step', 'warning', { label: r.labels[row]!, text }, it.fields.find((f) => f.text !== '')?.start ?? it.line.start, { path: r.paths[row]! });
  }
}
