import { isWhiteSpace } from '../../extract/lines.js';
import { normalize } from '../../extract/normalize.js';
import { formats, table3Groups, type FormatId, type RowDef } from '../../model/formats/index.js';
import type { Position } from '../../model/diagnostic.js';
import type { SourceText } from '../../read/source.js';
import type { Rule } from '../types.js';

/**
 * Row labels and 表二 block headings as printed, against the official wording of the format
 * the table was printed in.
 *
 * Labels are compared by a key that ignores what does not change the wording: spaces, the
 * width of punctuation (（ and (), commas, 、 and full stops (so 1. and 1、 are the same
 * numbering), quotation marks and table rules. Brackets are kept: （区分处理的），只计… moves a
 * bracket and changes what the label says. A label the reader took from a wrapped cell (only a
 * fragment of the official label is on the line of the numbers) is not judged: only a label whose
 * first and last characters are there can differ "by mistake".
 */

type TableId = 'table2' | 'table3' | 'table4';

/** What the key drops: white space, table rules, Markdown marks, commas, 、, full stops, colons, quotes. */
const droppedChars = new Set([...'|*#,，、;；:：.．。"“”\'‘’「」『』·•'].map((c) => c.charCodeAt(0)));
const isDropped = (c: number) => isWhiteSpace(c) || droppedChars.has(c);

/** The comparison key of a text, with the index in the text of every key character. */
function keyed(text: string): { key: string; at: number[] } {
  const n = normalize(text);
  let key = '';
  const at: number[] = [];
  let run = -1;
  for (let i = 0; i < n.length; i++) {
    if (isDropped(n.charCodeAt(i))) {
      if (run >= 0) key += n.slice(run, i);
      run = -1;
      continue;
    }
    if (run < 0) run = i;
    at.push(i);
  }
  if (run >= 0) key += n.slice(run);
  return { key, at };
}

/** Keys of the official labels and variants, which every report asks for again. */
const officialKeys = new Map<string, string>();

const key = (s: string): string => {
  let k = officialKeys.get(s);
  if (k === undefined) {
    k = keyed(s).key;
    if (officialKeys.size < 4096) officialKeys.set(s, k);
  }
  return k;
};

/**
 * The numbering in front of an official label, dropped before comparing: a report may print it
 * in a column of its own or leave it out, and that is layout, not wording.
 *
 * ```text
 * （二）部分公开（区分处理的，只计这一情形，不计其他情形）
 * ^^^^^^
 * 1.属于国家秘密
 * ^^
 * ```
 */
const leadingNumber = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[.、．])\s*/;

/** A numbering token at the start of a key (numbering as the key keeps it: (三), 三, 3). */
const numberToken = /^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]|\d{1,2})/;

const isCjk = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);

interface Alignment {
  /** Edit distance of the official key against the end of the printed key. */
  distance: number;
  /** Where in the printed key the official label starts, and ends. */
  start: number;
  end: number;
  /** Whether the first and last CJK characters of the official key were matched as printed. */
  anchored: boolean;
  /** Runs of official characters not printed (or printed otherwise). */
  missing: string[];
}

/**
 * Align the whole official key `o` with the end of the printed key `p` (anything may stand
 * before it in `p`: group labels, numbering), by edit distance; with `free`, with any stretch
 * of `p` (a group label among other text).
 */
function align(o: string, p: string, free = false): Alignment {
  // Most reports print the official labels, so the same pairs come back report after report.
  const memoKey = `${free ? 1 : 0}\u0000${o}\u0000${p}`;
  const known = aligned.get(memoKey);
  if (known) return known;
  if (aligned.size >= 4096) aligned.clear();
  const a = alignOnce(o, p, free);
  aligned.set(memoKey, a);
  return a;
}

const aligned = new Map<string, Readonly<Alignment>>();

function alignOnce(o: string, p: string, free: boolean): Alignment {
  const m = o.length;
  const n = p.length;
  const d: number[][] = [];
  for (let i = 0; i <= m; i++) d.push(new Array<number>(n + 1).fill(0));
  for (let i = 1; i <= m; i++) d[i]![0] = i;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const sub = d[i - 1]![j - 1]! + (o[i - 1] === p[j - 1] ? 0 : 1);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  let end = n;
  if (free) for (let j = 0; j <= n; j++) if (d[m]![j]! < d[m]![end]!) end = j;
  // Trace back, noting which official characters were matched as printed.
  const matched = new Array<boolean>(m).fill(false);
  let i = m;
  let j = end;
  while (i > 0 && j > 0) {
    const here = d[i]![j]!;
    if (o[i - 1] === p[j - 1] && here === d[i - 1]![j - 1]!) {
      matched[i - 1] = true;
      i--;
      j--;
    } else if (here === d[i - 1]![j - 1]! + 1) {
      i--;
      j--;
    } else if (here === d[i - 1]![j]! + 1) i--;
    else j--;
  }
  const cjk = [...o].map((c, k) => (isCjk(c) ? k : -1)).filter((k) => k >= 0);
  const anchored = cjk.length > 0 && matched[cjk[0]!]! && matched[cjk[cjk.length - 1]!]!;
  const missing: string[] = [];
  let run = '';
  for (let k = 0; k <= m; k++) {
    if (k < m && !matched[k]) run += o[k];
    else if (run) {
      missing.push(run);
      run = '';
    }
  }
  return { distance: d[m]![end]!, start: j, end, anchored, missing };
}

/**
 * Whether the text printed before a row's own label is made of its group labels (whole, or the
 * pieces a vertically merged cell leaves: 三、本年度 / 办理结果) and numbering.
 */
function madeOfGroups(x: string, groups: readonly string[]): boolean {
  if (x === '') return true;
  const ok = new Array<boolean>(x.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < x.length; i++) {
    if (!ok[i]) continue;
    const num = numberToken.exec(x.slice(i));
    if (num) ok[i + num[0].length] = true;
    for (let len = x.length - i; len >= 1; len--) {
      // Single characters only at the ends (a cell broken one character a line).
      if (len === 1 && i !== 0 && i + 1 !== x.length) continue;
      const piece = x.slice(i, i + len);
      if (groups.some((g) => g.includes(piece))) ok[i + len] = true;
    }
  }
  return ok[x.length]!;
}

/** The group labels a row's printed label may carry in front of it. */
function groupsOf(table: TableId, row: RowDef): string[] {
  const out: string[] = [];
  if (table === 'table3' && row.group && row.group !== table3Groups.outcome) out.push(table3Groups.outcome);
  if (row.group) out.push(row.group);
  if (table === 'table4') out.push('行政诉讼');
  return out;
}

/**
 * The label's text as the source prints it (full-width brackets and all) and where each of
 * its characters stands, found by walking the source from the label's start (the reader joined
 * its cells with single spaces); as the reader gives it where the walk fails.
 */
function asPrinted(text: string, position: Position, source: SourceText | undefined, norm: string | undefined): { text: string; offsets: number[] | null } {
  if (!source || norm === undefined) return { text, offsets: null };
  let out = '';
  const offsets: number[] = [];
  let j = position.offset;
  const t = normalize(text);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWhiteSpace(c)) {
      out += ' ';
      offsets.push(j);
      continue;
    }
    while (j < norm.length && isWhiteSpace(norm.charCodeAt(j))) j++;
    if (norm.charCodeAt(j) !== c) return { text, offsets: null };
    out += source.text[j];
    offsets.push(j);
    j++;
  }
  return { text: out, offsets };
}

/** A listed variant wording of the row that the printed key ends with, if any. */
function variantAtEnd(row: RowDef, p: string): string | null {
  for (const v of row.variants) {
    const k = key(v);
    if (k && p.endsWith(k) && k !== key(row.label)) return v;
  }
  return null;
}

/**
 * Whether the part of the official label missing from the printed one stands on a line next
 * to it (the cell wrapped: 行政 / 规范性文件), within two lines.
 */
function wrapped(source: SourceText | undefined, at: Position, official: string, printed: string): boolean {
  const i = official.indexOf(printed);
  const missing = i >= 0 ? official.slice(0, i) + official.slice(i + printed.length) : official;
  return missing !== '' && nearby(source, at, missing);
}

/** Whether `words` (a key) stand on one of the two lines above or below `at`. */
function nearby(source: SourceText | undefined, at: Position, words: string): boolean {
  if (!source) return false;
  const li = at.line - 1;
  for (let k = Math.max(0, li - 2); k <= Math.min(source.lineStarts.length - 1, li + 2); k++) {
    if (k === li) continue;
    if (keyed(source.text.slice(source.lineStarts[k], source.lineEnds[k])).key.includes(words)) return true;
  }
  return false;
}

/**
 * A 表二 block heading: article and item.
 *
 * ```text
 * 第二十六条第（六）项
 *   ^^^^    ^^ article 二十六, item 六
 * ```
 */
const blockRe = /第\s*([一二三四五六七八九十百零〇\d]+)\s*条\s*(?:第\s*[（(]\s*([一二三四五六七八九十\d]+)\s*[)）])?/;

const arabicItems: Record<string, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十' };

export const labelOfficial: Rule = {
  meta: {
    id: 'label-official',
    category: 'format',
    severity: 'warning',
    docs: {
      zh: '表格行名、分组名和表二分组标题与规范格式的写法一致',
      en: 'Row labels, group labels and table 2 block headings read as the official format prints them',
    },
    messages: {
      differs: {
        zh: '行名“{printed}”与规范写法“{official}”不一致',
        en: 'row label “{printed}” differs from the official wording “{official}”',
      },
      'group-differs': {
        zh: '分组名“{printed}”与规范写法“{official}”不一致',
        en: 'group label “{printed}” differs from the official wording “{official}”',
      },
      'block-article': {
        zh: '表二分组标题“{printed}”引用的条款不对，规范写法为“{official}”（《条例》第二十条）',
        en: 'table 2 block heading “{printed}” cites the wrong article; the official heading is “{official}” (article 20 of the Regulations)',
      },
      'block-item': {
        zh: '表二分组标题“{printed}”不是 {format} 年格式的分组（该格式的分组为第二十条第{items}项）',
        en: 'table 2 block heading “{printed}” is not a block of the {format} format (its blocks are items {items} of article 20)',
      },
    },
  },
  check(report, ctx) {
    const seenGroups = new Set<string>();
    const norm = ctx.source ? ctx.source.normalized(normalize) : undefined;
    for (const [path, label] of Object.entries(report.labels)) {
      const table = path.slice(0, path.indexOf('.')) as TableId;
      const rowId = path.slice(table.length + 1);
      const f: FormatId = report.tableFormats[table] ?? report.format ?? '2021';
      const row = formats[f][table]?.rows.find((r) => r.id === rowId);
      if (!row) continue;
      const { text: printed, offsets } = asPrinted(label.text, label.position, ctx.source, norm);
      const p = keyed(printed);
      const o = key(row.label.replace(leadingNumber, ''));
      if (!o || !p.key) continue;
      let a = align(o, p.key);
      const limit = Math.max(2, Math.floor(o.length / 3));
      if (a.distance > 0 && (!a.anchored || a.distance > limit)) {
        // 表二's short labels: a wording known to be printed for this row (规范性文件 in a 2021
        // table), unless the rest of the official label stands on a line next to it (a wrap).
        const v = table === 'table2' ? variantAtEnd(row, p.key) : null;
        if (v === null || wrapped(ctx.source, label.position, o, key(v))) continue;
        a = { distance: 1, start: p.key.length - key(v).length, end: p.key.length, anchored: true, missing: [] };
      } else if (a.missing.some((run) => run.length >= 2 && nearby(ctx.source, label.position, run))) {
        // The missing words stand on a line next to it: a cell wrapped around the numbers.
        continue;
      }
      const ownAt = a.start < p.at.length ? p.at[a.start]! : printed.length;
      const at = (i: number): Position => (offsets && ctx.source && i < offsets.length ? ctx.source.position(offsets[i]!) : label.position);

      // The text before the row's own label: its group labels, as printed.
      const before = p.key.slice(0, a.start);
      const groups = groupsOf(table, row);
      if (!madeOfGroups(before, groups.map(key))) {
        // Which group it misprints: the one found there with the fewest (but some) differences.
        let best: { group: string; from: number; to: number; distance: number } | null = null;
        for (const g of groups) {
          const gk = key(g.replace(leadingNumber, ''));
          const b = align(gk, before, true);
          if (b.distance === 0 || !b.anchored || b.distance > Math.max(2, Math.floor(gk.length / 3))) continue;
          if (!best || b.distance < best.distance) best = { group: g, from: b.start, to: b.end, distance: b.distance };
        }
        if (best && !seenGroups.has(best.group)) {
          seenGroups.add(best.group);
          // From the group's numbering, where printed just before it.
          let from = p.at[best.from]!;
          const lead = /[（(][一二三四五六七八九十]{1,2}[)）]\s*$/.exec(printed.slice(0, from));
          if (lead) from = lead.index;
          const text = printed.slice(from, p.at[best.to - 1]! + 1).trim();
          ctx.emit({
            messageId: 'group-differs',
            data: { printed: text, official: best.group },
            path: `${table}.${rowId.includes('.') ? rowId.slice(0, rowId.indexOf('.')) : rowId}`,
            position: at(from),
            expected: best.group,
            actual: text,
          });
        }
      }
      if (a.distance === 0) continue;
      // The row's own label, from its numbering (where printed) to its end.
      let from = ownAt;
      const lead = /(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*$|[（(][一二三四五六七八九十]{1,2}[)）]\s*$/.exec(printed.slice(0, ownAt));
      if (lead) from = lead.index;
      const own = printed.slice(from).replace(/[\s|]+$/, '').trim();
      ctx.emit({
        messageId: 'differs',
        data: { printed: own, official: row.label },
        path,
        position: at(from),
        expected: row.label,
        actual: own,
      });
    }

    // 表二 block headings: 第二十条, and an item the format has.
    const f2: FormatId | null = report.tableFormats.table2 ?? report.format;
    if (!f2) return;
    const items = [...new Set(formats[f2].table2.rows.map((r) => /[（(]([一二三四五六七八九十]+)[)）]/.exec(r.group ?? '')?.[1]).filter((x): x is string => !!x))];
    for (const h of report.blockHeadings) {
      const m = blockRe.exec(normalize(h.text).replace(/\s+/g, ''));
      if (!m) continue;
      const printed = h.text.trim();
      const item = m[2] ? arabicItems[m[2]] ?? m[2] : null;
      if (m[1] !== '二十' && m[1] !== '20') {
        const official = item ? `第二十条第（${item}）项` : '第二十条';
        ctx.emit({ messageId: 'block-article', data: { printed, official }, position: h.position, expected: official, actual: printed });
      } else if (item && !items.includes(item)) {
        const list = items.map((x) => `（${x}）`).join('');
        ctx.emit({ messageId: 'block-item', data: { printed, format: f2, items: list }, position: h.position, actual: printed });
      }
    }
  },
};
