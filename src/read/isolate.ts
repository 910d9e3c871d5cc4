/**
 * The readers that run a parser on untrusted bytes (pdf.js, the JPEG/TIFF/PNG decoders, the
 * OCR engine, LibreOffice) run in a child process (read/isolate-child.ts), one file at a time,
 * so that whatever they do stays that file's failure:
 *
 * - a deadline of 60 s a file (`timeoutMs`), and for a scan read by OCR 20 s more a page
 *   (`ocrPageMs`; the child says how many pages it will read before it starts, at most 60):
 *   OCR is the one reading whose time grows with the pages, about 3.5 s a page on one free
 *   core and several times that on a loaded machine, where 60 s for a whole scan would fail
 *   reports that are fine. LibreOffice and the OCR get the time left, less a margin, as their
 *   own deadlines, so that they end with their own message first. At the deadline the child is
 *   killed with its process group and every process it started (LibreOffice runs in a group
 *   of its own);
 * - a memory limit (default 1 GiB): the resident memory of the child and of every process
 *   under it (LibreOffice, Tesseract, pdftoppm) is watched on Linux (the child every 50 ms,
 *   the processes under it every 200 ms), and the child's JS heap is capped by V8 everywhere;
 * - a crash, an exception or a promise rejection nobody waits for inside a reader ends that
 *   file only (the child reports it, naming the file, and is replaced).
 *
 * Children are kept for the next file (starting one and loading pdf.js costs ~150 ms) and never
 * keep this process alive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Form } from './detect.js';
import type { ReadFailure, ReadOptions, ReadResult } from './index.js';
import { SourceText } from './source.js';

export interface IsolationLimits {
  /** Longest a file may be read, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Time added for each page of a scan read by OCR, in milliseconds (default 20 s). */
  ocrPageMs?: number;
  /** Most memory the reading process and the processes it starts may take, in bytes (default 1 GiB). */
  maxMemory?: number;
  /**
   * The same for a scan read by OCR, from the moment the child says it starts the OCR (default
   * 2 GiB, or `maxMemory` where only that is given): PP-OCR's detection briefly takes several
   * hundred megabytes on a page, and a 9-page bilevel scan peaked past 1 GiB for moments.
   */
  ocrMaxMemory?: number;
}

/** A page read by OCR is given 20 s, or NIANBAO_OCR_TIMEOUT seconds where set (a slow or busy machine). */
function ocrPageMsFromEnv(): number {
  const s = Number(process.env['NIANBAO_OCR_TIMEOUT']);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 20_000;
}

export const defaultIsolationLimits = { timeoutMs: 60_000, ocrPageMs: ocrPageMsFromEnv(), maxMemory: 1024 * 1024 * 1024, ocrMaxMemory: 2048 * 1024 * 1024 } as const;

/** What the child is given: the limits it reads within (its tools' own deadlines come from them). */
export interface ChildBudget {
  timeoutMs: number;
  ocrPageMs: number;
}

/** The margin a tool's own deadline leaves before the child's, so that the tool's message comes first. */
export const toolMarginMs = 3_000;

/** What a child sends back: a ReadResult with its text as plain fields. */
export interface WireResult {
  failure: ReadFailure | null;
  encoding?: string;
  source: null | { text: string; encoding: SourceText['encoding']; bom: boolean; skip: number; form: string; origins: SourceText['origins']; cutPages?: number[]; imagePages?: number[]; grids?: Array<readonly number[]> };
}

export function toWire(r: ReadResult): WireResult {
  const s = r.source;
  return {
    failure: r.failure,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    source: s ? { text: s.text, encoding: s.encoding, bom: s.bom, skip: s.skip, form: s.form, origins: s.origins, ...(s.cutPages.size ? { cutPages: [...s.cutPages] } : {}), ...(s.imagePages.length ? { imagePages: [...s.imagePages] } : {}), ...(s.grids.length ? { grids: [...s.grids] } : {}) } : null,
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

/**
 * Every process under `pid` (its children, theirs…: LibreOffice in a process group of its own,
 * Tesseract, pdftoppm) with their resident memory, from /proc (Linux); null elsewhere.
 */
export function processesUnder(pid: number): { pids: number[]; resident: number } | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const kids = new Map<number, Array<{ pid: number; rss: number }>>();
  for (const e of entries) {
    const c = e.charCodeAt(0);
    if (c < 0x30 || c > 0x39) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${e}/stat`, 'latin1');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid … rss is the 24th field; comm may hold spaces and parentheses.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(f[1]);
    const list = kids.get(ppid) ?? [];
    list.push({ pid: Number(e), rss: Number(f[21]) * 4096 });
    kids.set(ppid, list);
  }
  const pids: number[] = [];
  let resident = 0;
  const stack = [pid];
  while (stack.length) {
    for (const k of kids.get(stack.pop()!) ?? []) {
      pids.push(k.pid);
      resident += k.rss;
      stack.push(k.pid);
    }
  }
  return { pids, resident };
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
  // The processes it started first (LibreOffice's own group among them), while they can still be found.
  if (child.pid !== undefined) {
    for (const p of processesUnder(child.pid)?.pids ?? []) {
      try {
        process.kill(-p, 'SIGKILL'); // a group leader (LibreOffice) with its group
      } catch {
        // not a group leader
      }
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
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
  const started = Date.now();
  let deadline = limits.timeoutMs;
  let memory = limits.maxMemory;
  let timer = setTimeout(() => fail('timeout', deadline), deadline);
  const onMessage = (m: { result?: WireResult; crashed?: string; ocrPages?: number }) => {
    if (m.result) finish(m.result, true);
    else if (m.crashed !== undefined) fail('crashed', m.crashed);
    else if (m.ocrPages !== undefined && !settled) {
      // A scan about to be read by OCR: its pages' time on top of the file's, and the OCR's memory.
      deadline = limits.timeoutMs + Math.max(1, m.ocrPages) * limits.ocrPageMs;
      memory = Math.max(memory, limits.ocrMaxMemory);
      clearTimeout(timer);
      timer = setTimeout(() => fail('timeout', deadline), Math.max(0, started + deadline - Date.now()));
    }
  };
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    // V8 ends a process out of heap with a fatal error (SIGABRT or exit 134).
    if (signal === 'SIGABRT' || code === 134) fail('memory', memory);
    else fail('crashed', signal ?? `exit ${code}`);
  };
  const onError = (e: Error) => fail('crashed', e.message);
  let ticks = 0;
  let under = 0; // resident memory of the processes under the child, as last seen
  const check = () => {
    if (c.pid === undefined) return;
    if (ticks++ % 4 === 0) under = processesUnder(c.pid)?.resident ?? 0;
    const rss = residentBytes(c.pid);
    if (rss !== null && rss + under > memory) fail('memory', memory);
  };
  const watch = setInterval(check, 50);
  c.on('message', onMessage);
  c.on('exit', onExit);
  c.on('error', onError);
  // Once before the job goes out: a read quicker than the first sample is held to the limit too.
  check();
  if (settled) return;
  const budget: ChildBudget = { timeoutMs: limits.timeoutMs, ocrPageMs: limits.ocrPageMs };
  c.send({ bytes: job.bytes, options: job.options, budget }, (e) => {
    if (e) fail('crashed', e.message);
  });
}

/**
 * Read `bytes` (a PDF, an image, a Word 97 file: `form`) in a child process within the limits.
 * Never throws.
 */
export function readIsolated(bytes: Uint8Array, form: Form, options: ReadOptions & IsolationLimits = {}): Promise<WireResult> {
  const { timeoutMs, ocrPageMs, maxMemory, ocrMaxMemory, ...readOptions } = options;
  const limits = {
    timeoutMs: timeoutMs ?? defaultIsolationLimits.timeoutMs,
    ocrPageMs: ocrPageMs ?? defaultIsolationLimits.ocrPageMs,
    maxMemory: maxMemory ?? defaultIsolationLimits.maxMemory,
    ocrMaxMemory: ocrMaxMemory ?? maxMemory ?? defaultIsolationLimits.ocrMaxMemory,
  };
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
    source: s ? new SourceText(s.text, { encoding: s.encoding, bom: s.bom, skip: s.skip, form: s.form, ...(s.origins ? { origins: [...s.origins] } : {}), ...(s.cutPages ? { cutPages: s.cutPages } : {}), ...(s.imagePages ? { imagePages: s.imagePages } : {}), ...(s.grids ? { grids: s.grids } : {}) }) : null,
  };
}
