import { normalize } from '../../extract/normalize.js';
import type { Position } from '../../model/diagnostic.js';
import type { SourceText } from '../../read/source.js';
import type { Rule } from '../types.js';

/**
 * Where the statistics period is printed: the first date after 统计期限 (or 统计周期, 统计时限,
 * 统计的数据 …), as the reader finds it.
 *
 * ```text
 * 本报告中所列数据的统计期限自2020年1月1日至2020年12月31日止。
 *                             ^ the position given
 * ```
 */
const periodKey = /统计(?:期限|周期|时限|区间|时间|范围|口径)|统计的?数据/g;
const firstDate = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

function periodPosition(source: SourceText | undefined): Position | null {
  if (!source) return null;
  const text = source.normalized(normalize);
  for (const m of text.matchAll(periodKey)) {
    const from = m.index! + m[0].length;
    const d = firstDate.exec(text.slice(from, from + 200));
    if (d) return source.position(from + d.index);
  }
  return null;
}

export const periodYear: Rule = {
  meta: {
    id: 'period-year',
    category: 'structure',
    severity: 'warning',
    docs: {
      zh: '统计期限为报告年度的1月1日至12月31日',
      en: 'The statistics period is 1 January to 31 December of the report year',
    },
    messages: {
      mismatch: {
        zh: '统计期限印为 {from} 至 {to}，{year} 年度报告应为 {year}-01-01 至 {year}-12-31',
        en: 'the statistics period printed is {from} to {to}; a report for {year} covers {year}-01-01 to {year}-12-31',
      },
    },
  },
  check(report, ctx) {
    const { period, year } = report;
    if (!period || !year) return;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    if (period.from === from && period.to === to) return;
    ctx.emit({
      messageId: 'mismatch',
      data: { from: period.from, to: period.to, year },
      position: periodPosition(ctx.source),
      expected: `${from}/${to}`,
      actual: `${period.from}/${period.to}`,
    });
  },
};
