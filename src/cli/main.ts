import { Command, CommanderError, Option } from 'commander';
import { parseAsync } from '../parse.js';
import { terminalSafe } from '../text/terminal.js';
import { defaultMaxBytes } from '../read/index.js';
import { parserVersion } from '../extract/index.js';
import { rules } from '../check/index.js';
import { readInputs } from '../input/read-inputs.js';
import { maxBytesOf } from './max-size.js';
import { expandPaths } from '../input/paths.js';
import { runCheck, type CheckFlags } from './check-command.js';
import { renderSummary, type Lang } from './summary.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { registerQueueCommands } from './queue-commands.js';

const langOption = () => new Option('--lang <lang>', '输出语言 · output language').choices(['zh', 'en']).default('zh');
const maxSizeOption = () =>
  new Option('--max-size <mb>', '单个文件大小上限（MB） · largest file accepted (MB)').default(String(defaultMaxBytes / 1048576));

/** Exit codes, as ESLint's: 0 clean, 1 errors found, 2 usage or input failure. */
export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], rawIo: Io = defaultIo): Promise<number> {
  // One place for every formatter: nothing read from a file reaches the terminal raw.
  const io: Io = { out: (s) => rawIo.out(terminalSafe(s)), err: (s) => rawIo.err(terminalSafe(s)) };
  let code: number = exitCodes.ok;
  const program = new Command('nianbao')
    .description('政府信息公开工作年度报告：读取、核对、汇总\nChinese government information disclosure annual reports: read, check, aggregate')
    .version(parserVersion, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();

  program
    .command('parse')
    .description('读取年报为结构化数据 · read reports into structured data')
    .argument('<file...>', '年报文件（文本、Markdown；- 为标准输入） · report files (text, Markdown; - for stdin)')
    .option('--json', '输出 JSON：一个文件一个对象，多个文件每行一个 · print JSON: one object per file, one per line for several')
    .addOption(langOption())
    .addOption(maxSizeOption())
    .action(async (files: string[], opts: { json?: boolean; lang: Lang; maxSize: string }) => {
      const maxBytes = maxBytesOf(opts.maxSize, io);
      if (maxBytes === null) {
        code = exitCodes.failure;
        return;
      }
      const single = files.length === 1 && !/\.zip$/i.test(files[0]!);
      const blocks: string[] = [];
      for (const input of await readInputs(await expandPaths(files), maxBytes)) {
        if (input.error) {
          io.err(`nianbao: ${input.error.zh}（${input.error.en}）`);
          code = exitCodes.failure;
          continue;
        }
        const report = await parseAsync(input.bytes, { name: input.path, maxBytes });
        if (report.status !== 'ok') {
          const fatal = report.diagnostics.find((d) => d.fatal);
          const why = fatal
            ? `${fatal.message.zh}（${fatal.message.en}）`
            : report.diagnostics.filter((d) => d.ruleId === 'parse/table-missing').map((d) => d.message.zh).join('；') + '（report incomplete: ' +
              report.diagnostics.filter((d) => d.ruleId === 'parse/table-missing').map((d) => d.message.en).join('; ') + '）';
          io.err(`nianbao: ${input.path}: ${why}`);
          code = exitCodes.failure;
          if (report.status === 'failed' && !opts.json) continue;
        }
        if (opts.json) io.out(single ? JSON.stringify(report, null, 2) : JSON.stringify(report));
        else blocks.push(renderSummary(report, input.path, opts.lang));
      }
      if (blocks.length) io.out(blocks.join('\n\n'));
    });

  program
    .command('check')
    .description('按官方格式核对年报 · check reports against every rule of the official format')
    .argument('<path...>', '年报文件或目录 · report files or directories')
    .addOption(new Option('--format <format>', '输出格式 · output format').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .addOption(langOption())
    .option('--rule <rule:setting>', '关闭规则或改变级别，可重复 · turn a rule off or change its severity (repeatable), e.g. table3-balance:off', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--config <file>', '配置文件（默认 ./nianbao.config.json） · config file (default ./nianbao.config.json)')
    .option('--previous <file>', '同一机关上一年度的报告，另做跨年核对 · the same organ\'s report of the year before: run the cross-year rules too')
    .addOption(maxSizeOption())
    .action(async (paths: string[], opts: CheckFlags) => {
      code = await runCheck(paths, opts, io);
    });

  program
    .command('rules')
    .description('列出全部规则 · list every rule')
    .addOption(langOption())
    .action((opts: { lang: Lang }) => {
      for (const r of rules) {
        const summary = opts.lang === 'zh' ? `${r.meta.docs.zh}（${r.meta.docs.en}）` : r.meta.docs.en;
        io.out(`${r.meta.id.padEnd(22)} ${r.meta.category.padEnd(12)} ${r.meta.severity.padEnd(8)} ${summary}`);
      }
    });

  registerCorpusCommands(program, io, (c) => { code = c; });
  registerQueueCommands(program, io);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return exitCodes.ok;
      return exitCodes.failure;
    }
    io.err(`nianbao: 内部错误（internal error）: ${(e as Error).stack ?? e}`);
    return exitCodes.failure;
  }
  return code;
}
