import { sectionNamedBy, sections as sectionDefs } from '../model/formats/index.js';
import type { Section } from '../model/report.js';
import type { Context } from './context.js';
import { isWhiteSpace } from './lines.js';
import { labelKey } from './similarity.js';

export interface Heading {
  id: string;
  number: number;
  line: number;
  title: string;
}

/**
 * A section heading: a short line that starts with a Chinese numeral and 、 (Markdown
 * marks and bold allowed), whose words name one of the six sections.
 *
 * ```text
 * #### 四、政府信息公开行政复议、行政诉讼情况
 *      ^^ numeral, then the words that name section 四
 * ```
 */
const headingRe = /^[\s#*>]*([一二三四五六七八九十]{1,2})\s*[、.，,]\s*(.+?)[\s*]*$/;

const numerals = '一二三四五六七八九十';

/** Whether norm[a, b) starts with a Chinese numeral, after white space and Markdown marks (# * >). */
function startsWithNumeral(norm: string, a: number, b: number): boolean {
  let i = a;
  for (; i < b; i++) {
    const c = norm.charCodeAt(i);
    if (!(isWhiteSpace(c) || c === 0x23 || c === 0x2a || c === 0x3e)) break;
  }
  if (i >= b) return false;
  const c = norm.charCodeAt(i);
  for (let k = 0; k < numerals.length; k++) if (numerals.charCodeAt(k) === c) return true;
  return false;
}

/**
 * What a line's text says as a heading: whether it has a heading's shape at all, whether it
 * may be a table row (a tab or a cell bar: its values decide), the section its words name.
 */
interface HeadingText {
  shaped: boolean;
  cells: boolean;
  def: (typeof sectionDefs)[number] | null;
  title: string;
}

/** Headings are worded alike across reports: what a text says is kept by the text (bounded). */
const headingTexts = new Map<string, HeadingText>();

function headingText(text: string): HeadingText {
  let h = headingTexts.get(text);
  if (h) return h;
  const m = headingRe.exec(text);
  if (!m) h = { shaped: false, cells: false, def: null, title: '' };
  else {
    const key = labelKey(m[2]!);
    // (The sections' keys are all key characters: `labelKey` leaves them as they are.)
    const hit = key.length > 30 ? undefined : sectionNamedBy(key);
    h = {
      shaped: true,
      cells: /\t/.test(text) || /\|/.test(text.replace(/^\s*\|/, '')),
      def: hit ?? null,
      title: hit ? text.replace(/^[\s#*>]+|[\s*]+$/g, '') : '',
    };
  }
  if (headingTexts.size > 5000) headingTexts.clear();
  headingTexts.set(text, h);
  return h;
}

/** Every line that reads as a section heading, in document order. */
export function findHeadings(ctx: Context): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < ctx.lineCount; i++) {
    if (ctx.ends[i]! - ctx.starts[i]! > 60) continue;
    // Quick test before the expression: the first mark is a Chinese numeral.
    if (!startsWithNumeral(ctx.norm, ctx.starts[i]!, ctx.ends[i]!)) continue;
    const h = headingText(ctx.text(i));
    if (!h.shaped) continue;
    // A table row (一、本年新收… with its numbers) is no heading.
    if (h.cells && ctx.line(i).values > 0) continue;
    if (h.def) out.push({ id: h.def.id, number: h.def.number, line: i, title: h.title });
  }
  return out;
}

/** The six sections as printed: the first heading of each, spanning to the next heading. */
export function readSections(ctx: Context, headings: readonly Heading[]): Section[] {
  const first = new Map<string, Heading>();
  for (const h of headings) {
    if (first.has(h.id)) {
      ctx.report('section-repeated', 'info', { number: h.number, title: sectionDefs[h.number - 1]!.title }, ctx.starts[h.line]!);
      continue;
    }
    first.set(h.id, h);
  }
  const kept = [...first.values()].sort((a, b) => a.line - b.line);
  const out: Section[] = kept.map((h, k) => {
    const next = kept[k + 1];
    const endOffset = next ? ctx.starts[next.line]! : ctx.norm.length;
    const a = ctx.starts[h.line]!;
    const lead = ctx.norm.slice(a).search(/[^\s#*>]/);
    return {
      id: h.id, number: h.number, title: h.title,
      start: ctx.source.position(a + Math.max(0, lead)), end: ctx.source.position(endOffset),
    };
  });
  for (const d of sectionDefs) {
    if (!first.has(d.id)) ctx.report('section-missing', 'info', { number: d.number, title: d.title }, null);
  }
  return out;
}
