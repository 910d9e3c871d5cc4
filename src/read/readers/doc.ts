import { failed, type Reader } from '../reader.js';
import { notWordMessage } from '../doc.js';
import { startsWith } from './sniff.js';

// Every Word file names its WordDocument stream in the compound file's directory (UTF-16LE).
const wordDocumentName = Buffer.from('WordDocument', 'utf16le');

/** Word 97 (.doc): an OLE compound file, converted by LibreOffice (read/doc.ts). */
export const docReader: Reader = {
  form: 'doc',
  name: { zh: 'Word 97（.doc）文件', en: 'a Word 97 (.doc) file' },
  detect: ({ bytes }) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  read(bytes) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(wordDocumentName) < 0) {
      return failed('doc', 'unsupported-form', notWordMessage.zh, notWordMessage.en);
    }
    return failed('doc', 'unsupported-form', '这是 Word 97（.doc）文件：请先另存为 .docx（或安装 LibreOffice 后用 parseAsync / 命令行读取）',
      'this is a Word 97 (.doc) file: save it as .docx first (or install LibreOffice and use parseAsync / the CLI)');
  },
  async readAsync(bytes, budget) {
    const { readDoc } = await import('../doc.js');
    const d = await readDoc(bytes, budget.docTimeoutMs !== undefined ? { timeoutMs: budget.docTimeoutMs } : {});
    return { source: d.source, failure: d.failure };
  },
  isolated: true,
};
