/**
 * Markdown (or text) holding HTML → text with its tables as grids.
 *
 * pandoc (and MinerU, docling and the like) write every table with merged cells as a raw HTML
 * `<table>` block inside the Markdown, and keep a Word-pasted page's inline markup, even across
 * line breaks, e.g. (a real pandoc line):
 *
 *     <span style="font-family: 微软雅黑;">三、收到和处理</span><span
 *     ^
 *
 * Each `<table>` block is read as a web page's table is (parse5, rowspan/colspan resolved, blank
 * cells kept in place, one TAB-separated line per row). The Markdown around the blocks is parsed
 * (mdast, with GFM tables): a paragraph or heading becomes one line with its inline markup left
 * out, a GFM table one TAB-separated line per row. Text without HTML is not read here.
 *
 * Origins: a cell of an HTML table is `{ form: 'html', path: '#md>…', byteOffset }` with the
 * byte offset of its element in the file; every other line is `{ form: 'text', line,
 * byteOffset }`, where its node starts in the file.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseFragment } from 'parse5';
import type { Decoded } from './decode.js';
import type { Origin } from '../model/diagnostic.js';
import { Output } from './output.js';
import { byteCounter } from './html/charset.js';
import { readTree } from './html/walk.js';
import { joinPieces } from './html/text.js';

/** A block of the text that opens with an HTML tag (a table, a span, a div) at a line start or inline. */
const htmlMark = /<(table|span|div|p|font|td|tr)\b/i;
/** `<table …>` at the start of a line: an HTML table block. */
const tableOpen = /^[ \t]*<table\b/gim;

/**
 * True when the text holds HTML to read as markup. (Markdown with pipe tables only is read line
 * by line by the extractor: a GFM parser would drop the cells of a row wider than its header.)
 */
export function holdsHtml(text: string): boolean {
  return htmlMark.test(text);
}

/** The end (past `</table>`) of the table block opening at `from`, nested tables counted. */
function blockEnd(text: string, from: number): number {
  const tag = /<(\/?)table\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 0;
  for (let m; (m = tag.exec(text)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return text.length;
}

/** Line (1-based) of char offsets, asked in rising order. */
function lineCounterOf(text: string): (at: number) => number {
  let lastChar = 0;
  let line = 1;
  return (at) => {
    if (at < lastChar) [lastChar, line] = [0, 1];
    for (let i = lastChar; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    lastChar = at;
    return line;
  };
}

/**
 * The visible text of inline content: markup left out. Inline pieces sit side by side in the
 * source, any space between them kept in the text nodes, so they join as they are: a number whose
 * digits Word wrapped in spans of their own (`1<span>3</span>`) stays 13. Soft line breaks stay
 * for linesOf.
 */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return /^<br\b/i.test(node.value) ? '\n' : '';
  if (node.type === 'break') return '\n';
  if ('children' in node) {
    let s = '';
    for (const c of node.children as Nodes[]) s += inlineText(c);
    return s;
  }
  return '';
}

/** Lines of inline text: a soft break between CJK goes, else becomes a space. */
function linesOf(s: string): string[] {
  return s.split(/\n/).reduce<string[]>((acc, part, i) => {
    if (i === 0) return [part.trim()];
    acc[acc.length - 1] = joinPieces(acc[acc.length - 1]!, part.trim());
    return acc;
  }, []);
}

/**
 * Reads `text` (decoded from a file in `encoding`, `skip` bytes of BOM before it): its HTML
 * table blocks as grids, the Markdown around them parsed. Returns the derived text and origins.
 */
export function readMarkdownWithHtml(text: string, encoding: Decoded['encoding'], skip: number): Output {
  const out = new Output();
  const byteAt = byteCounter(text, encoding, skip)!;
  const lineAt = lineCounterOf(text);
  const markAt = (at: number): Origin => ({ form: 'text', line: lineAt(at), byteOffset: byteAt(at) });
  const mark = (at: number) => out.mark(markAt(at));
  const line = (s: string, at: number) => {
    if (!s.trim()) return;
    mark(at);
    out.write(s.replace(/[\r\n]+/g, ' '));
    out.write('\n');
  };

  const block = (node: RootContent, base: number) => {
    const at = base + (node.position?.start.offset ?? 0);
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        for (const l of linesOf(inlineText(node))) line(l, at);
        return;
      case 'table':
        out.beginTable();
        for (const row of node.children) {
          const cells = row.children.map((c) => linesOf(inlineText(c)).join(' ').trim());
          if (!cells.some((c) => c.trim())) continue;
          const origin = markAt(base + (row.position?.start.offset ?? 0));
          out.row(cells.map((text, i) => (i ? { text } : { text, origin })));
        }
        out.endTable();
        return;
      case 'code':
        for (const l of node.value.split('\n')) line(l, at);
        return;
      case 'html':
        html(node.value, at);
        return;
      default:
        if ('children' in node) for (const c of node.children as RootContent[]) block(c, base);
    }
  };
  const html = (markup: string, at: number) => {
    const byteOf = byteCounter(markup, encoding, byteAt(at));
    readTree(parseFragment(markup, { sourceCodeLocationInfo: true }), { prefix: '#md', byteAt: byteOf }, out);
  };
  const markdown = (from: number, to: number) => {
    if (from >= to) return;
    const tree: Root = fromMarkdown(text.slice(from, to), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
    for (const node of tree.children) block(node, from);
  };

  let at = 0;
  tableOpen.lastIndex = 0;
  for (let m; (m = tableOpen.exec(text)); ) {
    if (m.index < at) continue;
    const start = m.index + m[0].indexOf('<');
    markdown(at, start);
    const end = blockEnd(text, start);
    html(text.slice(start, end), start);
    at = end;
    tableOpen.lastIndex = end;
  }
  markdown(at, text.length);
  return out;
}
