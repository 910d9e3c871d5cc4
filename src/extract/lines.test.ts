import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceText } from '../read/source.js';
import { Context } from './context.js';
import { normalize } from './normalize.js';
import { tokenizeLine } from './lines.js';

const line = (s: string) => {
  const n = normalize(s);
  return tokenizeLine(n, 0, 0, n.length);
};
const texts = (s: string) => line(s).fields.map((f) => f.text);

describe('tokenizeLine', () => {
  it('splits tab-separated cells and keeps empty cells in place', () => {
    const l = line('\t\t1. 属于国家秘密\t0\t\t0');
    assert.equal(l.mode, 'tab');
    assert.deepEqual(texts('\t\t1. 属于国家秘密\t0\t\t0'), ['', '', '1. 属于国家秘密', '0', '', '0']);
    assert.equal(l.values, 2);
    assert.equal(l.label, '1. 属于国家秘密');
  });
  it('splits Markdown rows and skips separator rows', () => {
    assert.equal(line('|---|:---:|---|').mode, 'md-separator');
    const l = line('| 规章 | 49 | 49 | 87 |');
    assert.equal(l.mode, 'md');
    assert.deepEqual(l.fields.map((f) => f.cell.value), [null, 49, 49, 87]);
  });
  it('splits runs of spaces (pdftotext -layout) and peels numbers off a label', () => {
    assert.deepEqual(texts('   规章        0     0      0'), ['规章', '0', '0', '0']);
    assert.deepEqual(texts('行政许可 97'), ['行政许可', '97']);
    assert.deepEqual(texts('一、本年新收政府信息公开申请数量 32 2 0 0 0 0 34'), ['一、本年新收政府信息公开申请数量', '32', '2', '0', '0', '0', '0', '34']);
    assert.deepEqual(texts('政府集中采购  13 项  57019 元'), ['政府集中采购', '13 项', '57019 元']);
  });
  it('reads CSV rows, but not a number with thousands separators', () => {
    assert.equal(line(',,2.其他法律行政法规禁止公开,0,0,0,0,0,0,0').mode, 'csv');
    assert.equal(line('6,1,2,1,10,2,0,1,2,5,1,0,0,0,1').values, 15);
    assert.deepEqual(line('1,234,567').fields.map((f) => f.cell.value), [1234567]);
    // A Word cell's amount on a line of its own (LibreOffice text): decimals after the last group.
    assert.deepEqual(line('249,887,966.42').fields.map((f) => f.cell.value), [249887966.42]);
    assert.equal(line('1234,567,890').mode, 'csv');
  });
  it('reads a layout line whose numbers print thousands separators as cells parted by spaces, not CSV', () => {
    const l = line('一、本年新收政府信息公开申请数量          3,001 53 0  0   61  4 3,119');
    assert.equal(l.mode, 'space');
    assert.deepEqual(l.fields.filter((f) => f.cell.kind === 'number').map((f) => f.cell.value), [3001, 53, 0, 0, 61, 4, 3119]);
    assert.deepEqual(line('行政处罚           3,985,758').fields.filter((f) => f.cell.kind === 'number').map((f) => f.cell.value), [3985758]);
    // A comma that is no thousands separator still makes the line CSV.
    assert.equal(line('规章,0,1,  2').mode, 'csv');
    assert.equal(line(',,2.其他法律行政法规禁止公开,0,100,200,0,0,0,0').mode, 'csv');
  });
  it('reads box-drawn tables (w3m) as Markdown rows', () => {
    assert.equal(line('├──────┼──────┤').mode, 'md-separator');
    assert.deepEqual(texts('│ 政府集中采购 │ 37 项 │186402375.16 元 │'), ['政府集中采购', '37 项', '186402375.16 元']);
  });
  it('treats full-width spaces, NBSP and form feeds as spaces', () => {
    assert.deepEqual(texts('\f规章\u00a0\u00a0０\u3000\u30001'), ['规章', '0', '1']);
  });
});

describe('grid tables', () => {
  it('joins a cell wrapped over the lines of one row', () => {
    const text = ['+------+------+', '| 第二十条第（一） | x |', '| 项 |  |', '+------+------+'].join('\n');
    const ctx = new Context(new SourceText(text));
    assert.deepEqual(ctx.line(1).fields.map((f) => f.text), ['第二十条第(一)项', 'x']);
    assert.equal(ctx.line(2).mode, 'empty');
  });
});
