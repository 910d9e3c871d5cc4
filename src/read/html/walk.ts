/** The walk: the page tree → lines of the output, tables read by `table.ts`. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { Origin } from '../../model/diagnostic.js';
import type { Output } from '../output.js';
import { blocks, childIndex, hidden, isElement, preformatted, skipped } from './elements.js';
import { gridOf, isLayout, rowsOf, writeGrid, type GridCell } from './table.js';
import { collapse, HARD_BREAK, joinPieces, PRE_SPACE, PRE_TAB } from './text.js';

/** Tables inside tables deeper than this are read as blocks (no page nests layout tables so deep). */
const maxTableDepth = 16;
/** Longest element path given in an origin, in elements. */
const maxPathParts = 64;

export interface Host {
  /** Prefix of the element paths (an embedded document: the path of the string that held it). */
  prefix: string;
  /** Byte offset in the file of a char offset in the decoded markup; null where unknown. */
  byteAt: ((charOffset: number) => number) | null;
}

/** What a walk of one subtree collects: lines of the page, or the pieces of one table cell. */
export interface Sink {
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

  /** Reads the table whose frame is on top of the stack. */
  private table(sink: Sink, out: Output | null): void {
    const depth = this.stack.length - 1;
    const tableFrame = this.stack[depth]!;
    const table = tableFrame.el as T.Element;
    const { rows, captions } = rowsOf(table);
    for (const cap of captions) this.sub(cap.el, cap.part, sink, out);
    if (isLayout(rows)) {
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
    const grid = gridOf(rows, (td, path) => this.cell(td, path));
    writeGrid(grid, sink, out);
  }

  /** Reads a cell of a data table. */
  private cell(td: T.Element, path: string): GridCell {
    const cell: GridCell = { text: '', origin: { form: 'html', path: '' } };
    // Read the cell's content into pieces, joined without line breaks or tabs.
    const pieces: string[] = [];
    this.sub(td, path, { line: (t) => pieces.push(t) }, null, (o) => (cell.origin = o));
    cell.text = pieces.reduce((a, p) => joinPieces(a, p.replace(/[\t\r\n]+/g, ' ').trim()), '').trim();
    return cell;
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

/** Read a document (or fragment) tree into the output. Returns the walker (for its table counts). */
export function readTree(root: T.Document | T.DocumentFragment, host: Host, out: Output): Walker {
  const w = new Walker(host);
  w.read(root, out);
  return w;
}
