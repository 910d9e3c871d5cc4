/**
 * Text read from a file (organ names, labels, narrative, file and zip entry names, error
 * details) may hold control characters: ESC sequences that clear the screen or set a window
 * title, C1 controls that some terminals take for ESC [, a bare CR that overwrites a line.
 * Everything the CLI prints goes through `terminalSafe` (src/cli/main.ts), so none reaches a
 * terminal raw: each is shown as a `\u001b` escape, which also keeps JSON output valid.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that reorder what is shown. */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character but tab and line feed shown as a `\uXXXX` escape. */
export function terminalSafe(s: string): string {
  return s.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The colour sequences nianbao itself writes (SGR: `ESC [ … m`). */
const sgr = /\u001b\[[0-9;]*m/g;

/**
 * `s` made safe for a terminal that shows colour: every control character escaped but the SGR
 * colour sequences (the worst a file can do with those is colour a line).
 */
export function terminalSafeColoured(s: string): string {
  let out = '';
  let at = 0;
  for (const m of s.matchAll(sgr)) {
    out += terminalSafe(s.slice(at, m.index)) + m[0];
    at = m.index! + m[0].length;
  }
  return out + terminalSafe(s.slice(at));
}
