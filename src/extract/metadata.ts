import type { Context } from './context.js';

const cnDigits: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二四 → 2024; 十七 → 17. */
function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in cnDigits)) return Number([...s].map((c) => cnDigits[c]).join(''));
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const tens = m[2] ? (m[1] ? cnDigits[m[1]]! : 1) : 0;
  const ones = m[3] ? cnDigits[m[3]]! : m[1] && !m[2] ? cnDigits[m[1]]! : 0;
  const v = tens * 10 + ones;
  return v > 0 ? v : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date printed on a line of its own (the signature), in Arabic or Chinese numerals.
 *
 * ```text
 * 2024年1月17日
 * ^^^^^^^^^^^^^
 * （二〇二四年一月十七日）
 * ```
 */
const dateLineRe = /^[\s(（]*(\d{4}|[〇零O一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三十]{1,3})\s*月\s*(\d{1,2}|[一二三十]{1,3}[一二三四五六七八九]?)\s*日[\s)）]*$/;

export function dateOf(text: string): string | null {
  const m = dateLineRe.exec(text);
  if (!m) return null;
  const y = cnNumber(m[1]!);
  const mo = cnNumber(m[2]!);
  const d = cnNumber(m[3]!);
  if (!y || !mo || !d || mo > 12 || d > 31 || y < 2000 || y > 2100) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * The statistics period, where printed.
 *
 * ```text
 * 本报告中所列数据的统计期限自2020年1月1日至2020年12月31日止。
 *                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 */
const periodRe = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** What names the statistics period (统计期限, 统计数据, …), tried where 统计 stands. */
const periodCue = /统计(期限|周期|时限|区间|时间|范围|口径|限)|统计的?数据/y;

/** Where the first period cue at or after `from` starts, or -1: found by 统计, not by running the expression over the text. */
function nextPeriodCue(text: string, from: number): number {
  for (let i = text.indexOf('统计', from); i >= 0; i = text.indexOf('统计', i + 1)) {
    periodCue.lastIndex = i;
    if (periodCue.test(text)) return i;
  }
  return -1;
}

export function readPeriod(ctx: Context): { from: string; to: string } | null {
  const text = ctx.norm;
  let i = nextPeriodCue(text, 0);
  while (i >= 0) {
    const m = periodRe.exec(text.slice(i, i + 200).replace(/\s+/g, ''));
    if (m) {
      const y2 = m[4] ?? m[1]!;
      return { from: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, to: `${y2}-${pad(+m[5]!)}-${pad(+m[6]!)}` };
    }
    i = nextPeriodCue(text, i + 2);
  }
  return null;
}

/** The title: the first lines that name the report (政府信息公开…年度报告), joined where it wraps. */
export function readTitle(ctx: Context): { title: string; line: number } | null {
  const limit = Math.min(ctx.lineCount, 40);
  for (let i = 0; i < limit; i++) {
    const t = clean(ctx.text(i));
    if (!t || t.length > 80) continue;
    if (/年度?报告|工作报告/.test(t) && /政府信息公开|政务公开|信息公开/.test(t)) return { title: t, line: i };
    if (/政府信息公开|信息公开工作/.test(t) && !/报告/.test(t)) {
      for (let j = i + 1; j < Math.min(i + 3, ctx.lineCount); j++) {
        const u = clean(ctx.text(j));
        if (!u) continue;
        if (u.length <= 12 && /报告/.test(t + u)) return { title: t + u, line: i };
        break;
      }
    }
  }
  return null;
}

function clean(s: string): string {
  // Markdown marks, and the 标题： a crawler puts before a page's title.
  return s.replace(/^[\s#*>]+|[\s*]+$/g, '').replace(/\*\*/g, '').replace(/^(标题|题目|文章标题)\s*[:：]\s*/, '').trim();
}

const organSuffix = /(人民政府|政府|办事处|委员会|管委会|局|厅|委|办公室|办|部|署|院|中心|公司|所|站|队|处|会|镇|乡|街道)$/;

/** Year and organ from the title: 晋江市内坑镇人民政府 2020 年政府信息公开工作年度报告. */
export function organAndYear(title: string): { organ: string | null; year: number | null } {
  const t = title.replace(/\s+/g, '');
  const m = /^(.*?)(?:关于)?[（(]?(\d{4}|[〇零O一二三四五六七八九]{4})年度?[)）]?(.*?)(?:政府信息公开|政务公开|信息公开)/.exec(t);
  if (!m) return { organ: null, year: null };
  const year = cnNumber(m[2]!);
  let organ = (m[1] || m[3] || '').replace(/关于$|的$|[《》“”"]/g, '');
  if (!organ || organ.length < 2) organ = '';
  return { organ: organ || null, year: year && year >= 2000 && year <= 2100 ? year : null };
}

export interface Signature {
  organ: string | null;
  date: string | null;
  offset: number | null;
}

/** The signature at the end: an organ on a line of its own and a date below it. */
export function readSignature(ctx: Context, afterLine: number): Signature {
  let date: string | null = null;
  let organ: string | null = null;
  let offset: number | null = null;
  for (let i = ctx.lineCount - 1; i >= Math.max(afterLine, ctx.lineCount - 25); i--) {
    const t = clean(ctx.text(i));
    if (!t) continue;
    const d = dateOf(t);
    if (d && !date) {
      date = d;
      offset = ctx.starts[i]!;
      // The organ stands on the line(s) just above.
      for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
        const u = clean(ctx.text(j));
        if (!u) continue;
        if (u.length <= 30 && organSuffix.test(u) && !/[，。；：]/.test(u)) organ = u;
        break;
      }
      break;
    }
  }
  return { organ, date, offset };
}

/** A date printed under the title (the 沭阳 report prints “(2026年1月23日)” there). */
export function dateUnderTitle(ctx: Context, titleLine: number): string | null {
  for (let i = titleLine + 1; i < Math.min(ctx.lineCount, titleLine + 4); i++) {
    const d = dateOf(clean(ctx.text(i)));
    if (d) return d;
  }
  return null;
}

/**
 * The organ the introduction names as the report's author.
 *
 * ```text
 * 本报告由丰城市曲江镇人民政府根据《中华人民共和国政府信息公开条例》…编制。
 *         ^^^^^^^^^^^^^^^^^^^^
 * ```
 */
export function introOrgan(ctx: Context): string | null {
  const head = ctx.norm.slice(0, 3000);
  const m = /报告由([\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办事处|委员会|管委会|局|厅|委|办公室))(?:根据|依据|按照|编制|负责|结合)/.exec(head);
  return m ? m[1]! : null;
}

/**
 * The organ printed on the line above a title that starts with the year.
 *
 * ```text
 * 淮安市人民政府
 * 2024 年政府信息公开工作年度报告
 * ```
 */
export function organAbove(ctx: Context, titleLine: number): string | null {
  for (let j = titleLine - 1; j >= Math.max(0, titleLine - 3); j--) {
    const u = clean(ctx.text(j)).replace(/\s+/g, '');
    if (!u) continue;
    return u.length <= 30 && organSuffix.test(u) && !/[，。；：]/.test(u) ? u : null;
  }
  return null;
}
