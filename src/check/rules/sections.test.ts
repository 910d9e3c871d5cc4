import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { sections } from './sections.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [sections]);
const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [sections]);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const five = '五、存在的主要问题及改进情况';

describe('sections', () => {
  it('valid: six official sections in order, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });

  it('valid: another numeral style (一. for 一、)', () => {
    assert.deepEqual(runText(reportText({}).replace('一、总体情况', '一. 总体情况')), []);
  });

  it('invalid: a section missing', () => {
    const spec = { omitSections: [5] };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'sections');
    assert.equal(d.severity, 'warning');
    assert.equal(d.messageId, 'missing');
    assert.deepEqual(d.data, { number: 5, title: five, titleEn: 'main problems and improvements' });
    // Where it should stand: the start of the next section printed.
    assert.deepEqual([d.position!.line, d.position!.column], [lineOf(reportText(spec), '六、其他需要报告的事项'), 1]);
  });

  it('invalid: sections out of order', () => {
    const text = reportText({});
    const block = `${five}\n\n一是公开内容有待进一步丰富。\n\n`;
    const moved = text.replace(block, '').replace('本机关未收取信息处理费。\n\n', `本机关未收取信息处理费。\n\n${block}`);
    const ds = runText(moved);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'order');
    assert.equal(d.data.number, 5);
    assert.equal(d.data.afterNumber, 6);
    assert.equal(d.data.after, '六、其他需要报告的事项');
    assert.deepEqual([d.position!.line, d.position!.column], [lineOf(moved, five), 1]);
  });

  it('invalid: a title worded otherwise', () => {
    const text = reportText({}).replace(five, '五、存在的主要问题及改进措施');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['title', { number: 5, printed: '五、存在的主要问题及改进措施', official: five }]]);
    assert.deepEqual([ds[0]!.position!.line, ds[0]!.position!.column], [lineOf(text, '改进措施'), 1]);
  });

  it('invalid: a section numbered otherwise', () => {
    const text = reportText({}).replace(five, '四、存在的主要问题及改进情况');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.messageId, d.data.number, d.data.numeral]), [['numbered', 5, '四']]);
    assert.equal(ds[0]!.actual, '四');
    assert.equal(ds[0]!.position!.line, lineOf(text, '四、存在的主要问题'));
  });

  it('invalid: the introduction says six parts and lists five (seed 000)', () => {
    const intro = '本年报由总体情况、主动公开政府信息情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
    const text = reportText({}).replace('本报告所列数据', `${intro}本报告所列数据`);
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'intro-parts');
    assert.deepEqual(d.data, { stated: '六', listed: '五', missing: '三、收到和处理政府信息公开申请情况' });
    assert.deepEqual([d.expected, d.actual], [6, 5]);
    const lines = text.split('\n');
    const li = lines.findIndex((l) => l.includes('六部分'));
    assert.deepEqual([d.position!.line, d.position!.column], [li + 1, lines[li]!.indexOf('六部分') + 1]);
    // All six named (the last two joined by 和): nothing to say.
    const six = '全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议和提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六部分组成。';
    assert.deepEqual(runText(reportText({}).replace('本报告所列数据', `${six}本报告所列数据`)), []);
  });

  it('invalid: a second 一、 heading inside section 一 (seed 001)', () => {
    const spec = { overview: '一、政务公开基本情况\n\n2023年，本机关认真贯彻落实《条例》。' };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'numeral-repeated');
    assert.deepEqual(d.data, { printed: '一、政务公开基本情况', number: 1, title: '一、总体情况', titleEn: 'overview' });
    assert.deepEqual([d.position!.line, d.position!.column], [lineOf(reportText(spec), '一、政务公开基本情况'), 1]);
  });
});
