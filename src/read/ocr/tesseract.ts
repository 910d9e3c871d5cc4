/**
 * Tesseract (Debian `tesseract-ocr` and `tesseract-ocr-chi-sim`, run as a child process).
 */
import { writeFile } from 'node:fs/promises';
import { median, unionBox, type Box } from '../box.js';
import { runProgram } from '../program.js';
import { pgm, upscale } from './pixels.js';
import type { Gray } from './raster.js';
import type { CellCrop, RuledPage } from './ruling.js';
import { runTool, type Deadline } from './run.js';
import { fixText, numericRe, tighten, type Word } from './words.js';

let tesseractChecked: Promise<boolean> | null = null;

/** Whether `tesseract` runs and has the Simplified Chinese model. */
export function hasTesseract(): Promise<boolean> {
  tesseractChecked ??= runProgram('tesseract', ['--list-langs'], { timeoutMs: 10_000 })
    .then((r) => r.kind === 'ok' && /\bchi_sim\b/.test(r.stdout + r.stderr));
  return tesseractChecked;
}

export function parseTsv(tsv: string, scale = 1): Word[] {
  const words: Word[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join(' ').trim();
    const conf = Number(f[10]);
    if (!text || !(conf >= 0)) continue;
    const [l, t, w, h] = [6, 7, 8, 9].map((k) => Number(f[k]) / scale) as [number, number, number, number];
    words.push({ line: `${f[1]}.${f[2]}.${f[3]}.${f[4]}`, box: [Math.round(l), Math.round(t), Math.round(l + w), Math.round(t + h)], conf, text });
  }
  return words;
}

/**
 * OCR of one cleaned page: the text outside the tables as a page (`--psm 4`), and the table
 * cells each on a band of their own in one strip image (`--psm 6`), so that the lines of a
 * wrapped label and the numbers next to it are never taken for one line. Word boxes in page pixels.
 */
export async function readPage(page: RuledPage, scale: number, base: string, deadline: Deadline): Promise<Word[]> {
  const { img, labels, crops, outside } = page;
  const { w } = img;
  const words: Word[] = [];
  await writeFile(`${base}.pgm`, pgm(upscale(outside, scale)));
  const tsv = await runTool('tesseract', [`${base}.pgm`, 'stdout', '-l', 'chi_sim', '--psm', '4', '-c', 'preserve_interword_spaces=1', 'tsv'], deadline);
  words.push(...parseTsv(tsv, scale).map((x) => ({ ...x, line: 'p' + x.line, box: tighten(x.box, w, (i) => outside.px[i]! < 160) ?? x.box })));
  if (crops.length === 0) return words;
  // Every cell on a band of its own, read with the Chinese model.
  const chi = await readStrip(crops, img, labels, scale, 12, `${base}-cells.pgm`, ['-l', 'chi_sim', '--psm', '6', '-c', 'preserve_interword_spaces=1'], deadline);
  // The one-line cells once more with digits only (a lone `1` or `4` in a wide cell is often
  // lost by the Chinese model): where that gives a number and the first reading holds no
  // Chinese, the number is taken.
  const heights = crops.map((c) => c.y1 - c.y0);
  const lineH = median(heights);
  const oneLine = crops.map((c, k) => (c.y1 - c.y0 <= 1.5 * lineH ? k : -1)).filter((k) => k >= 0);
  const digits = oneLine.length
    ? await readStrip(oneLine.map((k) => crops[k]!), img, labels, scale, 24, `${base}-digits.pgm`, ['-l', 'eng', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.-'], deadline)
    : [];
  const dig = new Map<number, Word[]>();
  digits.forEach((ws, j) => dig.set(oneLine[j]!, ws));
  crops.forEach((c, k) => {
    const first = chi[k]!;
    const d = dig.get(k) ?? [];
    const ds = d.map((x) => x.text).join('');
    const fs = first.map((x) => fixText(x.text)).join('');
    const cjk = /[\u4e00-\u9fff]/.test(fs);
    const dConf = d.length ? Math.min(...d.map((x) => x.conf)) : 0;
    const fConf = first.length ? Math.min(...first.map((x) => x.conf)) : 0;
    // A digit the Chinese model took for a character (`4` → `才`, `1` → `工`): the digits win
    // when surer, or when the character is one the model is known to put for that digit.
    const confused = fs.length <= ds.length + 1 ? confusedDigits(fs) : null;
    const digitLike = first.length === 0 || /^[\d\s.,\-—–|'"“”‘’`~_()（）]*$/.test(fs) || (cjk && fs.length <= 2 && ((dConf >= 90 && dConf > fConf) || (fConf < 50 && dConf >= 60 && dConf > fConf))) ||
      confused === ds || (!cjk && /\d/.test(fs) && fs.length <= ds.length + 1);
    const fd = fs.replace(/[^\d.\-]/g, '');
    if (d.length && numericRe.test(ds) && digitLike && !cjk && numericRe.test(fd) && fd !== ds && fConf > dConf) {
      // Two readings of a number that disagree, the first surer: it stays, doubtful (the
      // second pass reads the field once more).
      for (const wd of first) words.push({ ...wd, line: `c${k}.${wd.line}`, conf: Math.min(wd.conf, 60) });
    } else if (d.length && numericRe.test(ds) && digitLike) {
      const agree = fd === ds;
      // Two readings that agree (the second through a known confusion) keep the surer
      // confidence; a digit only the digits reading saw keeps its own.
      const conf = agree ? Math.max(dConf, fConf) : confused === ds ? dConf : Math.min(dConf, 70);
      const box = d.map((x) => x.box).reduce(unionBox);
      words.push({ line: `c${k}`, box, conf, text: ds });
    } else {
      for (const wd of first) words.push({ ...wd, line: `c${k}.${wd.line}` });
    }
  });
  return words;
}

/**
 * Characters the Chinese model reads for a digit of a table cell (seen on the fixture pages:
 * `1` → `工` or `]`, `4` → `才`); the digits a reading stands for, or null.
 */
export const confusions: Record<string, string> = {
  工: '1', 丨: '1', ']': '1', '[': '1', '|': '1', l: '1', I: '1', '!': '1', 了: '7', 才: '4', 口: '0', 〇: '0', O: '0', o: '0', S: '5', B: '8', Z: '2',
};

export function confusedDigits(s: string): string | null {
  let out = '';
  for (const c of s) {
    if (/\d/.test(c)) out += c;
    else if (confusions[c]) out += confusions[c];
    else return null;
  }
  return out;
}

/** Crops of table cells, each on a band of its own in one strip image, read at once: the words of each crop, in page pixels. */
export async function readStrip(
  crops: readonly CellCrop[],
  img: Gray,
  labels: Int32Array,
  scale: number,
  gap: number,
  file: string,
  args: string[],
  deadline: Deadline,
): Promise<Word[][]> {
  const w = img.w;
  const SW = Math.max(...crops.map((c) => c.x1 - c.x0)) + 2 * gap;
  const tops: number[] = [];
  let y = gap;
  for (const c of crops) {
    tops.push(y);
    y += c.y1 - c.y0 + gap;
  }
  const strip = new Uint8Array(SW * y).fill(255);
  crops.forEach((c, k) => {
    for (let r = c.y0; r < c.y1; r++) {
      for (let x = c.x0; x < c.x1; x++) {
        const i = r * w + x;
        if (labels[i] === c.cell.label) strip[(tops[k]! + r - c.y0) * SW + gap + x - c.x0] = img.px[i]!;
      }
    }
  });
  await writeFile(file, pgm(upscale({ w: SW, h: y, px: strip }, scale)));
  const tsv = await runTool('tesseract', [file, 'stdout', ...args, 'tsv'], deadline);
  const out: Word[][] = crops.map(() => []);
  for (const wd of parseTsv(tsv, scale)) {
    const mid = (wd.box[1] + wd.box[3]) / 2;
    const k = tops.findIndex((t, j) => mid >= t - gap / 2 && mid < t + crops[j]!.y1 - crops[j]!.y0 + gap / 2);
    if (k < 0) continue;
    const c = crops[k]!;
    const dx = c.x0 - gap, dy = c.y0 - tops[k]!;
    const box: Box = [wd.box[0] + dx, wd.box[1] + dy, wd.box[2] + dx, wd.box[3] + dy];
    const clip: Box = [Math.max(box[0], c.x0), Math.max(box[1], c.y0), Math.min(box[2], c.x1), Math.min(box[3], c.y1)];
    out[k]!.push({ ...wd, box: tighten(clip, w, (i) => labels[i] === c.cell.label && img.px[i]! < 160) ?? box });
  }
  return out;
}

/**
 * Number crops read once more, digits only: all of them in one strip image, one per line, read
 * at once (`-l eng`, `tessedit_char_whitelist=0123456789.-`). The reading of each crop (by index), if any.
 */
export async function readDigits(crops: readonly Gray[], file: string, deadline: Deadline): Promise<Map<number, { s: string; conf: number }>> {
  // In strips of at most `perStrip` crops: one strip of a long report's every number made
  // Tesseract's memory, on top of the reader's, pass the isolation's limit.
  const perStrip = 80;
  const out = new Map<number, { s: string; conf: number }>();
  for (let from = 0; from < crops.length; from += perStrip) {
    const part = await readDigitStrip(crops.slice(from, from + perStrip), file, deadline);
    for (const [k, v] of part) out.set(from + k, v);
  }
  return out;
}

async function readDigitStrip(crops: readonly Gray[], file: string, deadline: Deadline): Promise<Map<number, { s: string; conf: number }>> {
  const gap = 24;
  const W = Math.max(...crops.map((c) => c.w)) + 2 * gap;
  const H = crops.reduce((n, c) => n + c.h + gap, gap);
  const strip = new Uint8Array(W * H).fill(255);
  const tops: number[] = [];
  let y = gap;
  for (const c of crops) {
    tops.push(y);
    for (let r = 0; r < c.h; r++) strip.set(c.px.subarray(r * c.w, (r + 1) * c.w), (y + r) * W + gap);
    y += c.h + gap;
  }
  await writeFile(file, pgm({ w: W, h: H, px: strip }));
  const tsv = await runTool('tesseract', [file, 'stdout', '-l', 'eng', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.-', 'tsv'], deadline);
  const out = new Map<number, { s: string; conf: number }>();
  for (const w of parseTsv(tsv)) {
    const mid = (w.box[1] + w.box[3]) / 2;
    const k = tops.findIndex((t, i) => mid >= t && mid < t + crops[i]!.h);
    if (k < 0) continue;
    const had = out.get(k);
    out.set(k, had ? { s: had.s + w.text, conf: Math.min(had.conf, w.conf) } : { s: w.text, conf: w.conf });
  }
  return out;
}
