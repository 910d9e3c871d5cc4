import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { labelOfficial } from './label-official.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [labelOfficial]);
const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [labelOfficial]);

/** 1-based line and column of the first occurrence of `needle` in the text the spec writes. */
function where(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return { line: i + 1, column: lines[i]!.indexOf(needle) + 1 };
}

describe('label-official', () => {
  it('valid: the official labels, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });

  it('valid: spaces, half-width brackets and commas, 1、 for 1.', () => {
    const labels = {
      'table3.withheld.stateSecret': '1、属于国家秘密',
      'table3.withheld.prohibitedByLaw': '2. 其他法律行政 法规禁止公开',
      'table3.partiallyGranted': '(二) 部分公开(区分处理的,只计这一情形,不计其他情形)',
      'table3.withheld.securityStability': '3.危及"三安全一稳定"',
    };
    assert.deepEqual(run({ labels }), []);
  });

  it('valid: a fragment of a wrapped label is not judged', () => {
    assert.deepEqual(run({ labels: { 'table3.withheld.securityStability': '3.危及“三安全一' } }), []);
  });

  it('invalid: 信访举报类申请 for 信访举报投诉类申请 (seed 004)', () => {
    const spec = { labels: { 'table3.notProcessed.petition': '1.信访举报类申请' } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'label-official');
    assert.equal(d.severity, 'warning');
    assert.equal(d.messageId, 'differs');
    assert.equal(d.path, 'table3.notProcessed.petition');
    assert.deepEqual(d.data, { printed: '1.信访举报类申请', official: '1.信访举报投诉类申请' });
    assert.deepEqual({ line: d.position!.line, column: d.position!.column }, where(reportText(spec), '1.信访举报类申请'));
  });

  it('invalid: 属于第三类内部事务信息, and a moved bracket in （二）', () => {
    const printed = '（二）部分公开（区分处理的），只计这一情形，不计其他情形';
    const spec = { labels: { 'table3.withheld.internalAffairs': '5.属于第三类内部事务信息', 'table3.partiallyGranted': printed } };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => d.path), ['table3.partiallyGranted', 'table3.withheld.internalAffairs']);
    assert.deepEqual(ds[0]!.data, { printed, official: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' });
    assert.deepEqual(ds[1]!.data, { printed: '5.属于第三类内部事务信息', official: '5.属于三类内部事务信息' });
    const text = reportText(spec);
    assert.deepEqual({ line: ds[1]!.position!.line, column: ds[1]!.position!.column }, where(text, '5.属于第三类'));
  });

  it('invalid: the group label （三）不予以公开', () => {
    const text = reportText({}).replace('（三）不予公开\t', '（三）不予以公开\t');
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'group-differs');
    assert.equal(d.path, 'table3.withheld');
    assert.deepEqual(d.data, { printed: '（三）不予以公开', official: '（三）不予公开' });
    assert.deepEqual({ line: d.position!.line, column: d.position!.column }, where(text, '（三）不予以公开'));
  });

  it('invalid: 规范性文件 in a 2021 表二', () => {
    const spec = { labels: { 'table2.normativeDocuments': '规范性文件' } };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => [d.messageId, d.path, d.data.printed, d.data.official]), [['differs', 'table2.normativeDocuments', '规范性文件', '行政规范性文件']]);
    assert.equal(ds[0]!.position!.line, where(reportText(spec), '规范性文件\t').line);
  });

  it('invalid: 第二十六条第（六）项 for 第二十条第（六）项 (seed 004)', () => {
    const spec = { labels: { '第二十条第（六）项': '第二十六条第（六）项' } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'block-article');
    assert.equal(d.path, undefined);
    assert.deepEqual(d.data, { printed: '第二十六条第（六）项', official: '第二十条第（六）项' });
    assert.deepEqual({ line: d.position!.line, column: d.position!.column }, where(reportText(spec), '第二十六条'));
  });

  it('invalid: a block the format does not have (第二十条第（九）项 in a 2021 表二)', () => {
    const spec = { labels: { '第二十条第（八）项': '第二十条第（九）项' } };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['block-item', { printed: '第二十条第（九）项', format: '2021', items: '（一）（五）（六）（八）' }]]);
    assert.equal(ds[0]!.position!.line, where(reportText(spec), '第二十条第（九）项').line);
  });
});
