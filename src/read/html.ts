/**
 * HTML → text with a source map: every block (paragraph, heading, list item) becomes a line,
 * every table a line per row with the cells separated by TAB and rowspan/colspan resolved into
 * the grid, the way a Word table pasted as text looks (what the extractor reads best).
 *
 * The markup is parsed by parse5 (the WHATWG algorithm browsers use), so Word-pasted pages
 * (`<o:p>`, `<w:Sdt>`, `<st1:chsdate>`, conditional comments) and broken markup are read as a
 * browser reads them. Script, style, navigation, page header/footer and hidden elements are left
 * out. A table used for page layout (its cells hold tables, or it has one column) is read as
 * blocks, so the report tables inside it stay tables. A report a crawler saved as escaped markup
 * inside JSON or a script is found and read when the page has no table of its own.
 *
 * Origins: `{ form: 'html', path, byteOffset }`, the element path with `[n]` (1-based among
 * siblings of the same name) where the name is not unique among its siblings, and the byte
 * offset of the element's start tag in the file.
 */
import iconv from 'iconv-lite';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Origin } from '../model/diagnostic.js';
import { byteLength, decodeText, type Decoded } from './decode.js';
import type { ReadFailure } from './index.js';
import { SourceText } from './source.js';
import { Output } from './output.js';

export interface HtmlReadResult {
  /**
   * The derived text (one line per block and per table row). Its `encoding` is `utf-8`: the
   * byte offsets of its positions are those of the derived text, as for every derived form;
   * the page's own encoding is `encoding` below, and `origin.byteOffset` points into the file.
   */
  source: SourceText | null;
  failure: ReadFailure | null;
  /** The character encoding the page was decoded from (`utf-8`, `gb18030`, `big5`, `utf-16le`, …). */
  encoding: string;
  /** True when the report was read from escaped markup inside a JSON or script string. */
  embedded: boolean;
}

// ---------------------------------------------------------------- decoding

const gbLabels = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'x-euc-cn']);
const big5Labels = new Set(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The charset a `<meta>` (or an XML declaration) in the first 4 KB names, lower case. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

interface PageText {
  text: string;
  /** Encoding name for the report; `bytesOf` the encoding to count byte offsets in. */
  encoding: string;
  bytesOf: Decoded['encoding'] | null;
  skip: number;
}

function hasMultibyte(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

/**
 * Decode the page: a BOM decides; else the declared charset (GBK family → GB18030, Big5);
 * else strict UTF-8; else GB18030. A page that declares GBK but whose bytes are valid UTF-8
 * with non-ASCII text is read as UTF-8: crawlers often save the page re-encoded and keep the
 * original `<meta>` (GBK Chinese text is practically never valid UTF-8).
 */
function decodePage(bytes: Uint8Array): PageText | null {
  const b0 = bytes[0];
  const bom = (b0 === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (b0 === 0xff && bytes[1] === 0xfe) || (b0 === 0xfe && bytes[1] === 0xff);
  const declared = bom ? null : declaredCharset(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (declared && gbLabels.has(declared)) {
    if (hasMultibyte(bytes)) {
      try {
        return { text: strictUtf8.decode(buf), encoding: 'utf-8', bytesOf: 'utf-8', skip: 0 };
      } catch {
        /* GBK as declared */
      }
    }
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030', bytesOf: 'gb18030', skip: 0 };
  }
  if (declared && big5Labels.has(declared) && hasMultibyte(bytes)) {
    try {
      strictUtf8.decode(buf);
    } catch {
      return { text: iconv.decode(buf, 'big5'), encoding: 'big5', bytesOf: null, skip: 0 };
    }
  }
  const d = decodeText(bytes);
  if (!d) return null;
  return { text: d.text, encoding: d.encoding, bytesOf: d.encoding, skip: d.skip };
}

// ---------------------------------------------------------------- text helpers

/** CJK and other characters set without spaces between them: a line break between them is no space. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals, punctuation, kana, ideographs, Yi
    (code >= 0x2010 && code <= 0x206f) || // general punctuation (“”‘’…—)
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul
    (code >= 0xd800 && code <= 0xdfff) || // astral (CJK extensions)
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x1100 && code <= 0x115f)
  );
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/** Join two pieces of one cell or line: nothing between CJK, a space between Latin letters or digits. */
function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const x = a.charCodeAt(a.length - 1);
  const y = b.charCodeAt(0);
  if (isSpace(x) || isSpace(y) || isWide(x) || isWide(y)) return a + b;
  return a + ' ' + b;
}

const HARD_BREAK = '\u0000';
const PRE_SPACE = '\u0001';
const PRE_TAB = '\u0002';

/**
 * HTML white space collapsing: runs of ASCII white space become one space, except a run that
 * holds a line break next to a CJK character, which goes (the source was wrapped there). Lines
 * are split at hard breaks (`<br>`) and trimmed; text from `<pre>` keeps its spaces and tabs.
 */
function collapse(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(HARD_BREAK)) {
    let s = part.replace(/[ \t\n\r\f]+/g, (m: string, at: number, all: string) => {
      if (m.indexOf('\n') < 0 && m.indexOf('\r') < 0) return ' ';
      const before = at > 0 ? all.charCodeAt(at - 1) : 32;
      const after = at + m.length < all.length ? all.charCodeAt(at + m.length) : 32;
      return isWide(before) || isWide(after) ? '' : ' ';
    });
    s = s.replace(/^ +| +$/g, '');
    if (s.indexOf(PRE_SPACE) >= 0 || s.indexOf(PRE_TAB) >= 0) s = s.replace(/\u0001/g, ' ').replace(/\u0002/g, '\t');
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------- element kinds

/** Elements whose content is never shown as text of the page. */
const skipped = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'svg', 'math', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'button', 'input', 'canvas',
  'audio', 'video', 'map', 'noembed', 'noframes', 'xml', 'link', 'meta', 'img', 'area', 'source', 'track', 'param', 'base',
]);

/** Elements that start a line of their own. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'plaintext', 'xmp', 'search',
  'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);

const preformatted = new Set(['pre', 'listing', 'plaintext', 'xmp']);

function attr(el: T.Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

function hidden(el: T.Element): boolean {
  if (el.attrs.length === 0) return false;
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style' && /none/i.test(a.value) && /display\s*:\s*none/i.test(a.value)) return true;
  }
  return false;
}

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;

/** Tables inside tables deeper than this are read as blocks (no page nests layout tables so deep). */
const maxTableDepth = 16;
/** Longest element path given in an origin, in elements. */
const maxPathParts = 64;
/** Most grid positions the spans of one table may cover. */
const maxGridCells = 4_000_000;

// ---------------------------------------------------------------- output

interface Host {
  /** Prefix of the element paths (an embedded document: the path of the string that held it). */
  prefix: string;
  /** Byte offset in the file of a char offset in the decoded markup; null where unknown. */
  byteAt: ((charOffset: number) => number) | null;
}


/** What a walk of one subtree collects: lines of the page, or the pieces of one table cell. */
interface Sink {
  line(text: string, origin: () => Origin): void;
}

interface Frame {
  el: T.Element | T.Document | T.DocumentFragment;
  /** Path part of this element (`div[2]`), '' for the document. */
  part: string;
  children: T.ChildNode[];
  next: number;
  /** Count so far and total of every element name among the children (for `[n]` indexes). */
  seen: Map<string, number>;
  totals: Map<string, number>;
  block: boolean;
  pre: boolean;
}

function frameOf(el: T.Element | T.Document | T.DocumentFragment, part: string, block: boolean, pre: boolean): Frame {
  const children = el.childNodes;
  const totals = new Map<string, number>();
  for (const c of children) if (isElement(c)) totals.set(c.nodeName, (totals.get(c.nodeName) ?? 0) + 1);
  return { el, part, children, next: 0, seen: new Map(), totals, block, pre };
}

interface GridCell {
  text: string;
  origin: Origin;
}

/**
 * Walks the tree without recursion (parse5 builds trees of any depth) and writes lines.
 */
class Walker {
  private readonly stack: Frame[] = [];
  /** Raw inline text of the block being read (its owner is the innermost block frame). */
  private raw: string[] = [];
  private rawLength = 0;
  /** Tables open around the walk; deeper than `maxTableDepth` they are read as plain blocks. */
  private tableDepth = 0;
  /** Tables read as grids. */
  dataTables = 0;

  constructor(private readonly host: Host) {}

  /** Reads a whole document or fragment into `out`. */
  read(root: T.Document | T.DocumentFragment, out: Output): void {
    this.stack.push(frameOf(root, '', true, false));
    this.walk(0, pageSink(out), out);
  }

  /** The element path of a frame; past `maxPathParts` elements the middle is left out (`…`). */
  private pathTo(depth: number): string {
    const parts: string[] = this.host.prefix ? [this.host.prefix] : [];
    const take = (from: number, to: number) => {
      for (let i = from; i <= to; i++) {
        const part = this.stack[i]!.part;
        if (part) parts.push(part);
      }
    };
    if (depth < maxPathParts) take(0, depth);
    else {
      take(0, 8);
      parts.push('…');
      take(depth - maxPathParts + 12, depth);
    }
    return parts.join('>');
  }

  originOf(depth: number): Origin {
    const f = this.stack[depth]!;
    const o: Origin = { form: 'html', path: this.pathTo(depth) };
    const loc = isElement(f.el as T.Node) ? (f.el as T.Element).sourceCodeLocation : null;
    if (loc && this.host.byteAt) o.byteOffset = this.host.byteAt(loc.startOffset);
    return o;
  }

  private ownerDepth(): number {
    for (let i = this.stack.length - 1; i > 0; i--) if (this.stack[i]!.block) return i;
    return 0;
  }

  /** Ends the block being read: its text goes to the sink as lines. */
  private flush(sink: Sink): void {
    if (this.rawLength === 0) return;
    const raw = this.raw.join('');
    this.raw = [];
    this.rawLength = 0;
    const depth = this.ownerDepth();
    let origin: Origin | null = null;
    const get = () => (origin ??= this.originOf(depth));
    for (const l of collapse(raw)) if (l) sink.line(l, get);
  }

  private pushText(value: string, pre: boolean): void {
    let v = value.replace(/[\u0000-\u0002\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ');
    if (pre) v = v.replace(/\r\n?|\n/g, HARD_BREAK).replace(/ /g, PRE_SPACE).replace(/\t/g, PRE_TAB);
    if (!v) return;
    this.raw.push(v);
    this.rawLength += v.length;
  }

  private enter(el: T.Element | T.Document | T.DocumentFragment, part: string): Frame {
    const parent = this.stack[this.stack.length - 1];
    const name = isElement(el as T.Node) ? (el as T.Element).nodeName : '';
    const f = frameOf(el, part, blocks.has(name) || !parent, (parent?.pre ?? false) || preformatted.has(name));
    this.stack.push(f);
    return f;
  }

  private partOf(parent: Frame, el: T.Element): string {
    const n = (parent.seen.get(el.nodeName) ?? 0) + 1;
    parent.seen.set(el.nodeName, n);
    const name = el.nodeName;
    return (parent.totals.get(name) ?? 1) > 1 ? `${name}[${n}]` : name;
  }

  /**
   * Reads the subtree of `root` (whose frame is already on the stack at `base`) into `sink`;
   * tables below it are read by `table`.
   */
  walk(base: number, sink: Sink, out: Output | null): void {
    while (this.stack.length > base) {
      const f = this.stack[this.stack.length - 1]!;
      if (f.next >= f.children.length) {
        if (f.block) this.flush(sink);
        this.stack.pop();
        continue;
      }
      const node = f.children[f.next++]!;
      if (node.nodeName === '#text') {
        this.pushText((node as T.TextNode).value, f.pre);
        continue;
      }
      if (!isElement(node)) continue; // comments, doctype
      const part = this.partOf(f, node);
      const name = node.nodeName;
      if (skipped.has(name) || hidden(node)) continue;
      if (name === 'br') {
        this.raw.push(HARD_BREAK);
        this.rawLength++;
        continue;
      }
      if (name === 'table' && this.tableDepth < maxTableDepth) {
        this.flush(sink);
        this.enter(node, part);
        this.tableDepth++;
        this.table(sink, out);
        this.tableDepth--;
        this.stack.pop();
        continue;
      }
      if (blocks.has(name)) this.flush(sink);
      this.enter(node, part);
    }
  }

  /** The rows of a table in document order (row groups opened), with their path parts, and its captions. */
  private rowsOf(table: T.Element): { rows: Array<{ tr: T.Element; parts: string[] }>; captions: Array<{ el: T.Element; part: string }> } {
    const rows: Array<{ tr: T.Element; parts: string[] }> = [];
    const captions: Array<{ el: T.Element; part: string }> = [];
    const partOf = childIndex(table.childNodes);
    for (const c of table.childNodes) {
      if (!isElement(c)) continue;
      const part = partOf(c);
      if (hidden(c)) continue;
      if (c.nodeName === 'caption') captions.push({ el: c, part });
      else if (c.nodeName === 'tr') rows.push({ tr: c, parts: [part] });
      else if (c.nodeName === 'tbody' || c.nodeName === 'thead' || c.nodeName === 'tfoot') {
        const rowPart = childIndex(c.childNodes);
        for (const r of c.childNodes) {
          if (!isElement(r)) continue;
          const rp = rowPart(r);
          if (r.nodeName === 'tr' && !hidden(r)) rows.push({ tr: r, parts: [part, rp] });
        }
      }
    }
    return { rows, captions };
  }

  /**
   * A table used for page layout, not data: one whose cells hold other tables, or that has a
   * single column. Its cells are read as blocks, so the tables inside stay tables.
   */
  private isLayout(rows: Array<{ tr: T.Element }>): boolean {
    let wide = false;
    for (const { tr } of rows) {
      let cells = 0;
      for (const td of tr.childNodes) {
        if (!isElement(td) || (td.nodeName !== 'td' && td.nodeName !== 'th')) continue;
        cells++;
        if (Number(attr(td, 'colspan') ?? 1) > 1) wide = true;
        if (holdsTable(td)) return true;
      }
      if (cells > 1) wide = true;
    }
    return !wide;
  }

  /** Reads the table whose frame is on top of the stack. */
  private table(sink: Sink, out: Output | null): void {
    const depth = this.stack.length - 1;
    const tableFrame = this.stack[depth]!;
    const table = tableFrame.el as T.Element;
    const { rows, captions } = this.rowsOf(table);
    for (const cap of captions) this.sub(cap.el, cap.part, sink, out);
    if (this.isLayout(rows)) {
      for (const { tr, parts } of rows) {
        const index = childIndex(tr.childNodes);
        for (const td of tr.childNodes) {
          if (!isElement(td)) continue;
          const tdPart = index(td);
          if ((td.nodeName !== 'td' && td.nodeName !== 'th') || hidden(td)) continue;
          this.sub(td, [...parts, tdPart].join('>'), sink, out);
        }
      }
      return;
    }
    this.dataTables++;
    // The grid: every row's cells placed left to right past the cells that rows above span into.
    const n = rows.length;
    let budget = maxGridCells;
    const grid: Array<Array<GridCell | { cover: GridCell } | undefined>> = rows.map(() => []);
    rows.forEach(({ tr, parts }, r) => {
      const row = grid[r]!;
      let col = 0;
      const index = childIndex(tr.childNodes);
      for (const td of tr.childNodes) {
        if (!isElement(td)) continue;
        const tdPart = index(td);
        if ((td.nodeName !== 'td' && td.nodeName !== 'th') || hidden(td)) continue;
        while (row[col] !== undefined) col++;
        const cell: GridCell = { text: '', origin: { form: 'html', path: '' } };
        // Read the cell's content into pieces, joined without line breaks or tabs.
        const pieces: string[] = [];
        this.sub(td, [...parts, tdPart].join('>'), { line: (t) => pieces.push(t) }, null, (o) => (cell.origin = o));
        cell.text = pieces.reduce((a, p) => joinPieces(a, p.replace(/[\t\r\n]+/g, ' ').trim()), '').trim();
        let cs = Math.min(Math.max(1, Math.floor(Number(attr(td, 'colspan') ?? 1)) || 1), 1000);
        const rsRaw = Math.floor(Number(attr(td, 'rowspan') ?? 1));
        let rs = rsRaw === 0 ? n - r : Math.min(Math.max(1, rsRaw || 1), n - r);
        // Spans that would blow the grid up (a crafted page) are not followed.
        budget -= cs * rs;
        if (budget < 0) cs = rs = 1;
        for (let i = 0; i < rs; i++) {
          const g = grid[r + i]!;
          for (let j = 0; j < cs; j++) if (i || j) g[col + j] = { cover: cell };
        }
        row[col] = cell;
        col += cs;
      }
    });
    if (!out) {
      // A table inside a table cell (only under layout tables, which are not read as grids).
      for (const row of grid) for (const c of row) if (c && 'text' in c && c.text) sink.line(c.text, () => c.origin);
      return;
    }
    let width = 0;
    for (const row of grid) width = Math.max(width, row.length);
    // Rows are padded to the table's width, unless one crafted row would make that huge.
    const padded = width * grid.length <= maxGridCells;
    for (const row of grid) {
      if (!row.some((c) => c && 'text' in c && c.text)) continue;
      const n = padded ? width : row.length;
      for (let c = 0; c < n; c++) {
        if (c) out.write('\t');
        const cell = row[c];
        if (cell) {
          const own = 'text' in cell ? cell : cell.cover;
          out.mark(own.origin);
          if ('text' in cell) out.write(cell.text);
        }
      }
      out.write('\n');
    }
  }

  /** Reads one element's content (a cell, a caption) as a subtree of its own. */
  private sub(el: T.Element, part: string, sink: Sink, out: Output | null, onOrigin?: (o: Origin) => void): void {
    const saved = this.raw;
    const savedLength = this.rawLength;
    this.raw = [];
    this.rawLength = 0;
    const base = this.stack.length;
    const f = this.enter(el, part);
    f.block = true;
    if (onOrigin) onOrigin(this.originOf(base));
    this.walk(base, sink, out);
    this.raw = saved;
    this.rawLength = savedLength;
  }
}

function childIndex(children: T.ChildNode[]): (el: T.Element) => string {
  const totals = new Map<string, number>();
  for (const c of children) if (isElement(c)) totals.set(c.nodeName, (totals.get(c.nodeName) ?? 0) + 1);
  const seen = new Map<string, number>();
  return (el) => {
    const n = (seen.get(el.nodeName) ?? 0) + 1;
    seen.set(el.nodeName, n);
    return (totals.get(el.nodeName) ?? 1) > 1 ? `${el.nodeName}[${n}]` : el.nodeName;
  };
}

function holdsTable(el: T.Element): boolean {
  const stack: T.ChildNode[] = [...el.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.nodeName === 'table') return true;
    for (const c of n.childNodes) stack.push(c);
  }
  return false;
}

/** Lines of the page written to the output, one origin segment per block. */
function pageSink(out: Output): Sink {
  return {
    line(text, origin) {
      out.mark(origin());
      out.write(text);
      out.write('\n');
    },
  };
}

// ---------------------------------------------------------------- escaped markup in JSON and scripts

/** Unescape a JS string literal (quotes included); JSON.parse where it is JSON. */
function unescapeLiteral(lit: string): string | null {
  if (lit.startsWith('"')) {
    try {
      return JSON.parse(lit) as string;
    } catch {
      /* a JS-only escape: below */
    }
  }
  const body = lit.slice(1, -1);
  return body.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r\n|[\s\S])/g, (_m, e: string, cp?: string, u?: string, x?: string) => {
    if (cp) {
      const v = parseInt(cp, 16);
      return v <= 0x10ffff ? String.fromCodePoint(v) : '';
    }
    if (u) return String.fromCharCode(parseInt(u, 16));
    if (x) return String.fromCharCode(parseInt(x, 16));
    switch (e) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0': return '\0';
      case '\n': case '\r': case '\r\n': case '\u2028': case '\u2029': return '';
      default: return e;
    }
  });
}

const tableMark = /(?:<|\\u003c|\\x3c|\\u003C|\\x3C)\s*table\b/i;

interface Embedded {
  markup: string;
  /** The string literal as written. */
  literal: string;
}

/**
 * The string literals of JS or JSON code, as [start, end) spans quotes included. A scan, not a
 * regular expression: a literal can be megabytes long. A quote that is not closed on its line
 * (an apostrophe in a comment) starts no literal.
 */
function literals(code: string, visit: (start: number, end: number) => void): void {
  const n = code.length;
  for (let i = 0; i < n; i++) {
    const q = code.charCodeAt(i);
    if (q !== 34 && q !== 39 && q !== 96) continue;
    let j = i + 1;
    let closed = false;
    while (j < n) {
      const d = code.charCodeAt(j);
      if (d === 92) j += 2;
      else if (d === q) {
        closed = true;
        break;
      } else if ((d === 10 || d === 13) && q !== 96) break;
      else j++;
    }
    if (closed) {
      visit(i, j + 1);
      i = j;
    } else i = j - 1;
  }
}

/** The longest string literal in JS/JSON code that holds escaped markup with a table. */
function findEmbedded(code: string): Embedded | null {
  if (!tableMark.test(code)) return null;
  let best: Embedded | null = null;
  let bestLength = 0;
  literals(code, (a, b) => {
    if (b - a < 16 || b - a <= bestLength) return;
    const lit = code.slice(a, b);
    if (!tableMark.test(lit)) return;
    const s = unescapeLiteral(lit);
    if (s && s.length > bestLength && /<\s*table\b/i.test(s)) {
      best = { markup: s, literal: lit };
      bestLength = s.length;
    }
  });
  return best;
}

/** In a JSON document: the longest string value holding markup with a table. */
function jsonMarkup(value: unknown): string | null {
  let best: string | null = null;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length > (best?.length ?? 0) && /<\s*table\b/i.test(v)) best = v;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v as Record<string, unknown>));
  }
  return best;
}

function scriptsOf(doc: T.Document): Array<{ el: T.Element; path: string }> {
  const found: Array<{ el: T.Element; path: string }> = [];
  const stack: Array<{ n: T.ParentNode; path: string }> = [{ n: doc, path: '' }];
  while (stack.length) {
    const { n, path } = stack.pop()!;
    const index = childIndex(n.childNodes);
    const kids: Array<{ n: T.ParentNode; path: string }> = [];
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      const p = path ? `${path}>${index(c)}` : index(c);
      if (c.nodeName === 'script') found.push({ el: c, path: p });
      else kids.push({ n: c, path: p });
    }
    stack.push(...kids.reverse());
  }
  return found;
}

// ---------------------------------------------------------------- entry point

function failure(code: ReadFailure['code'], zh: string, en: string): ReadFailure {
  return { code, form: 'html', message: { zh, en } };
}

/** A byte-offset function over the decoded page: offsets come mostly in order, so it goes on from the last. */
function byteCounter(text: string, enc: Decoded['encoding'] | null, skip: number): ((at: number) => number) | null {
  if (!enc) return null;
  let lastChar = 0;
  let lastByte = skip;
  return (at: number) => {
    if (at < lastChar) {
      lastChar = 0;
      lastByte = skip;
    }
    lastByte += byteLength(text, enc, lastChar, at);
    lastChar = at;
    return lastByte;
  };
}

/** Read a document (or fragment) tree into the output. Returns the walker (for its table counts). */
function readTree(root: T.Document | T.DocumentFragment, host: Host, out: Output): Walker {
  const w = new Walker(host);
  w.read(root, out);
  return w;
}

/**
 * HTML bytes → text with a source map (one line per block, one TAB-separated line per table
 * row). Never throws; a page with no text at all gives the failure `no-text`.
 */
export function readHtml(bytes: Uint8Array): HtmlReadResult {
  const page = decodePage(bytes);
  const none = (enc: string) => ({
    source: null, embedded: false, encoding: enc,
    failure: failure('no-text', '网页没有文字内容', 'the page holds no text'),
  });
  if (!page) return { ...none('unknown'), failure: failure('no-text', '网页没有可读的文字（不是文本数据）', 'the page holds no readable text (binary data)') };
  const html = page.text;
  const out = new Output();
  let embedded = false;
  const byteAt = byteCounter(html, page.bytesOf, page.skip);

  // A JSON document (a crawler's saved API response): read the markup in its longest string.
  const lead = /^\s*[[{]/.test(html) ? html.trimEnd() : '';
  if (lead && /[\]}]$/.test(lead)) {
    try {
      const markup = jsonMarkup(JSON.parse(html));
      if (markup) {
        readTree(parseFragment(markup), { prefix: '#json', byteAt: null }, out);
        embedded = true;
      }
    } catch {
      /* not JSON: read as HTML */
    }
  }
  if (!embedded) {
    const doc = parse(html, { sourceCodeLocationInfo: byteAt !== null });
    const w = readTree(doc, { prefix: '', byteAt }, out);
    // No table on the page, but one in escaped markup inside a script (or the page is JS):
    // read that after the page's own text.
    if (w.dataTables === 0 && tableMark.test(html)) {
      let found: (Embedded & { path: string; from: number }) | null = null;
      for (const s of scriptsOf(doc)) {
        const code = s.el.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('');
        const e = findEmbedded(code);
        if (e && (!found || e.markup.length > found.markup.length)) found = { ...e, path: s.path, from: s.el.sourceCodeLocation?.startOffset ?? 0 };
      }
      if (!found) {
        const e = findEmbedded(html);
        if (e) found = { ...e, path: '#text', from: 0 };
      }
      if (found) {
        // The literal as written (it holds no raw line break) is found in the page itself.
        const at = html.indexOf(found.literal, found.from);
        const offset = byteAt && at >= 0 ? byteAt(at) : null;
        const host: Host = { prefix: `${found.path}>#string`, byteAt: offset === null ? null : () => offset };
        readTree(parseFragment(found.markup, { sourceCodeLocationInfo: offset !== null }), host, out);
        embedded = true;
      }
    }
  }
  const text = out.text();
  if (text.trim() === '') return none(page.encoding);
  return {
    source: new SourceText(text, { form: 'html', encoding: 'utf-8', origins: out.origins }),
    failure: null,
    encoding: page.encoding,
    embedded,
  };
}
