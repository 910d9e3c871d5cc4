import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { read } from './index.js';

describe('read', () => {
  const text = '晋江市人民政府 2020 年政府信息公开工作年度报告\n规章\t49\n';
  it('decodes UTF-8, with and without a BOM', () => {
    const a = read(Buffer.from(text));
    assert.equal(a.source?.text, text);
    assert.equal(a.source?.encoding, 'utf-8');
    const b = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    assert.equal(b.source?.text, text);
    assert.equal(b.source?.bom, true);
  });
  it('decodes GBK / GB18030 when the bytes are not UTF-8', () => {
    const r = read(iconv.encode(text, 'gbk'));
    assert.equal(r.source?.encoding, 'gb18030');
    assert.equal(r.source?.text, text);
  });
  it('decodes UTF-16 with a BOM and without', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    assert.equal(read(le).source?.text, text);
    assert.equal(read(iconv.encode(text, 'utf-16le')).source?.text, text);
  });
  it('maps offsets to lines, columns and bytes in the original encoding', () => {
    const bytes = iconv.encode(text, 'gb18030');
    const src = read(bytes).source!;
    const i = text.indexOf('49');
    const p = src.position(i);
    assert.equal(p.line, 2);
    assert.equal(p.column, 4);
    assert.equal(iconv.decode(bytes.subarray(p.byteOffset, p.byteOffset + 2), 'gb18030'), '49');
  });
  it('refuses empty, binary and non-text forms with a reason in both languages', () => {
    assert.equal(read(new Uint8Array()).failure?.code, 'empty');
    assert.equal(read(Buffer.from('   \n\n')).failure?.code, 'empty');
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    assert.equal(read(binary).failure?.code, 'binary');
    const pdf = read(Buffer.from('%PDF-1.7\n...'));
    assert.equal(pdf.failure?.code, 'unsupported-form');
    assert.match(pdf.failure!.message.zh, /PDF/);
    assert.match(pdf.failure!.message.en, /PDF/);
  });
  it('refuses input over the size limit', () => {
    assert.equal(read(Buffer.alloc(2048, 0x41), { maxBytes: 1024 }).failure?.code, 'too-large');
  });
});

describe('read degrades gracefully', () => {
  const text = '晋江市人民政府政府信息公开工作年度报告\n一、总体情况\n规章\t49\t0\t3\n主动公开政府信息情况，本年共收到申请 12 件。\n';
  it('takes Chinese UTF-16 without a BOM by where its few zero bytes fall', () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const r = read(iconv.encode(text.repeat(3), enc));
      assert.equal(r.source?.encoding, enc);
      assert.equal(r.source?.text, text.repeat(3));
    }
  });
  it('reads a report cut inside its last character, saying so', () => {
    const bytes = Buffer.from(`${text}年`).subarray(0, Buffer.byteLength(text) + 2);
    const r = read(bytes);
    assert.equal(r.source?.text, text);
    assert.match(r.repaired?.en ?? '', /ends inside a character/);
  });
  it('reads stray NULs as spaces, keeping byte offsets, saying so', () => {
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0]), Buffer.from(text)]);
    const r = read(bytes);
    assert.equal(r.source?.text, `${text} ${text}`);
    assert.match(r.repaired?.zh ?? '', /1 个空字节/);
    assert.equal(read(Buffer.alloc(4000, 0)).failure?.code, 'binary', 'mostly NULs is still binary');
  });
});
