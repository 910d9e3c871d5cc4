/** Escaped markup in JSON and scripts: a report a crawler saved inside a string. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { childIndex, isElement } from './elements.js';

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

export const tableMark = /(?:<|\\u003c|\\x3c|\\u003C|\\x3C)\s*table\b/i;

export interface Embedded {
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
export function findEmbedded(code: string): Embedded | null {
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
export function jsonMarkup(value: unknown): string | null {
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

export function scriptsOf(doc: T.Document): Array<{ el: T.Element; path: string }> {
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
