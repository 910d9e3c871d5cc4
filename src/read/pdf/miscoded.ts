/**
 * A text layer whose fonts map their glyphs to the wrong characters: a PDF rewritten by a tool that
 * re-encoded its embedded fonts (Ghostscript's pdfwrite of a Chromium print, whose Chinese fonts are
 * Type 3) keeps the glyphs on the page but not what they stand for.
 *
 * ```text
 * ⼆1P结转政府信息公开申请数量      0        (二、上年结转…: 、 → 1, 上 → P)
 * ÿ四Ā无法提供 1.本机关O掌握相关政府信息    (（ → ÿ, ） → Ā, 不 → O)
 * ```
 *
 * A Chinese report has no use for accented Latin letters, Latin Extended letters, private-use code
 * points or C1 controls; a text layer holding many of them (at least `least`, and one character in
 * 200 of its visible ones) is taken to be mis-coded. The count and a sample of them, or null.
 */
export function miscodedCharacters(text: string, least = 20): { count: number; sample: string } | null {
  let count = 0;
  let visible = 0;
  const seen = new Map<string, number>();
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c > 0x20) visible++;
    if (!miscodedCode(c)) continue;
    count++;
    seen.set(ch, (seen.get(ch) ?? 0) + 1);
  }
  if (count < least || count * 200 < visible) return null;
  // The sample shows what can be shown: C1 controls are counted, not printed.
  const sample = [...seen].filter(([ch]) => ch.codePointAt(0)! > 0x9f).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([ch]) => ch).join(' ');
  return { count, sample };
}

/**
 * A code point no Chinese report's text holds, a sign of glyphs mapped through the wrong encoding
 * or not at all: C1 controls, Latin-1 letters (not × or ÷), Latin Extended-A and -B, private use,
 * U+FFFD.
 */
export function miscodedCode(c: number): boolean {
  if (c < 0x80) return false;
  if (c <= 0x9f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd;
}
