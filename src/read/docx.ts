/**
 * Word (.docx) → text with a source map: every body paragraph becomes a line, every table a
 * line per row with the cells separated by TAB, `w:gridSpan` (colspan) and `w:vMerge`
 * (rowspan) resolved into the grid, the way a Word table pasted as text looks.
 *
 * The zip is read with fflate and `word/document.xml` with saxes (a conforming XML parser that
 * does not expand DTD entities). Limits keep a crafted archive from taking memory or time: the
 * number of entries, the declared uncompressed size of all entries, the compression ratio of
 * the document part, and the real output of its decompression (a header that lies is caught).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Origin } from '../model/diagnostic.js';
import type { ReadFailure } from './index.js';
import { SourceText } from './source.js';
import { Output, type RowField } from './output.js';
import { listEntries, Refusal, unpack, zipFailure, type Entry } from './zip.js';

const failure = (code: ReadFailure['code'], zh: string, en: string): ReadFailure => zipFailure(code, zh, en, 'docx');

export interface DocxLimits {
  /** Most entries the archive may hold (default 2,000). */
  maxEntries?: number;
  /** Most bytes all entries may hold uncompressed, as declared (default 200 MB). */
  maxUncompressed?: number;
  /** Highest compression ratio accepted for the document part (default 200). */
  maxRatio?: number;
}

export interface DocxReadResult {
  source: SourceText | null;
  failure: ReadFailure | null;
}

export const defaultDocxLimits: Required<DocxLimits> = { maxEntries: 2000, maxUncompressed: 200 * 1024 * 1024, maxRatio: 200 };

const W_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const REL_NS_OFFICE = /\/officeDocument$/;


function xmlString(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return new TextDecoder('utf-8').decode(b);
}

/** The main document part named by the package relationships (`word/document.xml` as a rule). */
function mainPart(zip: Uint8Array, entries: Entry[], limits: Required<DocxLimits>): Entry | null {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const usual = byName.get('word/document.xml');
  if (usual) return usual;
  const rels = byName.get('_rels/.rels');
  if (!rels || rels.originalSize > 1048576) return null;
  let target: string | null = null;
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t) => {
    const type = t.attributes['Type'];
    const tgt = t.attributes['Target'];
    if (target === null && t.name.endsWith('Relationship') && typeof type === 'string' && REL_NS_OFFICE.test(type) && typeof tgt === 'string') target = tgt;
  });
  p.write(xmlString(unpack(zip, rels, Math.min(rels.originalSize, limits.maxUncompressed), 'docx'))).close();
  if (target === null) return null;
  const name = (target as string).replace(/^\/+/, '');
  return byName.get(name) ?? null;
}

// ---------------------------------------------------------------- text

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0x2010 && code <= 0x206f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x1100 && code <= 0x115f)
  );
}

/** Join two pieces of one cell: nothing between CJK, a space between Latin letters or digits. */
function joinPieces(a: string, b: string, space = false): string {
  if (!a) return b;
  if (!b) return a;
  const x = a.charCodeAt(a.length - 1);
  const y = b.charCodeAt(0);
  if (x === 32 || y === 32) return a + b;
  if (space) return a + ' ' + b;
  if (isWide(x) || isWide(y)) return a + b;
  return a + ' ' + b;
}


interface Cell {
  index: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMergeContinue: boolean;
  /** The cell's text so far; `space` asks for a space before the next piece (a nested table's next cell). */
  text: string;
  space: boolean;
  /** The cell's paragraphs, each a line (kept for a cell that turns out to lay out a page). */
  lines: string[];
}

interface Row {
  index: number;
  before: number;
  cells: Cell[];
}

interface Table {
  index: number;
  rows: Row[];
}

interface Para {
  /** Body paragraph index, or -1 in a table. */
  index: number;
  text: string;
}

/** The text without spaces at either end (a loop: a run of a million spaces is no slower). */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Most fields the padded rows of one table may have in all. */
const maxPadded = 4_000_000;

const truthy = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

/**
 * Reads document.xml: body paragraphs to lines, top-level tables to TAB-separated rows,
 * nested tables into the text of their cell. A table whose cell holds a table lays out a page
 * (a web page's layout table saved as Word: the report in one cell, links beside it), as
 * html/table.ts `isLayout` says of HTML: its cells are read as body paragraphs and the tables
 * inside them as tables.
 */
function readDocument(xml: string): Output {
  const out = new Output();
  const stack: string[] = []; // local names of the open elements ('' for other namespaces)
  let skip = 0; // depth inside w:del, w:moveFrom, mc:Fallback
  let tableDepth = 0;
  /** Enclosing tables read as layout: `tableDepth - layout` is the depth in data tables. */
  let layout = 0;
  let tables = 0;
  let paragraphs = 0;
  let table: Table | null = null;
  let row: Row | null = null;
  let cell: Cell | null = null;
  const paras: Para[] = [];
  let inText = false;
  let runHidden = false;

  const add = (s: string) => {
    const p = paras[paras.length - 1];
    if (p && !runHidden) p.text += s;
  };
  const parent = (k = 1) => stack[stack.length - 1 - k] ?? '';

  const endParagraph = (p: Para) => {
    const text = p.text.replace(/[\t\u00a0]/g, ' ');
    if (tableDepth - layout === 0) {
      // A body paragraph: a line per line break.
      let origin: Origin | null = null;
      for (const raw of text.split('\n')) {
        const line = trimSpaces(raw);
        if (!line) continue;
        out.mark((origin ??= { form: 'docx', paragraph: p.index }));
        out.write(line);
        out.write('\n');
      }
    } else if (cell) {
      for (const raw of text.split('\n')) {
        const piece = raw.replace(/\s+/g, ' ').trim();
        if (!piece) continue;
        cell.text = joinPieces(cell.text, piece, cell.space);
        cell.space = false;
        if (tableDepth - layout === 1) cell.lines.push(piece);
      }
    }
  };

  /** A table found to lay out the page: what was read of it so far, each cell's paragraphs as lines. */
  const writeAsLayout = (t: Table, r: Row | null, c: Cell | null) => {
    const cells: Array<[number, Cell]> = t.rows.flatMap((x) => x.cells.map((y): [number, Cell] => [x.index, y]));
    if (r) for (const y of c ? [...r.cells, c] : r.cells) cells.push([r.index, y]);
    for (const [row, y] of cells) {
      if (y.lines.length === 0) continue;
      out.mark({ form: 'docx', table: t.index, row, cell: y.index });
      for (const line of y.lines) {
        out.write(line);
        out.write('\n');
      }
    }
  };

  const writeTable = (t: Table) => {
    let width = 0;
    for (const r of t.rows) width = Math.max(width, r.before + r.cells.reduce((a, c) => a + c.span, 0));
    const above: Array<Origin | undefined> = [];
    out.beginTable();
    for (const r of t.rows) {
      const fields: Array<{ text: string; origin: Origin | undefined }> = [];
      for (let i = 0; i < r.before; i++) fields.push({ text: '', origin: undefined });
      let prev: Origin | undefined;
      for (const c of r.cells) {
        const col = fields.length;
        let origin: Origin = { form: 'docx', table: t.index, row: r.index, cell: c.index };
        let text = c.text;
        if (c.vMerge === 'continue') {
          origin = above[col] ?? origin;
          text = '';
        } else if (c.hMergeContinue && prev) {
          origin = prev;
          text = '';
        }
        for (let j = 0; j < c.span; j++) {
          fields.push({ text: j ? '' : text, origin });
          above[col + j] = origin;
        }
        prev = origin;
      }
      if (!fields.some((f) => f.text)) continue;
      // Rows are padded to the table's width, unless one crafted row would make that huge.
      const n = width * t.rows.length <= maxPadded ? width : fields.length;
      const row: RowField[] = [];
      for (let i = 0; i < n; i++) row.push(fields[i] ?? { text: '' });
      out.row(row);
    }
    out.endTable();
  };

  // Namespaces are resolved here rather than by saxes (which spends most of its time on them):
  // prefixes are declared on the root element as a rule, so a scope is pushed only where an
  // element declares one. An undeclared prefix is the writer's slip, not damage: its elements
  // are simply not WordprocessingML.
  const scopes: Array<{ depth: number; map: Map<string, string> }> = [{ depth: -1, map: new Map() }];
  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const u = scopes[i]!.map.get(prefix);
      if (u !== undefined) return u;
    }
    return '';
  };
  const p = new SaxesParser({ xmlns: false });
  let error: Error | null = null;
  p.on('error', (e) => {
    error ??= e;
  });
  p.on('opentag', (t: SaxesTagPlain) => {
    const attrs = t.attributes;
    let declared: Map<string, string> | null = null;
    for (const k in attrs) {
      if (k.charCodeAt(0) === 120 && (k === 'xmlns' || k.startsWith('xmlns:'))) (declared ??= new Map()).set(k === 'xmlns' ? '' : k.slice(6), attrs[k]!);
    }
    if (declared) scopes.push({ depth: stack.length, map: declared });
    const colon = t.name.indexOf(':');
    const prefix = colon < 0 ? '' : t.name.slice(0, colon);
    const local = colon < 0 ? t.name : t.name.slice(colon + 1);
    const uri = resolve(prefix);
    const w = W_NS.has(uri);
    const name = w ? local : uri === MC_NS ? `mc:${local}` : '';
    stack.push(name);
    if (skip || name === 'del' || name === 'moveFrom' || name === 'mc:Fallback') {
      skip++;
      return;
    }
    if (!w) return;
    const val = () => attrs[prefix ? `${prefix}:val` : 'val'];
    switch (name) {
      case 'p':
        paras.push({ index: tableDepth - layout === 0 ? paragraphs++ : -1, text: '' });
        break;
      case 'r':
        runHidden = false;
        break;
      case 'vanish':
        if (parent() === 'rPr' && parent(2) === 'r') runHidden = truthy(val());
        break;
      case 't':
        if (parent() === 'r') inText = true;
        break;
      case 'tab':
        if (parent() === 'r') add(' ');
        break;
      case 'br':
      case 'cr':
        if (parent() === 'r') add('\n');
        break;
      case 'noBreakHyphen':
        if (parent() === 'r') add('-');
        break;
      case 'tbl':
        tableDepth++;
        if (tableDepth - layout === 2 && table) {
          // A table in a table's cell: the outer one lays out the page.
          writeAsLayout(table, row, cell);
          layout++;
          row = cell = null;
        }
        if (tableDepth - layout === 1) table = { index: tables++, rows: [] };
        else if (cell) cell.space = true; // a nested table: set off from the text before it
        break;
      case 'tr':
        if (tableDepth - layout === 1 && table) row = { index: table.rows.length, before: 0, cells: [] };
        break;
      case 'gridBefore':
        if (tableDepth - layout === 1 && row && parent() === 'trPr') row.before = Math.min(Math.max(0, Number(val()) || 0), 1000);
        break;
      case 'tc':
        if (tableDepth - layout === 1 && row) cell = { index: row.cells.length, span: 1, vMerge: null, hMergeContinue: false, text: '', space: false, lines: [] };
        break;
      case 'gridSpan':
        if (tableDepth - layout === 1 && cell && parent() === 'tcPr') cell.span = Math.min(Math.max(1, Number(val()) || 1), 1000);
        break;
      case 'vMerge':
        if (tableDepth - layout === 1 && cell && parent() === 'tcPr') cell.vMerge = val() === 'restart' ? 'restart' : 'continue';
        break;
      case 'hMerge':
        if (tableDepth - layout === 1 && cell && parent() === 'tcPr') cell.hMergeContinue = val() !== 'restart';
        break;
    }
  });
  p.on('text', (s) => {
    if (inText && !skip) add(s);
  });
  p.on('cdata', (s) => {
    if (inText && !skip) add(s);
  });
  p.on('closetag', () => {
    const name = stack.pop() ?? '';
    if (scopes.length > 1 && scopes[scopes.length - 1]!.depth === stack.length) scopes.pop();
    if (skip) {
      skip--;
      return;
    }
    switch (name) {
      case 't':
        inText = false;
        break;
      case 'r':
        runHidden = false;
        break;
      case 'p': {
        const para = paras.pop();
        if (para) endParagraph(para);
        break;
      }
      case 'tc':
        if (tableDepth - layout === 1 && row && cell) {
          row.cells.push(cell);
          cell = null;
        } else if (tableDepth - layout > 1 && cell) cell.space = true; // a nested table's cell ends: a space before the next
        break;
      case 'tr':
        if (tableDepth - layout === 1 && table && row) {
          table.rows.push(row);
          row = null;
        } else if (tableDepth - layout > 1 && cell) cell.space = true;
        break;
      case 'tbl':
        if (tableDepth - layout === 1 && table) {
          writeTable(table);
          table = null;
        } else if (tableDepth - layout <= 0) layout = Math.max(0, layout - 1); // a layout table ends
        else if (cell) cell.space = true;
        tableDepth = Math.max(0, tableDepth - 1);
        break;
    }
  });
  p.write(xml).close();
  if (error) throw error;
  return out;
}

// ---------------------------------------------------------------- entry point

/**
 * DOCX bytes → text with a source map (one line per body paragraph, one TAB-separated line
 * per table row). Never throws: an archive that is not a DOCX, is damaged, or breaks a limit
 * gives a failure with a code and a message in Chinese and English.
 */
export function readDocx(bytes: Uint8Array, limits: DocxLimits = {}): DocxReadResult {
  const lim: Required<DocxLimits> = {
    maxEntries: limits.maxEntries ?? defaultDocxLimits.maxEntries,
    maxUncompressed: limits.maxUncompressed ?? defaultDocxLimits.maxUncompressed,
    maxRatio: limits.maxRatio ?? defaultDocxLimits.maxRatio,
  };
  const fail = (f: ReadFailure): DocxReadResult => ({ source: null, failure: f });
  const corrupt = (why: string) => fail(failure('corrupt', `Word 文件已损坏，无法读取（${why}）`, `the Word file is damaged and cannot be read (${why})`));
  let entries: Entry[];
  try {
    entries = listEntries(bytes, lim, 'docx');
  } catch (e) {
    if (e instanceof Refusal) return fail(e.failure);
    return corrupt(e instanceof Error ? e.message : String(e));
  }
  let xml: string;
  try {
    const main = mainPart(bytes, entries, lim);
    if (!main) {
      return fail(failure('not-docx', '这个压缩包不是 Word（.docx）文件：没有 word/document.xml',
        'this zip archive is not a Word (.docx) file: it has no word/document.xml'));
    }
    const ratio = main.originalSize / Math.max(1, main.size);
    if (ratio > lim.maxRatio) {
      return fail(failure('zip-bomb', `${main.name} 的压缩比过高（${Math.round(ratio)}:1，上限 ${lim.maxRatio}:1），疑似 zip 炸弹`,
        `${main.name} is compressed too much (${Math.round(ratio)}:1, limit ${lim.maxRatio}:1): a zip bomb?`));
    }
    const cap = Math.min(main.originalSize, lim.maxUncompressed, main.size * lim.maxRatio);
    xml = xmlString(unpack(bytes, main, cap, 'docx'));
  } catch (e) {
    if (e instanceof Refusal) return fail(e.failure);
    return corrupt(e instanceof Error ? e.message : String(e));
  }
  let out: Output;
  try {
    out = readDocument(xml);
  } catch (e) {
    return corrupt(`XML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const text = out.text();
  if (text.trim() === '') return fail(failure('no-text', 'Word 文件没有文字内容', 'the Word file holds no text'));
  return { source: new SourceText(text, { form: 'docx', encoding: 'utf-8', origins: out.origins, grids: out.grids }), failure: null };
}
