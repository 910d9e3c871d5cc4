import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { extract } from '../extract/index.js';
import { pairs, root, wrongCells } from '../../test/helpers.js';
import { readDocx } from './docx.js';
import { unsafePath } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels = (target = 'word/document.xml') => '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>' + body + '<w:sectPr/></w:body></w:document>';

/** A minimal DOCX (as Word writes it: content types, package relationships, the document part). */
function docx(body: string, extra: Zippable = {}, level: 0 | 6 | 9 = 6): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rels()),
    'word/document.xml': strToU8(documentXml(body)),
    ...extra,
  }, { level });
}

const p = (...runs: string[]) => `<w:p><w:pPr><w:rPr/></w:pPr>${runs.map((r) => `<w:r><w:rPr/><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr><w:trPr/>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const text = (bytes: Uint8Array) => {
  const r = readDocx(bytes);
  assert.equal(r.failure, null, r.failure?.message.en);
  return r.source!.text;
};

describe('DOCX fixtures (LibreOffice from the HTML: gridSpan, vMerge)', () => {
  const list = pairs(join(root, 'fixtures/forms/docx'), join(root, 'fixtures/extracted/truth'));
  it('has files to read', () => assert.ok(list.length > 0));
  for (const f of list) {
    it(`${f.name}: every cell right`, () => {
      const bytes = readFileSync(f.raw);
      const r = readDocx(bytes);
      assert.equal(r.failure, null);
      const report = extract(r.source!, { bytes: bytes.byteLength, sha256: 'x' });
      assert.deepEqual(wrongCells(report, f.truth), []);
      assert.equal(report.year, f.truth.year);
      assert.equal(report.format, f.truth.format);
    });
  }
});

describe('readDocx: text', () => {
  it('gives every body paragraph a line; joins runs; w:tab is a space, w:br a line break', () => {
    const t = text(docx(
      p('某县人民政府', '2023', '年政府信息公开工作年度报告') +
      '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>制表位不是文字</w:t></w:r></w:p>' +
      '<w:p/>' + p('3.', '危及“三安全一稳定”'),
    ));
    assert.equal(t, '某县人民政府2023年政府信息公开工作年度报告\n甲 乙\n丙\n制表位不是文字\n3.危及“三安全一稳定”\n');
  });

  it('leaves out deleted, moved-away and hidden text, field codes and the fallback of alternate content', () => {
    const t = text(docx(
      '<w:p><w:r><w:t>留</w:t></w:r><w:del w:id="1"><w:r><w:delText>删</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>增</w:t></w:r></w:ins>' +
      '<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
    ));
    assert.equal(t, '留增显示1框\n');
  });

  it('reads the document part the package relationships name, and any namespace prefix', () => {
    const body = `<?xml version="1.0"?><x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t>另一个文档部件</x:t></x:r></x:p></x:body></x:document>`;
    const bytes = zipSync({ '[Content_Types].xml': strToU8(contentTypes), '_rels/.rels': strToU8(rels('/word/document2.xml')), 'word/document2.xml': strToU8(body) });
    assert.equal(text(bytes), '另一个文档部件\n');
  });

  it('gives each paragraph and cell an origin', () => {
    const src = readDocx(docx(p('标题') + p('正文') + tbl(tr(tc(p('规章')), tc(p('5')))) + p('结尾') + tbl(tr(tc(p('甲'))), tr(tc(p('乙')))))).source!;
    assert.equal(src.text, '标题\n正文\n规章\t5\n结尾\n甲\n乙\n');
    const at = (s: string) => src.originAt(src.text.indexOf(s));
    assert.deepEqual(at('标题'), { form: 'docx', paragraph: 0 });
    assert.deepEqual(at('正文'), { form: 'docx', paragraph: 1 });
    assert.deepEqual(at('规章'), { form: 'docx', table: 0, row: 0, cell: 0 });
    assert.deepEqual(at('5'), { form: 'docx', table: 0, row: 0, cell: 1 });
    assert.deepEqual(at('结尾'), { form: 'docx', paragraph: 2 });
    assert.deepEqual(at('乙'), { form: 'docx', table: 1, row: 1, cell: 0 });
    assert.deepEqual(src.position(src.text.indexOf('5')).origin, { form: 'docx', table: 0, row: 0, cell: 1 });
  });
});

describe('readDocx: tables', () => {
  it('resolves gridSpan and vMerge into the grid, one line per row, cells separated by TAB', () => {
    const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const empty = '<w:p><w:r></w:r></w:p>';
    const t = text(docx(tbl(
      tr(tc(p('（本列数据的勾稽关系）'), span(3) + restart), tc(p('申请人情况'), span(3))),
      tr(tc(empty, span(3) + cont), tc(p('自然人'), restart), tc(p('法人或其他组织'), span(2))),
      tr(tc(p('一、本年新收'), span(3)), tc(empty, cont), tc(p('商业企业')), tc(p('其他'))),
      tr(tc(p('三、本年度办理结果'), restart), tc(p('（一）予以公开'), span(2)), tc(p('5')), tc(p('0')), tc(p('1'))),
      tr(tc(empty, cont), tc(p('（三）不予公开'), restart), tc(p('1.属于', '国家秘密')), tc(p('0')), tc(empty), tc(p('0'))),
      tr(tc(empty, cont), tc(empty, cont), tc(p('2.其他法律行政') + p('法规禁止公开')), tc(p('0')), tc(p('0')), tc(p('0'))),
    )));
    assert.equal(t, [
      '（本列数据的勾稽关系）\t\t\t申请人情况\t\t',
      '\t\t\t自然人\t法人或其他组织\t',
      '一、本年新收\t\t\t\t商业企业\t其他',
      '三、本年度办理结果\t（一）予以公开\t\t5\t0\t1',
      '\t（三）不予公开\t1.属于国家秘密\t0\t\t0',
      '\t\t2.其他法律行政法规禁止公开\t0\t0\t0',
      '',
    ].join('\n'));
  });

  it('maps the empty fields of a merged cell to the cell that was merged', () => {
    const src = readDocx(docx(tbl(
      tr(tc(p('合并'), '<w:vMerge w:val="restart"/>'), tc(p('1'))),
      tr(tc(p(''), '<w:vMerge w:val="continue"/>'), tc(p('2'))),
    ))).source!;
    assert.equal(src.text, '合并\t1\n\t2\n');
    assert.deepEqual(src.originAt(src.text.indexOf('\t2')), { form: 'docx', table: 0, row: 0, cell: 0 });
  });

  it('keeps gridBefore columns, joins a cell\'s paragraphs and line breaks', () => {
    const t = text(docx(tbl(
      tr(tc(p('a')), tc(p('b')), tc(p('c'))),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('12') + p('34'))}${tc('<w:p><w:r><w:t>合</w:t><w:br/><w:t>计</w:t></w:r></w:p>')}</w:tr>`,
    )));
    assert.equal(t, 'a\tb\tc\n\t12 34\t合计\n');
  });

  it('reads a table whose cell holds a table as the page\'s layout: its cells\' paragraphs as lines, the tables inside as tables', () => {
    // A web page's layout table saved as Word: the report in one cell (its tables nested), links beside.
    const src = readDocx(docx(tbl(
      tr(tc(p('相关信息') + p('2025-01-11')), tc(p('标题') + p('正文') + tbl(tr(tc(p('内一')), tc(p('内二'))), tr(tc(p('内三')), tc(p('3')))) + p('后'))),
    ))).source!;
    assert.equal(src.text, '相关信息\n2025-01-11\n标题\n正文\n内一\t内二\n内三\t3\n后\n');
    assert.deepEqual(src.originAt(src.text.indexOf('正文')), { form: 'docx', table: 0, row: 0, cell: 1 });
    assert.deepEqual(src.originAt(src.text.indexOf('内三')), { form: 'docx', table: 1, row: 1, cell: 0 });
    // After the table inside, the layout cell's paragraphs are the body's.
    assert.deepEqual(src.originAt(src.text.indexOf('后')), { form: 'docx', paragraph: 0 });
  });
});

describe('readDocx: bad archives', () => {
  it('refuses a zip bomb: document.xml of 50 MB of spaces', () => {
    const bomb = docx(p('x') + ' '.repeat(50 * 1024 * 1024), {}, 9);
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length}`);
    const r = readDocx(bomb);
    assert.equal(r.source, null);
    assert.equal(r.failure?.code, 'zip-bomb');
    assert.ok(r.failure?.message.zh.includes('zip 炸弹') && r.failure.message.en.includes('zip bomb'));
  });

  it('refuses an entry that inflates beyond the size its header declares', () => {
    const zip = Buffer.from(docx(p('x') + ' '.repeat(2 * 1024 * 1024), {}, 9));
    // Make the central directory say document.xml is no bigger than its compressed data (ratio 1).
    const name = Buffer.from('word/document.xml');
    for (let i = zip.length - 46; i >= 0; i--) {
      if (zip.readUInt32LE(i) === 0x02014b50 && zip.subarray(i + 46, i + 46 + name.length).equals(name)) {
        zip.writeUInt32LE(zip.readUInt32LE(i + 20), i + 24);
        break;
      }
    }
    const r = readDocx(zip);
    assert.equal(r.failure?.code, 'zip-bomb', JSON.stringify(r.failure));
  });

  it('refuses too many entries and too much data in all', () => {
    const many: Zippable = {};
    for (let i = 0; i < 2001; i++) many[`word/media/x${i}.bin`] = new Uint8Array(1);
    assert.equal(readDocx(docx(p('x'), many, 0)).failure?.code, 'zip-bomb');
    assert.equal(readDocx(docx(p('x'), { 'word/media/big.bin': new Uint8Array(4096) }), { maxUncompressed: 4000 }).failure?.code, 'zip-bomb');
    assert.equal(readDocx(docx(p('x')), { maxEntries: 2 }).failure?.code, 'zip-bomb');
  });

  it('refuses entry names that leave the directory', () => {
    for (const name of ['../evil', 'word/../../evil.xml', '/etc/passwd', 'C:\\evil', '..\\evil']) {
      const r = readDocx(docx(p('x'), { [name]: strToU8('evil') }));
      assert.equal(r.failure?.code, 'unsafe-path', name);
      assert.ok(r.failure?.message.en.includes(name));
    }
    assert.equal(unsafePath('word/a..b.xml'), false);
  });

  it('says a damaged file is corrupt', () => {
    const good = docx(p('正文'));
    for (const bytes of [good.subarray(0, good.length - 30), new Uint8Array(1000).fill(7), Buffer.from('PK\x03\x04 not really a zip')]) {
      const r = readDocx(bytes);
      assert.equal(r.failure?.code, 'corrupt');
      assert.equal(r.failure?.form, 'docx');
    }
    const badXml = zipSync({ '_rels/.rels': strToU8(rels()), 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>甲</w:t></w:r>`) });
    assert.equal(readDocx(badXml).failure?.code, 'corrupt');
    // Damaged deflate data inside a sound archive
    const broken = Buffer.from(docx(p('正文'.repeat(200))));
    const at = broken.indexOf('word/document.xml') + 40;
    broken.fill(0xff, at, at + 40);
    assert.equal(readDocx(broken).failure?.code, 'corrupt');
  });

  it('says a zip without word/document.xml is not a DOCX', () => {
    const r = readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'readme.txt': strToU8('hi') }));
    assert.equal(r.failure?.code, 'not-docx');
    assert.ok(r.failure?.message.zh && r.failure.message.en);
  });

  it('says a document with no text has none', () => {
    assert.equal(readDocx(docx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>')).failure?.code, 'no-text');
  });
});
