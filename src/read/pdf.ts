/**
 * PDF with a text layer → tab-separated text with a map back to the pages.
 *
 * pdf.js gives the text runs of every page with their positions. From those the reader
 * rebuilds what a table looks like: runs on one baseline make a line, runs apart by more
 * than about two thirds of a character make separate cells, and in a table the cells are aligned
 * to column positions gathered over all its rows, so that a blank cell keeps its column
 * (an empty field between two tabs) and a label wrapped over several lines is joined to
 * the row whose numbers it names. Running headers, footers and page numbers are dropped and
 * the pages are read as one text, so a table continued over a page keeps its columns.
 *
 * ```text
 * 四、结转下年度继续办理          0    0    0 …     (自然人 printed blank)
 * → 四、结转下年度继续办理→→0→0→0 …
 * ```
 */
import { createRequire } from 'node:module';
import type { ReadFailure } from './index.js';
import { SourceText, type OriginSegment } from './source.js';

export interface PdfLimits {
  /** Most pages read (default 200); a longer PDF is refused as too large. */
  maxPages?: number;
  /** Time allowed for the whole PDF, in milliseconds (default 30 s). */
  timeoutMs?: number;
}

export interface PdfReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

export const defaultMaxPages = 200;
export const defaultPdfTimeoutMs = 30_000;

type Box = [number, number, number, number];

// ---------------------------------------------------------------------------------------
// pdf.js, loaded once on first use

/* The parts of pdf.js this reader uses (typed here so that no DOM types are needed). */
interface PdfTextItem {
  str: string;
  /** `ttb` for text in a vertical font. */
  dir?: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfViewport {
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): PdfViewport;
  getTextContent(o?: { disableNormalization?: boolean }): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup(): boolean;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): PdfLoadingTask;
}

let pdfjsLoading: Promise<PdfJs> | null = null;

/**
 * Load the legacy (Node) build of pdf.js and its worker code in this thread. The legacy
 * build brings core-js polyfills, one of which replaces `Array.prototype.push` with a
 * slower spec-pedantic version for the whole process (it only differs for array-likes
 * longer than 2^53); the native one is put back.
 *
 * pdf.js takes `DOMMatrix` from its optional dependency @napi-rs/canvas and needs it to
 * load at all, though only rendering uses it: where that package is not installed, an
 * identity matrix stands in (text extraction never uses it) and pdf.js's warnings about
 * the missing package are kept off standard output.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    const mainSpec = 'pdfjs-dist/legacy/build/pdf.mjs';
    const workerSpec = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    let canvas = true;
    try {
      createRequire(import.meta.resolve(mainSpec)).resolve('@napi-rs/canvas');
    } catch {
      canvas = false;
    }
    const warn = console.warn;
    if (!canvas && g.DOMMatrix === undefined) {
      g.DOMMatrix = class DOMMatrix {
        a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      };
      console.warn = (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot'))) warn(...args);
      };
    }
    let lib: PdfJs;
    let worker: { WorkerMessageHandler: unknown };
    try {
      lib = (await import(mainSpec)) as PdfJs;
      worker = (await import(workerSpec)) as { WorkerMessageHandler: unknown };
    } finally {
      console.warn = warn;
    }
    // pdf.js looks here for a worker running in this thread ("fake worker") before it tries to load one.
    g.pdfjsWorker ??= worker;
    Object.defineProperty(Array.prototype, 'push', push);
    return lib;
  })();
  return pdfjsLoading;
}

// ---------------------------------------------------------------------------------------
// Geometry of text runs

/** A run of text on a page, in the page's reading frame (y grows downwards) and in PDF user space. */
interface Run {
  s: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size. */
  size: number;
  box: Box;
}

/** Text runs of a line that are close enough to be read as one cell. */
interface Cell {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  box: Box;
  value: boolean;
}

interface Line {
  page: number;
  y: number;
  size: number;
  cells: Cell[];
  x0: number;
  x1: number;
  /** Set once the line's cells were joined into a row or another line. */
  used?: boolean;
}

type Matrix = [number, number, number, number, number, number];

function mul(m: readonly number[], n: readonly number[]): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

const wide = (c: number) => c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6));

/** Kangxi radicals, CJK radicals and compatibility ideographs (as some fonts map their glyphs) → the unified ideographs. */
function fixCompat(s: string): string {
  if (!/[\u2e80-\u2fdf\uf900-\ufaff]/.test(s)) return s;
  return s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize('NFKC'));
}

/** Round a coordinate to 1/100 pt (what a box needs, and stable in JSON). */
const r2 = (v: number) => Math.round(v * 100) / 100;

function boxOf(t: readonly number[], width: number, size: number): Box {
  const len = Math.hypot(t[0]!, t[1]!) || 1;
  const dx = t[0]! / len;
  const dy = t[1]! / len;
  const ul = Math.hypot(t[2]!, t[3]!) || 1;
  const ux = (t[2]! / ul) * size;
  const uy = (t[3]! / ul) * size;
  const ox = t[4]! - ux * 0.12;
  const oy = t[5]! - uy * 0.12;
  const xs = [ox, ox + dx * width, ox + ux, ox + dx * width + ux];
  const ys = [oy, oy + dy * width, oy + uy, oy + dy * width + uy];
  return [r2(Math.min(...xs)), r2(Math.min(...ys)), r2(Math.max(...xs)), r2(Math.max(...ys))];
}

function unionBox(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * The runs of one page in its reading frame: the viewport (which applies the page's
 * /Rotate), turned further so that most of the text reads left to right.
 */
function pageRuns(items: ReadonlyArray<PdfTextItem | { type: string }>, vp: PdfViewport): { runs: Run[]; height: number } {
  const raw: Array<{ it: PdfTextItem; m: Matrix; q: number }> = [];
  const weight = [0, 0, 0, 0];
  for (const it of items) {
    if (!('str' in it) || it.str.trim() === '' || it.transform.length < 6) continue;
    const m = mul(vp.transform, it.transform);
    const q = ((Math.round(Math.atan2(m[1], m[0]) / (Math.PI / 2)) % 4) + 4) % 4;
    weight[q]! += it.str.length;
    raw.push({ it, m, q });
  }
  let dom = 0;
  for (let q = 1; q < 4; q++) if (weight[q]! > weight[dom]!) dom = q;
  // Rotate the frame by -dom quarter turns (y down): (x, y) → (y, -x) for one quarter turn.
  const rot = (x: number, y: number): [number, number] => {
    switch (dom) {
      case 1: return [y, -x];
      case 2: return [-x, -y];
      case 3: return [-y, x];
      default: return [x, y];
    }
  };
  const corners = [rot(0, 0), rot(vp.width, 0), rot(0, vp.height), rot(vp.width, vp.height)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const height = Math.max(...corners.map((c) => c[1])) - minY;
  const runs: Run[] = [];
  for (const { it, m, q } of raw) {
    const size = Math.hypot(m[2], m[3]) || it.height || 1;
    const t = it.transform;
    // Control characters (unmapped glyphs) are dropped.
    const s = fixCompat(it.str).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    if (s.trim() === '') continue;
    const [ox, oy] = rot(m[4], m[5]);
    const x = ox - minX;
    const y = oy - minY;
    if (it.dir === 'ttb') {
      // Vertical writing: pdf.js gives the column's length as the height; the first
      // character hangs below the origin's line.
      const ts = Math.hypot(t[2]!, t[3]!) || size;
      const box: Box = [r2(t[4]!), r2(t[5]! + ts - it.height), r2(t[4]! + it.width), r2(t[5]! + ts)];
      const rp = [rot(m[4], m[5] - size), rot(m[4] + size, m[5] - size + it.height)];
      const xs = rp.map((p) => p[0] - minX);
      runs.push({ s: s.trim(), x0: Math.min(...xs), x1: Math.max(...xs), y, size, box });
      continue;
    }
    if (q !== dom) {
      const box = boxOf(t, it.width, Math.hypot(t[2]!, t[3]!) || size);
      // Text at another angle than most of the page: placed by its bounding box.
      const dir = Math.hypot(m[0], m[1]) || 1;
      const pts: Array<[number, number]> = [
        [m[4], m[5]],
        [m[4] + (m[0] / dir) * it.width, m[5] + (m[1] / dir) * it.width],
        [m[4] + m[2], m[5] + m[3]],
      ];
      const rp = pts.map(([a, b]) => rot(a, b));
      const xs = rp.map((p) => p[0] - minX);
      const ys = rp.map((p) => p[1] - minY);
      runs.push({ s: s.trim(), x0: Math.min(...xs), x1: Math.max(...xs), y: Math.max(...ys), size, box });
      continue;
    }
    splitRun(s, x, y, it.width, size, t, runs);
  }
  return { runs, height };
}

/**
 * Add a run, split where it holds runs of spaces (text laid out with spaces) into runs of
 * their own; `t` is the run's transform in user space, for the boxes of the pieces.
 */
function splitRun(s: string, x: number, y: number, width: number, size: number, t: readonly number[], out: Run[]): void {
  const ts = Math.hypot(t[2]!, t[3]!) || size;
  if (!/\S\s{2,}\S|\S\u3000+\S/.test(s) && s.trim() === s) {
    out.push({ s, x0: x, x1: x + width, y, size, box: boxOf(t, width, ts) });
    return;
  }
  // Where each character stands, estimated from the widths of wide and narrow characters.
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000' || ch === '\t';
  const w: number[] = [];
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = wide(c) ? 1 : c === 0x20 ? 0.3 : 0.55;
    w.push(v);
    total += v;
  }
  const unit = total > 0 ? width / total : 0;
  const len = Math.hypot(t[0]!, t[1]!) || 1;
  const dx = t[0]! / len;
  const dy = t[1]! / len;
  let at = 0;
  let i = 0;
  while (i < s.length) {
    const sp = isSpace(s[i]);
    let j = i;
    let span = 0;
    while (j < s.length && isSpace(s[j]) === sp) span += w[j++]! * unit;
    if (!sp) {
      // A single space inside a run stays in it.
      while (j + 1 < s.length && s[j] === ' ' && !isSpace(s[j + 1])) {
        span += w[j++]! * unit;
        while (j < s.length && !isSpace(s[j])) span += w[j++]! * unit;
      }
      const moved = [t[0]!, t[1]!, t[2]!, t[3]!, t[4]! + dx * at, t[5]! + dy * at];
      out.push({ s: s.slice(i, j), x0: x + at, x1: x + at + span, y, size, box: boxOf(moved, span, ts) });
    }
    at += span;
    i = j;
  }
}

/** A number, a dash or a slash: what a table prints in a value cell. */
const valueRe = /^(?:[-−–+]?(?:\d+(?:[.,，]\d+)*|\d*\.\d+)%?|[-—–－/／]{1,3})$/;

/** Text runs → lines of cells, top to bottom. */
function pageLines(runs: Run[], page: number): Line[] {
  // Drop runs printed twice at the same place (bold simulated by overprinting).
  runs.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const kept: Run[] = [];
  for (const r of runs) {
    let dup = false;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 64 && kept[k]!.y >= r.y - 1.5; k--) {
      const o = kept[k]!;
      if (o.s === r.s && Math.abs(o.x0 - r.x0) < Math.max(1.5, r.size * 0.2) && Math.abs(o.y - r.y) < 1.5) {
        dup = true;
        break;
      }
    }
    if (!dup) kept.push(r);
  }
  // Lines: baselines within a quarter of the font size.
  const groups: Run[][] = [];
  let cur: Run[] = [];
  let ref = 0;
  let refSize = 0;
  for (const r of kept) {
    if (cur.length && Math.abs(r.y - ref) <= 0.25 * Math.min(r.size, refSize)) cur.push(r);
    else {
      if (cur.length) groups.push(cur);
      cur = [r];
      ref = r.y;
      refSize = r.size;
    }
  }
  if (cur.length) groups.push(cur);
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x0 - b.x0);
    const cells: Cell[] = [];
    let c: Cell | null = null;
    for (const r of g) {
      const gap = c ? r.x0 - c.x1 : Infinity;
      if (c && gap <= 0.7 * Math.min(r.size, c.size)) {
        const a = c.text.charCodeAt(c.text.length - 1);
        const b = r.s.charCodeAt(0);
        const alnum = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
        c.text += (gap > 0.15 * r.size && alnum(a) && alnum(b) ? ' ' : '') + r.s;
        c.x1 = Math.max(c.x1, r.x1);
        c.box = unionBox(c.box, r.box);
        c.size = Math.max(c.size, r.size);
      } else {
        c = { text: r.s, x0: r.x0, x1: r.x1, y: r.y, size: r.size, box: r.box, value: false };
        cells.push(c);
      }
    }
    for (const cell of cells) {
      cell.text = cell.text.trim();
      cell.value = valueRe.test(cell.text.replace(/\s+/g, ''));
    }
    const ys = g.map((r) => r.y).sort((a, b) => a - b);
    lines.push({
      page,
      y: ys[ys.length >> 1]!,
      size: median(g.map((r) => r.size)),
      cells,
      x0: cells[0]!.x0,
      x1: Math.max(...cells.map((x) => x.x1)),
    });
  }
  // A row whose label and numbers sit on slightly different baselines (fonts of different
  // heights centred in the cells): text on one line, numbers only on the next, side by side.
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    if (b.y - a.y > 0.5 * Math.min(a.size, b.size)) continue;
    const [t, v] = a.cells.every((c) => c.value) ? [b, a] : [a, b];
    if (!v.cells.every((c) => c.value) || t.cells.some((c) => c.value) || t.x1 > v.x0) continue;
    t.cells.push(...v.cells);
    t.x1 = v.x1;
    t.size = Math.max(t.size, v.size);
    lines[k - 1] = t;
    lines.splice(k, 1);
    k--;
  }
  return lines;
}

function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

const lineText = (l: Line) => l.cells.map((c) => c.text).join(' ');

// ---------------------------------------------------------------------------------------
// Running headers, footers, page numbers

const pageNumberRe = /^(?:[-－—–_~·•\s]*[(（\[]?\s*\d{1,4}\s*[)）\]]?[-－—–_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page\s*)?\d{1,4}\s*of\s*\d{1,4}|[-－—–]\s*[ivxlc]+\s*[-－—–])$/i;

/** Drop page numbers and the text repeated at the same place on most pages (in the top and bottom margins). */
function dropFurniture(pages: Array<{ lines: Line[]; height: number }>): void {
  const key = (l: Line) => lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '');
  const inMargin = (l: Line, h: number) => l.y < h * 0.12 || l.y > h * 0.88;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) {
      if (!inMargin(l, p.height) || lineText(l).length > 60) continue;
      const k = `${key(l)}@${Math.round(l.y / 4)}`;
      if (!seen.has(k)) {
        seen.add(k);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  const most = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    const ls = p.lines;
    const drop = new Set<Line>();
    for (const l of ls) {
      if (!inMargin(l, p.height)) continue;
      const k = `${key(l)}@${Math.round(l.y / 4)}`;
      // Repeated text: not a row of numbers (a table may print one at the same place on two pages).
      if (pages.length >= 2 && (counts.get(k) ?? 0) >= most && !l.cells.every((c) => c.value)) drop.add(l);
    }
    // A page number: the first or last line of the page, set apart from the text next to it.
    for (const end of [0, ls.length - 1]) {
      const l = ls[end];
      if (!l || !inMargin(l, p.height) || !pageNumberRe.test(lineText(l).trim())) continue;
      const next = ls[end === 0 ? 1 : ls.length - 2];
      if (!next || Math.abs(next.y - l.y) > 1.2 * Math.max(l.size, next.size)) drop.add(l);
    }
    if (drop.size) p.lines = ls.filter((l) => !drop.has(l));
  }
}

// ---------------------------------------------------------------------------------------
// Tables: regions, columns, rows

interface Region {
  /** Line indexes: first and last line of the region, and its data lines. */
  from: number;
  to: number;
  data: number[];
  /** Value columns, left to right. */
  cols: Array<[number, number]>;
  /** Where the labels end (cells right of this are column headers). */
  labelEnd: number;
  hasLabel: boolean;
}

const isData = (l: Line) => l.cells.some((c) => c.value);
const firstValueX0 = (l: Line) => {
  for (const c of l.cells) if (c.value) return c.x0;
  return Infinity;
};
const headingRe = /^[一二三四五六七八九十]+[、．.]/;

/** Text that cannot be part of a table next to it: a heading, a sentence, a paragraph line. */
function isBreaker(lines: Line[], i: number, prev: number, next: number, textWidth: Map<number, number>): boolean {
  const l = lines[i]!;
  for (const d of [prev, next]) {
    const dl = lines[d];
    if (!dl || dl.page !== l.page || Math.abs(dl.y - l.y) > 4 * Math.max(l.size, dl.size)) continue;
    // A label line of the table: within its label column (not starting left of the table)
    // and in the table's type size.
    const labelSize = median(dl.cells.map((c) => c.size));
    const fv = firstValueX0(dl);
    // Where the row's labels start: on its line, or on the lines next to it (a label wrapped
    // around numbers centred in the cell).
    let left = dl.x0;
    for (let j = Math.max(0, d - 3); j <= Math.min(lines.length - 1, d + 3); j++) {
      const o = lines[j]!;
      if (o.page === dl.page && Math.abs(o.y - dl.y) <= 1.6 * dl.size && o.x1 <= fv) left = Math.min(left, o.x0);
    }
    const inside = l.x0 >= left - 1.5 * l.size && l.x1 <= fv + 0.5 * l.size;
    if (inside && l.size <= 1.2 * labelSize && !/[。；]$/.test(lineText(l))) return false;
  }
  const text = lineText(l);
  const dataSize = median([prev, next].flatMap((d) => (lines[d] ? lines[d]!.cells.filter((c) => c.value).map((c) => c.size) : [])));
  if (l.cells.length === 1) {
    return headingRe.test(text) || /[。；;]$/.test(text) || l.x1 - l.x0 >= 0.5 * (textWidth.get(l.page) ?? Infinity) ||
      (dataSize > 0 && l.size >= 1.25 * dataSize) || text.length >= 30;
  }
  return text.length >= 40 && /[。；;]$/.test(text);
}

/** Group data lines into tables, each with the lines around it that belong to it. */
function findRegions(lines: Line[]): Region[] {
  const textWidth = new Map<number, number>();
  const byPage = new Map<number, [number, number]>();
  for (const l of lines) {
    const e = byPage.get(l.page) ?? [Infinity, -Infinity];
    byPage.set(l.page, [Math.min(e[0], l.x0), Math.max(e[1], l.x1)]);
  }
  for (const [p, [a, b]] of byPage) textWidth.set(p, b - a);
  const data: number[] = [];
  lines.forEach((l, i) => isData(l) && data.push(i));
  const breaker = new Array<boolean>(lines.length).fill(false);
  let prev = -1;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isData(lines[i]!)) {
      prev = i;
      k++;
      continue;
    }
    const next = data[k] ?? -1;
    breaker[i] = isBreaker(lines, i, prev, next, textWidth);
  }
  const regions: Region[] = [];
  let cur: Region | null = null;
  let lastBreak = -1;
  for (let i = 0; i < lines.length; i++) {
    if (breaker[i]) {
      if (cur) {
        cur.to = i - 1;
        regions.push(cur);
        cur = null;
      }
      lastBreak = i;
      continue;
    }
    if (!isData(lines[i]!)) continue;
    if (!cur) {
      // Header lines above the first row, up to the text before the table.
      let from = i;
      while (from - 1 > lastBreak && i - (from - 1) <= 16) from--;
      cur = { from, to: i, data: [], cols: [], labelEnd: 0, hasLabel: false };
    }
    cur.data.push(i);
  }
  if (cur) {
    cur.to = lines.length - 1;
    regions.push(cur);
  }
  // A region runs to its last row and the label lines after it, not over the text that follows.
  for (const r of regions) {
    const last = r.data[r.data.length - 1]!;
    let to = last;
    while (to + 1 <= r.to) {
      const l = lines[to + 1]!;
      const d = lines[last]!;
      if (l.page !== d.page || l.y - lines[to]!.y > 3 * l.size || l.x1 > firstValueX0(d)) break;
      to++;
    }
    r.to = to;
    columnsOf(lines, r);
  }
  return regions;
}

/** Value columns of a region: where its numbers stand, and where its headers stand over blank columns. */
function columnsOf(lines: Line[], r: Region): void {
  const spans: Array<[number, number]> = [];
  for (const i of r.data) for (const c of lines[i]!.cells) if (c.value) spans.push([c.x0, c.x1]);
  spans.sort((a, b) => a[0] - b[0]);
  let cols: Array<[number, number]> = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] <= last[1] + 0.5) last[1] = Math.max(last[1], s[1]);
    else cols.push([s[0], s[1]]);
  }
  // A column holding two cells of one row was two columns that a wide cell bridged: split it.
  for (let pass = 0; pass < 3; pass++) {
    let split = false;
    const out: Array<[number, number]> = [];
    for (const col of cols) {
      let cuts: number[] = [];
      for (const i of r.data) {
        const inside = lines[i]!.cells.filter((c) => c.value && c.x0 >= col[0] - 0.01 && c.x1 <= col[1] + 0.01);
        if (inside.length >= 2 && inside.length - 1 > cuts.length) {
          cuts = inside.slice(1).map((c, k) => (inside[k]!.x1 + c.x0) / 2);
        }
      }
      if (cuts.length === 0) {
        out.push(col);
        continue;
      }
      split = true;
      let a = col[0];
      for (const x of cuts) {
        out.push([a, x]);
        a = x;
      }
      out.push([a, col[1]]);
    }
    cols = out;
    if (!split) break;
  }
  // Labels: the text of the rows left of their values.
  const labelEnds: number[] = [];
  for (const i of r.data) {
    const l = lines[i]!;
    const fv = firstValueX0(l);
    for (const c of l.cells) if (!c.value && c.x1 <= fv + 0.5 * c.size) labelEnds.push(c.x1);
  }
  r.hasLabel = labelEnds.length > 0;
  r.labelEnd = labelEnds.length ? Math.max(...labelEnds) : -Infinity;
  // Header cells over columns no row printed a value in (a column blank in every row): the
  // lines above the first row of each page.
  const heads: Array<[number, number]> = [];
  const firstRow = new Map<number, number>();
  for (const i of r.data) if (!firstRow.has(lines[i]!.page)) firstRow.set(lines[i]!.page, i);
  for (let i = r.from; i <= r.to; i++) {
    const l = lines[i]!;
    if (isData(l) || i > (firstRow.get(l.page) ?? -1)) continue;
    for (const c of l.cells) if (c.x0 >= r.labelEnd + 0.5 * c.size) heads.push([c.x0, c.x1]);
  }
  heads.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  // Column spacing: a header starts a column of its own only a column's width away from the others.
  const centres = cols.map((c) => (c[0] + c[1]) / 2);
  const gaps = centres.slice(1).map((c, k) => c - centres[k]!);
  const spacing = gaps.length ? median(gaps) : Infinity;
  for (const h of heads) {
    if (cols.some((c) => overlap(c, h) > 0)) continue;
    const mid = (h[0] + h[1]) / 2;
    const near = Math.min(...cols.map((c) => Math.abs((c[0] + c[1]) / 2 - mid)));
    if (cols.length && near < (Number.isFinite(spacing) ? 0.6 * spacing : 4 * (h[1] - h[0]))) continue;
    cols.push([h[0], h[1]]);
    cols.sort((a, b) => a[0] - b[0]);
  }
  r.cols = cols;
}

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
}

/** The column a cell stands in: the one it overlaps most, else the nearest. */
function columnOf(cols: ReadonlyArray<[number, number]>, c: Cell): number {
  let best = -1;
  let bestOv = 0;
  for (let k = 0; k < cols.length; k++) {
    const ov = overlap(cols[k]!, [c.x0, c.x1]);
    if (ov > bestOv) {
      bestOv = ov;
      best = k;
    }
  }
  if (best >= 0) return best;
  const mid = (c.x0 + c.x1) / 2;
  let dist = Infinity;
  for (let k = 0; k < cols.length; k++) {
    const d = Math.abs((cols[k]![0] + cols[k]![1]) / 2 - mid);
    if (d < dist) {
      dist = d;
      best = k;
    }
  }
  return best;
}

/** A piece of a row label, with the line it was printed on. */
interface LabelPiece {
  cell: Cell;
  line: number;
  /** Printed on a data line (the row's own label) rather than on a line of its own. */
  own?: boolean;
}

/** A label cell of a region: text left of the value columns, touching none of them. */
function isLabelCell(r: Region, c: Cell): boolean {
  const zone = r.cols.length ? r.cols[0]![0] : Infinity;
  return !c.value && c.x1 <= zone + 0.5 * c.size && r.cols.every((col) => overlap(col, [c.x0, c.x1]) <= 0.5);
}

/** The label cells of a region: on its data lines, and on its label-only lines. */
function labelPieces(lines: Line[], r: Region): { pieces: LabelPiece[]; labelOnly: Set<number> } {
  const pieces: LabelPiece[] = [];
  const labelOnly = new Set<number>();
  for (let i = r.from; i <= r.to; i++) {
    const l = lines[i]!;
    const data = isData(l);
    if (!data && !l.cells.every((c) => isLabelCell(r, c))) continue;
    if (!data) labelOnly.add(i);
    for (const c of l.cells) if (isLabelCell(r, c)) pieces.push({ cell: c, line: i, own: data });
  }
  return { pieces, labelOnly };
}

/** For every label piece, the nearest piece above it in the same column (overlapping it across). */
function above(lines: Line[], pieces: LabelPiece[]): Array<number> {
  const order = pieces.map((_, k) => k).sort((a, b) => pieces[a]!.line - pieces[b]!.line);
  const up = new Array<number>(pieces.length).fill(-1);
  for (let x = 0; x < order.length; x++) {
    const b = pieces[order[x]!]!;
    const lb = lines[b.line]!;
    for (let y = x - 1; y >= 0 && y >= x - 200; y--) {
      const a = pieces[order[y]!]!;
      const la = lines[a.line]!;
      if (la.page !== lb.page || a.line === b.line) {
        if (la.page !== lb.page) break;
        continue;
      }
      if (Math.min(a.cell.x1, b.cell.x1) - Math.max(a.cell.x0, b.cell.x0) > 0 || Math.abs(a.cell.x0 - b.cell.x0) < 0.5 * b.cell.size) {
        up[order[x]!] = order[y]!;
        break;
      }
    }
  }
  return up;
}

/**
 * The line pitch inside a table cell: the smallest distance between two label lines of one
 * column, over all tables of the document (a table without wrapped labels has rows only).
 */
function labelPitch(lines: Line[], regions: Region[]): number {
  let pitch = Infinity;
  for (const r of regions) {
    const { pieces } = labelPieces(lines, r);
    const up = above(lines, pieces);
    pieces.forEach((b, k) => {
      if (up[k]! < 0) return;
      const dy = lines[b.line]!.y - lines[pieces[up[k]!]!.line]!.y;
      if (dy >= 0.9 * b.cell.size && dy < pitch) pitch = dy;
    });
  }
  return pitch;
}

/**
 * Join the label lines of a table to its rows. A label-only line (text left of the values,
 * nothing in the value columns) belongs to the row its cell belongs to: the lines of one
 * cell follow each other at the line pitch (closer than rows do), and the row is the data
 * line printed within that stretch (numbers are centred or top-aligned in the cell), else
 * the nearest one if it is closer than a line. A label with no row near it (a row printed
 * with every value blank) stays a line of its own.
 */
function attachLabels(lines: Line[], r: Region, docPitch: number): Map<number, LabelPiece[]> {
  const { pieces, labelOnly } = labelPieces(lines, r);
  const out = new Map<number, LabelPiece[]>();
  for (const i of r.data) out.set(i, []);
  for (const p of pieces) if (p.own) out.get(p.line)!.push(p);
  if (labelOnly.size === 0) return out;
  const up = above(lines, pieces);
  // Chains: label lines of one cell (union of each piece with the one above it, a line apart).
  const root = pieces.map((_, k) => k);
  const find = (k: number): number => (root[k] === k ? k : (root[k] = find(root[k]!)));
  pieces.forEach((b, k) => {
    const a = up[k]!;
    if (a < 0) return;
    const size = b.cell.size;
    const pitch = Number.isFinite(docPitch) ? docPitch : 1.5 * size;
    const dy = lines[b.line]!.y - lines[pieces[a]!.line]!.y;
    if (dy <= 1.25 * pitch) root[find(k)] = find(a);
  });
  const chains = new Map<number, LabelPiece[]>();
  pieces.forEach((p, k) => {
    const c = find(k);
    if (!chains.has(c)) chains.set(c, []);
    chains.get(c)!.push(p);
  });
  const nearest = (p: LabelPiece, among: number[], limit: number): number => {
    const l = lines[p.line]!;
    let best = -1;
    let dist = Infinity;
    for (const i of among) {
      const d = lines[i]!;
      if (d.page !== l.page) continue;
      const dy = Math.abs(d.y - l.y);
      if (dy < dist) {
        dist = dy;
        best = i;
      }
    }
    return dist <= limit ? best : -1;
  };
  const taken = new Map<number, Set<Cell>>();
  for (const ch of chains.values()) {
    const free = ch.filter((p) => !p.own);
    if (free.length === 0) continue;
    const page = lines[ch[0]!.line]!.page;
    const size = median(ch.map((p) => p.cell.size));
    const pitch = Number.isFinite(docPitch) ? docPitch : 1.5 * size;
    const ys = ch.map((p) => lines[p.line]!.y);
    const top = Math.min(...ys) - 0.6 * size;
    const bottom = Math.max(...ys) + 0.6 * size;
    const inside = r.data.filter((i) => lines[i]!.page === page && lines[i]!.y >= top && lines[i]!.y <= bottom);
    // No row printed within the cell's lines: the row nearest to any of them, if a line away at most.
    let whole = -1;
    if (inside.length === 0) {
      let dist = Infinity;
      for (const p of ch) {
        const t = nearest(p, r.data, 1.05 * pitch);
        if (t >= 0 && Math.abs(lines[t]!.y - lines[p.line]!.y) < dist) {
          dist = Math.abs(lines[t]!.y - lines[p.line]!.y);
          whole = t;
        }
      }
    }
    for (const p of free) {
      const target = inside.length === 1 ? inside[0]! : inside.length > 1 ? nearest(p, inside, Infinity) : whole;
      if (target < 0) continue;
      out.get(target)!.push(p);
      if (!taken.has(p.line)) taken.set(p.line, new Set());
      taken.get(p.line)!.add(p.cell);
    }
  }
  // A label-only line is used up when every cell of it went to a row; else it keeps the rest.
  for (const [i, cells] of taken) {
    const l = lines[i]!;
    if (cells.size === l.cells.length) l.used = true;
    else l.cells = l.cells.filter((c) => !cells.has(c));
  }
  return out;
}

/** Join label pieces: pieces of one column (overlapping across) top to bottom, columns left to right. */
function joinLabel(lines: Line[], pieces: LabelPiece[]): string {
  if (pieces.length === 0) return '';
  const sorted = [...pieces].sort((a, b) => a.cell.x0 - b.cell.x0);
  const cols: Array<{ x0: number; x1: number; list: LabelPiece[] }> = [];
  for (const p of sorted) {
    const c = cols.find((col) => Math.min(col.x1, p.cell.x1) - Math.max(col.x0, p.cell.x0) > 0);
    if (c) {
      c.list.push(p);
      c.x0 = Math.min(c.x0, p.cell.x0);
      c.x1 = Math.max(c.x1, p.cell.x1);
    } else cols.push({ x0: p.cell.x0, x1: p.cell.x1, list: [p] });
  }
  return cols
    .map(({ list }) => {
      list.sort((a, b) => lines[a.line]!.y - lines[b.line]!.y || a.cell.x0 - b.cell.x0);
      let s = '';
      for (const p of list) {
        const t = p.cell.text;
        s += s && /[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9]/.test(t) ? ' ' + t : t;
      }
      return s;
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// Output

class Writer {
  text = '';
  origins: OriginSegment[] = [];
  field(s: string, page: number, box: Box | null): void {
    if (box) this.origins.push({ offset: this.text.length, origin: { form: 'pdf', page, box } });
    this.text += s.replace(/[\t\r\n]+/g, ' ');
  }
  raw(s: string): void {
    this.text += s;
  }
}

function emit(lines: Line[], regions: Region[]): { text: string; origins: OriginSegment[] } {
  const w = new Writer();
  const regionAt = new Map<number, Region>();
  for (const r of regions) for (let i = r.from; i <= r.to; i++) regionAt.set(i, r);
  const labels = new Map<number, LabelPiece[]>();
  const pitch = labelPitch(lines, regions);
  for (const r of regions) {
    for (const [i, p] of attachLabels(lines, r, pitch)) {
      labels.set(i, p);
      // Every row of a table with labels has a label field, so that its values keep their field numbers.
      if (p.length) r.hasLabel = true;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.used) continue;
    const r = regionAt.get(i);
    if (!r || r.cols.length === 0) {
      // Text: cells far apart are separate fields; letter-spaced Chinese (a title) is one word.
      l.cells.forEach((c, k) => {
        const prev = l.cells[k - 1];
        if (prev) {
          const far = c.x0 - prev.x1 > 2 * c.size;
          w.raw(far ? '\t' : wide(prev.text.charCodeAt(prev.text.length - 1)) && wide(c.text.charCodeAt(0)) ? '' : ' ');
        }
        w.field(c.text, l.page, c.box);
      });
      w.raw('\n');
      continue;
    }
    const fields: Array<{ text: string; box: Box | null; page: number }> = r.cols.map(() => ({ text: '', box: null, page: l.page }));
    const labelPieces: LabelPiece[] = labels.get(i) ?? [];
    const extra: Cell[] = [];
    for (const c of l.cells) {
      if (isLabelCell(r, c)) {
        if (!labels.has(i)) extra.push(c);
        continue;
      }
      const k = columnOf(r.cols, c);
      const f = fields[k]!;
      f.text = f.text ? f.text + ' ' + c.text : c.text;
      f.box = f.box ? unionBox(f.box, c.box) : c.box;
    }
    for (const c of extra) labelPieces.push({ cell: c, line: i });
    const label = joinLabel(lines, labelPieces);
    let labelBox: Box | null = null;
    let labelPage = l.page;
    for (const p of labelPieces) {
      if (lines[p.line]!.page !== labelPage && labelBox) continue;
      labelPage = lines[p.line]!.page;
      labelBox = labelBox ? unionBox(labelBox, p.cell.box) : p.cell.box;
    }
    if (!isData(l) && label && fields.every((f) => f.text === '')) {
      w.field(label, labelPage, labelBox);
      w.raw('\n');
      continue;
    }
    let first = true;
    if (r.hasLabel || label) {
      w.field(label, labelPage, labelBox);
      first = false;
    }
    for (let k = 0; k < fields.length; k++) {
      if (!first) w.raw('\t');
      first = false;
      const f = fields[k]!;
      // A blank cell maps to where it would stand: its column on this row.
      const box = f.box ?? blankBox(l, r.cols[k]!);
      w.field(f.text, f.page, box);
    }
    w.raw('\n');
  }
  return { text: w.text, origins: w.origins };
}

/** Box of a blank cell (in user space), from the row's boxes and the column's frame position. */
function blankBox(l: Line, col: [number, number]): Box | null {
  // The frame's x maps to user space through the cells of the row; interpolate between two of them.
  const cs = l.cells.filter((c) => c.x1 > c.x0 && c.box[2] > c.box[0]);
  if (cs.length === 0) return null;
  const a = cs[0]!;
  const b = cs[cs.length - 1]!;
  const y0 = Math.min(...cs.map((c) => c.box[1]));
  const y1 = Math.max(...cs.map((c) => c.box[3]));
  if (a === b || b.x1 === a.x0) {
    return [r2(a.box[0] + (col[0] - a.x0)), y0, r2(a.box[0] + (col[1] - a.x0)), y1];
  }
  const scale = (b.box[2] - a.box[0]) / (b.x1 - a.x0);
  const map = (x: number) => r2(a.box[0] + (x - a.x0) * scale);
  const x0 = map(col[0]);
  const x1 = map(col[1]);
  return [Math.min(x0, x1), y0, Math.max(x0, x1), y1];
}

// ---------------------------------------------------------------------------------------
// The reader

type PdfFailureCode = Extract<ReadFailure['code'], 'encrypted' | 'corrupt' | 'no-text' | 'too-large' | 'timeout'>;

const messages: Record<PdfFailureCode, (n?: number, max?: number) => { zh: string; en: string }> = {
  encrypted: () => ({
    zh: 'PDF 文件设有打开密码（已加密），无法读取；请提供未加密的文件',
    en: 'the PDF is password-protected (encrypted) and cannot be read; provide an unencrypted copy',
  }),
  corrupt: () => ({
    zh: 'PDF 文件已损坏或不是有效的 PDF，无法读取',
    en: 'the PDF is damaged or not a valid PDF and cannot be read',
  }),
  'no-text': () => ({
    zh: 'PDF 没有可用的文字层（扫描件或图片），需要先进行文字识别（OCR）',
    en: 'the PDF has no usable text layer (a scan or images only); it needs OCR first',
  }),
  'too-large': (n, max) => ({
    zh: `PDF 页数过多（${n} 页，上限 ${max} 页）`,
    en: `the PDF has too many pages (${n}, limit ${max})`,
  }),
  timeout: (_n, max) => ({
    zh: `读取 PDF 超时（超过 ${(max ?? 0) / 1000} 秒）`,
    en: `reading the PDF timed out (over ${(max ?? 0) / 1000} s)`,
  }),
};

function failure(code: PdfFailureCode, n?: number, max?: number): PdfReadResult {
  return { source: null, failure: { code, form: 'pdf', message: messages[code](n, max) } };
}

class Timeout extends Error {}

/**
 * Read a PDF's text layer into tab-separated text with a map back to the pages. Never
 * throws: a PDF that cannot be read gives a failure (`encrypted`, `corrupt`, `no-text`,
 * `too-large`, `timeout`).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfReadResult> {
  const maxPages = limits.maxPages ?? defaultMaxPages;
  const timeoutMs = limits.timeoutMs ?? defaultPdfTimeoutMs;
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch {
    return failure('corrupt');
  }
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), timeoutMs);
  });
  expired.catch(() => {});
  const started = Date.now();
  let doc: PdfDocument | null = null;
  try {
    doc = await Promise.race([task.promise, expired]);
    if (doc.numPages > maxPages) return failure('too-large', doc.numPages, maxPages);
    const pages: Array<{ lines: Line[]; height: number }> = [];
    let chars = 0;
    let bad = 0;
    let unreadable = 0;
    // Pages are asked for a few ahead, so that pdf.js decompresses the next while this one is laid out.
    const d = doc;
    const ahead = new Map<number, Promise<{ page: PdfPage; content: Awaited<ReturnType<PdfPage['getTextContent']>> }>>();
    const request = (n: number) => {
      if (n > d.numPages || ahead.has(n)) return;
      const p = d.getPage(n).then(async (page) => ({ page, content: await page.getTextContent() }));
      p.catch(() => {});
      ahead.set(n, p);
    };
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > timeoutMs) throw new Timeout();
      for (let k = n; k < n + 4; k++) request(k);
      let page: PdfPage;
      let content: Awaited<ReturnType<PdfPage['getTextContent']>>;
      try {
        ({ page, content } = await Promise.race([ahead.get(n)!, expired]));
        ahead.delete(n);
      } catch (e) {
        // A damaged page is skipped; the others are still read.
        if (e instanceof Timeout) throw e;
        unreadable++;
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const { runs, height } = pageRuns(content.items, vp);
      for (const r of runs) {
        for (const ch of r.s) {
          if (ch.trim() === '') continue;
          chars++;
          const c = ch.codePointAt(0)!;
          // Private-use and replacement characters, and Latin letters with accents: glyphs
          // without a Unicode mapping, or mapped through the wrong encoding.
          if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c >= 0xc0 && c <= 0x24f)) bad++;
        }
      }
      pages.push({ lines: pageLines(runs, n), height });
      page.cleanup();
    }
    // A scan has no text, or only a few characters (a stamp, a page number); a text layer
    // of unmapped glyphs reads as private-use characters.
    if (unreadable === doc.numPages) return failure('corrupt');
    if (chars < 20 || bad > chars * 0.3) return failure('no-text');
    dropFurniture(pages);
    const lines = pages.flatMap((p) => p.lines);
    const regions = findRegions(lines);
    const { text, origins } = emit(lines, regions);
    return { source: new SourceText(text, { form: 'pdf', origins }), failure: null };
  } catch (e) {
    if (e instanceof Timeout) return failure('timeout', undefined, timeoutMs);
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') return failure('encrypted');
    return failure('corrupt');
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => {});
  }
}

/** The steps of the layout, for tests. */
export const internals = { pageRuns, pageLines, findRegions, emit, dropFurniture };
