import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrganName } from './name.js';
import { normalizeOrganText } from './normalize.js';

/** Units as `name:kind`, with `?` where the level was assumed. */
const units = (printed: string) => parseOrganName(printed).units.map((u) => `${u.name}:${u.kind}${u.assumed ? '?' : ''}`);

describe('parseOrganName: organ names of the seeds, the corpus, examples/ and fixtures/text/', () => {
  // [printed as report.organ, units, department, level, key]
  const cases: [string, string[], string | null, string | null, string][] = [
    ['晋江市内坑镇人民政府', ['晋江市:county-city?', '内坑镇:town'], null, 'town', '晋江市/内坑镇|'],
    ['乐清市仙溪镇', ['乐清市:county-city?', '仙溪镇:town'], null, 'town', '乐清市/仙溪镇|'],
    ['丰城市曲江镇人民政府', ['丰城市:county-city?', '曲江镇:town'], null, 'town', '丰城市/曲江镇|'],
    ['宜都市红花套镇人民政府', ['宜都市:county-city?', '红花套镇:town'], null, 'town', '宜都市/红花套镇|'],
    ['平武县木座藏族乡人民政府', ['平武县:county', '木座藏族乡:ethnic-township'], null, 'town', '平武县/木座乡|'],
    ['杭州市上城区小营街道办事处', ['杭州市:prefecture-city', '上城区:district', '小营街道:subdistrict'], null, 'town', '杭州市/上城区/小营街道|'],
    ['洪泽区人民政府', ['洪泽区:district'], null, 'county', '洪泽区|'],
    ['淮安市洪泽区人民政府', ['淮安市:prefecture-city', '洪泽区:district'], null, 'county', '淮安市/洪泽区|'],
    ['南京市秦淮区人民政府', ['南京市:prefecture-city', '秦淮区:district'], null, 'county', '南京市/秦淮区|'],
    ['成都市武侯区人民政府', ['成都市:prefecture-city', '武侯区:district'], null, 'county', '成都市/武侯区|'],
    ['沐阳县人民政府', ['沐阳县:county'], null, 'county', '沐阳县|'],
    ['安福县人民政府', ['安福县:county'], null, 'county', '安福县|'],
    ['苍南县人民政府', ['苍南县:county'], null, 'county', '苍南县|'],
    ['淮安市人民政府', ['淮安市:prefecture-city?'], null, 'city', '淮安市|'],
    ['三明市人民政府', ['三明市:prefecture-city?'], null, 'city', '三明市|'],
    ['沭阳县发展和改革局', ['沭阳县:county'], '发展和改革局', 'county', '沭阳县|发展改革局'],
    ['长兴县市场监督管理局', ['长兴县:county'], '市场监督管理局', 'county', '长兴县|市场监督管理局'],
    ['瑞安市住房和城乡建设局', ['瑞安市:prefecture-city?'], '住房和城乡建设局', 'city', '瑞安市|住房城乡建设局'],
    ['温州市市场监督管理局', ['温州市:prefecture-city?'], '市场监督管理局', 'city', '温州市|市场监督管理局'],
    ['上海市科委', ['上海市:municipality'], '科学技术委员会', 'province', '上海市|科学技术委员会'],
    ['江西省交通运输厅', ['江西省:province'], '交通运输厅', 'province', '江西省|交通运输厅'],
  ];
  for (const [printed, us, department, level, key] of cases) {
    it(printed, () => {
      const n = parseOrganName(printed);
      assert.deepEqual(units(printed), us);
      assert.equal(n.department, department);
      assert.equal(n.isDepartment, department !== null);
      assert.equal(n.level, level);
      assert.equal(n.key, key);
    });
  }
});

describe('parseOrganName: the issue', () => {
  it('淮安市洪泽区人民政府 is a county-level district of 淮安市, which is then certainly a prefecture city', () => {
    const n = parseOrganName('淮安市洪泽区人民政府');
    assert.equal(n.level, 'county');
    assert.equal(n.levelAssumed, false);
    assert.deepEqual(n.units.map((u) => [u.level, u.assumed]), [['city', false], ['county', false]]);
    assert.equal(n.parent, '淮安市人民政府');
  });
  it('上海市科学技术委员会 is a department of a province-level government', () => {
    const n = parseOrganName('上海市科学技术委员会');
    assert.deepEqual([n.level, n.isDepartment, n.department, n.units[0]!.kind], ['province', true, '科学技术委员会', 'municipality']);
    assert.equal(n.parent, '上海市人民政府');
    assert.equal(n.key, parseOrganName('上海市科委').key);
  });
  it('江苏省人民政府办公厅 is the province government itself', () => {
    const office = parseOrganName('江苏省人民政府办公厅');
    assert.deepEqual([office.level, office.department, office.isDepartment], ['province', null, false]);
    assert.equal(office.key, parseOrganName('江苏省人民政府').key);
    assert.equal(parseOrganName('晋江市人民政府办公室').key, parseOrganName('晋江市政府办').key);
  });
  it('国务院 departments are national departments; 国务院 and its 办公厅 the national government', () => {
    for (const name of ['教育部', '中华人民共和国教育部', '国家税务总局', '国家发展和改革委员会', '海关总署']) {
      const n = parseOrganName(name);
      assert.deepEqual([n.level, n.isDepartment, n.units.length, n.parent], ['national', true, 0, '国务院'], name);
    }
    assert.equal(parseOrganName('中华人民共和国教育部').key, parseOrganName('教育部').key);
    const gov = parseOrganName('国务院办公厅');
    assert.deepEqual([gov.level, gov.department, gov.key], ['national', null, parseOrganName('国务院').key]);
  });
  it('a bare 某某市 is assumed to be a prefecture city, and says so', () => {
    const n = parseOrganName('晋江市人民政府');
    assert.deepEqual([n.level, n.levelAssumed], ['city', true]);
    assert.match(n.assumption!.zh, /晋江市.*按地级市处理/);
    assert.match(n.assumption!.en, /prefecture-level/);
    // Under a prefecture city it is certainly county-level.
    const under = parseOrganName('苏州市昆山市人民政府');
    assert.deepEqual([under.level, under.levelAssumed, under.units[1]!.kind], ['county', false, 'county-city']);
    assert.equal(under.assumption, null);
  });
  it('a name that is only a place is that place’s government', () => {
    assert.equal(parseOrganName('晋江市内坑镇').key, parseOrganName('晋江市内坑镇人民政府').key);
    assert.equal(parseOrganName('晋江市内坑镇').department, null);
  });
  it('the government above: the same places for a department, one place up for a government', () => {
    assert.equal(parseOrganName('晋江市内坑镇人民政府').parent, '晋江市人民政府');
    assert.equal(parseOrganName('沭阳县发展和改革局').parent, '沭阳县人民政府');
    assert.equal(parseOrganName('内坑镇人民政府').parent, null);
    assert.equal(parseOrganName('江苏省人民政府').parent, '国务院');
  });
});

describe('parseOrganName: units and bodies', () => {
  it('places whose names hold a level character', () => {
    assert.deepEqual(units('荆州市沙市区人民政府'), ['荆州市:prefecture-city', '沙市区:district']);
    assert.deepEqual(units('济南市市中区人民政府'), ['济南市:prefecture-city', '市中区:district']);
    assert.deepEqual(units('某县新市镇人民政府'), ['某县:county', '新市镇:town']);
    assert.deepEqual(units('镇江市丹徒区'), ['镇江市:prefecture-city', '丹徒区:district']);
    assert.deepEqual(units('乡宁县人民政府'), ['乡宁县:county']);
    assert.deepEqual(units('阳泉市城区人民政府'), ['阳泉市:prefecture-city', '城区:district']);
    assert.deepEqual(units('韩城市城市管理局'), ['韩城市:prefecture-city?']);
    assert.equal(parseOrganName('韩城市城市管理局').department, '城市管理局');
  });
  it('department words that begin like a place are not read as one', () => {
    assert.equal(parseOrganName('某县城市管理局').department, '城市管理局');
    assert.equal(parseOrganName('某县乡村振兴局').department, '乡村振兴局');
    assert.equal(parseOrganName('某县乡镇企业局').department, '乡镇企业局');
    assert.equal(parseOrganName('某市城乡规划局').department, '城乡规划局');
    assert.deepEqual(units('宁乡市市场监督管理局'), ['宁乡市:prefecture-city?']);
    // 温州市场监督管理局: the 市 of 温州市 also begins 市场.
    assert.equal(parseOrganName('温州市场监督管理局').key, parseOrganName('温州市市场监督管理局').key);
  });
  it('autonomous areas: the ethnic names are left out of the key', () => {
    assert.deepEqual(units('内蒙古自治区人民政府'), ['内蒙古自治区:autonomous-region']);
    assert.equal(parseOrganName('广西壮族自治区人民政府').key, '广西自治区|');
    assert.equal(parseOrganName('新疆维吾尔自治区伊犁哈萨克自治州人民政府').key, '新疆自治区/伊犁州|');
    assert.equal(parseOrganName('景宁畲族自治县').key, parseOrganName('景宁县人民政府').key);
    assert.equal(parseOrganName('东乡族自治县人民政府').units[0]!.kind, 'autonomous-county');
    assert.equal(parseOrganName('双江拉祜族佤族布朗族傣族自治县人民政府').key, '双江县|');
  });
  it('municipalities, banners, leagues, new districts, a 地区 and its 行政公署', () => {
    assert.deepEqual(units('北京市朝阳区人民政府'), ['北京市:municipality', '朝阳区:district']);
    assert.deepEqual(units('上海市浦东新区人民政府'), ['上海市:municipality', '浦东新区:district']);
    assert.deepEqual(units('鄂尔多斯市伊金霍洛旗人民政府'), ['鄂尔多斯市:prefecture-city', '伊金霍洛旗:banner']);
    assert.equal(parseOrganName('锡林郭勒盟').level, 'city');
    const prefecture = parseOrganName('阿克苏地区行政公署');
    assert.deepEqual([prefecture.level, prefecture.department], ['city', null]);
  });
  it('three levels: a prefecture city, a county-level city, a town', () => {
    assert.deepEqual(units('宜春市丰城市曲江镇人民政府'), ['宜春市:prefecture-city', '丰城市:county-city', '曲江镇:town']);
    assert.deepEqual(units('江苏省昆山市'), ['江苏省:province', '昆山市:prefecture-city?']);
  });
  it('a department after 人民政府, and a local office of a national system', () => {
    const n = parseOrganName('某市人民政府国有资产监督管理委员会');
    assert.equal(n.department, '国有资产监督管理委员会');
    assert.equal(n.key, parseOrganName('某市国资委').key);
    const tax = parseOrganName('国家税务总局晋江市税务局');
    assert.deepEqual([tax.system, tax.department, tax.isDepartment, tax.units.length], ['国家税务总局', '税务局', true, 1]);
    assert.notEqual(tax.key, parseOrganName('晋江市税务局').key);
  });
  it('a party organ is kept apart from the government', () => {
    const n = parseOrganName('中共晋江市委');
    assert.deepEqual([n.system, n.department, n.units.map((u) => u.name)], ['中国共产党', '委员会', ['晋江市']]);
    assert.notEqual(n.key, parseOrganName('晋江市人民政府').key);
  });
  it('a name with no place and no known body keeps what it has', () => {
    const n = parseOrganName('某某公司');
    assert.deepEqual([n.units.length, n.level, n.department, n.key], [0, null, '某某公司', '|某某公司']);
    assert.equal(parseOrganName('  ').key, '');
    // A level character without a place: a local organ, not a ministry.
    assert.equal(parseOrganName('县人武部').level, null);
  });
});

describe('normalizeOrganText', () => {
  it('spaces, full-width forms, a run-on year or title, quotes, a trailing parenthesis', () => {
    assert.equal(normalizeOrganText('晋江市内坑镇人民政府 2023年度'), '晋江市内坑镇人民政府');
    assert.equal(normalizeOrganText('平武县\u3000木座藏族乡\u00a0人民政府'), '平武县木座藏族乡人民政府');
    assert.equal(normalizeOrganText('２０２３年上海市科委政府信息公开工作年度报告'), '上海市科委');
    assert.equal(normalizeOrganText('沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局'), '沭阳县发展和改革局');
    assert.equal(normalizeOrganText('晋江市英林镇人民政府文件'), '晋江市英林镇人民政府');
    assert.equal(normalizeOrganText('“长兴县市场监督管理局（长兴县知识产权局）”'), '长兴县市场监督管理局');
    assert.equal(normalizeOrganText('二〇二四年度苍南县人民政府'), '苍南县人民政府');
  });
});
