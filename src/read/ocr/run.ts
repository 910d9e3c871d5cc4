/**
 * The one way the OCR steps run a program (Tesseract, pdftoppm): within the reader's deadline,
 * killed with SIGKILL when it passes. The reader itself runs in read/isolate.ts's child process,
 * in a process group of its own, so a program left running at the isolation's deadline goes too.
 */
import { execFile } from 'node:child_process';

/** The time the whole input may take, as an end in `Date.now()` milliseconds. */
export interface Deadline {
  end: number;
}

export class OcrTimeout extends Error {}

export function runTool(cmd: string, args: string[], deadline: Deadline, maxBuffer = 64 * 1024 * 1024): Promise<string> {
  const left = deadline.end - Date.now();
  if (left <= 0) return Promise.reject(new OcrTimeout());
  return new Promise((resolve, reject) => {
    execFile(cmd, args, {
      timeout: left, maxBuffer, encoding: 'utf8', killSignal: 'SIGKILL',
      // One thread per process: Tesseract's OpenMP threads only slow a small page down.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    }, (err, stdout) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        reject(e.killed || Date.now() >= deadline.end ? new OcrTimeout() : e);
      } else resolve(stdout);
    });
  });
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
