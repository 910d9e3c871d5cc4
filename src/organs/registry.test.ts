import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseOrganName } from './name.js';
import { OrganIndex, compatibleNames } from './registry.js';

describe('OrganIndex: the issue', () => {
  it('晋江市内坑镇人民政府 / 内坑镇人民政府 / 晋江市内坑镇 are one organ', () => {
    const index = new OrganIndex([{ id: 'neikeng', names: ['晋江市内坑镇人民政府'] }]);
    assert.deepEqual(index.match('晋江市内坑镇人民政府'), { id: 'neikeng', how: 'exact' });
    assert.deepEqual(index.match('晋江市内坑镇'), { id: 'neikeng', how: 'exact' });
    assert.deepEqual(index.match('内坑镇人民政府'), { id: 'neikeng', how: 'variant' });
    assert.deepEqual(index.match('福建省晋江市内坑镇人民政府'), { id: 'neikeng', how: 'variant' });
    assert.deepEqual(index.match('泉州市晋江市内坑镇'), { id: 'neikeng', how: 'variant' });
    // Known only by its short name, the organ is found from the long one too.
    const short = new OrganIndex([{ id: 'n', names: ['内坑镇人民政府'] }]);
    assert.deepEqual(short.match('晋江市内坑镇'), { id: 'n', how: 'variant' });
  });
  it('某县城关镇 in two counties are two organs; a bare 城关镇 is not linked to either', () => {
    const index = new OrganIndex<number>();
    index.add(1, '甲县城关镇人民政府');
    assert.equal(index.match('乙县城关镇人民政府'), null);
    index.add(2, '乙县城关镇人民政府');
    assert.deepEqual(index.match('城关镇人民政府'), { ambiguous: true, candidates: [1, 2] });
    assert.deepEqual(index.match('甲县城关镇'), { id: 1, how: 'exact' });
    assert.equal(index.match('丙县城关镇人民政府'), null);
  });
  it('real variants from the corpus: 洪泽区 in 2023, 淮安市洪泽区 in 2024', () => {
    const index = new OrganIndex([
      { id: 'hongze', names: ['洪泽区人民政府'] },
      { id: 'huaian', names: ['淮安市人民政府'] },
      { id: 'shuyang-fgj', names: ['沭阳县发展和改革局'] },
      { id: 'stcsm', names: ['上海市科委'] },
    ]);
    assert.deepEqual(index.match('淮安市洪泽区人民政府'), { id: 'hongze', how: 'variant' });
    assert.deepEqual(index.match('沭阳县发改局'), { id: 'shuyang-fgj', how: 'exact' });
    assert.deepEqual(index.match('上海市科学技术委员会'), { id: 'stcsm', how: 'exact' });
    // The county's government and its department are different organs.
    assert.equal(index.match('沭阳县人民政府'), null);
    assert.equal(index.match('淮安市发展和改革委员会'), null);
  });
});

describe('OrganIndex: rules', () => {
  it('a department matches only the same department', () => {
    const index = new OrganIndex([{ id: 'a', names: ['宿迁市沭阳县自然资源和规划局'] }]);
    assert.deepEqual(index.match('沭阳县自然资源和规划局'), { id: 'a', how: 'variant' });
    assert.equal(index.match('沭阳县自然资源局'), null);
  });
  it('an organ is a candidate only if every name of it fits: a name contradicting one of them does not link', () => {
    const index = new OrganIndex<string>();
    index.add('x', '城关镇人民政府');
    index.add('x', '甲县城关镇人民政府');
    assert.equal(index.match('乙县城关镇'), null);
    assert.deepEqual(index.match('城关镇'), { id: 'x', how: 'exact' });
  });
  it('names without a place link only by their key', () => {
    const index = new OrganIndex([{ id: 'moe', names: ['教育部'] }]);
    assert.deepEqual(index.match('中华人民共和国教育部'), { id: 'moe', how: 'exact' });
    assert.equal(index.match('某某公司'), null);
    assert.equal(index.match(''), null);
  });
  it('two organs recorded under one key are ambiguous, not linked to the first', () => {
    const index = new OrganIndex([{ id: 'a', names: ['某县人民政府'] }, { id: 'b', names: ['某县人民政府办公室'] }]);
    assert.deepEqual(index.match('某县'), { ambiguous: true, candidates: ['a', 'b'] });
  });
  it('records names once, keeps their order, counts organs', () => {
    const index = new OrganIndex<string>();
    index.add('a', '晋江市内坑镇人民政府');
    index.add('a', '晋江市内坑镇人民政府 ');
    index.add('a', '内坑镇人民政府');
    index.add('b', '晋江市英林镇人民政府');
    assert.deepEqual(index.namesOf('a').map((n) => n.normalized), ['晋江市内坑镇人民政府', '内坑镇人民政府']);
    assert.deepEqual([index.size, index.ids()], [2, ['a', 'b']]);
  });
  it('compatibleNames: a place at one level in both names must be the same place', () => {
    const a = parseOrganName('福建省晋江市内坑镇');
    assert.equal(compatibleNames(a, parseOrganName('泉州市晋江市内坑镇')), true);
    assert.equal(compatibleNames(a, parseOrganName('江苏省晋江市内坑镇')), false);
    // 昆山市 is read as a 地级市 when bare and as a 县级市 under 苏州市: no contradiction.
    assert.equal(compatibleNames(parseOrganName('苏州市昆山市'), parseOrganName('江苏省昆山市')), true);
  });
  it('property: a town’s three forms of name are one organ, and the same town in another county is another', () => {
    const han = fc.constantFrom(...'安宝东丰光贵海和华吉江金靖康丽林龙隆罗南平青庆仁瑞山太泰天通万溪新兴阳永云长'.split(''));
    const place = fc.array(han, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(place, place, place, (county, otherCounty, town) => {
        fc.pre(county !== otherCounty);
        const index = new OrganIndex([{ id: 't', names: [`${county}县${town}镇人民政府`] }]);
        assert.deepEqual(index.match(`${town}镇人民政府`), { id: 't', how: 'variant' });
        assert.deepEqual(index.match(`${county}县${town}镇`), { id: 't', how: 'exact' });
        assert.equal(index.match(`${otherCounty}县${town}镇人民政府`), null);
      }),
      { numRuns: 200 },
    );
  });
});

describe('OrganIndex: speed', () => {
  it('10,000 names matched and added in well under a second of CPU time', () => {
    const counties = ['晋江市', '乐清市', '丰城市', '平武县', '沭阳县', '安福县', '苍南县', '长兴县', '洪泽区', '秦淮区'];
    const towns = ['内坑镇', '英林镇', '仙溪镇', '曲江镇', '木座藏族乡', '城关镇', '小营街道', '红花套镇'];
    const departments = ['发展和改革局', '自然资源和规划局', '科学技术局', '市场监督管理局', '住房和城乡建设局', '教育局'];
    const names: string[] = [];
    for (let k = 0; names.length < 10_000; k++) {
      // Distinct places (甲1县…), written in the ways reports write them.
      const county = `${'甲乙丙丁戊'[k % 5]}${k % 997}${counties[k % counties.length]!.slice(-1)}`;
      const town = `${'东南西北'[k % 4]}${k % 89}${towns[k % towns.length]!.slice(-1)}`;
      const forms = [`某省某市${county}${town}人民政府`, `${county}${town}`, `${county}${departments[k % departments.length]}`, `${county}人民政府办公室`, `${town}人民政府`];
      names.push(forms[k % forms.length]!);
    }
    const start = process.cpuUsage();
    const index = new OrganIndex<number>();
    let linked = 0;
    for (const [i, name] of names.entries()) {
      const m = index.match(name);
      if (m && 'id' in m) {
        index.add(m.id, name);
        linked++;
      } else index.add(i, name);
    }
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(linked > 1000, `linked ${linked}`);
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms of CPU`);
  });
});
