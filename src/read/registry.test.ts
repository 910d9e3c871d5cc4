import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { read } from './index.js';
import { readerFor, readerOf, readers } from './registry.js';

const root = new URL('../../../', import.meta.url).pathname;
const first = (dir: string) => readFileSync(join(root, dir, readdirSync(join(root, dir)).sort()[0]!));

describe('the reader registry', () => {
  it('tells every form in the repository by its reader', () => {
    const cases: Array<[string, string]> = [
      ['fixtures/forms/pdf', 'pdf'], ['fixtures/forms/doc', 'doc'], ['fixtures/forms/docx', 'docx'],
      ['fixtures/forms/html', 'html'], ['fixtures/forms/png', 'image'], ['examples', 'text'],
    ];
    for (const [dir, form] of cases) assert.equal(readerOf(first(dir)).form, form, dir);
    assert.equal(readerOf(new Uint8Array()).form, 'empty');
    // A table fragment is a web page; with Markdown marks around it, Markdown (pandoc).
    assert.equal(readerOf(Buffer.from('<table><tr><td>1</td></tr></table>')).form, 'html');
    assert.equal(readerOf(Buffer.from('# 标题\n\n<table><tr><td>1</td></tr></table>')).form, 'text');
    assert.equal(readerOf(Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])).form, 'zip');
  });

  it('has one reader a form, and every reader reads at once or by waiting (zip is expanded before)', () => {
    const forms = readers.map((r) => r.form);
    assert.equal(new Set(forms).size, forms.length);
    for (const r of readers) assert.ok(r.read || r.readAsync || r.form === 'zip', r.form);
    assert.equal(readerFor('binary'), undefined);
    assert.equal(readers.at(-1)!.form, 'text');
  });

  it('answers for a waiting reader in the synchronous read, naming the form', () => {
    const pdf = read(first('fixtures/forms/pdf'));
    assert.equal(pdf.failure?.code, 'unsupported-form');
    assert.match(pdf.failure!.message.zh, /parseAsync/);
    const png = read(first('fixtures/forms/png'));
    assert.equal(png.form, 'image');
    assert.match(png.failure!.message.zh, /^这是图片，暂不能读取（图片版需要文字识别 OCR）/);
    const bin = read(Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x07, 0x08]));
    assert.equal(bin.form, 'binary');
  });
});
