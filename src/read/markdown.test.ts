import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { read } from './index.js';
import { root } from '../../test/helpers.js';

describe('Markdown with HTML (pandoc)', () => {
  const md = [
    '# 沭阳县发展和改革局2023年政府信息公开年度报告',
    '',
    '<span style="font-family: 宋体;">三、收到和处理</span><span',
    'style="font-family: 宋体;">政府信息公开申请情况</span>',
    '',
    '<table>',
    '<tr><td rowspan="2">（一）予以公开</td><td>26</td><td></td></tr>',
    '',
    '<tr><td>1</td><td>2</td></tr>',
    '</table>',
    '',
    '| 行政许可 | 186402375\\.16 |',
    '|---|---|',
  ].join('\n');
  const r = read(Buffer.from(md));
  const text = r.source!.text;
  it('a paragraph whose inline markup crosses a line break is one line without the markup', () => {
    assert.match(text, /^三、收到和处理政府信息公开申请情况$/m);
  });
  it('an HTML table block (even with a blank line inside) is a grid: spans resolved, blank cells kept', () => {
    assert.match(text, /^（一）予以公开\t26\t$/m);
    assert.match(text, /^\t1\t2$/m); // the rowspan's cover is an empty field in its column
  });
  it('a table cell points at its element in the file, a line outside at its line', () => {
    const at = text.indexOf('26');
    const o = r.source!.position(at).origin;
    assert.equal(o?.form, 'html');
    const bytes = Buffer.from(md);
    assert.equal(bytes.subarray((o as { byteOffset: number }).byteOffset).toString().slice(0, 8), '<td>26</');
    const p = r.source!.position(text.indexOf('三、'));
    assert.deepEqual(p.origin, { form: 'text', line: 3, byteOffset: Buffer.byteLength(md.slice(0, md.indexOf('<span'))) });
  });
  it('a GFM table row keeps its cells (escapes undone)', () => assert.match(text, /^行政许可\t186402375\.16$/m));
  it('the corpus web page through pandoc reads its three tables', () => {
    const real = read(readFileSync(join(root, 'fixtures/real-forms/md/2023-jiangsu-shuyang-fgj.md')));
    // The label's colspan of 3 and the blank 法人或其他组织 cells stay in their columns.
    assert.match(real.source!.text, /^一、本年新收政府信息公开申请数量\t\t\t26\t\t\t\t\t\t26$/m);
  });
});
