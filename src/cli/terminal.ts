/**
 * What the CLI writes and how: one language (--lang, else the locale), colour on a terminal only
 * (NO_COLOR and FORCE_COLOR respected), every message a zh/en pair from the catalogue.
 */
import type { Message } from '../errors.js';

export type Lang = 'zh' | 'en';

/** Where output goes; the process's streams by default, lines collected in tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Colour the output; by default when stdout is a terminal (and NO_COLOR/FORCE_COLOR allow). */
  colour?: boolean;
  /** The environment the language and colour defaults are read from (process.env by default). */
  env?: Record<string, string | undefined>;
}

/**
 * The language of the locale (LC_ALL, LC_MESSAGES, LANG): Chinese first — English only where the
 * locale names another language (`en_US.UTF-8`, `fr_FR`); a locale that names none (`C.UTF-8`,
 * `POSIX`, unset: most servers and containers) gets Chinese.
 */
export function localeLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]!.toLowerCase();
  return language === undefined || language === 'zh' ? 'zh' : 'en';
}

/** --lang as given anywhere on the command line (commander checks its value later), else the locale's. */
export function langOf(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'zh' || v === 'en') return v;
  }
  return localeLang(env);
}

/** Colour by the no-color.org and FORCE_COLOR conventions, else where the stream is a terminal. */
export function colourOf(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

const codes = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
export type Style = keyof typeof codes;

export class Terminal {
  constructor(readonly io: Io, readonly lang: Lang, readonly colour: boolean) {}

  /** The message in the terminal's language. */
  text(m: Message): string {
    return this.lang === 'zh' ? m.zh : m.en;
  }

  /** A result line, to stdout. */
  out(line: string): void {
    this.io.out(line);
  }

  /** A message about the run (progress, counts), to stderr. */
  say(m: Message): void {
    this.io.err(this.text(m));
  }

  /** A failure, to stderr: `nianbao: …`. */
  fail(m: Message, where?: string): void {
    this.io.err(`nianbao: ${where ? `${where}: ` : ''}${this.text(m)}`);
  }

  paint(style: Style, s: string): string {
    if (!this.colour || !s) return s;
    const [on, off] = codes[style];
    return `\x1b[${on}m${s}\x1b[${off}m`;
  }
}
