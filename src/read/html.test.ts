import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { extract } from '../extract/index.js';
import { pairs, root, real, wrongCells } from '../../test/helpers.js';
import { readHtml } from './html.js';

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}<title>页面标题</title></head><body>${body}</body></html>`;
const text = (html: string | Uint8Array) => {
  const r = readHtml(typeof html === 'string' ? Buffer.from(html) : html);
  assert.equal(r.failure, null);
  return r.source!.text;
};

function fixtures(title: string, rawDir: string, truthDir: string, options: { skip?: boolean; only?: RegExp } = {}) {
  describe(title, { skip: options.skip }, () => {
    const list = pairs(rawDir, truthDir).filter((p) => p.raw.endsWith('.html') && (!options.only || options.only.test(p.raw)));
    it('has files to read', () => assert.ok(list.length > 0, `no files in ${rawDir}`));
    for (const p of list) {
      it(`${p.name}: every cell right`, () => {
        const bytes = readFileSync(p.raw);
        const r = readHtml(bytes);
        assert.equal(r.failure, null);
        const report = extract(r.source!, { bytes: bytes.byteLength, sha256: 'x' });
        assert.deepEqual(wrongCells(report, p.truth), []);
        assert.equal(report.year, p.truth.year);
        assert.equal(report.format, p.truth.format);
      });
    }
  });
}

fixtures('HTML fixtures (UTF-8, rowspan/colspan)', join(root, 'fixtures/forms/html'), join(root, 'fixtures/extracted/truth'));
fixtures('HTML fixtures (GBK)', join(root, 'fixtures/forms/html-gbk'), join(root, 'fixtures/extracted/truth'));
fixtures('the crawler page of the development corpus', join(real, 'corpus/raw'), join(real, 'corpus/truth'));

describe('readHtml: text', () => {
  it('joins inline elements without spaces (a number split into spans)', () => {
    assert.equal(text(page('<p><span>2</span><span>0</span><span lang="EN-US">2</span>3年共收到申请<b>1</b><i>2</i>件</p>')), '2023年共收到申请12件\n');
  });

  it('gives every block a line, <br> a line break, &nbsp; a space', () => {
    const t = text(page('<h1>标题</h1><div>第一段<p>第二段</p>第三段</div><p>甲&nbsp;乙<br>丙</p><ul><li>一</li><li>二</li></ul>'));
    assert.equal(t, '标题\n第一段\n第二段\n第三段\n甲 乙\n丙\n一\n二\n');
  });

  it('drops a source line break between CJK characters, keeps it as a space between Latin words', () => {
    assert.equal(text(page('<p>政府信息\n   公开 2023\n年 abc\ndef</p>')), '政府信息公开 2023年 abc def\n');
  });

  it('keeps <pre> text as it is', () => {
    assert.equal(text(page('<pre>规章    49\n规范性文件\t3</pre>')), '规章    49\n规范性文件\t3\n');
  });

  it('leaves out script, style, nav, header, footer, noscript, template, comments and hidden elements', () => {
    const t = text(page(
      '<header>网站首页 无障碍</header><nav><a href="/">首页</a><a>政务公开</a></nav>' +
      '<script>var x = "不要";</script><style>p { color: red }</style><noscript>请启用脚本</noscript>' +
      '<template><p>模板</p></template><!-- 注释 --><div style="DISPLAY: none">隐藏</div><p hidden>也隐藏</p>' +
      '<select><option>相关链接</option></select>' +
      '<h1>某县2023年政府信息公开工作年度报告</h1><p>正文</p><footer>版权所有</footer>',
      '<meta charset="utf-8"><script>var y = 1;</script>',
    ));
    assert.equal(t, '某县2023年政府信息公开工作年度报告\n正文\n');
  });

  it('reads Word-pasted markup: <o:p>, <st1:…>, <w:Sdt>, conditional comments, mso styles', () => {
    const html = page(
      "<xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml>" +
      "<p class=MsoNormal style='mso-char-indent-count:2.0'><![if !supportLists]><span lang=EN-US>一、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>" +
      "<span style='font-family:仿宋_GB2312'>总体情况<o:p></o:p></span></p>\n" +
      "<p class=MsoNormal><st1:chsdate Year=\"2023\" Month=\"1\" Day=\"1\" w:st=\"on\"><span lang=EN-US>2023</span>年<span lang=EN-US>1</span>月<span lang=EN-US>1</span>日</st1:chsdate><o:p>&nbsp;</o:p></p>" +
      "<w:Sdt DocPart=\"x\"><p class=MsoNormal>内容控件里的文字</p></w:Sdt><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
    );
    assert.equal(text(html), '一、 总体情况\n2023年1月1日\n内容控件里的文字\n');
  });
});

describe('readHtml: tables', () => {
  it('resolves rowspan and colspan into the grid, one line per row, cells separated by TAB', () => {
    const html = page(
      '<table border="1"><tbody>' +
      '<tr><td colspan="3" rowspan="2">（本列数据的勾稽关系）</td><td colspan="3">申请人情况</td></tr>' +
      '<tr><td rowspan="2">自然人</td><td colspan="2">法人或其他组织</td></tr>' +
      '<tr><td>一、本年新收</td><td></td><td></td><td>商业企业</td><td>其他</td></tr>' +
      '<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>0</td><td>1</td></tr>' +
      '<tr><td rowspan="2">（三）不予公开</td><td>1.属于<br>国家秘密</td><td>0</td><td></td><td>0</td></tr>' +
      '<tr><td><p>2.其他法律行政</p><p>法规禁止公开</p></td><td>0</td><td>0</td><td>0</td></tr>' +
      '</tbody></table>',
    );
    assert.equal(text(html), [
      '（本列数据的勾稽关系）\t\t\t申请人情况\t\t',
      '\t\t\t自然人\t法人或其他组织\t',
      '一、本年新收\t\t\t\t商业企业\t其他',
      '三、本年度办理结果\t（一）予以公开\t\t5\t0\t1',
      '\t（三）不予公开\t1.属于国家秘密\t0\t\t0',
      '\t\t2.其他法律行政法规禁止公开\t0\t0\t0',
      '',
    ].join('\n'));
  });

  it('joins a cell\'s lines with a space between Latin letters or digits, never a TAB or line break', () => {
    const t = text(page('<table><tr><td>12<br>34</td><td>a\tb<p>c</p></td><td>合<br>计</td></tr></table>'));
    assert.equal(t, '12 34\ta b c\t合计\n');
  });

  it('reads a layout table\'s cells as blocks and the tables inside as tables', () => {
    const t = text(page(
      '<table width="100%"><tr><td><h1>年度报告</h1><p>正文</p>' +
      '<table><tr><td>规章</td><td>1</td><td>2</td></tr></table></td></tr></table>',
    ));
    assert.equal(t, '年度报告\n正文\n规章\t1\t2\n');
  });

  it('gives each block and cell an origin: element path and byte offset in the file', () => {
    const html = page('<div><p>说明</p></div><div><table><tr><td>甲</td><td rowspan="2">乙</td></tr><tr><td>丙</td></tr></table></div>');
    for (const bytes of [Buffer.from(html), iconv.encode(html.replace('utf-8', 'gbk'), 'gbk')]) {
      const src = readHtml(bytes).source!;
      assert.equal(src.text, '说明\n甲\t乙\n丙\t\n');
      const at = (s: string) => src.originAt(src.text.indexOf(s));
      assert.deepEqual(at('说明'), { form: 'html', path: 'html>body>div[1]>p', byteOffset: bytes.indexOf('<p>') });
      const yi = at('乙') as { path: string; byteOffset: number };
      assert.equal(yi.path, 'html>body>div[2]>table>tbody>tr[1]>td[2]');
      assert.equal(bytes.subarray(yi.byteOffset, yi.byteOffset + 16).toString('latin1'), '<td rowspan="2">');
      // The empty field under the rowspan comes from the merged cell.
      assert.deepEqual(src.originAt(src.text.length - 1), yi);
      assert.equal(src.position(src.text.indexOf('丙')).origin?.form, 'html');
    }
  });
});

describe('readHtml: encodings', () => {
  const body = '<h1>某镇人民政府2023年政府信息公开工作年度报告</h1><table><tr><td>规章</td><td>0</td></tr></table>';
  const want = '某镇人民政府2023年政府信息公开工作年度报告\n规章\t0\n';
  it('decodes a GBK page declared with <meta charset>', () => {
    const r = readHtml(iconv.encode(page(body, '<meta charset="gbk">'), 'gbk'));
    assert.equal(r.encoding, 'gb18030');
    assert.equal(r.source!.text, want);
  });
  it('decodes a GB2312 page declared with <meta http-equiv="Content-Type">', () => {
    const r = readHtml(iconv.encode(page(body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk'));
    assert.equal(r.encoding, 'gb18030');
    assert.equal(r.source!.text, want);
  });
  it('decodes GBK without a declaration, UTF-8 with a BOM, and a re-saved UTF-8 page that still declares GBK', () => {
    assert.equal(readHtml(iconv.encode(page(body, ''), 'gbk')).source!.text, want);
    const bom = readHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(body, ''))]));
    assert.equal(bom.encoding, 'utf-8');
    assert.equal(bom.source!.text, want);
    const resaved = readHtml(Buffer.from(page(body, '<meta charset="gb2312">')));
    assert.equal(resaved.encoding, 'utf-8');
    assert.equal(resaved.source!.text, want);
  });
});

describe('readHtml: escaped markup in JSON and scripts', () => {
  const fixture = join(root, 'fixtures/forms/html/001_015773bddcd054c9.html');
  const truth = pairs(join(root, 'fixtures/forms/html'), join(root, 'fixtures/extracted/truth')).find((p) => p.name === '001_015773bddcd054c9')!;
  const article = readFileSync(fixture, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  // As crawlers and portals save it: JSON with `<` as \u003c and `/` as \/.
  const json = JSON.stringify({ code: 200, data: { title: '乐清市仙溪镇人民政府2020年政府信息公开工作年度报告', content: article } })
    .replace(/</g, '\\u003c').replace(/\//g, '\\/');

  it('reads the report from a JSON string inside a script', () => {
    const html = page(`<div id="app"></div><script>window.__INITIAL_STATE__ = ${json};</script>`);
    const r = readHtml(Buffer.from(html));
    assert.equal(r.failure, null);
    assert.equal(r.embedded, true);
    const report = extract(r.source!, { bytes: html.length, sha256: 'x' });
    assert.deepEqual(wrongCells(report, truth.truth), []);
    const o = r.source!.originAt(r.source!.text.indexOf('规章\t'));
    assert.ok(o && o.form === 'html' && o.path.startsWith('html>body>script>#string>'), JSON.stringify(o));
  });

  it('reads the report from a saved JSON response', () => {
    const r = readHtml(Buffer.from(json));
    assert.equal(r.embedded, true);
    const report = extract(r.source!, { bytes: json.length, sha256: 'x' });
    assert.deepEqual(wrongCells(report, truth.truth), []);
  });

  it('unescapes a single-quoted JS string with \\x3c escapes', () => {
    const js = "'\\x3ctable\\x3e\\x3ctr\\x3e\\x3ctd\\x3e规章\\x3c/td\\x3e\\x3ctd\\x3e7\\x3c/td\\x3e\\x3c/tr\\x3e\\x3c/table\\x3e'";
    assert.equal(text(page(`<p>正文</p><script>document.write(${js});</script>`)), '正文\n规章\t7\n');
  });

  it('does not read script strings when the page has its own tables', () => {
    const t = text(page('<table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr><tr><td>丙</td><td>3</td></tr></table><script>var s = "\\u003ctable\\u003e\\u003ctr\\u003e\\u003ctd\\u003e丁\\u003c/td\\u003e\\u003c/tr\\u003e\\u003c/table\\u003e";</script>'));
    assert.equal(t, '甲\t1\n乙\t2\n丙\t3\n');
  });
});

describe('readHtml: failures', () => {
  it('a page with no text at all fails with no-text, in Chinese and English', () => {
    for (const html of [
      page('<nav>首页</nav><script>var a = 1;</script><div style="display:none">隐藏</div>', '<title>只有标题</title>'),
      '',
      '<html><body>  &nbsp; <p></p></body></html>',
    ]) {
      const r = readHtml(Buffer.from(html));
      assert.equal(r.source, null);
      assert.equal(r.failure?.code, 'no-text');
      assert.equal(r.failure?.form, 'html');
      assert.ok(r.failure?.message.zh && r.failure.message.en);
    }
  });

  it('never throws on broken markup and deep nesting', () => {
    assert.equal(text('<p>甲<table><td>乙<tr><td>丙</table>丁<div><span>戊'), '甲\n乙\n丙\n丁\n戊\n');
    const deep = '<div>'.repeat(20000) + '深' + '</div>'.repeat(20000);
    assert.equal(text(deep), '深\n');
  });

  it('reads a 200 KB Word-pasted page quickly', () => {
    const para = "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体'>全年共收到政府信息公开申请<span lang=EN-US>12</span>件，均按时答复。<o:p></o:p></span></p>\n";
    const html = page(para.repeat(Math.ceil(200_000 / Buffer.byteLength(para))));
    const t0 = performance.now();
    const t = text(html);
    const ms = performance.now() - t0;
    assert.ok(t.startsWith('全年共收到政府信息公开申请12件，均按时答复。\n'));
    assert.ok(ms < 1000, `${ms} ms`);
  });
});
