/**
 * `export` to standard output: where that is a terminal, what a file holds (an organ name with
 * `ESC [2J`, an OSC title sequence) must not reach it raw, so the bytes go through the same
 * sanitiser as every other line the CLI prints. Piped or redirected, the bytes stay exact (a CSV
 * written to a file is the one written with -o).
 */
import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';
import { terminalSafe } from '../text/terminal.js';

/** A stream into `tty` that shows every control character but tab and line ends escaped. */
export function terminalSafeStream(tty: NodeJS.WritableStream): Writable {
  // UTF-8 cut between two chunks is joined before it is looked at.
  const decoder = new StringDecoder('utf8');
  const show = (s: string) => terminalSafe(s.replace(/\r\n/g, '\n'));
  let pendingCr = false; // a CR at a chunk's end: a line end if an LF follows
  const emit = (s: string, last: boolean, cb: (e?: Error | null) => void) => {
    let text = (pendingCr ? '\r' : '') + s;
    pendingCr = !last && text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    if (!text) return cb();
    tty.write(show(text), (e) => cb(e ?? null));
  };
  return new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      emit(typeof chunk === 'string' ? chunk : decoder.write(chunk), false, cb);
    },
    final(cb) {
      emit(decoder.end(), true, cb);
    },
  });
}
