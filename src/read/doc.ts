/**
 * Word 97 (.doc): an OLE compound file, converted to .docx by LibreOffice and read as DOCX.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocx, type DocxReadResult } from './docx.js';
import type { ReadFailure } from './index.js';
import { describeFailure, runProgram } from './program.js';

/** An OLE compound file that is not a Word document (an .xls, a .ppt): said by `read` and `readDoc` alike. */
export const notWordMessage = {
  zh: '这是 Office 97–2003 复合文档，但不是 Word 文档（可能是 Excel .xls 或 PowerPoint .ppt），暂不能读取',
  en: 'this is an Office 97–2003 compound file but not a Word document (an Excel .xls or a PowerPoint .ppt?), which cannot be read',
} as const;


export interface DocReadOptions {
  /** Longest a conversion may take, in milliseconds (default 120 s); LibreOffice is then killed. */
  timeoutMs?: number;
}

export const defaultDocTimeoutMs = 120_000;

const docFailure = (code: ReadFailure['code'], zh: string, en: string): DocxReadResult =>
  ({ source: null, failure: { code, form: 'doc', message: { zh, en } } });

const damaged = (zh: string, en: string) =>
  docFailure('corrupt', `Word 97（.doc）文件已损坏或不完整（${zh}），无法读取`, `the Word 97 (.doc) file is damaged or incomplete (${en}) and cannot be read`);

/**
 * Read a Word 97 (.doc) file: its compound-file directory is checked first (a cut-off file,
 * an Excel or PowerPoint file, a password are told without starting anything), then
 * LibreOffice converts it to .docx (`soffice --headless --convert-to docx`), which `readDocx`
 * reads. Every call has its own temporary directory and LibreOffice profile (removed after),
 * so calls may run at the same time. Never throws: without LibreOffice the failure is
 * `unsupported-form`, saying what to install.
 */
export async function readDoc(bytes: Uint8Array, options: DocReadOptions = {}): Promise<DocxReadResult> {
  // cfb is loaded when a .doc comes, not with the library.
  const { inspectOle } = await import('./ole.js');
  const ole = inspectOle(bytes);
  if (ole.kind === 'damaged') return damaged(ole.zh, ole.en);
  if (ole.kind === 'not-word') {
    return docFailure('unsupported-form', notWordMessage.zh, notWordMessage.en);
  }
  if (ole.kind === 'encrypted') {
    return docFailure('encrypted', 'Word 97（.doc）文件有密码保护（已加密），无法读取：请提供未加密的文件',
      'the Word 97 (.doc) file is password-protected (encrypted) and cannot be read; provide an unencrypted copy');
  }
  const timeoutMs = options.timeoutMs ?? defaultDocTimeoutMs;
  const release = await conversionSlot();
  let dir: string | null = null;
  try {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-doc-'));
    const input = join(dir, 'in.doc');
    const out = join(dir, 'out');
    await writeFile(input, bytes);
    await mkdir(out);
    const args = [
      // A profile of its own: two LibreOffice processes never share one, and ~/.config is not touched.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck', '--nologo', '--nodefault',
      // Word 97 and later: no other import filter is tried (a damaged file fails instead of being read as plain text).
      ...(ole.filter ? [`--infilter=${ole.filter}`] : []),
      '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, input,
    ];
    // In a process group of its own: the script execs oosplash, which starts soffice.bin as its
    // child, so on time-out the whole group is killed, not only the first (and what is left of
    // it after the script exits goes too).
    const res = await runProgram('soffice', args, { group: true, timeoutMs, stdout: 'ignore', env: { SAL_USE_VCLPLUGIN: 'svp' } });
    if (res.kind === 'missing') {
      return docFailure('unsupported-form',
        '这是 Word 97（.doc）文件，读取需要 LibreOffice：请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或先用 Word/WPS 另存为 .docx',
        'this is a Word 97 (.doc) file, which needs LibreOffice to be read: install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), or save it as .docx with Word/WPS first');
    }
    if (res.kind === 'error' || res.kind === 'too-large') {
      // (Never too large: its standard output is not read.)
      const message = res.kind === 'error' ? res.message : describeFailure('soffice', res);
      return docFailure('unsupported-form', `LibreOffice（soffice）无法运行：${message}`, `LibreOffice (soffice) could not be run: ${message}`);
    }
    if (res.kind === 'timeout') {
      return docFailure('timeout', `Word 97（.doc）文件转换超时（LibreOffice 超过 ${timeoutMs / 1000} 秒未完成）`,
        `converting the Word 97 (.doc) file timed out (LibreOffice took over ${timeoutMs / 1000} s)`);
    }
    let docx: Uint8Array | null = null;
    if (res.kind === 'ok') docx = await readFile(join(out, 'in.docx')).catch(() => null);
    if (!docx) {
      // LibreOffice exits 0 without writing anything when it cannot load the file.
      const exit = res.kind === 'ok' ? 0 : res.code ?? res.signal;
      const why = res.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/^warning:/i.test(l)).pop() ?? `exit ${exit}`;
      return docFailure('corrupt', `LibreOffice 无法打开这个 Word 97（.doc）文件（文件可能已损坏：${why}）`,
        `LibreOffice could not open this Word 97 (.doc) file (it may be damaged: ${why})`);
    }
    const d = readDocx(docx);
    return d.failure ? { source: null, failure: { ...d.failure, form: 'doc' } } : d;
  } catch (e) {
    // The temporary directory could not be written (disk full, no /tmp).
    const msg = (e as Error).message;
    return docFailure('unsupported-form', `Word 97（.doc）文件无法转换：临时文件写入失败（${msg}）`, `the Word 97 (.doc) file could not be converted: temporary files could not be written (${msg})`);
  } finally {
    release();
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

// At most one LibreOffice per core in this process (each takes a few hundred MB and a core).
let running = 0;
const waiting: Array<() => void> = [];
function conversionSlot(): Promise<() => void> {
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  if (running < Math.max(1, availableParallelism())) {
    running++;
    return Promise.resolve(release);
  }
  return new Promise((resolve) => waiting.push(() => resolve(release)));
}
