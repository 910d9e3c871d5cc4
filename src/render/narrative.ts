/**
 * The report's own text, section by section, without its tables: the lines of each section
 * between its heading and the next, less the lines the tables were read from (between the
 * first and last place a table's cells, labels or block headings were found) and less lines
 * made only of the format's table words (header rows above a table) and numbers.
 */
import { cellEntries } from '../model/cells.js';
import { formats, headerWords, sections as sectionDefs, tableNumbers, table3Groups } from '../model/formats/index.js';
import type { Report } from '../model/report.js';

export interface Narrative {
  /** Paragraphs before the first section (the introduction), title line left out. */
  intro: string[];
  /** Section id → its paragraphs. */
  sections: Record<string, string[]>;
}

let words: Set<string> | undefined;

/** Every label and header word the formats print in a table. */
function tableWords(): Set<string> {
  if (words) return words;
  words = new Set<string>([...Object.values(headerWords), ...Object.values(table3Groups), ...Object.values(tableNumbers)]);
  for (const f of Object.values(formats)) {
    for (const t of Object.values(f)) {
      words.add(t.title);
      for (const r of t.rows) {
        for (const w of [r.label, ...r.variants, ...(r.group ? [r.group] : [])]) words.add(w);
        for (const c of r.columns) for (const w of [c.label, ...(c.variants ?? [])]) words.add(w);
      }
    }
  }
  return words;
}

let byLength: string[] | undefined;

/** Half-width punctuation a copy may print in a label, as the format prints it. */
const fullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/,/g, '，').replace(/;/g, '；');

/**
 * A line that only table words (however spaced: a label broken over two lines prints as
 * pieces) and numbers make up: a header row, a table title, a page number.
 */
function tableLine(line: string): boolean {
  byLength ??= [...tableWords()].map(fullWidth).sort((a, b) => b.length - a.length);
  joined ??= byLength.map((w) => w.replace(notWords, '')).join('\n');
  const text = fullWidth(line).replace(/^表[二三四]/, '');
  // Whole words, however spaced (结果 维持 → 结果维持) …
  let rest = text.replace(/\s/g, '');
  for (const w of byLength) if (rest.includes(w)) rest = rest.split(w).join('');
  if (rest.replace(notWords, '') === '') return true;
  // … or pieces of words, one per field (a two-line header: 结果 结果 其他 / 维持 纠正 结果).
  const fields = text.split(/\s+/).map((f) => f.replace(notWords, '')).filter((f) => f !== '');
  return fields.length > 0 && fields.every((f) => joined!.includes(f));
}

/** Numbers, punctuation and ruling that a table line holds besides its words. */
const notWords = /[\d.,，%（）：；|｜\-—–─━│┃┆┊┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬+]/g;

let joined: string | undefined;

/** Spans of the text (offsets) each table was read from. */
function tableSpans(report: Report): Array<[number, number]> {
  const spans = new Map<string, [number, number]>();
  const add = (key: string, offset: number | undefined) => {
    if (offset === undefined || offset < 0) return;
    const s = spans.get(key);
    if (!s) spans.set(key, [offset, offset]);
    else {
      s[0] = Math.min(s[0], offset);
      s[1] = Math.max(s[1], offset);
    }
  };
  for (const [path, cell] of cellEntries(report)) if (cell && cell.raw !== '') add(path.split('.')[0]!, cell.position.offset);
  for (const [path, l] of Object.entries(report.labels)) add(path.split('.')[0]!, l.position.offset);
  for (const b of report.blockHeadings) add('table2', b.position.offset);
  return [...spans.values()];
}

/** Split `text` into the report's paragraphs, section by section. */
export function narrative(report: Report, text: string): Narrative {
  const form = report.source.form;
  const spans = tableSpans(report);
  const lines: Line[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    // Markdown's heading marks and bold are markup, not the report's words.
    const text = form === 'text' ? l.trim().replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '') : l.trim();
    lines.push({ start: at, end: at + l.length, text, indented: /^[\s\u3000]/.test(l) });
    at += l.length + 1;
  }
  const titleLine = report.title?.replace(/\s/g, '');
  // The title again inside the text is a running page header.
  const keep = (l: Line) =>
    l.text !== '' && l.text.replace(/\s/g, '') !== titleLine && !tableLine(l.text) && !spans.some(([s, e]) => l.end >= s && l.start <= e);
  // Text wrapped at a page width (pdftotext) has most lines near one length: 85% of the
  // 90th-percentile length counts as a full line.
  const lengths = lines.filter(keep).map((l) => l.text.length).sort((a, b) => a - b);
  const width = Math.max(12, Math.floor(0.85 * (lengths[Math.floor(lengths.length * 0.9)] ?? 0)));
  const heads = [...report.sections].sort((a, b) => a.start.offset - b.start.offset);
  const firstStart = heads[0]?.start.offset ?? text.length;
  const out: Narrative = { intro: [], sections: {} };
  out.intro = paragraphs(lines.filter((l) => l.end <= firstStart), keep, width);
  for (const s of heads) {
    if (!sectionDefs.some((d) => d.id === s.id)) continue;
    const body = lines.filter((l) => l.start >= s.start.offset && l.start < s.end.offset);
    // The heading line itself is the first; the official title replaces it.
    out.sections[s.id] = [...(out.sections[s.id] ?? []), ...paragraphs(body.slice(1), keep, width)];
  }
  return out;
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** The line starts with white space (a paragraph's first line, in text laid out by pdftotext). */
  indented: boolean;
}

/**
 * The kept lines joined into paragraphs: a line that follows a full line (`width`: near the
 * page width the text was wrapped at) not ending a sentence,
 * with nothing left out between them and no indent of its own, continues that line's
 * paragraph (text wrapped at the page width, as pdftotext prints it).
 */
function paragraphs(lines: readonly Line[], keep: (l: Line) => boolean, width: number): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    if (!keep(l)) {
      if (l.text !== '') prev = undefined;
      continue;
    }
    const continues = prev !== undefined && !l.indented && prev.text.length >= width && !/[。！？；：”」]$/.test(prev.text);
    if (continues) out[out.length - 1] += l.text;
    else out.push(l.text);
    prev = l;
  }
  return out;
}
