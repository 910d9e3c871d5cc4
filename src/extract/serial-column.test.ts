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
  it('takes out the numbers under the 序号 header that stand before other fields', () => {
    assert.deepEqual(texts(withoutSerials(linesOf(table))).slice(1), ['规章', '第二十条第(一)项 行政规范性文件|0|0|0', '6|1|32', '3']);
  });
  it('finds the header just above the table, and 序 over 号', () => {
    const ls = linesOf(' 序 （本列数据的勾稽关系\n 号  等于第三项）\n1  一、本年新收政府信息公开申请数量  705  3  0  0  5  0  713');
    assert.deepEqual(texts(withoutSerials(ls.slice(2), ls.slice(0, 2))), ['一、本年新收政府信息公开申请数量|705|3|0|0|5|0|713']);
  });
  it('leaves a table without a 序号 header as it is', () => {
    const ls = linesOf('  2                        6         1     32');
    assert.equal(withoutSerials(ls), ls);
  });
});
