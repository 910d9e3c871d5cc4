/**
 * bench: how fast nianbao reads reports, on one core.
 *
 *   npm run bench -- [DIR] [--regen] [--count N] [--passes N] [--by-template] [--json FILE]
 *
 *   npm run bench -- --real-only
 *
 * DIR (default /tmp/nianbao-bench-corpus) is made by gen-corpus when it does not exist or
 * holds no corpus files, or always with --regen. All files are read into memory first; then,
 * single-threaded and sequentially (`npm run bench` runs node with --single-threaded: V8's
 * compiler and garbage-collector helper threads off, so the figure is of one core and repeatable;
 * with them, runs on a 2-core machine fell into two modes 30% apart), after a warm-up pass over
 * 200 files, 3 timed passes each of
 *   - floor: read(bytes) (decode + line index) and normalize(text), the least any parse does;
 *   - parse: parse(bytes), the whole pipeline;
 * alternating floor and parse, then as many of parse+check, and the median pass counts. Peak memory: max RSS of the process
 * and the heap used, sampled every 64 reports during the parse passes.
 * --by-template adds one more (untimed-in-the-headline) parse pass that times every report and
 * lists the slowest templates. --json FILE writes the figures as JSON.
 * Then the real reports (fixtures/: the seeds, the corpus's text, Markdown and HTML copies, and
 * the text real tools made of real PDFs in fixtures/real-forms), each group read many times over
 * (at least 1,000 reports a pass) the same way: floor and parse alternating, then parse+check, median of the passes.
 * `--real-only` skips the generated corpus.
 * Exits 1 if a parse threw or reported an internal error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { check, parse } from '../src/index.js';
import { read } from '../src/read/index.js';
import { normalize } from '../src/extract/normalize.js';
import { benchReal, type RealFigures } from './bench-real.js';
import { defaultCorpusDir, defaultCount, generateCorpus, templateOf } from './gen-corpus.js';

interface Args { dir: string; regen: boolean; count: number; passes: number; byTemplate: boolean; json: string | null; realOnly: boolean }

function args(argv: string[]): Args {
  const a: Args = { dir: defaultCorpusDir, regen: false, count: defaultCount, passes: 3, byTemplate: false, json: null, realOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i]!;
    if (s === '--regen') a.regen = true;
    else if (s === '--real-only') a.realOnly = true;
    else if (s === '--by-template') a.byTemplate = true;
    else if (s === '--json') a.json = path.resolve(argv[++i] ?? 'bench-results.json');
    else if (s === '--count') a.count = Number(argv[++i]);
    else if (s === '--passes') a.passes = Number(argv[++i]);
    else if (s === '-h' || s === '--help') {
      console.log('usage: npm run bench -- [DIR] [--regen] [--count N] [--passes N] [--by-template] [--real-only] [--json FILE]');
      process.exit(0);
    } else if (s.startsWith('-')) throw new Error(`unknown option ${s}`);
    else a.dir = path.resolve(s);
  }
  if (!Number.isInteger(a.count) || a.count < 1 || !Number.isInteger(a.passes) || a.passes < 1) {
    throw new Error('--count and --passes take positive integers');
  }
  return a;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapUsed = () => v8.getHeapStatistics().used_heap_size;
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const mb = (bytes: number) => bytes / 1e6;

function main(): number {
  const a = args(process.argv.slice(2));
  if (a.realOnly) {
    const real = benchReal(a.passes);
    if (a.json) fs.writeFileSync(a.json, JSON.stringify({ node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', real, date: new Date().toISOString() }, null, 2) + '\n');
    return 0;
  }
  const present = fs.existsSync(a.dir) && fs.readdirSync(a.dir).some((f) => templateOf(f) !== null);
  if (a.regen || !present) {
    const t0 = performance.now();
    const g = generateCorpus(a.dir, { count: a.count, log: (s) => console.error(s) });
    console.log(`语料 corpus: generated ${g.files} files from ${g.templates} templates, ${fmt(mb(g.bytes), 1)} MB in ${fmt((performance.now() - t0) / 1000, 2)} s → ${a.dir}`);
  }

  // Everything into memory first.
  const names = fs.readdirSync(a.dir).filter((f) => templateOf(f) !== null).sort();
  const n = names.length;
  const files: Buffer[] = names.map((f) => fs.readFileSync(path.join(a.dir, f)));
  let totalBytes = 0;
  for (const b of files) totalBytes += b.byteLength;
  const templateNames = [...new Set(names.map((f) => templateOf(f)!))].sort();
  const templateIndex = new Map(templateNames.map((t, i) => [t, i]));
  const tmpl = Int32Array.from(names, (f) => templateIndex.get(templateOf(f)!)!);
  gc();
  const baselineRss = process.memoryUsage.rss();
  const baselineHeap = heapUsed();

  let sink = 0; // keeps results alive so nothing is optimised away
  let threw = 0;
  let internal = 0;
  let peakHeap = baselineHeap;
  const internalFiles: string[] = [];

  const floorPass = (count: number): number => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const r = read(files[i]!);
      if (r.source) sink += normalize(r.source.text).length;
    }
    return performance.now() - t0;
  };

  const status = { ok: 0, incomplete: 0, failed: 0 };
  const parsePass = (count: number, tally: boolean): number => {
    let ok = 0, incomplete = 0, failed = 0;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      try {
        const rep = parse(files[i]!);
        const s = rep.status;
        if (s === 'ok') ok++;
        else if (s === 'incomplete') incomplete++;
        else {
          failed++;
          if (tally && rep.diagnostics.some((d) => d.ruleId === 'parse/internal-error')) {
            internal++;
            if (internalFiles.length < 10) internalFiles.push(`${names[i]}: ${rep.diagnostics[0]?.message.en}`);
          }
        }
      } catch (e) {
        if (tally) {
          threw++;
          if (internalFiles.length < 10) internalFiles.push(`${names[i]}: threw ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      if ((i & 63) === 63) {
        const h = heapUsed();
        if (h > peakHeap) peakHeap = h;
      }
    }
    const ms = performance.now() - t0;
    if (tally) Object.assign(status, { ok, incomplete, failed });
    return ms;
  };

  const checkPass = (count: number): number => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) sink += check(parse(files[i]!)).length;
    return performance.now() - t0;
  };

  // Warm-up: the JIT sees every path before anything is timed.
  const warm = Math.min(200, n);
  floorPass(warm);
  parsePass(warm, false);
  checkPass(warm);

  const floorMs: number[] = [];
  const parseMs: number[] = [];
  const checkMs: number[] = [];
  for (let p = 0; p < a.passes; p++) {
    // No forced collection between passes: a full gc() shrinks V8's young generation back to
    // its first size, and the pass after it ran a quarter slower while it grew again, which no
    // real run (a batch, an ingest) ever sees.
    floorMs.push(floorPass(n));
    parseMs.push(parsePass(n, p === 0));
  }
  // parse+check after the parse passes, not between them: between them it left the heap in
  // another state and the parse passes ran slower (scripts/bench-real.ts).
  for (let p = 0; p < a.passes; p++) checkMs.push(checkPass(n));

  // Per-template timing: an extra pass, outside the headline figures.
  let byTemplate: Array<{ template: string; reports: number; msPerReport: number; usPerKB: number; okShare: number }> | null = null;
  if (a.byTemplate) {
    gc();
    const ms = new Float64Array(templateNames.length);
    const cnt = new Int32Array(templateNames.length);
    const bytes = new Float64Array(templateNames.length);
    const oks = new Int32Array(templateNames.length);
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const rep = parse(files[i]!);
      const dt = performance.now() - t0;
      const t = tmpl[i]!;
      ms[t] = ms[t]! + dt;
      cnt[t] = cnt[t]! + 1;
      bytes[t] = bytes[t]! + files[i]!.byteLength;
      if (rep.status === 'ok') oks[t] = oks[t]! + 1;
    }
    byTemplate = templateNames.map((template, t) => ({
      template,
      reports: cnt[t]!,
      msPerReport: ms[t]! / cnt[t]!,
      usPerKB: (ms[t]! * 1000) / (bytes[t]! / 1000),
      okShare: oks[t]! / cnt[t]!,
    })).sort((x, y) => y.msPerReport - x.msPerReport);
  }

  const maxRss = process.resourceUsage().maxRSS * 1024; // kB → bytes
  const fMed = median(floorMs);
  const pMed = median(parseMs);
  const result = {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    corpus: { dir: a.dir, files: n, bytes: totalBytes, templates: templateNames.length },
    passes: a.passes,
    floor: {
      passMs: floorMs.map((x) => +x.toFixed(1)), medianMs: +fMed.toFixed(1),
      reportsPerSec: +(n / (fMed / 1000)).toFixed(1), mbPerSec: +(mb(totalBytes) / (fMed / 1000)).toFixed(2),
    },
    parse: {
      passMs: parseMs.map((x) => +x.toFixed(1)), medianMs: +pMed.toFixed(1),
      reportsPerSec: +(n / (pMed / 1000)).toFixed(1), mbPerSec: +(mb(totalBytes) / (pMed / 1000)).toFixed(2),
      msPerReport: +(pMed / n).toFixed(3),
      status, okShare: +(status.ok / n).toFixed(4),
      threw, internalErrors: internal,
    },
    check: {
      passMs: checkMs.map((x) => +x.toFixed(1)), medianMs: +median(checkMs).toFixed(1),
      reportsPerSec: +(n / (median(checkMs) / 1000)).toFixed(1),
    },
    ratio: +(pMed / fMed).toFixed(2),
    memory: {
      maxRssMB: +mb(maxRss).toFixed(1), baselineRssMB: +mb(baselineRss).toFixed(1),
      peakHeapUsedMB: +mb(peakHeap).toFixed(1), baselineHeapUsedMB: +mb(baselineHeap).toFixed(1),
    },
    byTemplate: byTemplate?.map((r) => ({ ...r, msPerReport: +r.msPerReport.toFixed(3), usPerKB: +r.usPerKB.toFixed(1), okShare: +r.okShare.toFixed(3) })) ?? null,
  };

  // Pad by display width: a CJK character takes two columns.
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  const L = (zh: string, en: string) => `${zh} ${en}` + ' '.repeat(Math.max(0, 24 - width(`${zh} ${en}`)));
  console.log(`\nnianbao 性能测试 benchmark — Node ${result.node}, ${result.cpu} (${result.platform}), 单线程 single thread`);
  console.log(`语料 corpus: ${fmt(n)} 份 reports, ${fmt(mb(totalBytes), 1)} MB, ${templateNames.length} 模板 templates; ${a.passes} 轮取中位数 passes, median`);
  console.log('');
  console.log(`${L('下限', 'floor')}: ${fmt(result.floor.reportsPerSec).padStart(9)} 份/秒 reports/s  ${fmt(result.floor.mbPerSec, 1).padStart(7)} MB/s   (read + normalize; ${fmt(fMed, 0)} ms/pass)`);
  console.log(`${L('解析', 'parse')}: ${fmt(result.parse.reportsPerSec).padStart(9)} 份/秒 reports/s  ${fmt(result.parse.mbPerSec, 1).padStart(7)} MB/s   (${fmt(pMed / n * 1000, 0)} µs/份 report; ${fmt(pMed, 0)} ms/pass)`);
  console.log(`${L('解析+核对', 'parse+check')}: ${fmt(result.check.reportsPerSec).padStart(9)} 份/秒 reports/s                (${fmt(median(checkMs), 0)} ms/pass)`);
  console.log(`${L('倍数', 'parse/floor')}: ${fmt(result.ratio, 1).padStart(9)} ×`);
  console.log(`${L('完整', 'status ok')}: ${fmt(result.parse.okShare * 100, 1).padStart(9)} %   (ok ${status.ok}, incomplete ${status.incomplete}, failed ${status.failed})`);
  console.log(`${L('内存', 'max RSS')}: ${fmt(result.memory.maxRssMB, 1).padStart(9)} MB  (after loading the corpus ${fmt(result.memory.baselineRssMB, 1)} MB)`);
  console.log(`${L('堆峰值', 'peak heap used')}: ${fmt(result.memory.peakHeapUsedMB, 1).padStart(9)} MB  (after loading the corpus ${fmt(result.memory.baselineHeapUsedMB, 1)} MB)`);
  console.log(`${L('每轮', 'passes (ms)')}: floor ${floorMs.map((x) => fmt(x)).join(' / ')}; parse ${parseMs.map((x) => fmt(x)).join(' / ')}; parse+check ${checkMs.map((x) => fmt(x)).join(' / ')}`);
  if (byTemplate) {
    console.log('\n最慢的模板 slowest templates (ms/份 per report, µs/KB, ok share):');
    for (const r of byTemplate.slice(0, 5)) {
      console.log(`  ${fmt(r.msPerReport, 3).padStart(8)} ms  ${fmt(r.usPerKB, 1).padStart(7)} µs/KB  ok ${fmt(r.okShare * 100, 0).padStart(3)}%  ${r.template} (${r.reports})`);
    }
    const notOk = byTemplate.filter((r) => r.okShare < 1).sort((x, y) => x.okShare - y.okShare);
    if (notOk.length) {
      console.log('\n不完整的模板 templates with reports not ok:');
      for (const r of notOk) console.log(`  ok ${fmt(r.okShare * 100, 0).padStart(3)}%  ${r.template} (${r.reports})`);
    }
  }
  if (threw || internal) {
    console.log(`\n错误 errors: ${threw} parse() threw, ${internal} internal errors`);
    for (const s of internalFiles) console.log(`  ${s}`);
  }
  const real: RealFigures[] = benchReal(a.passes);
  if (a.json) {
    fs.writeFileSync(a.json, JSON.stringify({ ...result, real, date: new Date().toISOString(), sink }, null, 2) + '\n');
    console.log(`\nJSON → ${a.json}`);
  }
  return threw || internal ? 1 : 0;
}

process.exitCode = main();
