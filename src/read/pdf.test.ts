/**
 * The PDF reader on real files made by real tools: the 18 LibreOffice fixtures, the three
 * published PDFs of the development corpus (WPS), and bad PDFs made with qpdf and img2pdf.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extract } from '../extract/index.js';
import { getCell } from '../index.js';
import { pairs, root, real, truthCells, wrongCells } from '../../test/helpers.js';
import { internals, readPdf } from './pdf.js';
import { poppler } from './pdf/poppler.js';
import { calibrate, upright } from './pdf/words.js';

const hasPoppler = (() => {
  try {
    execFileSync(poppler.pdftotext, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
/** The text layer engines: poppler's where installed (the default), and pdf.js alone. */
const engines = [...(hasPoppler ? (['auto'] as const) : []), 'pdfjs'] as const;

const fixtures = join(root, 'fixtures/forms/pdf');
const bad = join(root, 'fixtures/forms/pdf-bad');

async function readOk(file: string, engine: 'auto' | 'pdfjs' = 'auto') {
  const bytes = readFileSync(file);
  const res = await readPdf(bytes, { engine });
  assert.equal(res.failure, null, `${file}: ${res.failure?.message.en}`);
  assert.ok(res.source);
  return { bytes, source: res.source };
}

/**
 * The fields of the first line whose label starts with `start` (after the label of a merged
 * cell over several rows, which a ruled table gives on the first of them), the label as `start`.
 */
function row(text: string, start: string): string[] | undefined {
  const f = text.split('\n').find((l) => l.startsWith(start) || l.split('\t')[0]!.includes(' ' + start))?.split('\t');
  if (f && !f[0]!.startsWith(start)) f[0] = f[0]!.slice(f[0]!.indexOf(' ' + start) + 1);
  return f;
}

for (const engine of engines) describe(`readPdf (${engine === 'auto' ? 'poppler' : 'pdf.js'}): every truth cell from the text layer`, () => {
  const list = [
    ...pairs(fixtures, join(root, 'fixtures/extracted/truth')),
    ...pairs(join(real, 'corpus/raw'), join(real, 'corpus/truth')).filter((p) => p.raw.endsWith('.pdf')),
    // Chromium's print to PDF of a real published page: Type 3 fonts, whose boxes are 2.6 times the size.
    ...pairs(join(root, 'fixtures/real-forms/pdf'), join(root, 'fixtures/real-forms/truth')),
  ];
  it('has the fixtures, the corpus PDFs and the Chromium PDF', () => assert.ok(list.length >= 22, `${list.length} files`));
  for (const p of list) {
    it(`${p.name}: ${truthCells(p.truth).length} cells right`, async () => {
      const { bytes, source } = await readOk(p.raw, engine);
      assert.equal(source.form, 'pdf');
      const report = extract(source, { bytes: bytes.length, sha256: 'x' });
      assert.deepEqual(wrongCells(report, p.truth), []);
      assert.equal(report.format, p.truth.format);
      assert.equal(report.year, p.truth.year);
    });
  }
});

describe('readPdf: the layout the extractor reads', () => {
  it('keeps a blank cell in its column (seed 000, row 四: 自然人 blank)', async () => {
    const { source } = await readOk(join(fixtures, '000_f42b2add2afd0cc6.pdf'));
    assert.deepEqual(row(source.text, '四、结转下年度继续办理'), ['四、结转下年度继续办理', '', '0', '0', '0', '0', '0', '0']);
  });
  it('keeps blank columns that no row fills (seed 001, 表四: five 行政复议 cells blank)', async () => {
    const { source } = await readOk(join(fixtures, '001_015773bddcd054c9.pdf'));
    const t4 = source.text.split('\n').filter((l) => /^[\t0-9]+$/.test(l) && l.includes('\t'));
    assert.deepEqual(t4, ['\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0']);
  });
  it('keeps a row whose every value is blank apart from the next row (规章 printed blank)', async () => {
    const { source } = await readOk(join(fixtures, '2021-county-dept-grid-units-nulls.pdf'));
    assert.ok(source.text.split('\n').includes('规章'), source.text);
    assert.deepEqual(row(source.text, '行政规范性文件'), ['行政规范性文件', '1', '0', '2']);
  });
  it('joins a label wrapped over two lines to its row (numbers centred between them)', async () => {
    const { source } = await readOk(join(fixtures, '001_015773bddcd054c9.pdf'));
    assert.deepEqual(row(source.text, '2.其他法律行政法规禁止公开'), ['2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
    assert.ok(row(source.text, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）') ?? row(source.text, '年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  });
  it('joins a label wrapped over three lines, and labels on another baseline than their numbers (WPS)', async () => {
    const { source } = await readOk(join(real, 'corpus/raw/2024-jiangsu-huaian.pdf'));
    assert.deepEqual(row(source.text, '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), [
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '67', '3', '0', '0', '1', '0', '71',
    ]);
    assert.deepEqual(row(source.text, '四、结转下年度继续办理'), ['四、结转下年度继续办理', '103', '0', '0', '0', '0', '0', '103']);
    assert.deepEqual(row(source.text, '72'), ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']);
    // Page numbers (-1- … -6-) are gone, and the table continued on page 5 keeps its columns.
    assert.ok(!/^\s*-\s*\d+\s*-\s*$/m.test(source.text));
    assert.deepEqual(row(source.text, '3.补正后申请内容仍不明确'), ['3.补正后申请内容仍不明确', '1', '0', '0', '0', '0', '0', '1']);
  });
  it('maps cells back to the page and box they were printed in (PDF user space)', async () => {
    const { bytes, source } = await readOk(join(real, 'corpus/raw/2024-jiangsu-huaian.pdf'));
    const report = extract(source, { bytes: bytes.length, sha256: 'x' });
    const o = getCell(report, 'table3.newReceived.naturalPerson')?.position?.origin;
    assert.ok(o && o.form === 'pdf', JSON.stringify(o));
    assert.equal(o.page, 4);
    // pdftotext -bbox: xMin 260.28 yMin 464.89 xMax 275.16 yMax 472.51 (from the top of an 841.89 pt page).
    const want = [260.28, 841.89 - 472.51, 275.16, 841.89 - 464.89];
    o.box.forEach((v, k) => assert.ok(Math.abs(v - want[k]!) < 1, `box ${o.box} vs ${want}`));
  });
  it('maps a blank cell to where it would stand on its row', async () => {
    const { bytes, source } = await readOk(join(fixtures, '000_f42b2add2afd0cc6.pdf'));
    const report = extract(source, { bytes: bytes.length, sha256: 'x' });
    const blank = getCell(report, 'table3.carriedForward.naturalPerson');
    const above = getCell(report, 'table3.total.naturalPerson');
    assert.equal(blank?.value, null);
    const a = blank?.position?.origin;
    const b = above?.position?.origin;
    assert.ok(a?.form === 'pdf' && b?.form === 'pdf');
    assert.equal(a.page, b.page);
    assert.ok(Math.abs(a.box[0] - b.box[0]) < 3 && a.box[1] < b.box[1], `${a.box} below ${b.box}`);
  });
  it('leaves the caller\'s bytes usable', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, '2024-township-tsv-gbk.pdf')));
    const n = bytes.byteLength;
    await readPdf(bytes);
    assert.equal(bytes.byteLength, n);
    assert.equal(bytes[0], 0x25);
  });
  it('reads a page turned by /Rotate, and text set at a quarter turn, in reading order', () => {
    // Two lines of text set rotated 90° counter-clockwise on a portrait page: the first is
    // the one further left, and each reads bottom to top.
    const vp = { transform: [1, 0, 0, -1, 0, 842], rotation: 0, width: 595, height: 842 };
    const item = (str: string, x: number, y: number) => ({ str, transform: [0, 10, -10, 0, x, y], width: str.length * 10, height: 10 });
    const { runs } = internals.pageRuns([item('规章', 100, 300), item('49', 100, 400), item('规范性文件', 120, 300), item('3', 120, 400)], vp);
    const lines = internals.pageLines(runs, 1);
    assert.deepEqual(lines.map((l) => l.cells.map((c) => c.text)), [['规章', '49'], ['规范性文件', '3']]);
  });
});

describe('readPdf: the text layer engine', () => {
  it('reads with pdf.js where pdftotext is not installed', async () => {
    const was = poppler.pdftotext;
    poppler.pdftotext = '/nonexistent/pdftotext';
    try {
      const file = join(fixtures, '001_015773bddcd054c9.pdf');
      const { bytes, source } = await readOk(file);
      const truth = JSON.parse(readFileSync(join(root, 'fixtures/extracted/truth/001_015773bddcd054c9.json'), 'utf8'));
      assert.deepEqual(wrongCells(extract(source, { bytes: bytes.length, sha256: 'x' }), truth), []);
      assert.equal(source.text, (await readOk(file, 'pdfjs')).source.text);
    } finally {
      poppler.pdftotext = was;
    }
  });
  it('learns the size of each box height from Chinese words, and the offset of other fonts beside them (Chromium Type 3)', () => {
    // Measured on Chromium's PDF of 2023-jiangsu-shuyang-fgj: 9 pt Chinese in 23.4 pt boxes, digits in 10.5 pt boxes.
    const w = (s: string, x0: number, y0: number, x1: number, y1: number, line: number) => ({ s, x0, y0, x1, y1, line });
    const page = {
      width: 595,
      height: 842,
      words: [
        w('沭阳县发展和改革局', 124.79, 628.87, 226.04, 658.12, 1),
        w('2023', 226.04, 639.81, 254.67, 652.9, 1),
        w('年政府信息公开年度报告', 254.67, 628.87, 378.42, 658.12, 1),
        w('26', 286.16, 155.36, 301.43, 169.33, 2),
      ],
    };
    const cal = calibrate([page]);
    const r = [...cal.ratio.values()][0]!;
    assert.ok(Math.abs(r * 29.25 - 11.25) < 0.1, `${r}`);
    const other = [...cal.other.values()][0]!;
    assert.ok(Math.abs(other.size - 11.25) < 0.1 && Math.abs(other.offset - (643.5 - 646.36)) < 0.1, JSON.stringify(other));
    assert.ok(upright(page));
    // A page whose text is set at a quarter turn (poppler's boxes taller than wide) is left to pdf.js.
    assert.ok(!upright({ ...page, words: page.words.map((x) => ({ ...x, x1: x.x0 + 10, y1: x.y0 + 200 })) }));
  });
});

describe('readPdf: cells by the drawn borders', () => {
  it('reads labels wrapped in narrow ruled cells beside their numbers (LibreOffice print of a real report, 106/200 before)', { skip: !hasPoppler && 'pdftotext is not installed' }, async () => {
    const { bytes, source } = await readOk(join(root, 'fixtures/real-forms/pdf-libreoffice/2023-jiangsu-shuyang-fgj.pdf'));
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/2023-jiangsu-shuyang-fgj.json'), 'utf8'));
    const wrong = wrongCells(extract(source, { bytes: bytes.length, sha256: 'x' }), truth);
    // The page cuts the table's 总计 column off (the DOCX table is wider than the page): rows
    // with one of their two values printed; every other cell is right.
    assert.ok(wrong.length <= 3 && wrong.every((w) => /^table3\.(newReceived|granted|total)\.(naturalPerson|total):/.test(w)), wrong.join('\n'));
    // A label wrapped over two lines of its cell is one label on the row of its number.
    const line = source.text.split('\n').find((l) => l.includes('6.属于四类'));
    assert.deepEqual(line?.split('\t').filter((f) => f !== ''), ['6.属于四类过程性信息', '0']);
  });
});

describe('readPdf: PDFs that cannot be read say why', () => {
  it('a truncated PDF is corrupt', async () => {
    const bytes = readFileSync(join(fixtures, '001_015773bddcd054c9.pdf'));
    for (const n of [8, 1000, bytes.length >> 1, bytes.length - 200]) {
      const res = await readPdf(bytes.subarray(0, n));
      assert.equal(res.source, null);
      assert.equal(res.failure?.code, 'corrupt', `${n} bytes`);
      assert.equal(res.failure?.form, 'pdf');
      assert.ok(res.failure?.message.zh && res.failure.message.en);
    }
    assert.equal((await readPdf(Buffer.from('%PDF-1.7\nnot really'))).failure?.code, 'corrupt');
  });
  it('a PDF with an open password is encrypted (qpdf --encrypt, AES-256)', async () => {
    const res = await readPdf(readFileSync(join(bad, 'encrypted.pdf')));
    assert.equal(res.failure?.code, 'encrypted');
    assert.match(res.failure!.message.zh, /密码/);
    assert.match(res.failure!.message.en, /password/);
  });
  it('a PDF with only an owner password (permissions) reads as usual', async () => {
    const { bytes, source } = await readOk(join(bad, 'permissions-only.pdf'));
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/extracted/truth/001_015773bddcd054c9.json'), 'utf8'));
    assert.deepEqual(wrongCells(extract(source, { bytes: bytes.length, sha256: 'x' }), truth), []);
  });
  it('a scan (page images, no text layer) needs OCR (img2pdf of a page image)', async () => {
    const res = await readPdf(readFileSync(join(bad, 'scanned.pdf')));
    assert.equal(res.failure?.code, 'no-text');
    assert.match(res.failure!.message.zh, /OCR|文字识别/);
    assert.match(res.failure!.message.en, /OCR/);
  });
  it('more pages than the limit is too large', async () => {
    const res = await readPdf(readFileSync(join(fixtures, '001_015773bddcd054c9.pdf')), { maxPages: 3 });
    assert.equal(res.failure?.code, 'too-large');
    assert.match(res.failure!.message.en, /4.*3/);
  });
  it('a read that takes longer than the limit stops', async () => {
    const res = await readPdf(readFileSync(join(fixtures, '001_015773bddcd054c9.pdf')), { timeoutMs: 1 });
    assert.equal(res.failure?.code, 'timeout');
  });
});

describe('readPdf: speed', () => {
  it('pages per second on the fixtures', async (t) => {
    const files = pairs(fixtures, join(root, 'fixtures/extracted/truth')).map((p) => readFileSync(p.raw));
    const pass = async () => {
      let pages = 0;
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      for (const b of files) {
        const res = await readPdf(b);
        pages += Math.max(...(res.source?.origins ?? []).map((o) => (o.origin.form === 'pdf' ? o.origin.page : 0)));
      }
      const wall = (performance.now() - t0) / 1000;
      const used = process.cpuUsage(cpu);
      return { pages, wall, cpu: (used.user + used.system) / 1e6 };
    };
    // The first pass loads pdf.js and warms up the JIT; the second is the steady rate.
    const first = await pass();
    const { pages, wall, cpu } = await pass();
    t.diagnostic(`first pass: ${first.pages} pages in ${first.wall.toFixed(2)} s (${(first.pages / first.wall).toFixed(1)} pages/s)`);
    t.diagnostic(`second pass: ${pages} pages in ${wall.toFixed(2)} s: ${(pages / wall).toFixed(1)} pages/s (process CPU ${cpu.toFixed(2)} s: ${(pages / cpu).toFixed(1)} pages/s)`);
    // A floor that catches a pathological slow-down, not a benchmark (tests run in parallel).
    assert.ok(pages / wall > 3, `${(pages / wall).toFixed(1)} pages/s`);
  });
});
