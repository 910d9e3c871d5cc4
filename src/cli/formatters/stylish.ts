import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceText } from '../../read/source.js';
import { displayWidth } from '../../text/width.js';
import { severityText, type Lang } from '../summary.js';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  source?: SourceText | undefined;
  /** A file that could not be read or is not a report. */
  failed?: { zh: string; en: string };
}


/**
 * Compiler-style output: `file:line:col  severity  message  rule-id`, the printed line
 * with a caret under the place, places in other files (last year's report) as
 * `file:line:col`, then a summary.
 */
export function stylish(results: readonly FileResult[], lang: Lang): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  for (const r of results) {
    if (r.failed) {
      failed++;
      out.push(`${r.file}  ${lang === 'zh' ? '无法读取' : 'not read'}  ${lang === 'zh' ? `${r.failed.zh}（${r.failed.en}）` : r.failed.en}`, '');
      continue;
    }
    for (const d of r.diagnostics) {
      count[d.severity]++;
      const where = d.position ? `${r.file}:${d.position.line}:${d.position.column}` : r.file;
      const msg = lang === 'zh' ? `${d.message.zh}（${d.message.en}）` : d.message.en;
      out.push(`${where}  ${severityText[d.severity][lang]}  ${msg}  ${d.ruleId}`);
      if (d.position && r.source) {
        const li = d.position.line - 1;
        const start = r.source.lineStarts[li]!;
        // A line too long to show is not copied (a 10 MB one-line file has it under every problem).
        const end = Math.min(r.source.lineEnds[li]!, start + 401);
        const line = r.source.text.slice(start, end).replace(/\t/g, ' ').replace(/\f/g, '');
        const before = r.source.text.slice(start, d.position.offset).replace(/\t/g, ' ').replace(/\f/g, '');
        if (line.trim() && displayWidth(line) <= 200) {
          out.push(`    ${line}`);
          out.push(`    ${' '.repeat(displayWidth(before))}^`);
        }
      }
      // A place in another file (last year's report): where to look there.
      for (const x of d.related ?? []) {
        if (!x.file || x.file === r.file) continue;
        const there = x.position ? `${x.file}:${x.position.line}:${x.position.column}` : x.file;
        out.push(lang === 'zh' ? `    相关位置（related）: ${there}` : `    related: ${there}`);
      }
    }
    if (r.diagnostics.length) out.push('');
  }
  const total = count.error + count.warning + count.info;
  const files = results.length;
  out.push(
    lang === 'zh'
      ? `${files} 个文件，${total} 个问题（${count.error} 个错误，${count.warning} 个警告，${count.info} 个提示）${failed ? `，${failed} 个文件无法读取` : ''}` +
          `（${files} file(s), ${total} problem(s): ${count.error} error(s), ${count.warning} warning(s), ${count.info} info${failed ? `; ${failed} not read` : ''}）`
      : `${files} file(s), ${total} problem(s): ${count.error} error(s), ${count.warning} warning(s), ${count.info} info${failed ? `; ${failed} not read` : ''}`,
  );
  return out.join('\n');
}
