import { normalize } from '../../extract/normalize.js';
import { sections as sectionDefs, type SectionDef } from '../../model/formats/index.js';
import type { Position } from '../../model/diagnostic.js';
import type { Section } from '../../model/report.js';
import type { Rule } from '../types.js';

/** English names of the six sections, for the messages. */
const titleEn: Record<string, string> = {
  overview: 'overview',
  proactive: 'proactive disclosure',
  requests: 'requests received and handled',
  reviewsAndSuits: 'administrative review and litigation',
  problems: 'main problems and improvements',
  other: 'other matters to report',
};

const cnNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The numbering in front of a heading, in any style: 一、 一. （一） 1. 第一部分.
 *
 * ```text
 * ## 四、政府信息公开行政复议、行政诉讼情况
 *    ^^ numeral 四
 * ```
 */
const numbering = /^[\s#*>]*(?:第\s*([一二三四五六七八九十]+)\s*部分\s*[、.,，:：]?|[（(]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*[、.．,，]|(\d{1,2})\s*[、.．])\s*/;

function numeralOf(title: string): { numeral: string; value: number } | null {
  const m = numbering.exec(normalize(title));
  if (!m) return null;
  const cn = m[1] ?? m[2] ?? m[3];
  if (cn) {
    const value = cnNumerals.indexOf(cn);
    return value > 0 ? { numeral: cn, value } : null;
  }
  return { numeral: m[4]!, value: Number(m[4]) };
}

/** A title's words for comparing: numbering, spaces, punctuation and Markdown marks dropped. */
const words = (t: string) => normalize(t).replace(numbering, '').replace(/[\s*#>、.．,，;；:：。"“”()（）《》【】]/g, '');

/**
 * A line inside a section numbered like a section heading: a short line of its own that starts
 * with a Chinese numeral and 、 (seed 001 follows 一、总体情况 with 一、政务公开基本情况).
 *
 * ```text
 * 一、政务公开基本情况
 * ^^ the numeral of the section it stands in
 * ```
 */
const headingLike = /^[\s#*>]*([一二三四五六七八九十])\s*、\s*([^\t|]{2,30})$/;

/**
 * The introduction's list of the parts: 本报告由……等六部分组成 / 全文包括……六个部分.
 *
 * ```text
 * 本年报由总体情况、主动公开政府信息情况、……、其他需要报告的事项等六部分组成。
 *         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^ the list, the number (seed 000)
 * ```
 */
const introList = /(?:由|包括|分为)([^。]{10,300}?)(?:等)?\s*([一二三四五六七八九]|\d)\s*个?部分/;

/** Table row labels that start like headings (一、本年新收…, 三、本年度办理结果). */
const tableLabel = /本年新收|上年结转|本年度|办理结果|结转下年|申请数量/;

export const sections: Rule = {
  meta: {
    id: 'sections',
    category: 'structure',
    severity: 'warning',
    docs: {
      zh: '正文六个部分齐全、顺序正确，标题与规范格式一致',
      en: 'The six sections of the body are all there, in the official order, with the official titles',
    },
    messages: {
      missing: {
        zh: '缺少第{number}部分“{title}”',
        en: 'section {number} ({titleEn}) is missing',
      },
      order: {
        zh: '第{number}部分“{title}”排在第{afterNumber}部分“{after}”之后，顺序与规范格式不符',
        en: 'section {number} ({titleEn}) comes after section {afterNumber} ({afterEn}); the official order is 1 to 6',
      },
      title: {
        zh: '第{number}部分的标题印为“{printed}”，规范标题为“{official}”',
        en: 'section {number} is headed “{printed}”; the official heading is “{official}”',
      },
      numbered: {
        zh: '第{number}部分“{title}”的序号印为“{numeral}”',
        en: 'section {number} ({titleEn}) is numbered “{numeral}”',
      },
      'intro-parts': {
        zh: '引言称正文由{stated}部分组成，但只列出了{listed}部分（未列“{missing}”）',
        en: 'the introduction says the report has {stated} parts but lists {listed} (not “{missing}”)',
      },
      'numeral-repeated': {
        zh: '“{printed}”与第{number}部分“{title}”用了同一个序号',
        en: '“{printed}” repeats the number of section {number} ({titleEn})',
      },
    },
  },
  check(report, ctx) {
    if (report.sections.length === 0) return; // Not read as a report body: the reader says so.
    const defOf = (s: Section): SectionDef => sectionDefs.find((d) => d.id === s.id) ?? sectionDefs[s.number - 1]!;
    const printedOrder = [...report.sections].sort((a, b) => a.start.offset - b.start.offset);

    // Missing: where it should stand, the start of the next section printed.
    for (const d of sectionDefs) {
      if (printedOrder.some((s) => s.id === d.id)) continue;
      const next = printedOrder.filter((s) => s.number > d.number).sort((a, b) => a.number - b.number)[0];
      ctx.emit({
        messageId: 'missing',
        data: { number: d.number, title: d.title, titleEn: titleEn[d.id] ?? d.id },
        position: next ? next.start : null,
      });
    }

    // Order, numbering and titles.
    let last: Section | null = null;
    for (const s of printedOrder) {
      const d = defOf(s);
      if (last && s.number < last.number) {
        const ld = defOf(last);
        ctx.emit({
          messageId: 'order',
          data: {
            number: s.number, title: s.title, titleEn: titleEn[d.id] ?? d.id,
            afterNumber: last.number, after: last.title, afterEn: titleEn[ld.id] ?? ld.id,
          },
          position: s.start,
        });
      }
      if (!last || s.number > last.number) last = s;
      const n = numeralOf(s.title);
      if (n && n.value !== s.number) {
        ctx.emit({
          messageId: 'numbered',
          data: { number: s.number, title: d.title, titleEn: titleEn[d.id] ?? d.id, numeral: n.numeral },
          position: s.start,
          expected: cnNumerals[s.number]!,
          actual: n.numeral,
        });
      }
      if (words(s.title) !== words(d.title)) {
        const printed = s.title.trim();
        ctx.emit({
          messageId: 'title',
          data: { number: s.number, printed, official: d.title },
          position: s.start,
          expected: d.title,
          actual: printed,
        });
      }
    }

    const src = ctx.source;
    if (!src) return;

    // The introduction's list of the parts, before section 一: the number it says against the parts it names.
    const head = normalize(src.text.slice(0, printedOrder[0]!.start.offset));
    const intro = introList.exec(head);
    if (intro) {
      const stated = intro[2]!;
      const count = /\d/.test(stated) ? Number(stated) : cnNumerals.indexOf(stated);
      const list = intro[1]!.replace(/\s+/g, '');
      const named = sectionDefs.filter((d) => d.keys.some((k) => list.includes(k)) && !(d.not ?? []).some((k) => list.includes(k)));
      if (named.length >= 3 && named.length < count) {
        const missing = sectionDefs.filter((d) => !named.includes(d)).map((d) => d.title);
        ctx.emit({
          messageId: 'intro-parts',
          data: { stated, listed: /\d/.test(stated) ? String(named.length) : cnNumerals[named.length]!, missing: missing.join('”“') },
          position: src.position(intro.index + intro[0].length - intro[0].slice(intro[0].lastIndexOf(stated)).length),
          expected: count,
          actual: named.length,
        });
      }
    }

    // A line numbered like the section it stands in (a second 一、 after 一、总体情况).
    const norm = src.normalized(normalize);
    let nextComma = -1;
    for (const s of printedOrder) {
      const d = defOf(s);
      const first = src.lineIndex(s.start.offset) + 1;
      const end = src.lineIndex(Math.max(s.start.offset, s.end.offset - 1));
      for (let i = first; i <= end && i < src.lineStarts.length; i++) {
        const a = src.lineStarts[i]!;
        if (a >= s.end.offset) break;
        // (The normalised text is shared and has the same offsets; a heading holds 、.)
        if (nextComma < a) nextComma = norm.indexOf('、', a);
        if (nextComma < 0) break;
        if (nextComma >= src.lineEnds[i]!) continue;
        const text = norm.slice(a, src.lineEnds[i]);
        const m = headingLike.exec(text);
        if (!m || cnNumerals.indexOf(m[1]!) !== s.number) continue;
        // Table rows: their labels, and cells set apart by runs of spaces (pdftotext -layout).
        if (tableLabel.test(text.replace(/\s+/g, '')) || /\S\s{3,}\S/.test(text) || /\d/.test(m[2]!) || /[。；;]/.test(m[2]!)) continue;
        const lead = text.search(/[^\s#*>]/);
        const printed = src.text.slice(a + lead, src.lineEnds[i]).replace(/[\s*]+$/, '');
        const pos: Position = src.position(a + lead);
        ctx.emit({
          messageId: 'numeral-repeated',
          data: { printed, number: s.number, title: s.title, titleEn: titleEn[d.id] ?? d.id },
          position: pos,
        });
      }
    }
  },
};
