import type { Position } from '../../model/diagnostic.js';
import type { Report } from '../../model/report.js';
import { cellValues } from '../../model/values.js';
import type { SourceText } from '../../read/source.js';
import type { Rule } from '../types.js';

/** Share of section 一's text (by characters) found sentence for sentence in last year's for a copy. */
export const copiedTextShare = 0.8;

/**
 * Section 一 (总体情况) of a report as sentences, whitespace dropped so that line wrapping does
 * not matter, and every year written relative to the report's year (`〈Y-1〉年`), so that a copy
 * with only the years moved on is still the same text. Undefined where the section or the
 * text is not there.
 */
function overviewSentences(report: Report, source: SourceText | undefined): { sentences: string[]; start: Position } | undefined {
  const s = report.sections.find((x) => x.id === 'overview');
  if (!s || !source || report.year === null) return undefined;
  const year = report.year;
  const body = source.text
    .slice(s.start.offset + s.title.length, s.end.offset)
    .replace(/\s+/g, '')
    .replace(/(?:19|20)\d{2}(?=年)/g, (y) => `〈Y${Number(y) - year >= 0 ? '+' : ''}${Number(y) - year}〉`);
  const sentences = body.split(/(?<=[。！？；])/).filter((x) => /[\u4e00-\u9fff]/.test(x));
  return { sentences, start: s.start };
}

/**
 * This year's report is last year's copied: every printed table cell the same (some of them
 * not zero) and section 一 the same text, sentence for sentence. A plausibility check.
 */
export const reportCopied: Rule = {
  meta: {
    id: 'report-copied',
    category: 'cross-year',
    severity: 'warning',
    docs: {
      zh: '本年报告照搬上年报告：统计表各单元格与上年完全相同，“一、总体情况”的文字也相同',
      en: 'This year’s report copies last year’s: every table cell the same, and the same text in section 一 (overview)',
    },
    messages: {
      copied: {
        zh: '本报告与 {previousYear} 年报告雷同：统计表 {cells} 个单元格全部相同（其中 {nonZero} 个不为 0），“一、总体情况”{sentences} 句中有 {same} 句与上年相同（占文字的 {percent}%）',
        en: 'this report repeats the {previousYear} report: all {cells} table cells are the same ({nonZero} not zero), and {same} of the {sentences} sentences of section 1 (overview) are last year’s ({percent}% of the text)',
      },
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    // Tables: every cell printed in either report, printed in both with the same value.
    const now = cellValues(report);
    const last = cellValues(previous.report);
    const ids = new Set([...Object.keys(now), ...Object.keys(last)]);
    if (ids.size === 0) return;
    let nonZero = 0;
    for (const id of ids) {
      if (!(id in now) || !(id in last) || now[id] !== last[id]) return;
      if (now[id]) nonZero++;
    }
    // A report of zeros (or blanks) twice over is an organ with nothing to report, not a copy.
    if (nonZero === 0) return;
    const text = overviewSentences(report, ctx.source);
    const lastText = overviewSentences(previous.report, previous.source);
    if (!text || !lastText || text.sentences.length === 0) return;
    const seen = new Set(lastText.sentences);
    const same = text.sentences.filter((x) => seen.has(x));
    const length = (xs: string[]) => xs.reduce((a, x) => a + x.length, 0);
    const share = length(same) / length(text.sentences);
    if (share < copiedTextShare) return;
    ctx.emit({
      messageId: 'copied',
      data: {
        previousYear: previous.report.year!, cells: ids.size, nonZero,
        sentences: text.sentences.length, same: same.length, percent: Math.round(share * 100),
      },
      position: text.start,
      related: [{ ...(previous.file !== undefined ? { file: previous.file } : {}), position: lastText.start }],
    });
  },
};
