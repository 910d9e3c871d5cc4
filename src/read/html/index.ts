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
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { ReadFailure } from '../index.js';
import { Output } from '../output.js';
import { SourceText } from '../source.js';
import { byteCounter, decodePage } from './charset.js';
import { findEmbedded, jsonMarkup, scriptsOf, tableMark, type Embedded } from './embedded.js';
import { readTree, type Host } from './walk.js';

export { declaredCharset } from './charset.js';

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

function failure(code: ReadFailure['code'], zh: string, en: string): ReadFailure {
  return { code, form: 'html', message: { zh, en } };
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
    source: new SourceText(text, { form: 'html', encoding: 'utf-8', origins: out.origins, grids: out.grids }),
    failure: null,
    encoding: page.encoding,
    embedded,
  };
}
