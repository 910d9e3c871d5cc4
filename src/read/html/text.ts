/** Text helpers: joining pieces of text and HTML white space collapsing. */

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
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const x = a.charCodeAt(a.length - 1);
  const y = b.charCodeAt(0);
  if (isSpace(x) || isSpace(y) || isWide(x) || isWide(y)) return a + b;
  return a + ' ' + b;
}

export const HARD_BREAK = '\u0000';
export const PRE_SPACE = '\u0001';
export const PRE_TAB = '\u0002';

/**
 * HTML white space collapsing: runs of ASCII white space become one space, except a run that
 * holds a line break next to a CJK character, which goes (the source was wrapped there). Lines
 * are split at hard breaks (`<br>`) and trimmed; text from `<pre>` keeps its spaces and tabs.
 */
export function collapse(raw: string): string[] {
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
