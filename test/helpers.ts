/** Shared by the tests: where things are, and how a truth file names the cells. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formats, getCell, type Report } from '../src/index.js';
import { normalize } from '../src/extract/normalize.js';
import { tokenizeLine, type Line } from '../src/extract/lines.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Real published reports kept in the repository: the five seeds (`seeds/`, `seeds-truth/`) and the
 * development corpus (`corpus/raw`, `corpus/truth`, sources in corpus/SOURCES.md).
 */
export const real = join(root, 'fixtures');

export interface Truth {
  year: number;
  body: string;
  format: '2019' | '2021';
  table2: Record<string, Array<number | null>>;
  table3: { rows: Record<string, Array<number | null>> };
  table4: Array<number | null>;
}

/** Truth files name 表三 rows by label or by group and number (`（三）1`); map them to cell ids. */
function table3Key(key: string): string | undefined {
  const fixed: Record<string, string> = {
    '一、本年新收政府信息公开申请数量': 'newReceived',
    '二、上年结转政府信息公开申请数量': 'carriedOver',
    '（一）予以公开': 'granted',
    '（二）部分公开': 'partiallyGranted',
    '（六）其他处理': 'otherHandling',
    '（七）总计': 'total',
    '四、结转下年度继续办理': 'carriedForward',
  };
  if (fixed[key]) return fixed[key];
  const m = /^（([三四五六])）(\d)$/.exec(key);
  if (!m) return undefined;
  const group = { 三: 'withheld', 四: 'unavailable', 五: 'notProcessed', 六: 'otherHandling' }[m[1] as '三'];
  const rows = formats.formats['2021'].table3.rows.filter((r) => r.id.startsWith(group + '.'));
  return rows[Number(m[2]) - 1]?.id;
}

/** Every (cell path, true value) a truth file gives. */
export function truthCells(t: Truth): Array<[string, number | null]> {
  const out: Array<[string, number | null]> = [];
  const t2 = formats.formats[t.format].table2;
  for (const [label, vals] of Object.entries(t.table2)) {
    const row = t2.rows.find((r) => r.label === label || r.variants.includes(label));
    if (!row) throw new Error(`truth: unknown 表二 row ${label}`);
    vals.forEach((v, i) => out.push([`table2.${row.id}.${row.columns[i]!.id}`, v]));
  }
  const cols = formats.table3Columns;
  for (const [key, vals] of Object.entries(t.table3.rows)) {
    const id = table3Key(key);
    if (!id) throw new Error(`truth: unknown 表三 row ${key}`);
    vals.forEach((v, i) => out.push([`table3.${id}.${cols[i]!.id}`, v]));
  }
  const groups = formats.formats['2021'].table4.rows;
  t.table4.forEach((v, i) => out.push([`table4.${groups[Math.floor(i / 5)]!.id}.${formats.table4Columns[i % 5]!.id}`, v]));
  return out;
}

/** Cells the report got wrong against the truth: blank and 0 count as equal, as in score.py. */
export function wrongCells(report: Report, truth: Truth): string[] {
  const bad: string[] = [];
  for (const [path, want] of truthCells(truth)) {
    const c = getCell(report, path);
    const got = c ? (c.value ?? 0) : undefined;
    if (got === undefined || Math.abs(got - (want ?? 0)) > 1e-6) bad.push(`${path}: want ${want}, got ${c ? c.value : 'absent'}`);
  }
  return bad;
}

/** Pairs of (raw file, truth file) in a directory pair, by base name. */
export function pairs(rawDir: string, truthDir: string): Array<{ name: string; raw: string; truth: Truth }> {
  if (!existsSync(rawDir) || !existsSync(truthDir)) return [];
  const raws = readdirSync(rawDir);
  return readdirSync(truthDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const name = basename(f, '.json');
      const raw = raws.find((r) => basename(r, extname(r)) === name && !r.endsWith('.json'));
      return raw ? [{ name, raw: join(rawDir, raw), truth: JSON.parse(readFileSync(join(truthDir, f), 'utf8')) as Truth }] : [];
    });
}

/** The lines of a text, each tokenised the way the reader does (for the extractor's unit tests). */
export function textLines(text: string): Line[] {
  const n = normalize(text);
  const out: Line[] = [];
  let at = 0;
  n.split('\n').forEach((l, i) => {
    out.push(tokenizeLine(n, i, at, at + l.length));
    at += l.length + 1;
  });
  return out;
}

