import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeLine, type Line } from './lines.js';
import { normalize } from './normalize.js';
import { withoutSerials } from './serial-column.js';

function linesOf(text: string): Line[] {
  const norm = normalize(text);
  const out: Line[] = [];
  let s = 0;
  text.split('\n').forEach((l, i) => {
    out.push(tokenizeLine(norm, i, s, s + l.length, text));
    s += l.length + 1;
  });
  return out;
}
const texts = (ls: readonly Line[]) => ls.map((l) => l.fields.map((f) => f.text).join('|'));

describe('withoutSerials', () => {
  // The lines of a real pdftotext -layout print (scripts/measure/layouts.py, page lc).
  const table = [
    ' 序号        项目      信息内容 本年制发件数 本年废止件数 现行有效件数',
    '  1                 规章',
    '       第二十条第（一）项 行政规范性文件   0         0      0',
    '  2                        6         1     32',
    '  3',
  ].join('\n');
  it('takes out the numbers under the 序号 header that stand before other fields, or alone where they come next', () => {
    // `3` alone is the next row's serial, its label wrapped round it (行政许可 on the lines below).
    assert.deepEqual(texts(withoutSerials(linesOf(table))).slice(1), ['规章', '第二十条第(一)项 行政规范性文件|0|0|0', '6|1|32', '']);
  });
  it('keeps a number alone under 序号 that does not come next in the count: a value', () => {
    const ls = linesOf([' 序号        项目      信息内容', '  1                 规章   0   0   0', '  5'].join('\n'));
    assert.deepEqual(texts(withoutSerials(ls)).slice(1), ['规章|0|0|0', '5']);
  });
  it('finds 序 run into the header\'s next words with one space, over 号', () => {
    const ls = linesOf([' 序 （本列数据的勾稽关系为：第一项加第 自然', ' 号         三项加第四项之和）', '1   一、本年新收政府信息公开申请数量   705   3   713', '2', '     二、上年结转政府信息公开申请数量   36   0   36'].join('\n'));
    assert.deepEqual(texts(withoutSerials(ls.slice(2), ls.slice(0, 2))), ['一、本年新收政府信息公开申请数量|705|3|713', '', '二、上年结转政府信息公开申请数量|36|0|36']);
  });
  it('finds the header just above the table, and 序 over 号', () => {
    const ls = linesOf(' 序 （本列数据的勾稽关系\n 号  等于第三项）\n1  一、本年新收政府信息公开申请数量  705  3  0  0  5  0  713');
    assert.deepEqual(texts(withoutSerials(ls.slice(2), ls.slice(0, 2))), ['一、本年新收政府信息公开申请数量|705|3|0|0|5|0|713']);
  });
  it('reads a scan\'s grid: 序 a few lines over 号, serials in their own cell or sharing it with a rowspan\'s words', () => {
    // The OCR of the 150 dpi grey scan of that page (TAB-separated cells, as read/ocr lays them out).
    const ls = linesOf([
      '序\t（本列数据的勾稽关系为：第一项加第二项之和，等于第\t\t\t',
      '\t自然\t\t\t社会',
      '号 三项加第四项之和)\t\t商业\t科研',
      '4\t99\t0\t0\t0\t2\t0\t101',
      '9 予公开\t5.属于三类内部事务信息 13\t0\t0\t0\t0\t0\t13',
    ].join('\n'));
    assert.deepEqual(texts(withoutSerials(ls)).slice(3), ['99|0|0|0|2|0|101', '予公开|5.属于三类内部事务信息|13|0|0|0|0|0|13']);
  });
  it('takes out a 序号 column printed whole (plain pdftotext: 1 … 25, one a line), and nothing shorter', () => {
    const serials = Array.from({ length: 12 }, (_, i) => String(i + 1)).join('\n\n');
    const ls = linesOf(`${serials}\n一、本年新收政府信息公开申请数量\n705\n36`);
    assert.deepEqual(texts(withoutSerials(ls)).filter(Boolean), ['一、本年新收政府信息公开申请数量', '705', '36']);
    const short = linesOf('1\n2\n3\n一、本年新收政府信息公开申请数量');
    assert.equal(withoutSerials(short), short);
  });
  it('takes out serials one a line among the rows under a 序 … 号 header (plain pdftotext, fixtures/real-forms/plain-layouts/lc-2021-seq.b.txt)', () => {
    const head = ['序 （本列数据的勾稽关系为：第一项加第二项之和，等于第 自然', '社会 法律 其 总', '号', '组织 机构'];
    const rows = Array.from({ length: 12 }, (_, i) => [String(i + 1), '2', '0', '0', '0', '0', '0 2', `${i + 1}.某一行`]).flat();
    // Row 4's serial after its label's first piece, which holds values (`…只计这一情 99 0 0 0`).
    rows.splice(rows.indexOf('4'), 0, '（二）部分公开（区分处理的，只计这一情 99 0 0 0');
    const ls = linesOf([...head, ...rows].join('\n'));
    const kept = texts(withoutSerials(ls)).filter(Boolean);
    // Each row keeps its five lone values (2 0 0 0 0; `0 2` is one line of two), and no serial is left.
    assert.equal(kept.filter((t) => /^\d+$/.test(t)).length, 12 * 5);
    assert.equal(kept.filter((t) => /^\d+$/.test(t) && t !== '0' && t !== '2').length, 0);
    // Without the header, or with fewer than ten, nothing is taken.
    const bare = linesOf(rows.join('\n'));
    assert.equal(withoutSerials(bare), bare);
    const few = linesOf([...head, ...rows.slice(0, rows.indexOf('9'))].join('\n'));
    assert.equal(withoutSerials(few), few);
  });
  it('leaves a table without a 序号 header as it is', () => {
    const ls = linesOf('  2                        6         1     32');
    assert.equal(withoutSerials(ls), ls);
  });
});
