/**
 * The rendered HTML and Word documents look right: the HTML is printed to PNG by Chromium
 * (playwright-core driving Debian's chromium) and to an A4 PDF whose pages are counted; the
 * DOCX is converted to PDF by LibreOffice and its pages drawn by pdftoppm. The PNGs are kept
 * in test-artifacts/render/ to be looked at; the test checks what a machine can: the page
 * size, that the pages hold ink where the tables are, and that the PDF text has the labels.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { parse, sourceOf } from '../src/index.js';
import { formats, headerWords } from '../src/model/formats/index.js';
import { renderDoc, renderDocx, renderHtml, sourceOfReport } from '../src/render/index.js';
import { root } from './helpers.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const hasSoffice = has('soffice') && has('pdftoppm') && has('pdftotext');
const artifacts = join(root, 'test-artifacts/render');
mkdirSync(artifacts, { recursive: true });

const report = parse(readFileSync(join(root, 'fixtures/text/2024-district-md-page-break.md')));
const doc = renderDoc(sourceOfReport(report, sourceOf(report)?.text));

/** Width, height and the share of non-white pixels of a PNG (8-bit RGB or RGBA, as Chromium and pdftoppm write them). */
function pngInk(png: Buffer): { width: number; height: number; ink: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const depth = png[24]!;
  const type = png[25]!;
  assert.equal(depth, 8);
  const channels = type === 6 ? 4 : type === 2 ? 3 : type === 0 ? 1 : 0;
  assert.ok(channels > 0, `colour type ${type}`);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const prev = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? line[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      const p = a + b - c;
      const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1
        : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[x] = (v + pred) & 255;
    }
    for (let x = 0; x < width; x++) if (line[x * channels]! < 128) dark++;
    line.copy(prev);
  }
  return { width, height, ink: dark / (width * height) };
}

describe('rendered HTML in Chromium', { skip: hasChromium ? false : `no Chromium at ${chromium}` }, () => {
  it('prints on A4 with the tables drawn, rows kept whole', async () => {
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      await page.setContent(renderHtml(doc), { waitUntil: 'load' });
      const png = await page.screenshot({ fullPage: true });
      writeFileSync(join(artifacts, 'report-html.png'), png);
      const shot = pngInk(png);
      assert.equal(shot.width, 794);
      assert.ok(shot.ink > 0.01, `ink ${shot.ink}`);
      // Every table row is as tall as its text: no row of 表三 is cut or collapsed.
      const heights = await page.$$eval('table.table3 tr', (rows) => rows.map((r) => r.getBoundingClientRect().height));
      assert.equal(heights.length, 3 + formats['2021'].table3.rows.length);
      assert.ok(heights.every((h) => h >= 12), `row heights ${heights.join(',')}`);
      // The corner note spans three header rows and three label columns, as the format prints it.
      const corner = await page.$eval('table.table3 th', (th) => [th.getAttribute('rowspan'), th.getAttribute('colspan'), th.textContent]);
      assert.deepEqual(corner, ['3', '3', headerWords.table3Corner]);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(artifacts, 'report-html.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 2 && pages <= 8, `${pages} pages`);
      // The print CSS: a row never split across pages; header rows repeat.
      const css = await page.$eval('table.table3 tr', (tr) => getComputedStyle(tr).breakInside);
      assert.equal(css, 'avoid');
    } finally {
      await browser.close();
    }
  });
});

describe('rendered DOCX through LibreOffice', { skip: hasSoffice ? false : 'soffice, pdftoppm or pdftotext not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('opens, converts to an A4 PDF with the official labels, and draws its pages', { timeout: 180_000 }, async () => {
    writeFileSync(join(dir, 'report.docx'), await renderDocx(doc));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')],
      { stdio: 'ignore', timeout: 150_000, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    const pdf = join(dir, 'report.pdf');
    assert.ok(existsSync(pdf), 'LibreOffice wrote a PDF');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    for (const w of [headerWords.table3Applicants, '（七）总计', '未经复议直接起诉', '行政规范性文件', '465']) assert.ok(text.includes(w), w);
    for (const f of readdirSync(artifacts)) if (f.startsWith('report-docx-')) rmSync(join(artifacts, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(artifacts, 'report-docx')]);
    const pages = readdirSync(artifacts).filter((f) => /^report-docx-\d+\.png$/.test(f)).sort();
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    for (const p of pages) {
      const shot = pngInk(readFileSync(join(artifacts, p)));
      // A4 portrait at 60 dpi: 496 × 702.
      assert.ok(Math.abs(shot.width - 496) <= 2 && Math.abs(shot.height - 702) <= 2, `${p}: ${shot.width}×${shot.height}`);
      assert.ok(shot.ink > 0.005, `${p}: ink ${shot.ink}`);
    }
  });
});
