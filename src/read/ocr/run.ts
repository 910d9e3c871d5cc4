/**
 * The one way the OCR steps run a program (Tesseract, pdftoppm): within the reader's deadline,
 * killed with SIGKILL when it passes. The reader itself runs in read/isolate.ts's child process,
 * in a process group of its own, so a program left running at the isolation's deadline goes too.
 * The programs are run by read/program.ts.
 */
import { ProgramError, runProgram } from '../program.js';

/** The time the whole input may take, as an end in `Date.now()` milliseconds. */
export interface Deadline {
  end: number;
}

export class OcrTimeout extends Error {}

/**
 * The program's standard output (UTF-8) where it exits with 0. Throws OcrTimeout when the
 * deadline passes (before it starts, or while it runs), else a ProgramError (not installed,
 * a non-zero exit with the end of its standard error, an output over 64 MiB).
 */
export async function runTool(cmd: string, args: string[], deadline: Deadline): Promise<string> {
  const left = deadline.end - Date.now();
  if (left <= 0) throw new OcrTimeout();
  // One thread per process: Tesseract's OpenMP threads only slow a small page down.
  const r = await runProgram(cmd, args, { timeoutMs: left, env: { OMP_THREAD_LIMIT: '1' } });
  if (r.kind === 'ok') return r.stdout;
  if (r.kind === 'timeout' || Date.now() >= deadline.end) throw new OcrTimeout();
  throw new ProgramError(cmd, r);
}

/** Throws OcrTimeout when the deadline has passed (between steps that run in this process). */
export function checkDeadline(deadline: Deadline): void {
  if (Date.now() >= deadline.end) throw new OcrTimeout();
}

/**
 * The time OCR of one input may take, in milliseconds: `NIANBAO_OCR_TIMEOUT` (seconds) where
 * set (a slow or busy machine, a long scan), else 120 s.
 */
export function ocrTimeoutMs(): number {
  const s = Number(process.env['NIANBAO_OCR_TIMEOUT']);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 120_000;
}
