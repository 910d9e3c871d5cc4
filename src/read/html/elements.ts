/** Element kinds and attributes, and element path parts. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** Elements whose content is never shown as text of the page. */
export const skipped = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'svg', 'math', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'button', 'input', 'canvas',
  'audio', 'video', 'map', 'noembed', 'noframes', 'xml', 'link', 'meta', 'img', 'area', 'source', 'track', 'param', 'base',
]);

/** Elements that start a line of their own. */
export const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'plaintext', 'xmp', 'search',
  'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);

export const preformatted = new Set(['pre', 'listing', 'plaintext', 'xmp']);

export function attr(el: T.Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function hidden(el: T.Element): boolean {
  if (el.attrs.length === 0) return false;
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style' && /none/i.test(a.value) && /display\s*:\s*none/i.test(a.value)) return true;
  }
  return false;
}

export const isElement = (n: T.Node): n is T.Element => 'tagName' in n;

export function childIndex(children: T.ChildNode[]): (el: T.Element) => string {
  const totals = new Map<string, number>();
  for (const c of children) if (isElement(c)) totals.set(c.nodeName, (totals.get(c.nodeName) ?? 0) + 1);
  const seen = new Map<string, number>();
  return (el) => {
    const n = (seen.get(el.nodeName) ?? 0) + 1;
    seen.set(el.nodeName, n);
    return (totals.get(el.nodeName) ?? 1) > 1 ? `${el.nodeName}[${n}]` : el.nodeName;
  };
}
