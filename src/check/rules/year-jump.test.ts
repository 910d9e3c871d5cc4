import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, textAt, type ReportSpec } from '../testing.js';
import { jumpFactor, jumpMinChange, yearJump } from './year-jump.js';

const run = (now: ReportSpec, last: ReportSpec) =>
  check(reportFrom(now, '2023.txt'), { reader: 'none', previous: { report: reportFrom(last, '2022.txt') } }, [yearJump]);
const lineOf = (spec: ReportSpec, p: { line: number } | null | undefined) => reportText(spec).split('\n')[p!.line - 1]!;

describe('year-jump', () => {
  it('the thresholds: ×10 and a change of 50', () => {
    assert.deepEqual([jumpFactor, jumpMinChange], [10, 50]);
  });
  it('valid: ordinary changes, large factors on small numbers, large changes of small factor', () => {
    const last: ReportSpec = { year: 2022, cells: { 'table3.newReceived.total': 2, 'table2.penalty.decisions': 400, 'table4.review.total': 0 } };
    const now: ReportSpec = { year: 2023, cells: { 'table3.newReceived.total': 25, 'table2.penalty.decisions': 3900, 'table4.review.total': 49 } };
    assert.deepEqual(run(now, last), []);
  });
  it('invalid: 本年新收 总计 3 → 60 (×20), with both cells', () => {
    const last: ReportSpec = { year: 2022, overview: '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。' };
    const now: ReportSpec = { year: 2023, cells: { 'table3.newReceived.naturalPerson': 60, 'table3.newReceived.total': 60 } };
    const ds = run(now, last);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'year-jump');
    assert.equal(d.messageId, 'rose');
    assert.equal(d.severity, 'info');
    assert.equal(d.path, 'table3.newReceived.total');
    assert.deepEqual(d.data, {
      label: '表三 一、本年新收政府信息公开申请数量 总计', labelEn: 'table3.newReceived.total',
      year: 2023, previousYear: 2022, value: 60, previous: 3, factor: 20,
    });
    assert.equal(d.message.zh, '“表三 一、本年新收政府信息公开申请数量 总计”由 2022 年的 3 增至 2023 年的 60，为上年的 20 倍');
    assert.match(lineOf(now, d.position), /^\t一、本年新收政府信息公开申请数量\t60\t/);
    assert.equal(textAt(now, d.position), '60');
    const r = d.related![0]!;
    assert.equal(r.file, '2022.txt');
    assert.equal(r.path, 'table3.newReceived.total');
    const row = reportText(last).split('\n').findIndex((l) => l.includes('一、本年新收政府信息公开申请数量'));
    assert.equal(r.position!.line, row + 1);
    assert.equal(textAt(last, r.position), '3');
  });
  it('invalid: falls, from and to zero, in 表二 and 表四 (2019 表二 too)', () => {
    const last: ReportSpec = {
      format: '2019', year: 2022,
      cells: { 'table2.penalty.decisions': 600, 'table2.licensing.decisions': 100, 'table4.litigationAfterReview.total': 0 },
    };
    const now: ReportSpec = {
      format: '2019', year: 2023,
      cells: { 'table2.penalty.decisions': 40, 'table2.licensing.decisions': 0, 'table4.litigationAfterReview.total': 55 },
    };
    const ds = run(now, last);
    assert.deepEqual(ds.map((d) => [d.path, d.messageId, d.data.factor ?? null]).sort(), [
      ['table2.licensing.decisions', 'toZero', null],
      ['table2.penalty.decisions', 'fell', 15],
      ['table4.litigationAfterReview.total', 'fromZero', null],
    ]);
    const fell = ds.find((d) => d.messageId === 'fell')!;
    assert.equal(fell.data.label, '表二 第二十条第（六）项 行政处罚 处理决定数量');
    assert.equal(fell.message.en, 'table2.penalty.decisions fell from 600 in 2022 to 40 in 2023, 1/15 as many');
    const suit = ds.find((d) => d.messageId === 'fromZero')!;
    assert.equal(suit.data.label, '表四 行政诉讼 复议后起诉 总计');
    assert.equal(textAt(now, suit.position), '55');
    assert.equal(textAt(last, suit.related![0]!.position), '0');
  });
  it('a previous report of another year (two years back) gives nothing', () => {
    const now: ReportSpec = { year: 2023, cells: { 'table3.newReceived.total': 300 } };
    assert.equal(run(now, { year: 2022 }).length, 1);
    assert.deepEqual(run(now, { year: 2021 }), []);
  });
});
