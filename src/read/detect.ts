/** Input forms nianbao recognises from the bytes themselves (magic numbers, markup). */
export type Form = 'text' | 'html' | 'pdf' | 'docx' | 'xlsx' | 'doc' | 'zip' | 'image' | 'binary' | 'empty';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

/**
 * Decide the input form from the first bytes. Text forms (plain text, Markdown) and HTML
 * are told apart by markup near the start, never by the file name alone.
 */
export function detectForm(bytes: Uint8Array): Form {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc'; // OLE2 (Word 97)
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // A zip: DOCX names word/document.xml near the start of its central entries, XLSX xl/….
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString('latin1');
    if (head.includes('xl/') && !head.includes('word/')) return 'xlsx';
    return head.includes('word/') || head.includes('[Content_Types].xml') ? 'docx' : 'zip';
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF
  ) {
    return 'image';
  }
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 2048))).toString('latin1').toLowerCase();
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s/.test(head)) return 'html';
  // A table without a document around it is a web page's fragment, unless Markdown marks stand
  // around it (a heading, bold, a pipe table): pandoc's Markdown keeps tables with merged cells as HTML.
  if (/<table[\s>]/.test(head)) return /^#{1,6} |\*\*|^\|.*\|\s*$/m.test(head) ? 'text' : 'html';
  return 'text';
}
