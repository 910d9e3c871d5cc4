/**
 * A same-length normalisation of the decoded text for matching: every offset in the
 * result is an offset in the original, so positions need no map.
 *
 * - full-width ASCII （１２） → (12); ideographic space, NBSP, other spaces, form feed → space;
 * - minus signs (−, ﹣) → '-'; box-drawing verticals (│) → '|'; zero-width characters → space;
 * - `<br>` of Markdown cells → spaces.
 */
export function normalize(text: string): string {
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3c) {
      // Form feeds (pdftotext's page breaks) and vertical tabs are spaces to the reader.
      if (c === 0x0c || c === 0x0b) {
        out += text.slice(from, i) + ' ';
        from = i + 1;
      }
      continue;
    }
    if (c >= 0x3400 && c < 0xa000) continue; // CJK ideographs, most of the text
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff) r = 0x20;
    else if (c === 0x2212 || c === 0xfe63) r = 0x2d;
    else if (c === 0x2502 || c === 0x2503 || c === 0x2551) r = 0x7c; // box-drawing │ ┃ ║ (w3m, lynx) → |
    else if (c === 0x3c && (text.startsWith('<br>', i) || text.startsWith('<br/>', i) || text.startsWith('<br />', i))) {
      const len = text.startsWith('<br>', i) ? 4 : text.startsWith('<br/>', i) ? 5 : 6;
      out += text.slice(from, i) + ' '.repeat(len);
      i += len - 1;
      from = i + 1;
      continue;
    }
    if (r >= 0) {
      out += text.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
