import { readHtml } from '../html.js';
import type { Reader } from '../reader.js';

/** A table whose Markdown marks (a heading, bold, a pipe table) stand around it is Markdown (pandoc keeps merged tables as HTML). */
const markdownMarks = /^#{1,6} |\*\*|^\|.*\|\s*$/m;

/** Web pages (HTML; a table without a document around it is a page's fragment). */
export const htmlReader: Reader = {
  form: 'html',
  name: { zh: '网页（HTML）', en: 'a web page (HTML)' },
  detect: ({ head }) => /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s/.test(head) || (/<table[\s>]/.test(head) && !markdownMarks.test(head)),
  read(bytes) {
    const r = readHtml(bytes);
    return { source: r.source, failure: r.failure, encoding: r.encoding };
  },
};
