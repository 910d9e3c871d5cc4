/**
 * Cleaning a printed organ name before it is read: CJK radicals and compatibility ideographs,
 * full-width forms, spaces, a year or a report title run into the name, quotes, a trailing
 * parenthesis.
 */
import { radicalToIdeograph } from './radicals.js';

/** A year in Arabic or Chinese numerals followed by 年: where a title runs on after the organ. */
const yearOnward = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年.*$/u;
const leadingYear = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?/u;
/** Title words printed after an organ when no year separates them. */
const titleTail = /(?:关于)?(?:政府信息公开|政务公开)?(?:工作)?(?:年度)?(?:报告|年报)$/u;
/** A heading's 文件 (晋江市英林镇人民政府文件) and a seal note. */
const trailingWords = /(?:文件|\(?(?:盖章|公章|印章)\)?)$/u;
/** A parenthesis at the end: a second name under which the organ also works, or a note. */
const trailingParen = /\([^()]*\)$/u;
const quotes = /[《》〈〉“”‘’"'「」『』【】\[\]]/gu;

const radicals = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

/**
 * The characters of a printed name as one organ's name is always written: a CJK radical (⺠
 * U+2EA0, ⼈ U+2F08, which PDF fonts print for 民 and 人) as its unified ideograph (Unicode's
 * EquivalentUnifiedIdeograph, src/organs/radicals.ts), then NFKC (compatibility ideographs such
 * as 﨑 U+FA11, full-width letters and digits), and no whitespace of any kind.
 */
export function foldOrganChars(printed: string): string {
  return printed
    .replace(radicals, (r) => radicalToIdeograph.get(r) ?? r)
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, '');
}

/**
 * Normalise a printed organ name: radicals folded, NFKC (full-width letters, digits and brackets to their
 * ordinary forms), no whitespace of any kind, no quotes, and without a year or report title
 * run on after it (晋江市内坑镇人民政府2023年度 → 晋江市内坑镇人民政府).
 */
export function normalizeOrganText(printed: string): string {
  let s = foldOrganChars(printed).replace(quotes, '');
  s = s.replace(leadingYear, '');
  s = s.replace(yearOnward, '');
  // Repeat: 某某局（盖章）文件 and the like stack.
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(titleTail, '').replace(trailingWords, '').replace(trailingParen, '');
    s = s.replace(/[-—–_:：,，.。;；、·]+$/u, '').replace(/^[-—–_:：,，.。;；、·]+/u, '');
    if (s === before) break;
  }
  return s;
}
