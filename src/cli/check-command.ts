import { check, isPreviousYear, type PreviousReport, type RuleSetting } from '../check/index.js';
import { parseAsync, sourceOf } from '../parse.js';
import { expandPaths } from '../input/paths.js';
import { readInputs } from '../input/read-inputs.js';
import { maxBytesOf } from './max-size.js';
import { ruleSettings } from './config.js';
import { sarif } from './formatters/sarif.js';
import { stylish, type FileResult } from './formatters/stylish.js';
import type { Message } from '../errors.js';
import { text } from './messages.js';
import type { Terminal } from './terminal.js';

export interface CheckFlags {
  format: 'stylish' | 'json' | 'sarif';
  rule: string[];
  config?: string;
  maxSize: string;
  /** Last year's report of the same organ: the cross-year rules run against it. */
  previous?: string;
}

/** `nianbao check`: 0 clean, 1 errors found, 2 usage or input failure. */
export async function runCheck(paths: string[], flags: CheckFlags, t: Terminal): Promise<number> {
  // A wrong --rule or config is a NianbaoError: main says it and exits 2.
  const settings: Record<string, RuleSetting> = ruleSettings(flags.config, flags.rule);
  const maxBytes = maxBytesOf(flags.maxSize, t);
  if (maxBytes === null) return 2;
  let previous: PreviousReport | undefined;
  if (flags.previous !== undefined) {
    const read = await readPrevious(flags.previous, maxBytes);
    if ('error' in read) {
      t.fail(text.previousFailed(flags.previous, read.error));
      return 2;
    }
    previous = read;
  }
  const files = await expandPaths(paths);
  if (files.length === 0) {
    t.fail(text.noFiles);
    return 2;
  }
  // Progress on a terminal only: none when the output is piped or redirected.
  const showProgress = files.length > 1 && process.stderr.isTTY === true && process.stdout.isTTY === true;
  const results: FileResult[] = [];
  let inputFailure = false;
  const inputs = await readInputs(files, maxBytes);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const file = input.path;
    if (showProgress) process.stderr.write(`\r${t.text(text.checked(i, inputs.length))}`);
    if (input.error) {
      inputFailure = true;
      results.push({ file, diagnostics: [], failed: input.error });
      continue;
    }
    const report = await parseAsync(input.bytes, { name: file });
    if (report.status === 'failed') {
      inputFailure = true;
      const fatal = report.diagnostics.find((d) => d.fatal)!;
      results.push({ file, diagnostics: [], failed: fatal.message });
      continue;
    }
    if (previous && !isPreviousYear(report, previous.report)) {
      const y = (x: number | null) => (x === null ? '？' : String(x));
      t.fail(text.notConsecutive(file, y(report.year), previous.file ?? "", y(previous.report.year)));
    }
    results.push({ file, diagnostics: check(report, { rules: settings, ...(previous ? { previous } : {}) }), source: sourceOf(report) });
  }
  if (showProgress) process.stderr.write(`\r${t.text(text.checked(inputs.length, inputs.length))}\n`);

  if (flags.format === 'json') {
    t.out(JSON.stringify(results.map((r) => ({ file: r.file, ...(r.failed ? { failed: r.failed } : {}), diagnostics: r.diagnostics })), null, 2));
  } else if (flags.format === 'sarif') {
    t.out(sarif(results, t));
  } else {
    t.out(stylish(results, t));
  }
  if (inputFailure) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** `--previous`: last year's report, read and parsed as the reports checked are; one file. */
async function readPrevious(path: string, maxBytes: number): Promise<PreviousReport | { error: Message }> {
  const inputs = await readInputs([path], maxBytes);
  if (inputs.length !== 1) return { error: text.previousOne };
  const input = inputs[0]!;
  if (input.error) return { error: input.error };
  const report = await parseAsync(input.bytes, { name: input.path });
  if (report.status === 'failed') return { error: report.diagnostics.find((d) => d.fatal)!.message };
  return { report, file: input.path };
}
