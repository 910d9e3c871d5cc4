/**
 * The readers, in the order they are asked what the bytes are: signatures first (empty, PDF,
 * Word 97, the zip family with XLSX before DOCX before any zip, images), then markup, then text,
 * which takes whatever is left. A new form is one more file in readers/ and one line here.
 */
import type { Form } from './detect.js';
import type { Reader } from './reader.js';
import { docReader } from './readers/doc.js';
import { emptyReader } from './readers/empty.js';
import { htmlReader } from './readers/html.js';
import { imageReader } from './readers/image.js';
import { docxReader, xlsxReader, zipReader } from './readers/office.js';
import { pdfReader } from './readers/pdf.js';
import { sniff } from './readers/sniff.js';
import { textReader } from './readers/text.js';

export const readers: readonly Reader[] = [emptyReader, pdfReader, docReader, xlsxReader, docxReader, zipReader, imageReader, htmlReader, textReader];

/** The reader that claims the bytes (text, the last, claims any). */
export function readerOf(bytes: Uint8Array): Reader {
  const s = sniff(bytes);
  return readers.find((r) => r.detect(s)) ?? textReader;
}

/** The reader of a form, where there is one ('binary' has none: text refuses it). */
export function readerFor(form: Form): Reader | undefined {
  return readers.find((r) => r.form === form);
}
