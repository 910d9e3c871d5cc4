import { table3Columns, table4Columns } from '../../model/formats/index.js';
import type { Rule } from '../types.js';

const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * A word typed twice: two to four CJK characters immediately repeated.
 *
 * ```text
 * 多次组织召开召开政务公开标准化规范化工作部署会
 *             ^^^^ the second 召开 (seed 000)
 * ```
 * Found as the expression /([\u4e00-\u9fff]{2,4})\1/g finds them (at each place the longest
 * word first, the search going on after a match), without running an expression at every
 * character of the text.
 */
function* repeatedWords(line: string): Generator<{ index: number; word: string }> {
  const n = line.length;
  for (let i = 0; i + 4 <= n; ) {
    let found = 0;
    // A repeat of length L starts with L ideographs and has char i+L equal to char i.
    if (isIdeograph(line.charCodeAt(i))) {
      for (let len = 4; len >= 2; len--) {
        if (i + 2 * len > n) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) {
          const c = line.charCodeAt(i + k);
          ok = isIdeograph(c) && c === line.charCodeAt(i + len + k);
        }
        if (ok) {
          found = len;
          break;
        }
      }
    }
    if (found) {
      yield { index: i, word: line.slice(i, i + found) };
      i += 2 * found;
    } else i++;
  }
}

/**
 * Sentence punctuation twice: 。。 ，， ；； 、、 ：： (or two different ones, 。，).
 *
 * ```text
 * 结转至下年度继续办理数 5 件，无超期情况。。
 *                                        ^ the second 。 (seed 003)
 * ```
 */
const isSentencePunctuation = (c: number) => c === 0x3002 /* 。 */ || c === 0xff0c /* ， */ || c === 0xff1b /* ； */ || c === 0x3001 /* 、 */ || c === 0xff1a; /* ： */

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
      for (const m of prose.test(line) ? repeatedWords(line) : []) {
        const w = m.word;
        if (legitimate.has(w) || headerWords.has(w) || (/^一./.test(w) && w.length === 2)) continue;
        if (/^(.)\1+$/.test(w)) continue; // 天天天天: one character, not a word
        const rest = line.slice(m.index + 2 * w.length);
        if (compoundAfter.test(rest)) continue;
        ctx.emit({
          messageId: 'word',
          data: { word: w, text: w + w },
          position: source.position(a + m.index + w.length),
        });
      }
      // Two of them in a row (searched by hand: matchAll would copy an expression for every line).
      for (let i = 0; i + 1 < line.length; i++) {
        if (!isSentencePunctuation(line.charCodeAt(i + 1)) || !isSentencePunctuation(line.charCodeAt(i))) continue;
        ctx.emit({ messageId: 'punctuation', data: { text: line.slice(i, i + 2) }, position: source.position(a + i + 1) });
        i++;
      }
    }
  },
};
