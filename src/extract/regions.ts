import type { Context } from './context.js';
import type { Heading } from './sections.js';
import { formats } from '../model/formats/index.js';
import { isKeyChar, labelKey } from './similarity.js';

export interface Regions {
  /** Line ranges [from, to) of the three tables; null where the table is not found. */
  table2: [number, number] | null;
  table3: [number, number] | null;
  table4: [number, number] | null;
}

/**
 * Where the three tables stand. Each is found by what only it prints (表三's 勾稽关系
 * header or 申请人情况; 表二's 第二十条第（一）项 blocks; 表四's 行政复议 header after 表三) and
 * ends where the next begins or where section 五 starts.
 */
export function findRegions(ctx: Context, headings: readonly Heading[], bodyStart: number): Regions {
  const n = ctx.lineCount;
  const keys: Array<string | undefined> = new Array<string | undefined>(n).fill(undefined);
  const key = (i: number): string => (keys[i] ??= labelKey(ctx.words(i)));
  // `hint`: characters one of which the line must hold before its key is worth computing;
  // `longest`: the longest key the test accepts (a longer line, most of a narrative, is passed
  // over without making its key).
  const first = (from: number, to: number, hint: string, test: (k: string, i: number) => boolean, longest = Infinity): number => {
    for (let i = ctx.nextHolding(from, to, hint); i >= 0; i = ctx.nextHolding(i + 1, to, hint)) {
      if (keys[i] === undefined && longest < Infinity && keyLonger(ctx.words(i), longest)) continue;
      if (test(key(i), i)) return i;
    }
    return -1;
  };
  const headingAt = (id: string, after: number) => headings.find((h) => h.id === id && h.line >= after)?.line ?? -1;

  let t3 = first(bodyStart, n, '稽', (k) => k.includes('勾稽关系'));
  if (t3 < 0) t3 = first(bodyStart, n, '申', (k) => k.includes('申请人情况') && k.length < 40, 39);
  if (t3 < 0) t3 = first(bodyStart, n, '收', (k, i) => k.includes('本年新收政府信息公开申请') && (k.length < 30 || ctx.line(i).values >= 3));
  if (t3 >= 0) {
    // A heading or caption just above (三、收到和处理…) belongs to the table too.
    const h = headingAt('requests', Math.max(bodyStart, t3 - 3));
    if (h >= 0 && h < t3) t3 = h;
  }

  const t2End = t3 >= 0 ? t3 : n;
  // The column header may lead with 序号 and 项目 columns (序号 项目 信息内容 本年制发件数 …).
  // Looked for where 十 (of 第二十条第) or 容 (of 信息内容) stands: both far rarer than 条 or 信.
  let t2 = first(bodyStart, t2End, '十容', (k) => (k.includes('第二十条第') && k.length <= 16) || (k.length <= 44 && afterLeads(k).startsWith('信息内容')), 44);
  if (t2 < 0) {
    const h = headingAt('proactive', bodyStart);
    t2 = h >= 0 && h < t2End ? h : -1;
  } else {
    // Plain pdftotext may print the label column first, between the heading and the header:
    // those labels are the table's (see label-list.ts).
    const h = headingAt('proactive', bodyStart);
    if (h >= 0 && h < t2 && labelsOnlyBetween(ctx, h + 1, t2, key)) t2 = h + 1;
  }

  let t4 = -1;
  const after3 = t3 >= 0 ? t3 + 1 : t2 >= 0 ? t2 + 1 : bodyStart;
  t4 = first(after3, n, '复维', (k, i) => (k.includes('行政复议') && k.length <= 40 && !(ctx.line(i).values > 2)) || (k.includes('结果维持') && k.includes('结果纠正')));
  const problems = headings.find((h) => (h.id === 'problems' || h.id === 'other') && h.line > Math.max(t4, t3, t2))?.line ?? -1;
  let t4End = problems >= 0 ? problems : n;
  // 表四 is short: its region ends after 80 lines of text (blank lines not counted: plain
  // pdftotext puts one between every two cells), so numbers in a narrative after it are not taken.
  if (t4 >= 0) t4End = Math.min(t4End, afterTextLines(ctx, t4, maxTable4Lines));

  return {
    table2: t2 >= 0 ? [t2, t3 >= 0 ? t3 : t4 >= 0 ? t4 : Math.min(n, t2 + 80)] : null,
    table3: t3 >= 0 ? [t3, t4 >= 0 ? t4 : problems >= 0 ? problems : n] : null,
    table4: t4 >= 0 ? [t4, t4End] : null,
  };
}

/** 表二's row labels in both formats, as label keys. */
const table2Labels = new Set(
  (['2019', '2021'] as const).flatMap((f) => formats[f].table2.rows.flatMap((r) => [r.label, ...r.variants].map(labelKey))),
);

/**
 * Whether the lines [from, to) hold 表二's row labels and nothing else (blank lines aside), at
 * least two of them: the label column printed before the table's header.
 *
 * ```text
 * 二、主动公开政府信息情况
 * 规章                  ┐
 * 行政规范性文件        │ the label column first
 * 行政许可              ┘
 * 信息内容              ← the header, where the region had begun
 * ```
 */
function labelsOnlyBetween(ctx: Context, from: number, to: number, key: (i: number) => string): boolean {
  let labels = 0;
  for (let i = from; i < to; i++) {
    if (ctx.isEmpty(i)) continue;
    if (!table2Labels.has(key(i))) return false;
    labels++;
  }
  return labels >= 2;
}

/** A key without a leading 序号, then without a leading 项目 (the columns a header may lead with). */
function afterLeads(k: string): string {
  const a = k.startsWith('序号') ? k.slice(2) : k;
  return a.startsWith('项目') ? a.slice(2) : a;
}

/** Lines of text 表四's region holds at most. */
const maxTable4Lines = 80;

/** The line after `count` non-blank lines from `from` (or the end of the text). */
export function afterTextLines(ctx: Context, from: number, count: number): number {
  let seen = 0;
  for (let i = from; i < ctx.lineCount; i++) {
    if (!ctx.isEmpty(i) && ++seen > count) return i;
  }
  return ctx.lineCount;
}

/** Whether the key of `text` (see labelKey) is longer than `n` characters, told without making it. */
function keyLonger(text: string, n: number): boolean {
  if (text.length <= n) return false;
  let k = 0;
  for (let i = 0; i < text.length; i++) if (isKeyChar(text.charCodeAt(i)) && ++k > n) return true;
  return false;
}
