import type { CellKind } from '../model/report.js';
import { isWhiteSpace, trimmed } from './white-space.js';

/** What one printed cell holds, read from its text. */
export interface CellValue {
  kind: CellKind;
  value: number | null;
  unit?: string;
  /** The cell held text beside a number that is not a unit (`约13`). */
  extraText?: boolean;
}

/** The units a value may be printed with, in the order the expressions below try them. */
const units = ['万元', '亿元', '千元', '元', '项', '件', '个', '条', '次', '人次', '人', '篇', '份', '家', '宗', '起', '%'];

const unitRe = new RegExp(`^(${units.join('|')})$`);

/** The last characters of the units: a text that ends otherwise holds no unit. */
const unitEnds = new Set(units.map((u) => u.charCodeAt(u.length - 1)));

/** Whether a text whose last character (white space aside) is `c` may read as a number with a unit. */
export const mayEndInUnit = (c: number): boolean => unitEnds.has(c);

/**
 * A number as printed in a cell, with an optional unit.
 *
 * ```markdown
 * | 政府集中采购 | 13 项 | 57019 元 |
 *                ^^^^
 * | 政府集中采购 | 271 | 249887966.42 |
 *                      ^^^^^^^^^^^^
 * ```
 * Separators: `1,234`, `1，234` and a space between groups of three (`1 234`); a sign for
 * 本年增/减 (`-3`, `−3`, `+5`); `〇` as the digit zero.
 */
const numberRe = new RegExp(`^([-+]?)\\s*((?:\\d{1,3}(?:[,， ]\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(${units.join('|')})?$`);

/**
 * Read a cell's text (already normalised: half-width digits) into kind, value and unit.
 *
 * ```text
 * 行政事业性收费→0→0→
 *                     ^ blank (nothing printed)
 * 政府集中采购   —   /
 *                ^ dash: not applicable (also 一 alone: a dash typed with the IME, or OCR's reading of one)
 * ```
 */
/** The readings that carry no value, shared (cells are read, never changed). */
const textCell: CellValue = { kind: 'text', value: null };
/** The reading of a cell of text (shared: cells are read, never changed). */
export const textReading: CellValue = textCell;
const blankCell: CellValue = { kind: 'blank', value: null };
const dashCell: CellValue = { kind: 'dash', value: null };
const noneCell: CellValue = { kind: 'none', value: null };
/** Plain numbers below 10,000, most cells of every table: one reading each, shared. */
const smallNumbers: CellValue[] = new Array<CellValue>(10000);

export function readCell(text: string): CellValue {
  // Fast path: most cells are a few plain digits.
  const n = text.length;
  if (n > 0 && n < 10) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
    }
    if (i === n) return v < smallNumbers.length ? (smallNumbers[v] ??= { kind: 'number', value: v }) : { kind: 'number', value: v };
  }
  const t = trimmed(text);
  if (t === '') return blankCell;
  const first = t.charCodeAt(0);
  if (startsAsText(first)) return textCell;
  // Nothing below reads a value from a cell that starts otherwise: what the last test returns.
  if (!mayStartValue(first)) return t === 'O' || t === 'o' ? { kind: 'number', value: 0 } : textCell;
  if (t === '空') return blankCell;
  // 一 alone is a dash typed with the IME, or a scan's dash as OCR reads it (a horizontal stroke).
  if (isDash(first) && /^[—–―\-/\\一]+$/.test(t)) return dashCell;
  if (t === '无' || t === '暂无') return noneCell;
  let z = t.includes('〇') ? t.replace(/〇/g, '0') : t;
  // Markdown escapes punctuation in table cells (pandoc: `186402375\.16`).
  if (z.includes('\\')) z = z.replace(/\\([.,+-])/g, '$1');
  // Both expressions below want a sign, a digit or 约/共/计 first: labels ((一)予以公开, 1.属于…) stop here.
  const c0 = z.charCodeAt(0);
  if (!((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x2d || c0 === 0x2b || c0 === 0x7ea6 /* 约 */ || c0 === 0x5171 /* 共 */ || c0 === 0x8ba1 /* 计 */)) {
    return t === 'O' || t === 'o' ? { kind: 'number', value: 0 } : textCell;
  }
  if (numberedLabel(z)) return textCell;
  const m = numberRe.exec(z);
  if (m) {
    const digits = m[2]!.replace(/[,， ]/g, '');
    const v = Number(digits) * (m[1] === '-' ? -1 : 1);
    if (Number.isFinite(v)) return m[3] ? { kind: 'number', value: v, unit: m[3] } : { kind: 'number', value: v };
  }
  // O/o for zero, as some typists print it.
  if (t === 'O' || t === 'o') return { kind: 'number', value: 0 };
  // A number with text around it (约13, 13（含）): read it, say so.
  const inner = /^(约|共|计)?\s*([-+]?\d+(?:\.\d+)?)\s*[（(]?[\u4e00-\u9fff]{0,3}[)）]?$/.exec(z);
  if (inner && (inner[1] || /[\u4e00-\u9fff]/.test(z.slice(z.indexOf(inner[2]!) + inner[2]!.length)))) {
    const unit = z.slice(z.indexOf(inner[2]!) + inner[2]!.length).trim();
    if (unit && unitRe.test(unit)) return { kind: 'number', value: Number(inner[2]), unit };
    return { kind: 'number', value: Number(inner[2]), extraText: true };
  }
  return textCell;
}

/**
 * Whether a cell whose trimmed text starts with this character can only be text: a CJK
 * ideograph that none of the readings below starts with (空, 无, 暂无, 一 as a dash, 约/共/计
 * before a number). Labels and prose are most cells; this spares them the expressions.
 */
function startsAsText(c: number): boolean {
  return c > 0x4e00 /* 一 alone is a dash */ && c <= 0x9fff && c !== 0x7a7a /* 空 */ && c !== 0x65e0 /* 无 */ && c !== 0x6682 /* 暂 */ && c !== 0x7ea6 /* 约 */ && c !== 0x5171 /* 共 */ && c !== 0x8ba1 /* 计 */;
}

/**
 * Whether any text that starts with this character reads as text (what readCell returns for it,
 * told without reading the rest): not white space, not a value's first character, not O/o.
 * Lets a line's splitter skip copying the words of a label.
 */
export function readsAsText(c: number): boolean {
  return !isWhiteSpace(c) && !mayStartValue(c) && c !== 0x4f && c !== 0x6f;
}

/**
 * Whether a cell whose trimmed text starts with this character may read as something other
 * than text: a digit, a sign, 约/共/计, 〇, a Markdown escape, 空, 无/暂无, or a dash (一 among them).
 */
function mayStartValue(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2f || c === 0x5c || c === 0x3007
    || c === 0x7ea6 /* 约 */ || c === 0x5171 /* 共 */ || c === 0x8ba1 /* 计 */ || c === 0x7a7a /* 空 */ || c === 0x65e0 /* 无 */ || c === 0x6682 /* 暂 */
    || c === 0x2014 || c === 0x2013 || c === 0x2015 /* — – ― */ || c === 0x4e00 /* 一 as a dash */;
}

/**
 * A row number before a label (`2.重复申请`, `3、`): digits, then a point or 、 not followed by
 * a digit. Neither expression of readCell reads it (each wants digits after a point, and
 * nothing but spaces, a unit or a few ideographs in brackets after the number): text.
 */
function numberedLabel(z: string): boolean {
  let i = 0;
  while (i < z.length && z.charCodeAt(i) >= 0x30 && z.charCodeAt(i) <= 0x39) i++;
  if (i === 0) return false;
  const c = z.charCodeAt(i);
  if (c !== 0x2e && c !== 0x3001) return false;
  const n = z.charCodeAt(i + 1);
  return !(n >= 0x30 && n <= 0x39);
}

/** A character of a dash cell (— – ― - / \ 一): a cell that starts otherwise is no dash. */
function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2d || c === 0x2f || c === 0x5c || c === 0x4e00 /* 一 */;
}
