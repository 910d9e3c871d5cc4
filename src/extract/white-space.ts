/** A white-space character: what `\s` matches, and what `String.prototype.trim` takes off. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** `s.trim()`, without the call where neither end is white space (a field's text, already trimmed, mostly). */
export function trimmed(s: string): string {
  const n = s.length;
  return n > 0 && !isWhiteSpace(s.charCodeAt(0)) && !isWhiteSpace(s.charCodeAt(n - 1)) ? s : s.trim();
}
