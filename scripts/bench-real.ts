/**
 * The real reports of fixtures/ for `npm run bench`: every text, Markdown and HTML copy of a real
 * report the repository holds, in two groups (text as a person or a tool saved it; Markdown and
 * HTML, whose reading starts with a markup parser), each read many times over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, parse } from '../src/index.js';
import { read } from '../src/read/index.js';
import { normalize } from '../src/extract/normalize.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The folders of real reports: the seeds, the corpus's copies, the text real tools made of real PDFs. */
const dirs = ['seeds', 'corpus/raw', 'real-forms/layout', 'real-forms/plain', 'real-forms/md'];

export interface RealGroup { name: string; files: string[]; bytes: Buffer[] }

export function realGroups(): RealGroup[] {
  const text: RealGroup = { name: 'text', files: [], bytes: [] };
  const markup: RealGroup = { name: 'markup', files: [], bytes: [] };
  for (const d of dirs) {
    for (const f of fs.readdirSync(path.join(fixtures, d)).sort()) {
      const ext = path.extname(f);
      const g = ext === '.txt' ? text : ext === '.md' || ext === '.html' ? markup : null;
      if (!g) continue;
      g.files.push(`${d}/${f}`);
      g.bytes.push(fs.readFileSync(path.join(fixtures, d, f)));
    }
  }
  return [text, markup];
}

export interface RealFigures {
  group: string; files: number; reportsPerPass: number;
  floorPerSec: number; parsePerSec: number; checkPerSec: number; ratio: number; okShare: number;
  passMs: { floor: number[]; parse: number[]; check: number[] };
  /** The same from the process's CPU time (user + system), which a loaded machine inflates less than wall time. */
  cpu: { floorPerSec: number; parsePerSec: number; checkPerSec: number; ratio: number; passMs: { floor: number[]; parse: number[]; check: number[] } };
  /** The 1-minute load average when the group was measured. */
  load: number;
}

/** Time one pass: wall milliseconds and CPU milliseconds. */
function timed(pass: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  pass();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Floor, parse and parse+check of one group, `passes` passes of at least `minReports` reports each. */
export function benchGroup(g: RealGroup, passes: number, minReports = 1000): RealFigures {
  const times = Math.ceil(minReports / g.bytes.length);
  const n = times * g.bytes.length;
  let sink = 0;
  let ok = 0;
  const floor = () => timed(() => {
    for (let r = 0; r < times; r++) for (const b of g.bytes) {
      const x = read(b);
      if (x.source) sink += normalize(x.source.text).length;
    }
  });
  const parsing = () => timed(() => {
    ok = 0;
    for (let r = 0; r < times; r++) for (const b of g.bytes) if (parse(b).status === 'ok') ok++;
  });
  const checking = () => timed(() => {
    for (let r = 0; r < times; r++) for (const b of g.bytes) sink += check(parse(b)).length;
  });
  // Warm-up: every file through every path before anything is timed.
  for (let w = 0; w < Math.min(20, times); w++) for (const b of g.bytes) { sink += normalize(read(b).source?.text ?? '').length; check(parse(b)); }
  const f: number[] = [], p: number[] = [], c: number[] = [];
  const fc: number[] = [], pc: number[] = [], cc: number[] = [];
  const load = os.loadavg()[0]!;
  // Floor and parse alternate (a change in the machine's load falls on both alike); the
  // parse+check passes come after them: between parse passes they left the heap in another state
  // (about 4 × the bytes promoted per scavenge), and the parse passes ran about 13 % slower.
  for (let k = 0; k < passes; k++) {
    const a = floor(), b = parsing();
    f.push(a.wall); p.push(b.wall);
    fc.push(a.cpu); pc.push(b.cpu);
  }
  for (let k = 0; k < passes; k++) {
    const d = checking();
    c.push(d.wall);
    cc.push(d.cpu);
  }
  const per = (ms: number) => +(n / (ms / 1000)).toFixed(1);
  if (sink < 0) console.log(sink);
  return {
    group: g.name, files: g.bytes.length, reportsPerPass: n,
    floorPerSec: per(median(f)), parsePerSec: per(median(p)), checkPerSec: per(median(c)),
    ratio: +(median(p) / median(f)).toFixed(2), okShare: +(ok / n).toFixed(3),
    passMs: { floor: f.map((x) => +x.toFixed(1)), parse: p.map((x) => +x.toFixed(1)), check: c.map((x) => +x.toFixed(1)) },
    cpu: {
      floorPerSec: per(median(fc)), parsePerSec: per(median(pc)), checkPerSec: per(median(cc)), ratio: +(median(pc) / median(fc)).toFixed(2),
      passMs: { floor: fc.map((x) => +x.toFixed(1)), parse: pc.map((x) => +x.toFixed(1)), check: cc.map((x) => +x.toFixed(1)) },
    },
    load: +load.toFixed(2),
  };
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Measure and print both groups. */
export function benchReal(passes: number): RealFigures[] {
  const out: RealFigures[] = [];
  console.log('\n真实报告 real reports (fixtures/: seeds, corpus, real-forms), 单线程 single thread:');
  for (const g of realGroups()) {
    // A Markdown or HTML copy takes milliseconds (a markup parser first): fewer rounds of them.
    const r = benchGroup(g, passes, g.name === 'text' ? 1000 : 60);
    out.push(r);
    const what = g.name === 'text' ? '文本 text (.txt)' : '标记 Markdown/HTML';
    console.log(`  ${what}: ${r.files} 份 files × ${r.reportsPerPass / r.files} = ${fmt(r.reportsPerPass)} 份/轮 reports a pass`);
    console.log(`    （负载 load ${fmt(r.load, 1)}；墙钟 wall clock / CPU 时间 CPU time）`);
    console.log(`    下限 floor (read + normalize) ${fmt(r.floorPerSec).padStart(8)} / ${fmt(r.cpu.floorPerSec).padStart(8)} 份/秒 reports/s`);
    console.log(`    解析 parse                    ${fmt(r.parsePerSec).padStart(8)} / ${fmt(r.cpu.parsePerSec).padStart(8)} 份/秒 reports/s   ${fmt(r.ratio, 1)} / ${fmt(r.cpu.ratio, 1)} × floor, ok ${fmt(r.okShare * 100, 0)}%`);
    console.log(`    解析+核对 parse+check         ${fmt(r.checkPerSec).padStart(8)} / ${fmt(r.cpu.checkPerSec).padStart(8)} 份/秒 reports/s`);
  }
  return out;
}
