import { check, isPreviousYear, type PreviousReport, type RuleSetting } from '../check/index.js';
import { parseAsync, sourceOf } from '../parse.js';
import { expandPaths } from '../input/paths.js';
import { readInputs } from '../input/read-inputs.js';
import { maxBytesOf } from './max-size.js';
import { ruleSettings, UsageError } from './config.js';
import { sarif } from './formatters/sarif.js';
import { stylish, type FileResult } from './formatters/stylish.js';
import type { Lang } from './summary.js';

export interface CheckFlags {
  format: 'stylish' | 'json' | 'sarif';
  lang: Lang;
  rule: string[];
  config?: string;
  maxSize: string;
  /** Last year's report of the same organ: the cross-year rules run against it. */
  previous?: string;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `nianbao check`: 0 clean, 1 errors found, 2 usage or input failure. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  let settings: Record<string, RuleSetting>;
  try {
    settings = ruleSettings(flags.config, flags.rule);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`nianbao: ${e.zh}（${e.en}）`);
      return 2;
    }
    throw e;
  }
  const maxBytes = maxBytesOf(flags.maxSize, io);
  if (maxBytes === null) return 2;
  let previous: PreviousReport | undefined;
  if (flags.previous !== undefined) {
    const read = await readPrevious(flags.previous, maxBytes);
    if ('error' in read) {
      io.err(`nianbao: --previous ${flags.previous}: ${read.error.zh}（${read.error.en}）`);
      return 2;
    }
    previous = read;
  }
  const files = await expandPaths(paths);
  if (files.length === 0) {
    io.err('nianbao: 没有找到文件（目录为空）（no files found: the folder is empty）');
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
    if (showProgress) process.stderr.write(`\r已检查 checked ${i}/${inputs.length}`);
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
      io.err(
        `nianbao: ${file}（${y(report.year)} 年）与 ${previous.file}（${y(previous.report.year)} 年）不是相邻两年，未做跨年核对` +
          `（not consecutive years: ${y(report.year)} and ${y(previous.report.year)}; cross-year rules skipped）`,
      );
    }
    results.push({ file, diagnostics: check(report, { rules: settings, ...(previous ? { previous } : {}) }), source: sourceOf(report) });
  }
  if (showProgress) process.stderr.write(`\r已检查 checked ${inputs.length}/${inputs.length}\n`);

  if (flags.format === 'json') {
    io.out(JSON.stringify(results.map((r) => ({ file: r.file, ...(r.failed ? { failed: r.failed } : {}), diagnostics: r.diagnostics })), null, 2));
  } else if (flags.format === 'sarif') {
    io.out(sarif(results, flags.lang));
  } else {
    io.out(stylish(results, flags.lang));
  }
  if (inputFailure) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** `--previous`: last year's report, read and parsed as the reports checked are; one file. */
async function readPrevious(path: string, maxBytes: number): Promise<PreviousReport | { error: { zh: string; en: string } }> {
  const inputs = await readInputs([path], maxBytes);
  if (inputs.length !== 1) return { error: { zh: '应为一份报告', en: 'expected one report' } };
  const input = inputs[0]!;
  if (input.error) return { error: input.error };
  const report = await parseAsync(input.bytes, { name: input.path });
  if (report.status === 'failed') return { error: report.diagnostics.find((d) => d.fatal)!.message };
  return { report, file: input.path };
}
