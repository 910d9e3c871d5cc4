import { Command, CommanderError, Option } from 'commander';
import { parseAsync } from '../parse.js';
import { readAsync } from '../read/async.js';
import { documentOf } from '../read/document.js';
import { renderDocument } from './document-view.js';
import { terminalSafe, terminalSafeColoured } from '../text/terminal.js';
import { parserVersion } from '../extract/index.js';
import { rules } from '../check/index.js';
import { NianbaoError } from '../errors.js';
import { readInputs } from '../input/read-inputs.js';
import { maxBytesOf } from './max-size.js';
import { expandPaths } from '../input/paths.js';
import { runCheck, type CheckFlags } from './check-command.js';
import { renderSummary } from './summary.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { registerQueueCommands } from './queue-commands.js';
import { help, text } from './messages.js';
import { formatOption, helpConfig, langOption, maxSizeOption, usageMessage } from './options.js';
import { colourOf, langOf, Terminal, type Io } from './terminal.js';
import { registerRenderCommands } from './render-commands.js';
import { registerServeCommand } from './serve-command.js';

export type { Io } from './terminal.js';

/** Exit codes, as ESLint's: 0 clean, 1 errors found, 2 usage or input failure. */
export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const;

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], rawIo: Io = defaultIo): Promise<number> {
  const env = rawIo.env ?? process.env;
  const colour = rawIo.colour ?? colourOf(env, process.stdout.isTTY === true);
  // One place for every formatter: nothing read from a file reaches the terminal raw.
  const safe = colour ? terminalSafeColoured : terminalSafe;
  const io: Io = { ...rawIo, out: (s) => rawIo.out(safe(s)), err: (s) => rawIo.err(safe(s)) };
  const t = new Terminal(io, langOf(argv, env), colour);
  let code: number = exitCodes.ok;
  /** The files of `paths` within --max-size; each that cannot be read is said, and the exit code set. */
  const readable = async (paths: string[], maxSize: string): Promise<{ maxBytes: number; inputs: Array<{ path: string; bytes: Uint8Array }> }> => {
    const maxBytes = maxBytesOf(maxSize, t);
    const inputs: Array<{ path: string; bytes: Uint8Array }> = [];
    if (maxBytes === null) {
      code = exitCodes.failure;
      return { maxBytes: 0, inputs };
    }
    for (const input of await readInputs(await expandPaths(paths), maxBytes)) {
      if (input.error) {
        t.fail(input.error, input.path);
        code = exitCodes.failure;
      } else inputs.push({ path: input.path, bytes: input.bytes });
    }
    return { maxBytes, inputs };
  };
  const program = new Command('nianbao')
    .description(t.text(help.program))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => {} })
    .configureHelp(helpConfig(t))
    .showSuggestionAfterError(false)
    .helpOption('-h, --help', t.text(help.help))
    .helpCommand('help [command]', t.text(help.helpCommand))
    .version(parserVersion, '-v, --version', t.text(help.version));

  program
    .command('parse')
    .description(t.text(help.parse))
    .argument('<file...>', t.text(help.parseFiles))
    .addOption(formatOption(t, 'data'))
    // Deprecated, hidden: the scoring tool the project is measured with (shared/tools/score.py) still passes it.
    .addOption(new Option('--json').hideHelp())
    .addOption(langOption(t))
    .addOption(maxSizeOption(t))
    .action(async (files: string[], opts: { format: 'table' | 'json'; json?: boolean; maxSize: string }) => {
      const json = opts.format === 'json' || opts.json === true;
      const single = files.length === 1 && !/\.zip$/i.test(files[0]!);
      const blocks: string[] = [];
      const { maxBytes, inputs } = await readable(files, opts.maxSize);
      for (const input of inputs) {
        const report = await parseAsync(input.bytes, { name: input.path, maxBytes });
        if (report.status !== 'ok') {
          const fatal = report.diagnostics.find((d) => d.fatal);
          t.fail(fatal ? fatal.message : text.reportIncomplete(report.diagnostics.filter((d) => d.ruleId === 'parse/table-missing').map((d) => d.message)), input.path);
          code = exitCodes.failure;
          if (report.status === 'failed' && !json) continue;
        }
        if (json) io.out(single ? JSON.stringify(report, null, 2) : JSON.stringify(report));
        else blocks.push(renderSummary(report, input.path, t));
      }
      if (blocks.length) io.out(blocks.join('\n\n'));
    });

  program
    .command('read')
    .description(t.text(help.read))
    .argument('<file>', t.text(help.readFile))
    .addOption(formatOption(t, 'data'))
    .addOption(langOption(t))
    .addOption(maxSizeOption(t))
    .action(async (file: string, opts: { format: 'table' | 'json'; maxSize: string }) => {
      const { maxBytes, inputs } = await readable([file], opts.maxSize);
      for (const input of inputs) {
        const r = await readAsync(input.bytes, { maxBytes });
        if (!r.source) {
          t.fail(r.failure!.message, input.path);
          code = exitCodes.failure;
          continue;
        }
        const doc = documentOf(r.source);
        io.out(opts.format === 'json' ? JSON.stringify(doc, null, 2) : renderDocument(doc, t));
      }
    });

  program
    .command('check')
    .description(t.text(help.check))
    .argument('<path...>', t.text(help.checkPaths))
    .addOption(formatOption(t, 'check'))
    .addOption(langOption(t))
    .option('--rule <rule:setting>', t.text(help.rule), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--config <file>', t.text(help.config))
    .option('--previous <file>', t.text(help.previous))
    .addOption(maxSizeOption(t))
    .action(async (paths: string[], opts: CheckFlags) => {
      code = await runCheck(paths, opts, t);
    });

  program
    .command('rules')
    .description(t.text(help.rules))
    .addOption(formatOption(t, 'data'))
    .addOption(langOption(t))
    .action((opts: { format: 'table' | 'json' }) => {
      for (const r of rules) {
        if (opts.format === 'json') io.out(JSON.stringify({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, docs: r.meta.docs }));
        else io.out(`${r.meta.id.padEnd(22)} ${r.meta.category.padEnd(12)} ${r.meta.severity.padEnd(8)} ${t.text(r.meta.docs)}`);
      }
    });

  registerCorpusCommands(program, t, (c) => { code = c; });
  registerQueueCommands(program, t);
  registerRenderCommands(program, t, (c) => { code = c; });
  registerServeCommand(program, t);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return exitCodes.ok;
      if (e.code !== 'nianbao.failed') t.fail(usageMessage(e, program, argv));
      return exitCodes.failure;
    }
    if (e instanceof NianbaoError) {
      t.fail(e);
      return exitCodes.failure;
    }
    t.fail(text.internal(String((e as Error).stack ?? e)));
    return exitCodes.failure;
  }
  return code;
}

/**
 * The CLI as a process: a reader that stops reading (`nianbao list | head -1`) ends it quietly,
 * not with an EPIPE stack.
 */
export async function runCli(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await main(process.argv.slice(2));
}
