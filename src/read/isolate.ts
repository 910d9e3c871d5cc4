/**
 * The readers that run a parser on untrusted bytes (pdf.js, the JPEG/TIFF/PNG decoders, the
 * OCR engine, LibreOffice) run in a child process (read/isolate-child.ts), one file at a time,
 * so that whatever they do stays that file's failure:
 *
 * - a deadline (default 130 s: the OCR and LibreOffice deadlines of 120 s and some margin):
 *   the child is killed with its process group (Tesseract, pdftoppm) when it passes;
 * - a memory limit (default 1 GiB): the child's resident memory (JS heap and buffers alike) is
 *   watched every 50 ms on Linux, and its JS heap is capped by V8 everywhere;
 * - a crash, an exception or a promise rejection nobody waits for inside a reader ends that
 *   file only (the child reports it, naming the file, and is replaced).
 *
 * Children are kept for the next file (starting one and loading pdf.js costs ~150 ms) and never
 * keep this process alive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Form } from './detect.js';
import type { ReadFailure, ReadOptions, ReadResult } from './index.js';
import { SourceText } from './source.js';
import { ocrTimeoutMs } from './ocr/run.js';

export interface IsolationLimits {
  /** Longest a file may be read, in milliseconds (default 130 s). */
  timeoutMs?: number;
  /** Most memory the reading process may take, in bytes (default 1 GiB). */
  maxMemory?: number;
}

// The deadline leaves the OCR's own (NIANBAO_OCR_TIMEOUT, read/ocr/run.ts) 10 s to report its timeout.
export const defaultIsolationLimits = { timeoutMs: Math.max(130_000, ocrTimeoutMs() + 10_000), maxMemory: 1024 * 1024 * 1024 } as const;

/** What a child sends back: a ReadResult with its text as plain fields. */
export interface WireResult {
  failure: ReadFailure | null;
  encoding?: string;
  source: null | { text: string; encoding: SourceText['encoding']; bom: boolean; skip: number; form: string; origins: SourceText['origins'] };
}

export function toWire(r: ReadResult): WireResult {
  const s = r.source;
  return {
    failure: r.failure,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    source: s ? { text: s.text, encoding: s.encoding, bom: s.bom, skip: s.skip, form: s.form, origins: s.origins } : null,
  };
}

const gib = (n: number) => (n / 1073741824).toFixed(n % 1073741824 ? 1 : 0);

/** The failure of a file whose reader was stopped or died (the process went, not the file's fault alone). */
export function limitFailure(form: Form, why: 'timeout' | 'memory' | 'crashed', detail: string | number): ReadFailure {
  if (why === 'timeout') {
    return { code: 'timeout', form, message: { zh: `读取超时（超过 ${Number(detail) / 1000} 秒），已中止`, en: `reading timed out (over ${Number(detail) / 1000} s) and was stopped` } };
  }
  if (why === 'memory') {
    return { code: 'too-large', form, message: { zh: `读取所需内存超过上限（${gib(Number(detail))} GB），已中止`, en: `reading needed more memory than the limit (${gib(Number(detail))} GB) and was stopped` } };
  }
  return { code: 'crashed', form, message: { zh: `读取程序出错退出（${detail}），文件可能已损坏`, en: `the reader failed (${detail}); the file may be damaged` } };
}

interface Job {
  bytes: Uint8Array;
  form: Form;
  options: ReadOptions;
  limits: Required<IsolationLimits>;
  resolve: (w: WireResult) => void;
}

/** Resident memory of a process in bytes (Linux), null elsewhere. */
function residentBytes(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'ascii').split(' ')[1]);
    return pages * 4096;
  } catch {
    return null;
  }
}

const idle: ChildProcess[] = [];
/** A child that grew past this after a file is not kept for the next. */
const keepBelow = 400 * 1024 * 1024;

function startChild(maxMemory: number): ChildProcess {
  const child = fork(new URL('./isolate-child.js', import.meta.url), [], {
    serialization: 'advanced',
    // A process group of its own: at a deadline it goes with what it started (Tesseract, pdftoppm).
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    execArgv: [`--max-old-space-size=${Math.max(64, Math.floor(maxMemory / 1048576))}`],
  });
  // A child that could not start or went while idle: told by `exitCode` when next taken, never thrown here.
  child.on('error', () => undefined);
  child.unref();
  child.channel?.unref();
  return child;
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function runJob(job: Job): void {
  const { limits } = job;
  let child = idle.pop();
  if (child && (child.exitCode !== null || child.signalCode !== null || !child.connected)) child = undefined;
  child ??= startChild(limits.maxMemory);
  const c = child;
  c.ref();
  c.channel?.ref();
  let settled = false;
  const finish = (w: WireResult, keep: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    clearInterval(watch);
    c.off('message', onMessage);
    c.off('exit', onExit);
    c.off('error', onError);
    c.unref();
    c.channel?.unref();
    const rss = c.pid !== undefined ? residentBytes(c.pid) : null;
    if (keep && c.connected && (rss === null || rss < keepBelow)) idle.push(c);
    else killGroup(c);
    job.resolve(w);
  };
  const fail = (why: 'timeout' | 'memory' | 'crashed', detail: string | number) => finish({ failure: limitFailure(job.form, why, detail), source: null }, false);
  const onMessage = (m: { result?: WireResult; crashed?: string }) => {
    if (m.result) finish(m.result, true);
    else if (m.crashed !== undefined) fail('crashed', m.crashed);
  };
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    // V8 ends a process out of heap with a fatal error (SIGABRT or exit 134).
    if (signal === 'SIGABRT' || code === 134) fail('memory', limits.maxMemory);
    else fail('crashed', signal ?? `exit ${code}`);
  };
  const onError = (e: Error) => fail('crashed', e.message);
  const timer = setTimeout(() => fail('timeout', limits.timeoutMs), limits.timeoutMs);
  const watch = setInterval(() => {
    const rss = c.pid !== undefined ? residentBytes(c.pid) : null;
    if (rss !== null && rss > limits.maxMemory) fail('memory', limits.maxMemory);
  }, 50);
  c.on('message', onMessage);
  c.on('exit', onExit);
  c.on('error', onError);
  c.send({ bytes: job.bytes, options: job.options }, (e) => {
    if (e) fail('crashed', e.message);
  });
}

/**
 * Read `bytes` (a PDF, an image, a Word 97 file: `form`) in a child process within the limits.
 * Never throws.
 */
export function readIsolated(bytes: Uint8Array, form: Form, options: ReadOptions & IsolationLimits = {}): Promise<WireResult> {
  const { timeoutMs, maxMemory, ...readOptions } = options;
  const limits = { timeoutMs: timeoutMs ?? defaultIsolationLimits.timeoutMs, maxMemory: maxMemory ?? defaultIsolationLimits.maxMemory };
  return new Promise((resolve) => {
    try {
      runJob({ bytes, form, options: readOptions, limits, resolve });
    } catch (e) {
      resolve({ failure: limitFailure(form, 'crashed', (e as Error).message), source: null });
    }
  });
}

/** A WireResult back into the ReadResult fields it stands for. */
export function fromWire(w: WireResult): Pick<ReadResult, 'source' | 'failure'> & { encoding?: string } {
  const s = w.source;
  return {
    failure: w.failure,
    ...(w.encoding ? { encoding: w.encoding } : {}),
    source: s ? new SourceText(s.text, { encoding: s.encoding, bom: s.bom, skip: s.skip, form: s.form, ...(s.origins ? { origins: [...s.origins] } : {}) }) : null,
  };
}
