import { readDocx } from '../docx.js';
import { failed, type Reader } from '../reader.js';
import { isZip } from './sniff.js';

// A zip: DOCX names word/document.xml near the start of its central entries, XLSX xl/….

/** Excel (.xlsx): a draft or a table sheet, read by exceljs in this process (read/xlsx.ts). */
export const xlsxReader: Reader = {
  form: 'xlsx',
  name: { zh: 'Excel（.xlsx）文件', en: 'an Excel (.xlsx) file' },
  detect: (s) => isZip(s.bytes) && s.zipHead.includes('xl/') && !s.zipHead.includes('word/'),
  read: () => failed('xlsx', 'unsupported-form', 'Excel（.xlsx）文件需用异步接口读取（parseAsync，命令行已使用）',
    'an Excel (.xlsx) file is read by the asynchronous API (parseAsync, which the CLI uses)'),
  async readAsync(bytes) {
    const { readXlsx } = await import('../xlsx.js');
    const x = await readXlsx(bytes);
    return { source: x.source, failure: x.failure };
  },
};

/** Word (.docx): paragraphs and tables with their element paths (read/docx.ts). */
export const docxReader: Reader = {
  form: 'docx',
  name: { zh: 'Word（.docx）文件', en: 'a Word (.docx) file' },
  detect: (s) => isZip(s.bytes) && (s.zipHead.includes('word/') || s.zipHead.includes('[Content_Types].xml')),
  read: (bytes) => readDocx(bytes),
};

/** Any other zip: its files are read one by one where the input is expanded (input/read-inputs.ts). */
export const zipReader: Reader = {
  form: 'zip',
  name: { zh: 'zip 压缩包', en: 'a zip archive' },
  detect: (s) => isZip(s.bytes),
};
