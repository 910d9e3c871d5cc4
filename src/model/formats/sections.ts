import type { SectionDef } from './types.js';

/**
 * The six sections of the report body (both formats). `keys` are phrases that identify a
 * heading even where a report words it differently (…改进措施, 需要说明的其他事项).
 */
export const sections: readonly SectionDef[] = [
  { id: 'overview', number: 1, title: '一、总体情况', keys: ['总体情况', '基本情况', '概述'] },
  { id: 'proactive', number: 2, title: '二、主动公开政府信息情况', keys: ['主动公开政府信息', '主动公开情况', '主动公开工作'] },
  {
    id: 'requests', number: 3, title: '三、收到和处理政府信息公开申请情况',
    keys: ['收到和处理政府信息公开申请', '收到和处理', '政府信息公开申请情况', '依申请公开'],
    not: ['本年新收', '上年结转', '办理结果', '结转下年度'],
  },
  {
    id: 'reviewsAndSuits', number: 4, title: '四、政府信息公开行政复议、行政诉讼情况',
    keys: ['行政复议', '行政诉讼'], not: ['结转下年度'],
  },
  { id: 'problems', number: 5, title: '五、存在的主要问题及改进情况', keys: ['存在的主要问题', '主要问题', '存在问题', '改进情况', '改进措施'] },
  { id: 'other', number: 6, title: '六、其他需要报告的事项', keys: ['其他需要报告', '需要说明的其他', '其他事项', '其他需要说明'] },
];

/** The section a heading's words name: one of its keys in them, none of its `not`. */
export function sectionNamedBy(words: string): SectionDef | undefined {
  return sections.find((d) => d.keys.some((k) => words.includes(k)) && !(d.not ?? []).some((k) => words.includes(k)));
}

const numerals = '一二三四五六';

/**
 * Whether a line is the heading of a report section: its number (四、) and words that name that
 * section (四、政府信息公开行政复议、行政诉讼情况 is; 四、结转下年度继续办理, a row of 表三, is not).
 */
export function isSectionHeading(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  const n = numerals.indexOf(t[0] ?? '') + 1;
  return n > 0 && /^.[、．.]/.test(t) && sectionNamedBy(t)?.number === n;
}
