import { dateOf } from '../../extract/metadata.js';
import { normalize } from '../../extract/normalize.js';
import type { Position } from '../../model/diagnostic.js';
import type { SourceText } from '../../read/source.js';
import type { Rule } from '../types.js';

export type OrganKind = 'government' | 'department';

/**
 * A 县级以上地方人民政府 publishing its own report: a 人民政府 of a 省, 市, 县, 区, 旗, 州 or 盟
 * (自治区, 自治州, 自治县 included), not of a 镇, 乡 or 街道.
 *
 * ```text
 * 晋江市人民政府        → government (by 3月31日)
 * 晋江市内坑镇人民政府  → town (by 1月31日)
 * 长兴县市场监督管理局  → department (by 1月31日)
 * ```
 */
const government = /(?:省|市|县|区|旗|州|盟)(?:人民)?政府$/;
const town = /(?:镇|乡|街道|苏木)(?:人民)?政府$/;

/** The kind of organ by its name: a county-level-or-above government, or a department, town or street. */
export function organKind(organ: string): OrganKind {
  const name = organ.replace(/\s+/g, '');
  return government.test(name) && !town.test(name) ? 'government' : 'department';
}

/**
 * The kind of the report's organ. Where the title does not name it (the organ printed on a line
 * above the title) the reader may take the organ from 本报告由…办公室…编制: a government's
 * report compiled by its office. A 政府办公室 read that way is not taken for a department.
 */
function kindOf(organ: string | null, title: string | null): OrganKind | 'unknown' {
  if (!organ) return 'unknown';
  const titled = title !== null && title.replace(/\s+/g, '').includes(organ.replace(/\s+/g, ''));
  if (!titled && /政府办公[室厅]$/.test(organ)) return 'unknown';
  return organKind(organ);
}

const kinds = {
  government: { zh: '县级以上地方人民政府', en: 'a local government at county level or above', limit: '3月31日', limitEn: 'March 31', md: '03-31' },
  department: { zh: '政府部门和乡镇人民政府、街道办事处', en: 'a government department, town or street office', limit: '1月31日', limitEn: 'January 31', md: '01-31' },
  // No organ name read: the latest deadline of any organ.
  unknown: { zh: '行政机关（未能识别机关名称，按最晚的期限）', en: 'an organ (name not read; the latest deadline applies)', limit: '3月31日', limitEn: 'March 31', md: '03-31' },
} as const;

/** Where the date is printed: the last line that reads as that date (the signature), else the first. */
function datePosition(source: SourceText | undefined, iso: string): Position | null {
  if (!source) return null;
  const n = source.lineStarts.length;
  const at = (i: number): Position | null => {
    const line = normalize(source.text.slice(source.lineStarts[i], source.lineEnds[i]));
    const clean = line.replace(/^[\s#*>]+|[\s*]+$/g, '').replace(/\*\*/g, '');
    if (dateOf(clean) !== iso) return null;
    return source.position(source.lineStarts[i]! + line.search(/\S/));
  };
  for (let i = n - 1; i >= 0; i--) {
    const p = at(i);
    if (p) return p;
  }
  return null;
}

const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86400000);

export const publicationDeadline: Rule = {
  meta: {
    id: 'publication-deadline',
    category: 'publication',
    severity: 'warning',
    docs: {
      zh: '年度报告在法定期限内公布（条例第四十九条）：部门、乡镇和街道于次年1月31日前，县级以上地方人民政府于次年3月31日前',
      en: 'The report is published by the statutory deadline (article 49): departments, towns and streets by 31 January, local governments at county level or above by 31 March of the next year',
    },
    messages: {
      late: {
        zh: '落款日期 {signed} 晚于法定期限 {deadline}（{kind}应于次年{limit}前公布上一年度的年度报告），晚了 {days} 天',
        en: 'signed {signed}, {days} days after the statutory deadline {deadline} ({kindEn} publishes its report by {limitEn} of the next year)',
      },
      early: {
        zh: '落款日期 {signed} 早于报告年度结束（{year}年12月31日），年度统计尚未截止',
        en: 'signed {signed}, before the report year {year} ended',
      },
    },
  },
  check(report, ctx) {
    const { signedDate: signed, year } = report;
    if (!signed || !year) return;
    const position = datePosition(ctx.source, signed);
    if (signed <= `${year}-12-31`) {
      ctx.emit({ messageId: 'early', data: { signed, year }, position, expected: `> ${year}-12-31`, actual: signed });
      return;
    }
    const k = kinds[kindOf(report.organ, report.title)];
    const deadline = `${year + 1}-${k.md}`;
    if (signed <= deadline) return;
    ctx.emit({
      messageId: 'late',
      data: { signed, deadline, kind: k.zh, kindEn: k.en, limit: k.limit, limitEn: k.limitEn, days: days(signed, deadline) },
      position,
      expected: deadline,
      actual: signed,
    });
  },
};
