import { table3Columns, table4Columns } from '../../model/formats/index.js';
import type { Rule } from '../types.js';

/**
 * A word typed twice: two to four CJK characters immediately repeated.
 *
 * ```text
 * 多次组织召开召开政务公开标准化规范化工作部署会
 *             ^^^^ the second 召开 (seed 000)
 * ```
 */
const repeatedWord = /([\u4e00-\u9fff]{2,4})\1/g;

/**
 * Sentence punctuation twice: 。。 ，， ；； 、、 ：： (or two different ones, 。，).
 *
 * ```text
 * 结转至下年度继续办理数 5 件，无超期情况。。
 *                                        ^ the second 。 (seed 003)
 * ```
 */
const doubledPunctuation = /[。，；、：][。，；、：]/g;

/**
 * Reduplications that are words: ABAB verbs and adjectives (研究研究, 雪白雪白), 一X一X (一个一个,
 * 一步一步), and a word followed by a compound that starts with its last part (政务公开公开栏).
 */
const legitimate = new Set([
  '研究', '讨论', '商量', '了解', '考虑', '学习', '休息', '打扫', '整理', '检查', '交流', '沟通', '活动', '锻炼',
  '雪白', '通红', '笔直', '冰凉', '碧绿', '漆黑', '火红', '滚烫', '高兴', '热闹', '明白', '清楚',
]);
const compoundAfter = /^[栏人者率点处员]/;

/** Table rows and rule lines: cells repeat words legitimately (结果维持 结果纠正 …). */
const tableLine = /[\t|│┃║┌┐└┘├┤┬┴┼─━═]|\S {3,}\S/;

/** Prose has sentence punctuation; a line without any is a heading or a flattened table header. */
const prose = /[，。；：、,;:]/;

/**
 * Words of the table headers, which a flattened header (PDF → text) prints side by side:
 * 结果结果其他尚未, 总计总计.
 */
const headerWords = new Set([...table3Columns, ...table4Columns].flatMap((c) => [c.label, c.label.slice(0, 2), c.label.slice(2)]).filter((w) => w.length >= 2));

export const repeatedText: Rule = {
  meta: {
    id: 'repeated-text',
    category: 'narrative',
    severity: 'info',
    docs: {
      zh: '正文中误重复的词语（召开召开）和重复的标点（。。）',
      en: 'Words typed twice by mistake (召开召开) and doubled punctuation (。。) in the text',
    },
    messages: {
      word: {
        zh: '“{word}”重复了一次：“{text}”',
        en: '“{word}” is repeated: “{text}”',
      },
      punctuation: {
        zh: '标点重复：“{text}”',
        en: 'doubled punctuation: “{text}”',
      },
    },
  },
  check(_report, ctx) {
    const source = ctx.source;
    if (!source) return;
    const text = source.text;
    for (let li = 0; li < source.lineStarts.length; li++) {
      const a = source.lineStarts[li]!;
      const line = text.slice(a, source.lineEnds[li]);
      if (line.trim() === '' || tableLine.test(line)) continue;
      for (const m of prose.test(line) ? line.matchAll(repeatedWord) : []) {
        const w = m[1]!;
        if (legitimate.has(w) || headerWords.has(w) || (/^一./.test(w) && w.length === 2)) continue;
        if (/^(.)\1+$/.test(w)) continue; // 天天天天: one character, not a word
        const rest = line.slice(m.index + m[0].length);
        if (compoundAfter.test(rest)) continue;
        ctx.emit({
          messageId: 'word',
          data: { word: w, text: m[0] },
          position: source.position(a + m.index + w.length),
        });
      }
      for (const m of line.matchAll(doubledPunctuation)) {
        ctx.emit({ messageId: 'punctuation', data: { text: m[0] }, position: source.position(a + m.index + 1) });
      }
    }
  },
};
