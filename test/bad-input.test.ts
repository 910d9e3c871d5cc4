/** Bad input: a clear message in Chinese and English, exit code 2, no stack trace, the batch goes on. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { run } from './cli.js';
import { real } from './helpers.js';


const dir = mkdtempSync(join(tmpdir(), 'nianbao-bad-'));
const seed = join(real, 'seeds/000_f42b2add2afd0cc6.txt');
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('bad input', () => {
  const cases: Array<[string, () => string, RegExp, RegExp]> = [
    ['an empty file', () => file('empty.txt', ''), /为空/, /empty/],
    ['a binary file', () => {
      const b = Buffer.alloc(8192);
      for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + 13) % 256;
      return file('binary.bin', b);
    }, /二进制|不是文本/, /binary|not a text/],
    ['a file that is not an annual report', () => file('novel.txt', '第一章 天下大势，分久必合，合久必分。\n'.repeat(50)), /不是政府信息公开工作年度报告/, /not a government information disclosure annual report/],
    ['a report whose tables are pictures (a web page with <img> where the tables stand)', () => {
      const part = (h: string, img: boolean) => `<h3>${h}</h3><p>本年度依法依规开展工作。</p>${img ? '<p><img src="table.png"></p>' : ''}`;
      return file('pictures.html', '<html><head><meta charset="utf-8"></head><body><h1>某县人民政府2024年政府信息公开工作年度报告</h1>' +
        part('一、总体情况', false) + part('二、主动公开政府信息情况', true) + part('三、收到和处理政府信息公开申请情况', true) +
        part('四、政府信息公开行政复议、行政诉讼情况', true) + part('五、存在的主要问题及改进情况', false) + '</body></html>');
    }, /是政府信息公开工作年度报告.*三张统计表一张也没有.*图片/, /annual report.*none of the three tables is in its text.*pictures/],
    ['a truncated report', () => {
      const text = readFileSync(seed, 'utf8');
      return file('truncated.txt', text.slice(0, text.indexOf('四、结转下年度')));
    }, /报告不完整|未找到表四/, /incomplete|table 4/],
    ['a 50 MB file', () => {
      const p = join(dir, 'huge.txt');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      return p;
    }, /文件过大/, /too large/],
    ['an empty folder', () => mkdtempSync(join(tmpdir(), 'nianbao-empty-')), /没有找到文件/, /no files found/],
    ['a missing path', () => join(dir, 'no-such-file.txt'), /找不到文件/, /not found/],
    ['a corrupt PDF', () => file('x.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> garbage'), /PDF/, /PDF/],
    ['a zip archive with a ../ entry', () => file('evil.zip', zipSync({ '../evil.txt': strToU8('x'), 'ok.txt': strToU8('y') })), /不安全的路径/, /unsafe path/],
    // With tesseract: the image holds no text; without: OCR is needed, and the message says what to install.
    ['an image with no text', () => file('scan.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), /图片|文字识别/, /image|OCR/],
  ];
  for (const [what, make, zh, en] of cases) {
    it(`${what}: message in Chinese and English, exit 2, other files still parsed`, async () => {
      const bad = make();
      const r = await run(['parse', bad, seed, '--format', 'json']);
      assert.equal(r.code, 2);
      assert.match(r.err, zh);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      const e = await run(['parse', bad, seed, '--format', 'json'], 'en');
      assert.equal(e.code, 2);
      assert.match(e.err, en);
      assert.doesNotMatch(e.err, /[\u4e00-\u9fff]{2}/, 'English only');
      const lines = r.out.split('\n').filter((l) => l.startsWith('{'));
      const reports = lines.map((l) => JSON.parse(l) as { status: string; organ: string });
      assert.ok(reports.some((x) => x.status === 'ok' && x.organ === '晋江市内坑镇人民政府'), 'the good file was parsed');
    });
  }

  it('usage errors exit 2', async () => {
    assert.equal((await run(['parse'])).code, 2);
    assert.equal((await run(['no-such-command'])).code, 2);
    assert.equal((await run(['parse', seed, '--lang', 'fr'])).code, 2);
  });

  it('a good report exits 0 and prints the tables', async () => {
    const r = await run(['parse', seed]);
    assert.equal(r.code, 0);
    assert.match(r.out, /晋江市内坑镇人民政府/);
    assert.match(r.out, /四、结转下年度继续办理/);
    assert.match(r.out, /73:\d+/, 'diagnostics carry line:column');
  });

  it('one report with --json prints one JSON object whose cells sit at their id paths', async () => {
    const r = await run(['parse', seed, '--format', 'json']);
    const model = JSON.parse(r.out);
    assert.equal(model.table3.partiallyGranted.naturalPerson.value, 1);
    assert.equal(model.table2.procurement.projects.unit, '项');
  });
});
