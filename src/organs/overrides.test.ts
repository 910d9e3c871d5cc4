import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { applyOverrides, isRegionCode, parseOverrides, readLevel } from './overrides.js';
import { OrganIndex } from './registry.js';

const chinese = ['机关,区划代码,层级,上级', '内坑镇人民政府,350582104000,乡镇,晋江市人民政府', '晋江市人民政府,350582,县级,泉州市人民政府', '沭阳县发改局,321322,县级部门,'].join('\n');

describe('parseOverrides', () => {
  it('Chinese headers; level words in Chinese', () => {
    const { overrides, errors } = parseOverrides(chinese);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      overrides.map((o) => [o.line, o.organ, o.regionCode, o.level, o.department, o.parent]),
      [
        [2, '内坑镇人民政府', '350582104000', 'town', null, '晋江市人民政府'],
        [3, '晋江市人民政府', '350582', 'county', null, '泉州市人民政府'],
        [4, '沭阳县发改局', '321322', 'county', true, null],
      ],
    );
  });
  it('English headers in another order, English level words, columns left out', () => {
    const { overrides, errors } = parseOverrides('level,organ\ndepartment,上海市科委\nprovince,江苏省人民政府\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(overrides.map((o) => [o.organ, o.level, o.department, o.regionCode]), [
      ['上海市科委', null, true, null],
      ['江苏省人民政府', 'province', null, null],
    ]);
  });
  it('bytes: UTF-8 with a BOM, and GBK', () => {
    const text = '机关,层级\n平武县木座藏族乡人民政府,乡镇\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
    for (const bytes of [bom, gbk]) {
      const { overrides, errors } = parseOverrides(bytes);
      assert.deepEqual(errors, []);
      assert.deepEqual(overrides.map((o) => [o.organ, o.level]), [['平武县木座藏族乡人民政府', 'town']]);
    }
  });
  it('bad rows: errors with their line, in Chinese and English; good rows still read', () => {
    const csv = [
      'organ,region_code,level,parent',
      '晋江市人民政府,350582,county,',
      ',350582,county,', // line 3: no organ
      '晋江市英林镇,350582,village,', // line 4: unknown level
      '',
      '晋江市内坑镇,35058,town,', // line 6: 5 digits
      '晋江市人民政府,,city,', // line 7: written twice
      '"晋江市\n深沪镇",991234,town,', // lines 8-9: bad province code, reported at the line it starts on
      ',,,',
    ].join('\n');
    const { overrides, errors } = parseOverrides(csv);
    assert.deepEqual(overrides.map((o) => o.line), [2]);
    assert.deepEqual(errors.map((e) => [e.line, e.code]), [
      [3, 'missing-organ'],
      [4, 'unknown-level'],
      [6, 'bad-region-code'],
      [7, 'duplicate-organ'],
      [8, 'bad-region-code'],
    ]);
    const level = errors.find((e) => e.code === 'unknown-level')!;
    assert.match(level.zh, /^第 4 行：无法识别的层级“village”/);
    assert.match(level.en, /^line 4: unknown level “village”/);
    assert.match(errors.find((e) => e.line === 6)!.zh, /6 位或 12 位数字/);
  });
  it('a file without the organ header, and a malformed file', () => {
    assert.deepEqual(parseOverrides('晋江市人民政府,350582,县级\n').errors.map((e) => [e.line, e.code]), [[1, 'no-header']]);
    const bad = parseOverrides('机关,层级\n"晋江市人民政府"x,县级\n');
    assert.deepEqual(bad.errors.map((e) => [e.line, e.code]), [[2, 'csv-syntax']]);
    assert.deepEqual(parseOverrides(''), { overrides: [], errors: [] });
  });
  it('readLevel and isRegionCode', () => {
    assert.deepEqual(readLevel('省级'), { level: 'province', department: null });
    assert.deepEqual(readLevel('County Department'), { level: 'county', department: true });
    assert.deepEqual(readLevel('部门'), { level: null, department: true });
    assert.deepEqual(readLevel('国家级'), { level: 'national', department: null });
    assert.deepEqual(readLevel('县级市'), { level: 'county', department: null });
    assert.equal(readLevel('村级'), null);
    assert.equal(isRegionCode('350582'), true);
    assert.equal(isRegionCode('350582104000'), true);
    assert.equal(isRegionCode('000000'), false);
    assert.equal(isRegionCode('3505821'), false);
  });
});

describe('applyOverrides', () => {
  const index = () =>
    new OrganIndex([
      { id: 'jinjiang', names: ['晋江市人民政府'] },
      { id: 'neikeng', names: ['晋江市内坑镇'] },
      { id: 'fgj', names: ['沭阳县发展和改革局'] },
      { id: 'shuyang', names: ['沭阳县人民政府'] },
      { id: 'a', names: ['甲县城关镇人民政府'] },
      { id: 'b', names: ['乙县城关镇人民政府'] },
    ]);

  it('without overrides, every organ is placed by its name and its parent looked up', () => {
    const { placements, issues } = applyOverrides(index(), []);
    assert.deepEqual(issues, []);
    const jinjiang = placements.get('jinjiang')!;
    assert.deepEqual([jinjiang.level, jinjiang.levelAssumed, jinjiang.placedBy, jinjiang.parentId], ['city', true, 'name', null]);
    const neikeng = placements.get('neikeng')!;
    assert.deepEqual([neikeng.level, neikeng.department, neikeng.parentName, neikeng.parentId], ['town', false, '晋江市人民政府', 'jinjiang']);
    const fgj = placements.get('fgj')!;
    assert.deepEqual([fgj.level, fgj.department, fgj.parentId], ['county', true, 'shuyang']);
  });
  it('an override wins over the name, and its organ is matched like a variant (内坑镇人民政府 for 晋江市内坑镇)', () => {
    const { overrides } = parseOverrides(chinese);
    const { placements, issues } = applyOverrides(index(), overrides);
    const jinjiang = placements.get('jinjiang')!;
    // The name says 地级市 (assumed); the CSV says 县级, and gives a parent not in the corpus.
    assert.deepEqual([jinjiang.level, jinjiang.levelAssumed, jinjiang.regionCode, jinjiang.placedBy, jinjiang.line], ['county', false, '350582', 'csv', 3]);
    assert.deepEqual([jinjiang.parentName, jinjiang.parentId], ['泉州市人民政府', null]);
    const neikeng = placements.get('neikeng')!;
    assert.deepEqual([neikeng.placedBy, neikeng.regionCode, neikeng.parentId], ['csv', '350582104000', 'jinjiang']);
    const fgj = placements.get('fgj')!;
    assert.deepEqual([fgj.placedBy, fgj.department, fgj.level, fgj.parentId], ['csv', true, 'county', 'shuyang']);
    assert.deepEqual(issues.map((i) => [i.line, i.code]), [[3, 'parent-not-found']]);
    assert.match(issues[0]!.zh, /泉州市人民政府/);
  });
  it('rows that match no organ, several, or one already placed are reported and not applied', () => {
    const csv = ['机关,层级,上级', '城关镇人民政府,乡镇,', '厦门市人民政府,市级,', '晋江市人民政府,县级,', '晋江市政府办,市级,', '晋江市内坑镇,乡镇,内坑镇'].join('\n');
    const { overrides, errors } = parseOverrides(csv);
    assert.deepEqual(errors, []);
    const { placements, issues } = applyOverrides(index(), overrides);
    assert.deepEqual(issues.map((i) => [i.line, i.code]), [
      [2, 'organ-ambiguous'],
      [3, 'organ-not-found'],
      [5, 'organ-repeated'],
      [6, 'parent-self'],
    ]);
    assert.match(issues[0]!.zh, /甲县城关镇人民政府、乙县城关镇人民政府/);
    assert.equal(placements.get('a')!.placedBy, 'name');
    assert.equal(placements.get('jinjiang')!.level, 'county');
  });
});
