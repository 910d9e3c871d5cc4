import type { Message } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { placeText } from '../../model/place.js';
import type { SourceText } from '../../read/source.js';
import { displayWidth } from '../../text/width.js';
import { labels, text } from '../messages.js';
import type { Style, Terminal } from '../terminal.js';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  source?: SourceText | undefined;
  /** A file that could not be read or is not a report. */
  failed?: Message;
}

export const severityStyle: Record<Diagnostic['severity'], Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/**
 * Compiler-style output: `file:line:col  severity  message  rule-id`, the printed line
 * with a caret under the place, places in other files (last year's report) as
 * `file:line:col`, then a summary.
 */
export function stylish(results: readonly FileResult[], t: Terminal): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  for (const r of results) {
    if (r.failed) {
      failed++;
      out.push(`${t.paint('underline', r.file)}  ${t.paint('red', t.text(text.notRead))}  ${t.text(r.failed)}`, '');
      continue;
    }
    for (const d of r.diagnostics) {
      count[d.severity]++;
      // A PDF, Word or HTML original: its page and table cell; plain text: line and column.
      const place = placeText(d, t.lang);
      const where = place ? `${r.file}  ${place}` : d.position ? `${r.file}:${d.position.line}:${d.position.column}` : r.file;
      out.push(`${t.paint('underline', where)}  ${t.paint(severityStyle[d.severity], t.text(labels.severity[d.severity]))}  ${t.text(d.message)}  ${t.paint('dim', d.ruleId)}`);
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
        out.push(`    ${t.text(text.related)}: ${there}`);
      }
    }
    if (r.diagnostics.length) out.push('');
  }
  const summary = t.text(text.summary(results.length, count, failed));
  out.push(count.error || failed ? t.paint('bold', summary) : summary);
  return out.join('\n');
}
