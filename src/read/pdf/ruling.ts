/**
 * The ruling of each page: the horizontal and vertical lines drawn on it (stroked lines and
 * rectangle edges, and thin filled rectangles, as Word, WPS, LibreOffice and Chromium draw table
 * borders), found by reading the content streams' path operators only (no fonts, no text, no
 * images), through form XObjects, in PDF user space. Used by read/pdf/cells.ts to put each
 * word in the table cell it stands in.
 */
import { mul, type Matrix } from './geometry.js';
import { isDict, isOp, Lexer, name, PdfName, PdfObjects, type PdfDict, type PdfValue } from './objects.js';

/** A rule: horizontal (`y` fixed, from x0 to x1) or vertical (`x` fixed, from y0 to y1). */
export interface Segment {
  horizontal: boolean;
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

/** A rule is at most this thick (points); a filled rectangle thicker is a shading, not a line. */
const thin = 2.5;
/**
 * A dot of a dotted rule, or a dash of a dashed one, is a filled rectangle at most this long
 * (points): Chromium draws `border-style: dotted` as one small square per dot.
 */
const dotMax = 6;

/** Most tokens read in a document: a drawing of millions of paths is no table (and no reason to stall). */
const maxOps = 5_000_000;

interface State {
  ctm: Matrix;
  white: boolean;
  /** Text render mode 3: glyphs drawn invisible (the text layer an OCR program lays over a scan). */
  invisible: boolean;
}

/** What a page draws besides its rules: the area its pictures cover, and its text shown visibly or not. */
export interface PageDrawing {
  /** Square points the page's images cover (image XObjects and inline images). */
  imageArea: number;
  /** Text-showing operators (Tj, TJ, ', "), and how many of them drew invisible text. */
  shows: number;
  invisibleShows: number;
}

function lineSegment(a: [number, number], b: [number, number], out: Segment[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx >= 2) out.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx < 0.5 && dy >= 2) out.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}

/** A small filled rectangle, in user space: a dot or dash of a dotted or dashed rule, or nothing. */
interface Dot { x0: number; y0: number; x1: number; y1: number }

/** Fewest dots in a row that make a rule (a bullet or a decimal point is one or two). */
const minDots = 4;

/**
 * The rules drawn as rows of dots or dashes: dots on one line, each at most about its own length
 * from the next, at least `minDots` of them, join into one rule from the first to the last.
 * A dot at a corner belongs to a horizontal and a vertical rule.
 */
function dottedRules(dots: Dot[], out: Segment[]): void {
  for (const horizontal of [true, false]) {
    const mid = (d: Dot) => (horizontal ? (d.y0 + d.y1) / 2 : (d.x0 + d.x1) / 2);
    const lo = (d: Dot) => (horizontal ? d.x0 : d.y0);
    const hi = (d: Dot) => (horizontal ? d.x1 : d.y1);
    const sorted = [...dots].sort((a, b) => mid(a) - mid(b) || lo(a) - lo(b));
    // Dots whose middles lie within 0.5 of each other are on one line.
    for (let i = 0; i < sorted.length; ) {
      let j = i + 1;
      while (j < sorted.length && mid(sorted[j]!) - mid(sorted[i]!) < 0.5) j++;
      const line = sorted.slice(i, j).sort((a, b) => lo(a) - lo(b));
      let first = 0;
      for (let k = 1; k <= line.length; k++) {
        const prev = line[k - 1]!;
        const gapMax = Math.max(1.5, 2 * (hi(prev) - lo(prev)));
        if (k < line.length && lo(line[k]!) - hi(prev) <= gapMax) continue;
        if (k - first >= minDots) {
          const at = line.slice(first, k).reduce((s, d) => s + mid(d), 0) / (k - first);
          out.push({ horizontal, at, from: lo(line[first]!), to: hi(prev) });
        }
        first = k;
      }
      i = j;
    }
  }
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The rules of one content stream (and the forms it draws), in user space. */
function scan(objs: PdfObjects, data: Uint8Array, resources: PdfDict | undefined, base: Matrix, out: Segment[], dots: Dot[], depth: number, budget: { ops: number; drawing: PageDrawing }): void {
  const lx = new Lexer(data);
  const stack: State[] = [];
  let st: State = { ctm: base, white: false, invisible: false };
  const nums: number[] = [];
  // The current path: its straight pieces and rectangles, in user space.
  let pieces: Array<[[number, number], [number, number]]> = [];
  let rects: Array<[number, number][]> = [];
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  const xobjects = isDict(objs.get(resources?.dict.get('XObject'))) ? (objs.get(resources!.dict.get('XObject')) as PdfDict) : undefined;
  let operand: PdfValue | undefined;
  for (;;) {
    if (--budget.ops < 0) return;
    const t = lx.next();
    if (t === undefined) break;
    if (!isOp(t)) {
      if (typeof t === 'number') nums.push(t);
      else operand = t;
      continue;
    }
    const op = t.op;
    const n = nums;
    switch (op) {
      case 'q':
        stack.push({ ...st });
        break;
      case 'Q':
        st = stack.pop() ?? st;
        break;
      case 'cm':
        if (n.length >= 6) st.ctm = mul(st.ctm, n.slice(-6));
        break;
      case 'm':
        if (n.length >= 2) start = cur = apply(st.ctm, n[n.length - 2]!, n[n.length - 1]!);
        break;
      case 'l':
        if (n.length >= 2 && cur) {
          const p = apply(st.ctm, n[n.length - 2]!, n[n.length - 1]!);
          pieces.push([cur, p]);
          cur = p;
        }
        break;
      case 'c':
      case 'v':
      case 'y':
        if (n.length >= 2) cur = apply(st.ctm, n[n.length - 2]!, n[n.length - 1]!);
        break;
      case 'h':
        if (cur && start) pieces.push([cur, start]);
        cur = start;
        break;
      case 're':
        if (n.length >= 4) {
          const [x, y, w, h] = n.slice(-4) as [number, number, number, number];
          rects.push([apply(st.ctm, x, y), apply(st.ctm, x + w, y), apply(st.ctm, x + w, y + h), apply(st.ctm, x, y + h)]);
          start = cur = apply(st.ctm, x, y);
        }
        break;
      case 'S':
      case 's':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
      case 'n': {
        const stroke = op === 'S' || op === 's' || op.startsWith('B') || op.startsWith('b');
        const fill = op !== 'S' && op !== 's' && op !== 'n';
        if (op !== 'n' && !(fill && !stroke && st.white)) {
          if (stroke) for (const [a, b] of pieces) lineSegment(a, b, out);
          for (const r of rects) {
            const xs = r.map((p) => p[0]);
            const ys = r.map((p) => p[1]);
            const w = Math.max(...xs) - Math.min(...xs);
            const h = Math.max(...ys) - Math.min(...ys);
            if (stroke) for (let k = 0; k < 4; k++) lineSegment(r[k]!, r[(k + 1) % 4]!, out);
            else if (fill && w <= dotMax && h <= dotMax && Math.min(w, h) <= thin) {
              dots.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
            } else if (fill && (w <= thin || h <= thin)) {
              // A thin filled rectangle is a line along its long side.
              if (w > h) out.push({ horizontal: true, at: (Math.min(...ys) + Math.max(...ys)) / 2, from: Math.min(...xs), to: Math.max(...xs) });
              else out.push({ horizontal: false, at: (Math.min(...xs) + Math.max(...xs)) / 2, from: Math.min(...ys), to: Math.max(...ys) });
            }
          }
          // A thin filled path of straight pieces (a rule drawn as a closed outline).
          if (fill && !stroke && pieces.length >= 3 && pieces.length <= 5) {
            const xs = pieces.flatMap(([a, b]) => [a[0], b[0]]);
            const ys = pieces.flatMap(([a, b]) => [a[1], b[1]]);
            const w = Math.max(...xs) - Math.min(...xs);
            const h = Math.max(...ys) - Math.min(...ys);
            if (w <= thin && h > 2) out.push({ horizontal: false, at: (Math.min(...xs) + Math.max(...xs)) / 2, from: Math.min(...ys), to: Math.max(...ys) });
            else if (h <= thin && w > 2) out.push({ horizontal: true, at: (Math.min(...ys) + Math.max(...ys)) / 2, from: Math.min(...xs), to: Math.max(...xs) });
          }
        }
        pieces = [];
        rects = [];
        start = cur = null;
        break;
      }
      case 'g':
        if (n.length >= 1) st.white = n[n.length - 1]! > 0.95;
        break;
      case 'Tr':
        if (n.length >= 1) st.invisible = n[n.length - 1] === 3;
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        budget.drawing.shows++;
        if (st.invisible) budget.drawing.invisibleShows++;
        break;
      case 'rg':
        if (n.length >= 3) st.white = n.slice(-3).every((v) => v > 0.95);
        break;
      case 'k':
        if (n.length >= 4) st.white = n.slice(-4).every((v) => v < 0.05);
        break;
      case 'sc':
      case 'scn':
        if (n.length === 1) st.white = n[0]! > 0.95;
        else if (n.length === 3) st.white = n.every((v) => v > 0.95);
        else st.white = false;
        break;
      case 'Do': {
        const nm = operand instanceof PdfName ? operand.name : undefined;
        const xo = nm && xobjects ? objs.get(xobjects.dict.get(nm)) : undefined;
        // An image is drawn into the unit square the matrix maps: its area on the page.
        if (isDict(xo) && name(xo.dict.get('Subtype')) === 'Image') budget.drawing.imageArea += Math.abs(st.ctm[0] * st.ctm[3] - st.ctm[1] * st.ctm[2]);
        if (depth < 6 && isDict(xo) && name(xo.dict.get('Subtype')) === 'Form') {
          const d = objs.data(xo);
          const mat = objs.get(xo.dict.get('Matrix'));
          const m = Array.isArray(mat) && mat.length === 6 && mat.every((v) => typeof v === 'number') ? (mat as number[]) : [1, 0, 0, 1, 0, 0];
          const res = objs.get(xo.dict.get('Resources'));
          if (d) scan(objs, d, isDict(res) ? res : resources, mul(st.ctm, m), out, dots, depth + 1, budget);
        }
        break;
      }
      case 'BI': {
        // An inline image: its data runs to EI.
        budget.drawing.imageArea += Math.abs(st.ctm[0] * st.ctm[3] - st.ctm[1] * st.ctm[2]);
        const b = lx.b;
        let p = lx.pos;
        for (; p + 2 < b.length; p++) {
          if (b[p] === 0x45 && b[p + 1] === 0x49 && (p === 0 || b[p - 1] === 0x20 || b[p - 1] === 0x0a || b[p - 1] === 0x0d) && (p + 2 >= b.length || b[p + 2]! <= 0x20)) break;
        }
        lx.pos = p + 2;
        break;
      }
    }
    n.length = 0;
    operand = undefined;
  }
}

/**
 * The rules of every page (user space), or null where the file cannot be followed (encrypted,
 * other filters). `drawings`, if given, gets what else each page draws (see PageDrawing).
 */
export function pageRules(bytes: Uint8Array, numPages: number, drawings?: PageDrawing[]): Array<Segment[] | null> | null {
  try {
    const objs = new PdfObjects(bytes);
    if (objs.encrypted) return null;
    const pages = objs.pages(numPages);
    if (pages.length !== numPages) return null;
    const budget = { ops: maxOps, drawing: { imageArea: 0, shows: 0, invisibleShows: 0 } };
    return pages.map(({ page, resources }, k) => {
      budget.drawing = { imageArea: 0, shows: 0, invisibleShows: 0 };
      try {
        const c = objs.get(page.dict.get('Contents'));
        const parts = (Array.isArray(c) ? c.map((x) => objs.get(x)) : [c]).filter(isDict);
        const datas = parts.map((p) => objs.data(p));
        if (datas.some((d) => d === null) || budget.ops <= 0) return null;
        const joined = Buffer.concat(datas.flatMap((d) => [d!, Buffer.from('\n')]));
        const out: Segment[] = [];
        const dots: Dot[] = [];
        scan(objs, joined, resources, [1, 0, 0, 1, 0, 0], out, dots, 0, budget);
        if (dots.length) dottedRules(dots, out);
        if (drawings) drawings[k] = budget.drawing;
        return budget.ops > 0 ? out : null;
      } catch {
        return null;
      }
    });
  } catch {
    // A file this reader cannot follow (nesting too deep, damaged): the layout goes without ruling.
    return null;
  }
}
