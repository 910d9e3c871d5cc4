import { isWhiteSpace } from '../../extract/lines.js';
import { normalize } from '../../extract/normalize.js';
import { getCell } from '../../model/cells.js';
import { formats } from '../../model/formats/index.js';
import type { Report } from '../../model/report.js';
import type { SourceText } from '../../read/source.js';
import type { Finding, Rule } from '../types.js';

/**
 * Numbers the narrative states against the tables, and against themselves.
 *
 * The text is read paragraph by paragraph from sections 一 to 四 (table rows left out), in the
 * same-length normalised form (full-width digits and commas read as ASCII), and small named
 * recognisers below pick out the statements this rule understands. Each needs a number directly
 * followed by its unit (件, 条), so that table cells on lines of their own never match, and
 * each says exactly which quantity it is about; anything else in the text is left alone.
 */

/** A number as printed: 185, 1,046 (thousands separators), full-width digits already ASCII. */
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d+)`;
const num = (s: string) => Number(s.replace(/,/g, ''));

/** Words that put a count of applications outside this rule's quantities (other kinds of case, a part). */
const notApplications = /复议|诉讼|建议|提案|信访|咨询|热线|来电|投诉|举报|其中|自然人|法人|企业|组织|涉及|关于|类|方面|领域|事件/;

/**
 * Applications received: 收到 / 受理 … 申请 N 件 (the same as 表三 一, or 一 + 二).
 *
 * ```text
 * 全市各级各部门受理信息公开申请 264 件，依法办结 259 件，结转至下年度继续办理数 5 件
 *             ^^^^                ^^^ received (seed 003)
 * ```
 */
const received = new RegExp(String.raw`(?:收到|受理|接收|接到)([^,;。、:]{0,40}?)申请(?:数量?)?(?:共计|共|总计|合计)?(?:为)?\s*${NUM}\s*(?:件|个|宗|份)`, 'dg');

/**
 * New applications: 新收 … N 件 (表三 一).
 *
 * ```text
 * 全市共新收政府信息公开申请489件，上年结转7件
 *       ^^^^                ^^^ new
 * ```
 */
const newReceived = new RegExp(String.raw`新收(?:到)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:数量?)?(?:共计|共|为)?\s*${NUM}\s*件`, 'dg');

/**
 * Carried over from last year: 上年结转 N 件 (表三 二).
 *
 * ```text
 * 全年共收到政府信息公开申请185件，上年结转4件
 *                                 ^^^^^^^^ ^ carried over
 * ```
 */
const carriedOver = new RegExp(String.raw`上一?年度?结转(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:数量?)?(?:共|为)?\s*${NUM}\s*件`, 'dg');

/**
 * No carry-over from last year: 上年无结转, 无上年结转.
 *
 * ```text
 * 共收到政府信息公开申请6件，上年无结转，均已在法定期限内办结
 *                           ^^^^^^^^^^ 0
 * ```
 */
const noCarriedOver = /(?:无|没有)上一?年度?结转|上一?年度?(?:无|没有)结转/dg;

/**
 * Handled: 办结 N 件 (表三 （七）总计).
 *
 * ```text
 * 2020年共办结依申请公开来信1件
 *         ^^^^              ^ handled (seed 004)
 * ```
 */
const handled = new RegExp(String.raw`办结(?:了)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请|来信)?(?:共计|共|总计|合计)?(?:为)?\s*${NUM}\s*(?:件|个|宗)`, 'dg');

/**
 * All of them handled, no number: 已按时办结, 均已办结 — the applications stated received
 * earlier in the same sentence.
 *
 * ```text
 * 收到申请人林某某通过网络申请方式提交的政府信息公开申请 1 件，已按时办结。
 *                                                              ^^^^^^^^^^ (seed 000)
 * ```
 */
const allHandled = /(?:(?:均|全部|都)已?(?:在法定期限内|按时|按期|及时|依法)?(?:全部)?|已(?:在法定期限内|按时|按期|及时|依法)|已)办结(?:完毕)?(?=[,;。]|$)/dg;

/**
 * Carried forward to next year: 结转下年度继续办理 N 件 (表三 四).
 *
 * ```text
 * 结转至下年度继续办理数 5 件
 * ^^^^^^^^^^^^^^^^^^^^^^^ ^ carried forward (seed 003)
 * ```
 */
const carriedForward = new RegExp(String.raw`结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?(?:数量?)?(?:共|为)?\s*${NUM}\s*件`, 'dg');

/**
 * Nothing carried forward: 无结转下年度办理的申请, 无上年结转和结转下年度办理的申请.
 *
 * ```text
 * 无上年结转和结转下年度办理的申请
 * ^^^^^^^^^^^^^^^^^^^^^^^ 0
 * ```
 */
const noCarriedForward = /无(?:上一?年度?结转(?:和|及|或|、))?(?:需要?)?结转(?:至|到)?下一?年度?/dg;

/**
 * Outcome counts after the applications: 予以公开 N 件 … (表三 三（一）to（六）).
 *
 * ```text
 * 办结的申请中，予以公开91件，部分公开14件，不予公开6件
 *               ^^^^^^^^ ^^ granted
 * ```
 */
const outcome = new RegExp(String.raw`(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)\s*${NUM}\s*件`, 'dg');

const outcomes: Record<string, { prefix: string; en: string }> = {
  予以公开: { prefix: 'granted', en: 'granted' },
  部分公开: { prefix: 'partiallyGranted', en: 'partly granted' },
  不予公开: { prefix: 'withheld', en: 'withheld' },
  无法提供: { prefix: 'unavailable', en: 'unavailable' },
  不予处理: { prefix: 'notProcessed', en: 'not processed' },
  其他处理: { prefix: 'otherHandling', en: 'handled otherwise' },
};

/**
 * Administrative reviews and lawsuits: 行政复议 N 件, 行政诉讼 N 件 (表四 totals).
 *
 * ```text
 * 因政府信息公开被申请行政复议10件，其中结果维持6件…；被提起行政诉讼6件
 *                     ^^^^^^^^ ^^ review                  ^^^^^^^^ ^ litigation
 * ```
 */
const review = new RegExp(String.raw`行政复议(?:申请|案件)?(?:共计|共)?\s*${NUM}\s*(?:件|起|宗|个)`, 'dg');
const litigation = new RegExp(String.raw`行政诉讼(?:案件)?(?:共计|共)?\s*${NUM}\s*(?:件|起|宗|个)`, 'dg');

/**
 * No review and no lawsuit.
 *
 * ```text
 * 未发生因政府信息公开被申请行政复议和提起行政诉讼的情况
 * ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 0 and 0
 * ```
 */
const noReviewNorSuit = /(?:未|没有|无)(?:发生|出现|收到)?(?:因政府信息公开(?:工作)?(?:而)?)?(?:被申请)?行政复议(?:和|、|及|或|与)(?:被)?(?:提起)?行政诉讼/dg;

/**
 * A breakdown: a total, then 其中 and its parts, each perhaps with its share.
 *
 * ```text
 * 主动公开政府信息207条，其中机构职能文件规划计划类信息18条，占8.7%；…其他类信息24条，占11.59%。
 *                 ^^^ total          part ^^            ^^^ share    other ^^       (seed 000)
 * ```
 */
const totalBefore = new RegExp(String.raw`${NUM}\s*(条|件|个|篇|项)\s*[,:]?\s*$`, 'd');
const part = new RegExp(String.raw`^([^,;。、:\d%()]{1,30}?)${NUM}\s*(条|件|个|篇|项)(?:\s*,?\s*占(?:比|总数的|总量的|全部的)?\s*(\d+(?:\.\d+)?)\s*%)?`, 'd');

/** The part that names the remainder of a list (其他类信息 24 条), and so claims the list complete. */
const remainder = /^其[他它](?:类|方面|领域)?(?:政府)?(?:信息)?$/;

/**
 * A paragraph of prose. Its text is made of runs copied from the source: run k starts at
 * `runAt[k]` in the text and at `runFrom[k]` in the source (offsets of the normalised text).
 */
interface Paragraph {
  text: string;
  runAt: number[];
  runFrom: number[];
  section: string;
}

/** The source offset of character `i` of a paragraph's text. */
function sourceOffset(p: Paragraph, i: number): number {
  let lo = 0;
  let hi = p.runAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.runAt[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return p.runFrom[lo]! + (i - p.runAt[lo]!);
}

/** A table row, a cell on a line of its own, a rule line: not prose. */
function isTableLine(line: string): boolean {
  if (/[\t|│┃║┌┐└┘├┤┬┴┼─━═]/.test(line)) return true;
  if (/^\s*\+[-=+:]+\s*$/.test(line)) return true;
  if (/\S\s{3,}\S/.test(line)) return true; // pdftotext -layout columns
  if (/^[\s\d.,%\-—－]*$/.test(line)) return true; // numbers only, page numbers
  const t = line.trim();
  return t.length < 12 && !/[,;:。、()]/.test(t); // a label or cell on a line of its own
}

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The prose of a section: lines joined into paragraphs, table lines left out. Wrapped lines are
 * rejoined, also across the blank lines of double-spaced text (pdftotext -layout) where the
 * paragraph has not ended with a full stop; spaces are dropped except between two Latin letters
 * (justified text prints 实 项 目 类 信 息 17 条).
 */
function paragraphs(source: SourceText, norm: string, from: number, to: number, section: string): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let blank = false;
  const flush = () => {
    if (cur && cur.text) out.push(cur);
    cur = null;
  };
  for (let li = source.lineIndex(from); li < source.lineStarts.length; li++) {
    const a = Math.max(source.lineStarts[li]!, from);
    if (a >= to) break;
    const b = Math.min(source.lineEnds[li]!, to);
    // Indentation, trailing spaces and Markdown marks are not text.
    let first = a;
    while (first < b && isWhiteSpace(norm.charCodeAt(first))) first++;
    if (first === b) {
      blank = true;
      continue;
    }
    if (isTableLine(norm.slice(a, b))) {
      flush();
      blank = false;
      continue;
    }
    if (blank && cur && /[。!?:;]$/.test((cur as Paragraph).text)) flush();
    blank = false;
    const p: Paragraph = cur ?? { text: '', runAt: [], runFrom: [], section };
    cur = p;
    let last = b;
    while (last > first && isWhiteSpace(norm.charCodeAt(last - 1))) last--;
    // The text is copied in runs; a run ends at a character left out.
    let text = p.text;
    let run = -1;
    const end = (i: number) => {
      if (run < 0) return;
      p.runAt.push(text.length);
      p.runFrom.push(run);
      text += norm.slice(run, i);
      run = -1;
    };
    for (let i = first; i < last; i++) {
      const c = norm.charCodeAt(i);
      let keep = c !== 0x2a /* * */ && c !== 0x23 /* # */ && c !== 0x3e; /* > */
      if (keep && isWhiteSpace(c)) {
        // A space stays only between two Latin letters.
        let k = i + 1;
        while (k < last && isWhiteSpace(norm.charCodeAt(k))) k++;
        const before = run >= 0 ? norm.charCodeAt(i - 1) : text.charCodeAt(text.length - 1);
        keep = isLatin(before) && k < norm.length && isLatin(norm.charCodeAt(k));
      }
      if (keep) {
        if (run < 0) run = i;
      } else end(i);
    }
    end(last);
    p.text = text;
  }
  flush();
  return out;
}

/** The numbers of the tables a paragraph may state, read once per report. */
interface TableValues {
  newV: number | null;
  overV: number | null;
  totalV: number | null;
  forwardV: number | null;
  reviewV: number | null;
  suitV: number | null;
}

function tableValues(report: Report): TableValues {
  const direct = getCell(report, 'table4.litigationDirect.total');
  const after = getCell(report, 'table4.litigationAfterReview.total');
  return {
    newV: value(report, 'table3.newReceived.total'),
    overV: value(report, 'table3.carriedOver.total'),
    totalV: value(report, 'table3.total.total'),
    forwardV: value(report, 'table3.carriedForward.total'),
    reviewV: value(report, 'table4.review.total'),
    suitV: direct && after && (direct.value !== null || after.value !== null) ? (direct.value ?? 0) + (after.value ?? 0) : null,
  };
}

interface Context {
  report: Report;
  source: SourceText;
  emit: (f: Finding) => void;
  values: TableValues;
}

/** The value of a printed 总计 cell, or null where it is blank or not printed. */
function value(report: Report, path: string): number | null {
  return getCell(report, path)?.value ?? null;
}

/** The sum of the 总计 cells of an outcome group of 表三 (withheld.*), or null where none has a value. */
function groupTotal(report: Report, prefix: string): { value: number; paths: string[] } | null {
  const f = report.tableFormats.table3 ?? report.format ?? '2021';
  const rows = formats[f].table3.rows.filter((r) => r.id === prefix || r.id.startsWith(prefix + '.'));
  const paths = rows.map((r) => `table3.${r.id}.total`);
  let sum = 0;
  let any = false;
  for (const p of paths) {
    const c = getCell(report, p);
    if (!c) return null;
    if (c.value !== null) any = true;
    sum += c.value ?? 0;
  }
  return any ? { value: sum, paths } : null;
}

/** Start and end of the sentence holding index `i` (sentences end with 。 ! ?). */
function sentenceOf(text: string, i: number): [number, number] {
  let a = i;
  while (a > 0 && !/[。!?]/.test(text[a - 1]!)) a--;
  let b = i;
  while (b < text.length && !/[。!?]/.test(text[b]!)) b++;
  return [a, b];
}

function checkParagraph(p: Paragraph, c: Context): void {
  const { report, source, emit } = c;
  const text = p.text;
  const pos = (i: number) => source.position(sourceOffset(p, i));
  const stated = (m: RegExpExecArray, g = 1) => ({ value: num(m[g]!), at: m.indices![g]![0] });
  const mentionsApplications: number[] = [];

  const { newV, overV, totalV, forwardV, reviewV, suitV } = c.values;
  // Each statement names its words: a paragraph without them is not searched for it.
  const applications = text.includes('申请');
  const carried = text.includes('结转');
  const done = text.includes('办结');

  // Received (收到 / 受理): 一, or 一 + 二.
  const receivedAt: Array<{ value: number; at: number }> = [];
  for (const m of applications ? text.matchAll(received) : []) {
    if (notApplications.test(m[1]!)) continue;
    const [s] = sentenceOf(text, m.index);
    if (/其中/.test(text.slice(s, m.index))) continue;
    const x = stated(m, 2);
    receivedAt.push(x);
    mentionsApplications.push(m.index);
    if (newV === null) continue;
    const withCarried = newV + (overV ?? 0);
    if (x.value === newV || x.value === withCarried) continue;
    emit({
      messageId: 'received',
      data: { stated: x.value, newReceived: newV, withCarried },
      position: pos(x.at),
      expected: newV,
      actual: x.value,
      related: [{ path: 'table3.newReceived.total' }, { path: 'table3.carriedOver.total' }],
    });
  }
  for (const m of text.includes('新收') ? text.matchAll(newReceived) : []) {
    const x = stated(m);
    if (receivedAt.some((r) => r.at === x.at)) continue;
    receivedAt.push(x);
    mentionsApplications.push(m.index);
    if (newV === null || x.value === newV) continue;
    emit({
      messageId: 'newReceived', data: { stated: x.value, table: newV }, position: pos(x.at),
      expected: newV, actual: x.value, related: [{ path: 'table3.newReceived.total' }],
    });
  }

  // Carried over (二).
  for (const m of carried ? text.matchAll(carriedOver) : []) {
    const x = stated(m);
    mentionsApplications.push(m.index);
    if (overV === null || x.value === overV) continue;
    emit({
      messageId: 'carriedOver', data: { stated: x.value, table: overV }, position: pos(x.at),
      expected: overV, actual: x.value, related: [{ path: 'table3.carriedOver.total' }],
    });
  }
  for (const m of carried ? text.matchAll(noCarriedOver) : []) {
    mentionsApplications.push(m.index);
    if (overV === null || overV === 0) continue;
    emit({
      messageId: 'carriedOver', data: { stated: 0, table: overV }, position: pos(m.index),
      expected: overV, actual: 0, related: [{ path: 'table3.carriedOver.total' }],
    });
  }

  // Handled (（七）总计).
  for (const m of done ? text.matchAll(handled) : []) {
    const [s] = sentenceOf(text, m.index);
    if (/复议|诉讼|建议|提案|热线|信访|投诉|事件/.test(text.slice(Math.max(s, m.index - 20), m.index))) continue;
    const x = stated(m);
    mentionsApplications.push(m.index);
    if (totalV === null || x.value === totalV) continue;
    emit({
      messageId: 'handled', data: { stated: x.value, table: totalV }, position: pos(x.at),
      expected: totalV, actual: x.value, related: [{ path: 'table3.total.total' }],
    });
  }
  for (const m of done ? text.matchAll(allHandled) : []) {
    const [s] = sentenceOf(text, m.index);
    const before = receivedAt.filter((r) => r.at >= s && r.at < m.index);
    const r = before[before.length - 1];
    if (!r) continue;
    mentionsApplications.push(m.index);
    if (totalV === null) continue;
    if (totalV === r.value || totalV === r.value + (overV ?? 0)) continue;
    emit({
      messageId: 'handledAll', data: { stated: r.value, table: totalV }, position: pos(m.index),
      expected: totalV, actual: r.value, related: [{ path: 'table3.total.total' }],
    });
  }

  // Carried forward (四).
  for (const m of carried ? text.matchAll(carriedForward) : []) {
    const x = stated(m);
    mentionsApplications.push(m.index);
    if (forwardV === null || x.value === forwardV) continue;
    emit({
      messageId: 'carriedForward', data: { stated: x.value, table: forwardV }, position: pos(x.at),
      expected: forwardV, actual: x.value, related: [{ path: 'table3.carriedForward.total' }],
    });
  }
  for (const m of carried ? text.matchAll(noCarriedForward) : []) {
    mentionsApplications.push(m.index);
    if (forwardV === null || forwardV === 0) continue;
    emit({
      messageId: 'carriedForward', data: { stated: 0, table: forwardV }, position: pos(m.index),
      expected: forwardV, actual: 0, related: [{ path: 'table3.carriedForward.total' }],
    });
  }

  // Outcome counts, in a paragraph about the applications.
  if (mentionsApplications.length > 0) {
    const first = Math.min(...mentionsApplications);
    for (const m of text.matchAll(outcome)) {
      if (m.index < first) continue;
      const o = outcomes[m[1]!]!;
      const t = groupTotal(report, o.prefix);
      const x = stated(m, 2);
      if (!t || t.value === x.value) continue;
      const row = rowLabel(report, o.prefix);
      emit({
        messageId: 'outcome',
        data: { outcome: m[1]!, outcomeEn: o.en, stated: x.value, row, table: t.value },
        position: pos(x.at),
        expected: t.value,
        actual: x.value,
        related: t.paths.map((path) => ({ path })),
      });
    }
  }

  // Reviews and lawsuits (表四), where the sentence is about 信息公开 or in section 四.
  const aboutDisclosure = (i: number) => {
    if (p.section === 'reviewsAndSuits') return true;
    const [s, e] = sentenceOf(text, i);
    return /信息公开/.test(text.slice(s, e));
  };
  const reviews = text.includes('行政复议');
  const suits = text.includes('行政诉讼');
  for (const m of reviews ? text.matchAll(review) : []) {
    if (!aboutDisclosure(m.index)) continue;
    const x = stated(m);
    if (reviewV === null || x.value === reviewV) continue;
    emit({
      messageId: 'review', data: { stated: x.value, table: reviewV }, position: pos(x.at),
      expected: reviewV, actual: x.value, related: [{ path: 'table4.review.total' }],
    });
  }
  for (const m of suits ? text.matchAll(litigation) : []) {
    if (!aboutDisclosure(m.index)) continue;
    const x = stated(m);
    if (suitV === null || x.value === suitV) continue;
    emit({
      messageId: 'litigation', data: { stated: x.value, table: suitV }, position: pos(x.at),
      expected: suitV, actual: x.value, related: [{ path: 'table4.litigationDirect.total' }, { path: 'table4.litigationAfterReview.total' }],
    });
  }
  for (const m of reviews ? text.matchAll(noReviewNorSuit) : []) {
    if (reviewV !== null && reviewV !== 0) {
      emit({
        messageId: 'review', data: { stated: 0, table: reviewV }, position: pos(m.index),
        expected: reviewV, actual: 0, related: [{ path: 'table4.review.total' }],
      });
    }
    if (suitV !== null && suitV !== 0) {
      emit({
        messageId: 'litigation', data: { stated: 0, table: suitV }, position: pos(m.index),
        expected: suitV, actual: 0, related: [{ path: 'table4.litigationDirect.total' }, { path: 'table4.litigationAfterReview.total' }],
      });
    }
  }

  // Breakdowns: the parts against their total, the shares against the counts.
  for (const m of text.matchAll(/其中/g)) {
    const [s] = sentenceOf(text, m.index);
    const t = totalBefore.exec(text.slice(s, m.index));
    if (!t) continue;
    const total = num(t[1]!);
    const unit = t[2]!;
    const totalAt = s + t.indices![1]![0];
    if (total === 0) continue;
    let i = m.index + 2;
    while (/[\s,:]/.test(text[i] ?? '')) i++;
    const parts: Array<{ label: string; count: number; unit: string; pct: string | undefined; pctAt: number }> = [];
    for (;;) {
      const q = part.exec(text.slice(i));
      if (!q) break;
      const label = q[1]!.trim();
      parts.push({ label, count: num(q[2]!), unit: q[3]!, pct: q[4], pctAt: q[4] ? i + q.indices![4]![0] : -1 });
      i += q[0].length;
      // The remainder (其他…) closes a list: what follows is another statement.
      if (remainder.test(label)) break;
      const sep = /^\s*[,;、]\s*/.exec(text.slice(i));
      if (!sep) break;
      i += sep[0].length;
    }
    if (parts.length === 0) continue;
    const same = parts.filter((x) => x.unit === unit);
    // Only a list that names its remainder (其他…) claims to be complete.
    if (same.length >= 2 && same.some((x) => remainder.test(x.label))) {
      const sum = same.reduce((a, x) => a + x.count, 0);
      if (sum !== total) {
        emit({ messageId: 'breakdown', data: { total, sum }, position: pos(totalAt), expected: total, actual: sum });
      }
    }
    for (const x of parts) {
      if (x.pct === undefined || x.unit !== unit) continue;
      const pct = Number(x.pct);
      const dec = x.pct.includes('.') ? x.pct.length - x.pct.indexOf('.') - 1 : 0;
      const exact = (x.count / total) * 100;
      const scale = 10 ** dec;
      const rounded = Math.round(exact * scale) / scale;
      const truncated = Math.floor(exact * scale + 1e-9) / scale;
      if (Math.abs(rounded - pct) < 1e-9 || Math.abs(truncated - pct) < 1e-9) continue;
      emit({
        messageId: 'percent',
        data: { part: x.label, count: x.count, total, percent: x.pct, computed: rounded.toFixed(dec) },
        position: pos(x.pctAt),
        expected: rounded.toFixed(dec),
        actual: x.pct,
      });
    }
  }
}

/** The printed label of an outcome group (its official label): （三）不予公开. */
function rowLabel(report: Report, prefix: string): string {
  const f = report.tableFormats.table3 ?? report.format ?? '2021';
  const r = formats[f].table3.rows.find((x) => x.id === prefix);
  if (r) return r.label.replace(/（区分处理的.*$/, '');
  const g = formats[f].table3.rows.find((x) => x.id.startsWith(prefix + '.'))?.group;
  return g ?? prefix;
}

/** The sections whose prose states the numbers: 一 to 四. */
const narrativeSections = new Set(['overview', 'proactive', 'requests', 'reviewsAndSuits']);

export const narrativeTables: Rule = {
  meta: {
    id: 'narrative-tables',
    category: 'narrative',
    severity: 'warning',
    docs: {
      zh: '正文所述数字与统计表一致：收到、办结、结转的申请数，办理结果，行政复议和行政诉讼数，主动公开的分项之和与占比',
      en: 'Numbers stated in the text agree with the tables: applications received, handled and carried forward, outcomes, reviews and lawsuits; breakdowns sum to their totals and shares match their counts',
    },
    messages: {
      received: {
        zh: '正文称收到申请 {stated} 件，但表三本年新收为 {newReceived} 件（连同上年结转为 {withCarried} 件）',
        en: 'the text says {stated} applications were received, but table 3 has {newReceived} new ({withCarried} with those carried over)',
      },
      newReceived: {
        zh: '正文称本年新收申请 {stated} 件，但表三“一、本年新收政府信息公开申请数量”总计为 {table}',
        en: 'the text says {stated} new applications, but table 3 row 1 (new applications) totals {table}',
      },
      carriedOver: {
        zh: '正文称上年结转 {stated} 件，但表三“二、上年结转政府信息公开申请数量”总计为 {table}',
        en: 'the text says {stated} applications were carried over, but table 3 row 2 (carried over) totals {table}',
      },
      handled: {
        zh: '正文称办结 {stated} 件，但表三“（七）总计”为 {table}',
        en: 'the text says {stated} applications were handled, but table 3 total handled is {table}',
      },
      handledAll: {
        zh: '正文称收到的 {stated} 件申请均已办结，但表三“（七）总计”为 {table}',
        en: 'the text says all {stated} applications received were handled, but table 3 total handled is {table}',
      },
      carriedForward: {
        zh: '正文称结转下年度 {stated} 件，但表三“四、结转下年度继续办理”总计为 {table}',
        en: 'the text says {stated} applications are carried forward, but table 3 row 4 (carried forward) totals {table}',
      },
      outcome: {
        zh: '正文称{outcome} {stated} 件，但表三“{row}”合计为 {table}',
        en: 'the text says {stated} {outcomeEn}, but table 3 “{row}” totals {table}',
      },
      review: {
        zh: '正文称行政复议 {stated} 件，但表四行政复议总计为 {table}',
        en: 'the text says {stated} administrative reviews, but table 4 review total is {table}',
      },
      litigation: {
        zh: '正文称行政诉讼 {stated} 件，但表四行政诉讼总计（未经复议直接起诉 + 复议后起诉）为 {table}',
        en: 'the text says {stated} lawsuits, but table 4 litigation totals (direct + after review) sum to {table}',
      },
      breakdown: {
        zh: '正文称共 {total}，但“其中”所列各项之和为 {sum}',
        en: 'the text states a total of {total}, but the parts it lists sum to {sum}',
      },
      percent: {
        zh: '“{part}”{count} 占 {total} 的 {computed}%，正文印为 {percent}%',
        en: '“{part}”: {count} of {total} is {computed}%, the text says {percent}%',
      },
    },
  },
  check(report, ctx) {
    const source = ctx.source;
    if (!source) return;
    const norm = source.normalized(normalize);
    const c: Context = { report, source, emit: (f) => ctx.emit(f), values: tableValues(report) };
    for (const s of report.sections) {
      if (!narrativeSections.has(s.id)) continue;
      for (const p of paragraphs(source, norm, s.start.offset, s.end.offset, s.id)) checkParagraph(p, c);
    }
  },
};
