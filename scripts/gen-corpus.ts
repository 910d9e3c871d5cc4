/**
 * gen-corpus: a deterministic benchmark corpus of report files made from real templates.
 *
 *   node dist/scripts/gen-corpus.js [OUT_DIR] [--count N] [--seed S]
 *
 * OUT_DIR defaults to /tmp/nianbao-bench-corpus, --count to 5000, --seed to 20240601.
 *
 * Templates: $NIANBAO_SHARED/seeds/*.txt (NIANBAO_SHARED defaults to ../shared next to the repo),
 * fixtures/text/*.txt|*.md (not README.md) and fixtures/extracted/DIR/*.txt. Every output file
 * is a template with
 *   - every ASCII (and full-width) digit run of the table part — from the first line holding
 *     第二十条 to the next line holding 存在的主要问题 (or the end) — replaced by a random number
 *     with as many digits (so column alignment survives); item numbers (1. 2、 ３．), page
 *     numbers (— 6 —), dates and years (2023年, 2024-01-19, 〔2021〕) are kept; the narrative
 *     is kept as it is;
 *   - the organ of the title swapped for one of ~40 organ names, everywhere it occurs;
 *   - the year of the title (and of running headers that repeat the title) set to 2020–2025.
 * A GB18030 template (bytes not valid UTF-8) is written in GB18030; a BOM and CRLFs survive.
 * Output names: NNNNN-<template>.<ext>, template = seed-NAME, text-NAME or DIR-NAME.
 * Only a seeded PRNG is used: the same arguments give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export const defaultCorpusDir = '/tmp/nianbao-bench-corpus';
export const defaultCount = 5000;
export const defaultSeed = 20240601;

/** The file name of a corpus file → its template name (null for other files). */
export function templateOf(file: string): string | null {
  const m = /^\d{5}-(.+)\.[^.]+$/.exec(file);
  return m ? m[1]! : null;
}

// ---------------------------------------------------------------- PRNG (sfc32, seeded by splitmix32)

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  /** Uniform 32-bit unsigned integer. */
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
}

// ---------------------------------------------------------------- organ names

export const organs = [
  '北京市朝阳区人民政府', '上海市浦东新区人民政府', '广州市天河区人民政府', '深圳市南山区人民政府',
  '杭州市西湖区人民政府', '成都市锦江区人民政府', '武汉市江汉区人民政府', '南京市鼓楼区人民政府',
  '苏州市吴中区人民政府', '宁波市鄞州区人民政府', '合肥市蜀山区人民政府', '福州市仓山区人民政府',
  '长沙市岳麓区人民政府', '郑州市金水区人民政府', '济南市历下区人民政府', '西安市雁塔区人民政府',
  '昆明市五华区人民政府', '南宁市青秀区人民政府', '沈阳市和平区人民政府', '兰州市城关区人民政府',
  '义乌市人民政府', '昆山市人民政府', '江阴市人民政府', '桐乡市人民政府',
  '浙江省自然资源厅', '湖南省交通运输厅', '四川省生态环境厅', '广东省人力资源和社会保障厅',
  '温岭市市场监督管理局', '慈溪市住房和城乡建设局', '余姚市教育局', '海宁市卫生健康局',
  '福清市龙田镇人民政府', '诸暨市店口镇人民政府', '宜兴市丁蜀镇人民政府', '瑞安市塘下镇人民政府',
  '丰城市剑光街道办事处', '绍兴市越城区北海街道办事处', '平阳县怀溪乡人民政府', '永嘉县岩头镇人民政府',
];

/**
 * Town and street organs without their city (福清市龙田镇人民政府 → 龙田镇人民政府), for titles that
 * print the short form: the full form elsewhere in the text (丰城市曲江镇人民政府) then still reads
 * as city + town.
 */
export const shortOrgans = organs
  .filter((o) => /[镇乡]人民政府$|街道办事处$/.test(o))
  .map((o) => o.replace(/^.*[市县区]/, ''));

const years = [2020, 2021, 2022, 2023, 2024, 2025];

// ---------------------------------------------------------------- templates

/** A place in the template text that changes from copy to copy. */
type Slot =
  /** `short`: the template's title names the organ without its city (曲江镇人民政府). */
  | { kind: 'organ'; short: boolean }
  | { kind: 'year'; fullwidth: boolean }
  /** A digit run: `free` = any leading digit (comma groups, decimals); `zero` = printed 0. */
  | { kind: 'num'; len: number; free: boolean; zero: boolean; fullwidth: boolean };

export interface Template {
  name: string;
  ext: string;
  gb18030: boolean;
  /** Literal text and slots, alternating: lits.length === slots.length + 1. */
  lits: string[];
  slots: Slot[];
  organ: string | null;
  year: number | null;
}

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

function decodeFile(bytes: Buffer): { text: string; gb18030: boolean } {
  try {
    // ignoreBOM keeps a BOM as U+FEFF, so it is written back.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), gb18030: false };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), gb18030: true };
  }
}

/** [start, end) of every line. */
function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push([start, i]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push([start, text.length]);
  return out;
}

const titleYearRe = /((?:19|20)\d{2})\s*年度?\s*(?:度\s*)?政府信息公开/;
const cjkTailRe = /([\u4e00-\u9fff（）]+)(\s*)$/;
const stripMarkup = (s: string) => s.replace(/^[\s\uFEFF#>*]+/, '').replace(/[\s*]+$/, '');

interface Edit { start: number; end: number; slot: Slot }

export function buildTemplate(name: string, ext: string, bytes: Buffer): Template {
  const { text, gb18030 } = decodeFile(bytes);
  const lines = lineRanges(text);
  const edits: Edit[] = [];

  // Title: the first line (of the first 40) with 'YYYY年…政府信息公开'.
  let organ: string | null = null;
  let year: number | null = null;
  for (let li = 0; li < Math.min(lines.length, 40); li++) {
    const [ls, le] = lines[li]!;
    const line = text.slice(ls, le);
    const m = titleYearRe.exec(line);
    if (!m) continue;
    year = Number(m[1]);
    const yearAt = m.index;
    const tail = cjkTailRe.exec(line.slice(0, yearAt));
    if (tail && tail[1]!.length >= 2) organ = tail[1]!;
    else {
      // Organ on a line of its own above the year (平武县木座藏族乡人民政府 / 2024年…).
      for (let pj = li - 1; pj >= 0 && pj >= li - 3; pj--) {
        const prev = stripMarkup(text.slice(...lines[pj]!));
        if (prev === '') continue;
        if (/^[\u4e00-\u9fff（）]{2,30}$/.test(prev)) organ = prev;
        break;
      }
    }
    // The title's year, and the year of every line that repeats the title (running headers).
    const title = line.trim();
    const offsetInTrim = yearAt - (line.length - line.trimStart().length);
    for (const [s2, e2] of lines) {
      const l2 = text.slice(s2, e2);
      if (l2.trim() !== title) continue;
      const at = s2 + (l2.length - l2.trimStart().length) + offsetInTrim;
      edits.push({ start: at, end: at + 4, slot: { kind: 'year', fullwidth: false } });
    }
    break;
  }
  if (organ) {
    const short = !/[省市县区州盟旗]/.test(organ);
    for (let at = text.indexOf(organ); at >= 0; at = text.indexOf(organ, at + organ.length)) {
      edits.push({ start: at, end: at + organ.length, slot: { kind: 'organ', short } });
    }
  }

  // Table part: first line with 第二十条 up to the next line with 存在的主要问题.
  let from = -1;
  let to = text.length;
  for (const [s, e] of lines) {
    const line = text.slice(s, e);
    if (from < 0) {
      if (line.includes('第二十条')) from = s;
    } else if (line.includes('存在的主要问题')) {
      to = s;
      break;
    }
  }
  if (from >= 0) {
    const protectedRanges: Array<[number, number]> = [];
    const region = text.slice(from, to);
    // Dates: 2024-01-19, 2024/1/19, 2024.01.19.
    for (const m of region.matchAll(/(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/g)) {
      protectedRanges.push([from + m.index!, from + m.index! + m[0].length]);
    }
    // Page numbers: '- 6 -', '— 6 —', '第 6 页'.
    for (const m of region.matchAll(/^[ \t\f]*(?:[-—–－]+[ \t]*\d+[ \t]*[-—–－]+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)[ \t]*$/gm)) {
      protectedRanges.push([from + m.index!, from + m.index! + m[0].length]);
    }
    const isProtected = (i: number) => protectedRanges.some(([a, b]) => i >= a && i < b);
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) { i++; continue; }
      const fullwidth = c >= 0xff10;
      let j = i + 1;
      while (j < to && isDigit(text.charCodeAt(j)) && (text.charCodeAt(j) >= 0xff10) === fullwidth) j++;
      const run = text.slice(i, j);
      const start = i;
      i = j;
      if (isProtected(start)) continue;
      const p = text.charCodeAt(start - 1);
      const n = text.charCodeAt(j);
      // Letters around: an identifier, not a number.
      if (/[A-Za-z]/.test(text[start - 1] ?? '') || /[A-Za-z]/.test(text[j] ?? '')) continue;
      // Years, dates, document numbers: 2023年, 1月, 31日, 30号, 〔2021〕.
      let k = j;
      while (k < to && isSpace(text.charCodeAt(k))) k++;
      const after = text[k] ?? '';
      if ('年月日号'.includes(after) && after !== '') continue;
      let b = start - 1;
      while (b > from && isSpace(text.charCodeAt(b))) b--;
      const before = text[b] ?? '';
      if ((before === '年' || before === '月') && run.length <= 2) continue;
      if (p === 0x3014 || n === 0x3015 || p === 0x5b /* [ */) continue; // 〔2021〕
      // Item numbers: 1. 2、 ３． (not a decimal point), (1) （2）.
      if ((n === 0x2e || n === 0x3001 || n === 0xff0e) && !isDigit(text.charCodeAt(j + 1))) continue;
      if ((p === 0x28 || p === 0xff08) && (n === 0x29 || n === 0xff09)) continue;
      // Comma groups (1,234) and decimals (12866.43) take any leading digit.
      const q = text.charCodeAt(start - 2);
      const free = ((p === 0x2c && run.length === 3) || p === 0x2e || p === 0xff0e) && isDigit(q);
      const zero = /^[0０]$/.test(run);
      edits.push({ start, end: j, slot: { kind: 'num', len: run.length, free, zero, fullwidth } });
    }
  }

  edits.sort((a, b) => a.start - b.start);
  const lits: string[] = [];
  const slots: Slot[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlap: keep the first
    lits.push(text.slice(at, e.start));
    slots.push(e.slot);
    at = e.end;
  }
  lits.push(text.slice(at));
  return { name, ext, gb18030, lits, slots, organ, year };
}

/** All template files, sorted, as [name, ext, path]. */
export function templateFiles(root: string, shared: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const add = (dir: string, prefix: string, ok: (f: string) => boolean) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!ok(f)) continue;
      const ext = path.extname(f);
      out.push([`${prefix}-${path.basename(f, ext)}`, ext.slice(1), path.join(dir, f)]);
    }
  };
  add(path.join(shared, 'seeds'), 'seed', (f) => f.endsWith('.txt'));
  add(path.join(root, 'fixtures', 'text'), 'text', (f) => (f.endsWith('.txt') || f.endsWith('.md')) && f !== 'README.md');
  const ex = path.join(root, 'fixtures', 'extracted');
  if (fs.existsSync(ex)) {
    for (const d of fs.readdirSync(ex).sort()) {
      if (fs.statSync(path.join(ex, d)).isDirectory()) add(path.join(ex, d), d, (f) => f.endsWith('.txt'));
    }
  }
  return out;
}

// ---------------------------------------------------------------- instantiation

const ascii = '0123456789';
const wide = '０１２３４５６７８９';

function render(t: Template, rnd: () => number): string {
  const organ = organs[rnd() % organs.length]!;
  const shortOrgan = shortOrgans[rnd() % shortOrgans.length]!;
  const year = String(years[rnd() % years.length]!);
  const digits = (len: number, free: boolean, zero: boolean, fw: boolean): string => {
    const set = fw ? wide : ascii;
    if (zero) return set[rnd() % 10 < 7 ? 0 : 1 + (rnd() % 9)]!;
    let s = set[free ? rnd() % 10 : 1 + (rnd() % 9)]!;
    for (let i = 1; i < len; i++) s += set[rnd() % 10]!;
    return s;
  };
  const parts: string[] = new Array(t.lits.length + t.slots.length);
  let k = 0;
  for (let i = 0; i < t.slots.length; i++) {
    parts[k++] = t.lits[i]!;
    const s = t.slots[i]!;
    parts[k++] = s.kind === 'organ' ? (s.short ? shortOrgan : organ) : s.kind === 'year' ? year : digits(s.len, s.free, s.zero, s.fullwidth);
  }
  parts[k] = t.lits[t.slots.length]!;
  return parts.join('');
}

export interface GenerateOptions {
  count?: number;
  seed?: number;
  root?: string;
  shared?: string;
  log?: (s: string) => void;
}

/** Locate the repository root: the nearest directory upwards with nianbao's package.json. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj) && JSON.parse(fs.readFileSync(pj, 'utf8')).name === 'nianbao') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}

/** Write the corpus to `outDir`; returns the number of files and bytes written. */
export function generateCorpus(outDir: string, opts: GenerateOptions = {}): { files: number; bytes: number; templates: number } {
  const count = opts.count ?? defaultCount;
  const seed = opts.seed ?? defaultSeed;
  const root = opts.root ?? repoRoot();
  const shared = opts.shared ?? process.env.NIANBAO_SHARED ?? path.resolve(root, '..', 'shared');
  const files = templateFiles(root, shared);
  if (files.length === 0) throw new Error(`no templates found under ${shared}/seeds or ${root}/fixtures`);
  const templates = files.map(([name, ext, p]) => buildTemplate(name, ext, fs.readFileSync(p)));
  for (const t of templates) {
    if (!t.organ) opts.log?.(`note: no organ found in the title of ${t.name}`);
  }

  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (templateOf(f) !== null) fs.unlinkSync(path.join(outDir, f));

  const rnd = prng(seed);
  const order = templates.map((_, i) => i);
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const pos = n % order.length;
    if (pos === 0) {
      // Round-robin over a fresh seeded shuffle of the templates: every template equally often.
      for (let i = order.length - 1; i > 0; i--) {
        const j = rnd() % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    const t = templates[order[pos]!]!;
    const text = render(t, rnd);
    const buf = t.gb18030 ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(outDir, `${String(n).padStart(5, '0')}-${t.name}.${t.ext}`), buf);
    bytes += buf.byteLength;
  }
  return { files: count, bytes, templates: templates.length };
}

function main(argv: string[]): void {
  let out = defaultCorpusDir;
  let count = defaultCount;
  let seed = defaultSeed;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--count') count = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node dist/scripts/gen-corpus.js [OUT_DIR] [--count N] [--seed S]');
      return;
    } else out = path.resolve(a);
  }
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) throw new Error('--count and --seed take integers');
  const t0 = performance.now();
  const r = generateCorpus(out, { count, seed, log: (s) => console.error(s) });
  const ms = performance.now() - t0;
  console.log(`${r.files} 份报告 reports from ${r.templates} templates, ${(r.bytes / 1e6).toFixed(1)} MB (${r.bytes} bytes) → ${out} in ${(ms / 1000).toFixed(2)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
