/**
 * The options several commands share, help in the terminal's language, and commander's errors
 * said again through the catalogue (with the closest option, not the whole help).
 */
import { type Command, CommanderError, Help, Option } from 'commander';
import { defaultMaxBytes } from '../read/index.js';
import { defaultDbFile } from '../store/connect.js';
import type { Message } from '../errors.js';
import { help, usage } from './messages.js';
import type { Terminal } from './terminal.js';

export const langOption = (t: Terminal) => new Option('--lang <lang>', t.text(help.lang)).choices(['zh', 'en']);
export const maxSizeOption = (t: Terminal) => new Option('--max-size <mb>', t.text(help.maxSize)).default(String(defaultMaxBytes / 1048576));
export const dbOption = (t: Terminal) => new Option('--db <file|url>', t.text(help.db)).env('NIANBAO_DB').default(defaultDbFile);

/** `--format`: stylish, json or sarif for check; table or json for the rest. */
export const formatOption = (t: Terminal, kind: 'check' | 'data') => kind === 'check'
  ? new Option('--format <format>', t.text(help.formatCheck)).choices(['stylish', 'json', 'sarif']).default('stylish')
  : new Option('--format <format>', t.text(help.formatData)).choices(['table', 'json']).default('table');

/** The options every query command takes to choose reports. */
export function filterOptions(cmd: Command, t: Terminal): Command {
  return cmd
    .option('--year <years>', t.text(help.year))
    .option('--region <code>', t.text(help.region))
    .option('--level <level>', t.text(help.level))
    .option('--organ <name>', t.text(help.organ))
    .option('--rule <id>', t.text(help.ruleFilter))
    .option('--status <status>', t.text(help.status))
    .option('--exclude-errors', t.text(help.excludeErrors));
}

const headings: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' };

/** Help with choices and defaults in the terminal's language. */
export function helpConfig(t: Terminal): Partial<Help> {
  const extra = (choices: readonly string[] | undefined, dflt: unknown) => {
    const parts: string[] = [];
    if (choices?.length) parts.push(t.lang === 'zh' ? `可选：${choices.join('、')}` : `choices: ${choices.join(', ')}`);
    if (dflt !== undefined && dflt !== false) parts.push(t.lang === 'zh' ? `默认：${String(dflt)}` : `default: ${String(dflt)}`);
    return parts.length ? (t.lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`) : '';
  };
  return {
    optionDescription: (o: Option) => o.description + extra(o.argChoices, o.defaultValue),
    formatHelp: (cmd: Command, helper: Help) => {
      const s = Help.prototype.formatHelp.call(helper, cmd, helper);
      return t.lang === 'zh' ? s.replace(/^(Usage:|Options:|Commands:|Arguments:)/gm, (h) => headings[h]!) : s;
    },
  };
}

/** Commander's error, said through the catalogue; `argv` finds the command it was about. */
export function usageMessage(e: CommanderError, program: Command, argv: readonly string[]): Message {
  const cmd = commandOf(program, argv);
  const name = cmd === program ? '' : commandPath(cmd);
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
  switch (e.code) {
    case 'commander.unknownOption': {
      const given = quoted[0] ?? '';
      const flags = [...cmd.options, ...program.options].map((o) => o.long).filter((x): x is string => !!x);
      return usage.unknownOption(given, closest(given.split('=')[0]!, [...flags, '--help']), name || '');
    }
    case 'commander.unknownCommand':
      return usage.unknownCommand(quoted[0] ?? '', closest(quoted[0] ?? '', program.commands.map((c) => c.name())));
    case 'commander.invalidArgument': {
      const m = /option '([^ ']+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(e.message);
      if (m) return usage.invalidChoice(m[1]!, m[2]!, m[3]!);
      return usage.other(e.message.replace(/^error: /, ''));
    }
    case 'commander.optionMissingArgument':
      return usage.missingValue((quoted[0] ?? '').split(' ')[0]!);
    case 'commander.missingMandatoryOptionValue':
      return usage.missingOption((quoted[0] ?? '').split(' ')[0]!);
    case 'commander.missingArgument':
      return usage.missingArgument(quoted[0] ?? '', name);
    case 'commander.excessArguments':
      return usage.tooMany(name);
    default:
      return usage.other(e.message.replace(/^error: /, ''));
  }
}

function commandOf(program: Command, argv: readonly string[]): Command {
  let cmd = program;
  for (const a of argv) {
    if (a.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    cmd = sub;
  }
  return cmd;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The candidate nearest `given` by edit distance, where it is near enough to be meant. */
export function closest(given: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(given, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export { CommanderError };
