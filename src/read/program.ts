/**
 * The one way the readers run an external program (poppler's pdftotext and pdftoppm,
 * Tesseract, LibreOffice): program and arguments, optional bytes on standard input, a time
 * limit after which it is killed with SIGKILL (with its whole process group where it starts
 * children of its own, as `soffice` does), a cap on standard output, environment overrides.
 * It never throws: the outcome says what happened, so that each reader keeps its own answer
 * to a missing program, a time-out or a failure (pdf.js takes over from pdftotext, OCR stops
 * at its deadline, a .doc gets LibreOffice's message).
 *
 *   const r = await runProgram('pdftotext', ['-bbox-layout', '-', '-'], { input: pdf, timeoutMs: 30_000 });
 *   if (r.kind === 'ok') parse(r.stdout);         // exit 0; stdout a string (or a Buffer, `stdout: 'buffer'`)
 *   else if (r.kind === 'missing') ...              // not installed (ENOENT)
 *   else if (r.kind === 'failed') r.code, r.stderr  // non-zero exit, the end of what it wrote on stderr
 *   // 'timeout', 'too-large' (stdout over `maxOutputBytes`), 'error' (could not be started otherwise)
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/** What becomes of standard output: decoded as UTF-8, kept as bytes, or not read at all. */
export type StdoutMode = 'utf8' | 'buffer' | 'ignore';

type StdoutOf<M extends StdoutMode> = M extends 'buffer' ? Buffer : M extends 'ignore' ? null : string;

export interface RunOptions<M extends StdoutMode = 'utf8'> {
  /** Written to standard input, which is then closed; without it standard input is empty (/dev/null). */
  input?: Uint8Array;
  /** Killed with SIGKILL after this many milliseconds (no limit where absent). */
  timeoutMs?: number;
  /**
   * Run in a process group of its own, and kill the whole group at the time limit and once the
   * program has exited (a launcher script such as `soffice` leaves `soffice.bin` behind otherwise).
   * Ignored on Windows.
   */
  group?: boolean;
  /** Most bytes of standard output kept (default 64 MiB); past it the program is killed and the outcome is `too-large`. */
  maxOutputBytes?: number;
  /** Set over this process's environment. */
  env?: Readonly<Record<string, string>>;
  /** Standard output as a string (default), a Buffer, or not read. */
  stdout?: M;
}

export type RunOutcome<T> =
  /** Exited with code 0. `stderr` is the end of what it wrote there (at most `stderrTailBytes`). */
  | { kind: 'ok'; stdout: T; stderr: string }
  /** Exited with another code, or was ended by a signal not ours. */
  | { kind: 'failed'; code: number | null; signal: NodeJS.Signals | null; stdout: T; stderr: string }
  /** Not installed: the program was not found (ENOENT). */
  | { kind: 'missing' }
  /** Killed at the time limit. */
  | { kind: 'timeout'; stderr: string }
  /** Killed because standard output passed `maxOutputBytes`. */
  | { kind: 'too-large'; limit: number }
  /** Could not be started for another reason (not executable, too many processes, a bad argument). */
  | { kind: 'error'; message: string };

export type RunFailure = Exclude<RunOutcome<unknown>, { kind: 'ok' }>;

export const defaultMaxOutputBytes = 64 * 1024 * 1024;

/** The end of standard error kept: enough for a program's last messages, whatever it wrote before. */
export const stderrTailBytes = 64 * 1024;

const posix = process.platform !== 'win32';

export function runProgram<M extends StdoutMode = 'utf8'>(program: string, args: readonly string[], options: RunOptions<M> = {}): Promise<RunOutcome<StdoutOf<M>>> {
  const mode: StdoutMode = options.stdout ?? 'utf8';
  const limit = options.maxOutputBytes ?? defaultMaxOutputBytes;
  const group = options.group === true && posix;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: RunOutcome<unknown>) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(o as RunOutcome<StdoutOf<M>>);
    };
    let timer: NodeJS.Timeout | undefined;
    let child: ChildProcess;
    try {
      const stdio: StdioOptions = [options.input !== undefined ? 'pipe' : 'ignore', mode === 'ignore' ? 'ignore' : 'pipe', 'pipe'];
      child = spawn(program, args, { detached: group, stdio, env: options.env ? { ...process.env, ...options.env } : process.env });
    } catch (e) {
      finish({ kind: 'error', message: (e as Error).message });
      return;
    }
    const out: Buffer[] = [];
    let outBytes = 0;
    const err: Buffer[] = [];
    let errBytes = 0;
    let stopped: 'timeout' | 'too-large' | null = null;
    let failed: NodeJS.ErrnoException | null = null;

    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    /** Killed by us: our ends of its pipes are closed too, so that a grandchild holding them cannot delay 'close'. */
    const stop = (why: 'timeout' | 'too-large') => {
      if (stopped) return;
      stopped = why;
      kill();
      child.stdout?.destroy();
      child.stderr?.destroy();
    };
    if (options.timeoutMs !== undefined) timer = setTimeout(() => stop('timeout'), Math.max(1, options.timeoutMs));

    child.stdout?.on('data', (b: Buffer) => {
      if (stopped) return;
      outBytes += b.length;
      if (outBytes > limit) stop('too-large');
      else out.push(b);
    });
    child.stderr?.on('data', (b: Buffer) => {
      err.push(b);
      errBytes += b.length;
      while (err.length > 1 && errBytes - err[0]!.length >= stderrTailBytes) errBytes -= err.shift()!.length;
    });
    const stderrTail = () => {
      const all = Buffer.concat(err);
      return all.subarray(Math.max(0, all.length - stderrTailBytes)).toString('utf8');
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed = e;
      // It never started: 'close' may not follow.
      if (child.pid === undefined) finish(startFailure(e));
    });
    if (child.stdin) {
      // A program that stops reading early (pdftotext on a damaged PDF) closes the pipe: not an error of ours.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    child.on('close', (code, signal) => {
      // Whatever is left of its group (a launcher's real program) goes too.
      if (group && child.pid !== undefined) kill();
      if (failed) return finish(startFailure(failed));
      if (stopped === 'timeout') return finish({ kind: 'timeout', stderr: stderrTail() });
      if (stopped === 'too-large') return finish({ kind: 'too-large', limit });
      let stdout: unknown = null;
      try {
        if (mode !== 'ignore') stdout = mode === 'buffer' ? Buffer.concat(out) : Buffer.concat(out).toString('utf8');
      } catch (e) {
        // Longer than a string may be (about 512 MiB).
        return finish({ kind: 'error', message: (e as Error).message });
      }
      const stderr = stderrTail();
      finish(code === 0 ? { kind: 'ok', stdout, stderr } : { kind: 'failed', code, signal, stdout, stderr });
    });
  });
}

function startFailure(e: NodeJS.ErrnoException): RunFailure {
  return e.code === 'ENOENT' ? { kind: 'missing' } : { kind: 'error', message: e.message };
}

/**
 * A run that did not end with exit 0, for callers that throw. The message names the program and
 * what happened, then the end of its standard error, so that its last line is the program's own
 * last word where it said one: `pdftoppm exited with 1\nSyntax Error: Couldn't read xref table`.
 */
export class ProgramError extends Error {
  constructor(readonly program: string, readonly outcome: RunFailure) {
    super(describeFailure(program, outcome));
    this.name = 'ProgramError';
  }
}

export function describeFailure(program: string, o: RunFailure): string {
  switch (o.kind) {
    case 'missing':
      return `${program} is not installed (not found on PATH)`;
    case 'timeout':
      return withStderr(`${program} timed out and was killed`, o.stderr);
    case 'too-large':
      return `${program} wrote more than ${o.limit} bytes and was killed`;
    case 'error':
      return `${program} could not be run: ${o.message}`;
    case 'failed':
      return withStderr(`${program} exited with ${o.code ?? o.signal}`, o.stderr);
  }
}

const withStderr = (head: string, stderr: string) => (stderr.trim() ? `${head}\n${stderr.trimEnd()}` : head);
