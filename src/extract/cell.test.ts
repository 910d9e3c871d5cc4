import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCell } from './cell.js';
import { normalize } from './normalize.js';

const read = (s: string) => readCell(normalize(s));

describe('readCell', () => {
  it('reads plain, separated, decimal and signed numbers', () => {
    assert.deepEqual(read('0'), { kind: 'number', value: 0 });
    assert.deepEqual(read('1,234'), { kind: 'number', value: 1234 });
    assert.deepEqual(read('1 234'), { kind: 'number', value: 1234 });
    assert.deepEqual(read('249887966.42'), { kind: 'number', value: 249887966.42 });
    assert.deepEqual(read('-3'), { kind: 'number', value: -3 });
    assert.deepEqual(read('−3'), { kind: 'number', value: -3 });
    assert.deepEqual(read('－12'), { kind: 'number', value: -12 });
  });
  it('reads full-width digits and 〇 as zero', () => {
    assert.deepEqual(read('１２'), { kind: 'number', value: 12 });
    assert.deepEqual(read('〇'), { kind: 'number', value: 0 });
    assert.deepEqual(read('1〇5'), { kind: 'number', value: 105 });
  });
  it('keeps the unit printed beside a number', () => {
    assert.deepEqual(read('13 项'), { kind: 'number', value: 13, unit: '项' });
    assert.deepEqual(read('57019 元'), { kind: 'number', value: 57019, unit: '元' });
    assert.deepEqual(read('3.26万元'), { kind: 'number', value: 3.26, unit: '万元' });
  });
  it('tells blank, dash and 无 apart from 0', () => {
    assert.deepEqual(read(''), { kind: 'blank', value: null });
    assert.deepEqual(read('空'), { kind: 'blank', value: null });
    assert.deepEqual(read('—'), { kind: 'dash', value: null });
    assert.deepEqual(read('/'), { kind: 'dash', value: null });
    assert.deepEqual(read('无'), { kind: 'none', value: null });
    // 一 alone: a dash typed with the IME, or a scan's — as OCR reads it; a label that starts with 一 stays text.
    assert.deepEqual(read('一'), { kind: 'dash', value: null });
    assert.equal(read('一、本年新收政府信息公开申请数量').kind, 'text');
  });
  it('reads a number with text around it, and says so', () => {
    assert.deepEqual(read('约13'), { kind: 'number', value: 13, extraText: true });
  });
  it('leaves item numbers and text as text', () => {
    assert.equal(read('1.').kind, 'text');
    assert.equal(read('1、属于国家秘密').kind, 'text');
    assert.equal(read('(2019 年起)').kind, 'text');
    assert.equal(read('0595—85662126').kind, 'text');
  });
});
