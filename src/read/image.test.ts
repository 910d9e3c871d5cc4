/**
 * OCR of scanned reports with Tesseract: the page images of the fixture PDFs (pdftoppm), an
 * image-only PDF (img2pdf), and a skewed noisy scan-like variant (ImageMagick). Skipped where
 * `tesseract` with the chi_sim model is not installed (CI installs it, see .ci/run).
 * `NIANBAO_OCR_ALL=1` reads every fixture report (about 50 pages, a few minutes).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zlibSync } from 'fflate';
import { extract } from '../extract/index.js';
import { getCell, parseAsync, type Report } from '../index.js';
import { root, truthCells, wrongCells, type Truth } from '../../test/helpers.js';
import { decodePng, hasTesseract, readImage, readImages } from './image.js';
import { decodeJpeg, decodeRasterInWorker, decodeTiff } from './ocr/raster.js';
import { rowsOffTheRuling } from './ocr/checks.js';

const png = join(root, 'fixtures/forms/png');
const scan = join(root, 'fixtures/forms/scan');
const truthDir = join(root, 'fixtures/extracted/truth');
const ok = await hasTesseract();
const skip = ok ? false : 'tesseract-ocr with tesseract-ocr-chi-sim is not installed';

const truthOf = (name: string) => JSON.parse(readFileSync(join(truthDir, `${name}.json`), 'utf8')) as Truth;

/** The page images of a report, in page order. */
function pagesOf(dir: string, name: string): Buffer[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => readFileSync(join(dir, f)));
}

interface Score {
  right: number;
  total: number;
  wrong: string[];
  /** Wrong cells the report holds without a low-confidence diagnostic on them. */
  unflagged: string[];
  secondsPerPage: number;
}

function score(report: Report, truth: Truth, pages: number, ms: number): Score {
  const wrong = wrongCells(report, truth);
  const total = truthCells(truth).length;
  const flagged = new Set(report.diagnostics.filter((d) => d.ruleId === 'parse/ocr-low-confidence' || d.ruleId === 'parse/ocr-sum-doubt').map((d) => d.path));
  const unflagged = wrong.filter((w) => {
    const path = w.slice(0, w.indexOf(':'));
    const c = getCell(report, path);
    // A cell not found at all is reported by the reader (row missing) already.
    return c !== undefined && !c.missing && !flagged.has(path);
  });
  return { right: total - wrong.length, total, wrong, unflagged, secondsPerPage: ms / 1000 / pages };
}

async function ocrReport(dir: string, name: string): Promise<Score> {
  const pages = pagesOf(dir, name);
  const t0 = Date.now();
  const r = await readImages(pages);
  const ms = Date.now() - t0;
  assert.equal(r.failure, null, r.failure?.message.en);
  const report = extract(r.source!, { bytes: 0, sha256: '' });
  return score(report, truthOf(name), pages.length, ms);
}

/** A white PNG, made here (8-bit grey). */
function whitePng(w: number, h: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 255]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const raw = new Uint8Array(h * (w + 1)).fill(255);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())]);
}

describe('PNG decoding', () => {
  it('decodes the fixture page images to grey', () => {
    const g = decodePng(readFileSync(join(png, '001_015773bddcd054c9-2.png')));
    assert.ok(g);
    assert.equal(g.w, 1241);
    assert.equal(g.h, 1754);
    const dark = g.px.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    assert.ok(dark > 10_000 && dark < g.px.length / 5);
  });
  it('decodes a 2-bit grey PNG (the scan variant)', () => {
    const g = decodePng(readFileSync(join(scan, '001_015773bddcd054c9-2.png')));
    assert.ok(g && g.w > 1000 && g.h > 1000);
  });
  it('gives null for what is not a whole PNG', () => {
    assert.equal(decodePng(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), null);
  });
});

describe('without Tesseract', () => {
  it('an image read by Tesseract (NIANBAO_OCR_ENGINE=tesseract) fails with unsupported-form, saying what to install, in Chinese and English', async () => {
    // A child process whose PATH has node and nothing else.
    const bin = mkdtempSync(join(tmpdir(), 'nianbao-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const script = `import(${JSON.stringify(new URL('./image.js', import.meta.url).href)}).then(async (m) => {
      const r = await m.readImage(new Uint8Array(${JSON.stringify([...whitePng(4, 4)])}));
      process.stdout.write(JSON.stringify(r.failure));
    });`;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(join(bin, 'node'), ['-e', script], { env: { PATH: bin, NIANBAO_OCR_ENGINE: 'tesseract' } }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
    rmSync(bin, { recursive: true, force: true });
    const failure = JSON.parse(out) as { code: string; message: { zh: string; en: string } };
    assert.equal(failure.code, 'unsupported-form');
    assert.match(failure.message.zh, /tesseract-ocr tesseract-ocr-chi-sim|tesseract-ocr 与 tesseract-ocr-chi-sim/);
    assert.match(failure.message.en, /install tesseract-ocr and tesseract-ocr-chi-sim/);
  });
});

describe('OCR of page images', { skip }, () => {
  it('001 (2 pages): at least 99% of cells right, every wrong cell flagged low-confidence', async () => {
    const s = await ocrReport(png, '001_015773bddcd054c9');
    assert.ok(s.right / s.total >= 0.99, `${s.right}/${s.total}: ${s.wrong.join('; ')}`);
    assert.deepEqual(s.unflagged, []);
  });

  it('000 (3 pages, a table over two page breaks): at least 99% of cells right, wrong cells flagged', async () => {
    const s = await ocrReport(png, '000_f42b2add2afd0cc6');
    assert.ok(s.right / s.total >= 0.99, `${s.right}/${s.total}: ${s.wrong.join('; ')}`);
    assert.deepEqual(s.unflagged, []);
  });

  it('an image with no text fails with no-text', async () => {
    const r = await readImage(whitePng(600, 800));
    assert.equal(r.failure?.code, 'no-text');
    assert.match(r.failure!.message.zh, /没有识别出文字/);
  });

  it('a cell keeps its page, box and confidence', async () => {
    const r = await readImage(readFileSync(join(png, '001_015773bddcd054c9-2.png')), { page: 2 });
    const report = extract(r.source!, { bytes: 0, sha256: '' });
    const cell = getCell(report, 'table2.procurement.amount');
    assert.equal(cell?.value, 567086);
    const o = cell!.position.origin;
    assert.ok(o && o.form === 'image');
    assert.equal(o.page, 2);
    assert.ok(o.box[0] > 600 && o.box[2] < 1241 && o.box[1] < o.box[3]);
    assert.ok(typeof o.confidence === 'number' && o.confidence >= 0 && o.confidence <= 100);
  });
});

/** A PDF of page 2 of 001 read by OCR: 表二 and the 表三 rows down to （三）5 (what the page holds) right. */
async function page2ReadByOcr(file: string): Promise<void> {
  const report = await parseAsync(readFileSync(join(root, 'fixtures/forms/pdf-bad', file)), { name: file });
  assert.equal(report.source.form, 'pdf');
  const truth = truthOf('001_015773bddcd054c9');
  const onPage = truthCells(truth).filter(([p]) => p.startsWith('table2.') || /^table3\.(newReceived|carriedOver|granted|partiallyGranted|withheld\.(stateSecret|prohibitedByLaw|securityStability|thirdPartyRights|internalAffairs))\./.test(p));
  const wrong = onPage.filter(([p, want]) => {
    const c = getCell(report, p);
    return !c || Math.abs((c.value ?? 0) - (want ?? 0)) > 1e-6;
  });
  assert.deepEqual(wrong, []);
  const o = getCell(report, 'table2.procurement.amount')?.position.origin;
  assert.ok(o && o.form === 'image' && o.page === 1);
}

describe('an image-only PDF (scanned.pdf: page 2 of 001, by img2pdf)', { skip }, () => {
  it('is rendered with pdftoppm and read by OCR: 表二 and the 表三 rows on the page right', { skip: !existsSync('/usr/bin/pdftoppm') && 'poppler-utils not installed' }, () => page2ReadByOcr('scanned.pdf'));
});

describe('a "searchable" scan (scanned-ocr-layer.pdf: tesseract\'s OCR laid over the page image as invisible text)', { skip }, () => {
  it('is read by our OCR, the invisible layer left aside: 表二 and the 表三 rows on the page right', { skip: !existsSync('/usr/bin/pdftoppm') && 'poppler-utils not installed' }, () => page2ReadByOcr('scanned-ocr-layer.pdf'));
});

describe('a scan stamped with text (scanned-stamped.pdf: a website\'s name and page numbers set over two page images)', { skip }, () => {
  it('is read by OCR, not taken for a text PDF that holds no table', { skip: !existsSync('/usr/bin/pdftoppm') && 'poppler-utils not installed' }, async () => {
    const report = await parseAsync(readFileSync(join(root, 'fixtures/forms/pdf-bad/scanned-stamped.pdf')), { name: 'scanned-stamped.pdf' });
    assert.equal(report.source.form, 'pdf');
    const truth = truthOf('001_015773bddcd054c9');
    const wrong = truthCells(truth).filter(([p]) => p.startsWith('table2.')).filter(([p, want]) => {
      const c = getCell(report, p);
      return !c || Math.abs((c.value ?? 0) - (want ?? 0)) > 1e-6;
    });
    assert.deepEqual(wrong, []);
    const o = getCell(report, 'table2.procurement.amount')?.position.origin;
    assert.ok(o && o.form === 'image' && o.page === 1);
  });
});

const limits = { maxPixels: 40_000_000, maxPages: 60 };

describe('JPEG and TIFF page images (pdftoppm -jpeg and -tiff LZW of 001, see fixtures/forms/scan)', () => {
  const tif = readFileSync(join(scan, '001_015773bddcd054c9-3.tif'));
  const jpg = readFileSync(join(scan, '001_015773bddcd054c9-2.jpg'));
  it('a TIFF decodes (utif2) to the pixels of the PNG of the same page, every one, in a worker too', async () => {
    const want = decodePng(readFileSync(join(png, '001_015773bddcd054c9-3.png')))!;
    for (const r of [decodeTiff(tif, limits), await decodeRasterInWorker(tif, 'tif', limits, 30_000)]) {
      assert.ok(r !== 'timeout' && r.pages, JSON.stringify(r !== 'timeout' && r.failure));
      assert.equal(r.pages.length, 1);
      const [got] = r.pages;
      assert.equal(got!.w, want.w);
      assert.equal(got!.h, want.h);
      assert.ok(Buffer.from(got!.px).equals(Buffer.from(want.px)));
    }
  });
  it('a two-page bilevel TIFF (CCITT G4) decodes page by page (utif2) to the PNG pages, but for the dither of grey', () => {
    const r = decodeTiff(readFileSync(join(scan, '001_015773bddcd054c9-2-3-g4.tif')), limits);
    assert.ok(r.pages, JSON.stringify(r.failure));
    assert.equal(r.pages.length, 2);
    r.pages.forEach((got, k) => {
      const want = decodePng(readFileSync(join(png, `001_015773bddcd054c9-${k + 2}.png`)))!;
      assert.equal(got.w, want.w);
      assert.equal(got.h, want.h);
      // The PNG pages are black, white and a grey (128) that -mono dithers: over 99% the same.
      let same = 0;
      for (let i = 0; i < want.px.length; i++) if ((want.px[i]! < 128 ? 0 : 255) === got.px[i]) same++;
      assert.ok(same / want.px.length > 0.99, `page ${k + 2}: ${same}/${want.px.length}`);
    });
  });
  it('a JPEG decodes (jpeg-js) to the PNG of the same page, but for the JPEG loss', () => {
    const r = decodeJpeg(jpg, limits);
    assert.ok(r.pages, JSON.stringify(r.failure));
    const [got] = r.pages;
    const want = decodePng(readFileSync(join(png, '001_015773bddcd054c9-2.png')))!;
    assert.equal(got!.w, want.w);
    assert.equal(got!.h, want.h);
    let diff = 0, far = 0;
    for (let i = 0; i < want.px.length; i++) {
      const d = Math.abs(got!.px[i]! - want.px[i]!);
      diff += d;
      if (d > 64) far++;
    }
    assert.ok(diff / want.px.length < 3, `mean difference ${diff / want.px.length}`);
    assert.ok(far < want.px.length / 1000, `${far} pixels far off`);
  });
  it('a page over the pixel limit, or a TIFF over the page limit, is too large', () => {
    assert.equal(decodeJpeg(jpg, { maxPixels: 1_000_000, maxPages: 60 }).failure?.code, 'too-large');
    const t = decodeTiff(tif, { maxPixels: 1_000_000, maxPages: 60 }).failure;
    assert.equal(t?.code, 'too-large');
    assert.match(t!.zh, /图片过大（1241×1754 像素/);
    assert.match(t!.en, /too large \(1241×1754 pixels/);
    assert.match(decodeTiff(tif, { maxPixels: 40_000_000, maxPages: 0 }).failure?.zh ?? '', /TIFF 页数过多/);
  });
  // At once: the test's time-out says so (a test asserts no duration).
  it('a JPEG or TIFF cut short, or a TIFF whose pages loop, fails as corrupt, saying so, at once', { timeout: 30_000 }, async () => {
    // The fixture TIFF keeps its page directory at the end: cut in half, the directory is
    // lost. Made here from it: the last strip said to run past the end, and the chain of
    // pages made to loop (the page's own offset as the next page's).
    const ifd = tif.readUInt32LE(4);
    const entries = tif.readUInt16LE(ifd);
    const loop = Buffer.from(tif);
    loop.writeUInt32LE(ifd, ifd + 2 + 12 * entries);
    const long = Buffer.from(tif);
    for (let k = 0; k < entries; k++) {
      const e = ifd + 2 + 12 * k;
      if (long.readUInt16LE(e) !== 279) continue;
      const [type, n, at] = [long.readUInt16LE(e + 2), long.readUInt32LE(e + 4), long.readUInt32LE(e + 8)];
      if (type === 3) long.writeUInt16LE(0xffff, at + 2 * (n - 1));
      else long.writeUInt32LE(0xffffff, at + 4 * (n - 1));
    }
    for (const [bytes, zh, en] of [
      [jpg.subarray(0, jpg.length >> 1), /^JPEG 图片已损坏/, /^the JPEG image is damaged/],
      [jpg.subarray(0, 600), /^JPEG 图片已损坏/, /^the JPEG image is damaged/],
      [tif.subarray(0, tif.length >> 1), /^TIFF 图片已损坏/, /cut short/],
      [tif.subarray(0, 6), /^TIFF 图片已损坏/, /too short/],
      [long, /^TIFF 图片已损坏/, /cut short: page 1 ends past the end/],
      [loop, /^TIFF 图片已损坏/, /loops/],
    ] as const) {
      const r = await readImage(bytes);
      assert.equal(r.source, null);
      assert.equal(r.failure?.code, 'corrupt', JSON.stringify(r.failure));
      assert.equal(r.failure?.form, 'image');
      assert.match(r.failure!.message.zh, zh);
      assert.match(r.failure!.message.en, en);
    }
  });
  it('001 as a JPEG page and a TIFF page: ruling found, at least 99% of cells right, wrong cells flagged', { skip }, async () => {
    const pages = [readFileSync(join(scan, '001_015773bddcd054c9-2.jpg')), readFileSync(join(scan, '001_015773bddcd054c9-3.tif'))];
    const r = await readImages(pages);
    assert.equal(r.failure, null, r.failure?.message.en);
    const report = extract(r.source!, { bytes: 0, sha256: '' });
    const s = score(report, truthOf('001_015773bddcd054c9'), 2, 0);
    assert.ok(s.right / s.total >= 0.99, `${s.right}/${s.total}: ${s.wrong.join('; ')}`);
    assert.deepEqual(s.unflagged, []);
    // Read cell by cell from the ruling (as a PNG): 表二's 采购总金额 with its box in the JPEG's pixels.
    const o = getCell(report, 'table2.procurement.amount')?.position.origin;
    assert.ok(o && o.form === 'image' && o.page === 1 && o.box[0] > 600 && o.box[2] < 1241);
  });
});

describe('cross-checks of an OCR reading', () => {
  it('a row whose values do not stand in the ruled cells of their columns is doubtful', () => {
    // A ruled row: a label cell and four value cells; the text has only three value fields
    // (a blank column dropped), so the third value stands in the fourth cell.
    const cells = new Map([[1, [[0, 0, 100, 20], [100, 0, 150, 20], [150, 0, 200, 20], [200, 0, 250, 20], [250, 0, 300, 20]] as Array<[number, number, number, number]>]]);
    const o = (offset: number, x0: number, x1: number, y0 = 5) => ({ offset, origin: { form: 'image' as const, page: 1, box: [x0, y0, x1, y0 + 10] as [number, number, number, number], confidence: 95 } });
    const origins = [o(0, 5, 40), o(6, 120, 128), o(8, 170, 178), o(10, 270, 278)];
    assert.deepEqual(rowsOffTheRuling('label\t1\t2\t3', origins, cells), [1, 2, 3]);
    // The same row with the blank field in its column: nothing to doubt.
    const origins2 = [o(0, 5, 40), o(6, 120, 128), o(8, 170, 178), o(10, 210, 240), o(11, 270, 278)];
    assert.deepEqual(rowsOffTheRuling('label\t1\t2\t\t3', origins2, cells), []);
    // The same values one column off (the blank field first): doubtful again.
    const origins3 = [o(0, 5, 40), o(6, 120, 128), o(8, 170, 178), o(10, 270, 278), o(12, 280, 290)];
    assert.deepEqual(rowsOffTheRuling('label\t1\t2\t3\t', origins3, cells), [1, 2, 3, 4]);
  });
});

describe('a skewed, noisy scan-like variant (ImageMagick: -rotate 1.5 -attenuate 0.3 +noise Gaussian)', { skip }, () => {
  it('001: is straightened, its dashed ruling found, and read: at least 99% of cells right, wrong cells flagged', async (t) => {
    const s = await ocrReport(scan, '001_015773bddcd054c9');
    t.diagnostic(`scan variant: ${s.right}/${s.total} cells right, ${s.unflagged.length} wrong cells not flagged, ${s.secondsPerPage.toFixed(1)} s/page`);
    assert.ok(s.right / s.total >= 0.99, `${s.right}/${s.total}: ${s.wrong.join('; ')}`);
    assert.deepEqual(s.unflagged, []);
  });
});

describe('every fixture report as page images (NIANBAO_OCR_ALL=1)', { skip: skip || (process.env.NIANBAO_OCR_ALL ? false : 'set NIANBAO_OCR_ALL=1') }, () => {
  const names = [...new Set(readdirSync(png).map((f) => f.replace(/-\d+\.png$/, '')))].sort();
  for (const name of names) {
    it(`${name}: at least 99% of cells right, wrong cells flagged`, async (t) => {
      const s = await ocrReport(png, name);
      t.diagnostic(`${name}: ${s.right}/${s.total}, ${s.secondsPerPage.toFixed(1)} s/page`);
      assert.ok(s.right / s.total >= 0.99, `${s.right}/${s.total}: ${s.wrong.join('; ')}`);
      assert.deepEqual(s.unflagged, []);
    });
  }
});
