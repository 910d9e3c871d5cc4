import { decodeText, looksBinary } from '../decode.js';
import { holdsHtml, readMarkdownWithHtml } from '../markdown.js';
import { failed, type Reader } from '../reader.js';
import { SourceText } from '../source.js';

/**
 * Plain text and Markdown (UTF-8, GBK/GB18030, UTF-16): whatever no other reader claims. Markdown
 * that holds HTML (pandoc's tables with merged cells, Word-pasted markup) has its tables read as HTML.
 */
export const textReader: Reader = {
  form: 'text',
  name: { zh: '文本', en: 'text' },
  detect: () => true,
  read(bytes) {
    const decoded = decodeText(bytes);
    if (!decoded || looksBinary(decoded.text)) return { ...failed('binary', 'binary', '不是文本文件（含有二进制数据）', 'not a text file (binary data)'), form: 'binary' };
    if (decoded.text.trim() === '') return { ...failed('empty', 'empty', '文件没有文字内容', 'the file holds no text'), form: 'empty' };
    const repaired = decoded.repaired ? { repaired: decoded.repaired } : {};
    if (holdsHtml(decoded.text)) {
      const out = readMarkdownWithHtml(decoded.text, decoded.encoding, decoded.skip);
      return {
        failure: null, encoding: decoded.encoding, ...repaired,
        source: new SourceText(out.text(), { encoding: 'utf-8', bom: decoded.bom, form: 'text', origins: out.origins, grids: out.grids }),
      };
    }
    return { failure: null, ...repaired, source: new SourceText(decoded.text, { encoding: decoded.encoding, bom: decoded.bom, skip: decoded.skip, bytes }) };
  },
};
