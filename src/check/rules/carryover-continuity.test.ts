import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, textAt, type ReportSpec } from '../testing.js';
import { carryoverContinuity } from './carryover-continuity.js';

/** Check this year's report against last year's, each parsed under its own file name. */
const run = (now: ReportSpec, last: ReportSpec) =>
  check(reportFrom(now, 'this.txt'), { reader: 'none', previous: { report: reportFrom(last, 'last.txt') } }, [carryoverContinuity]);
const lineOf = (spec: ReportSpec, p: { line: number } | null | undefined) => reportText(spec).split('\n')[p!.line - 1]!;

/** This year's 二、上年结转 as the default report of last year carried it forward (1, 自然人). */
const continued = { 'table3.carriedOver.naturalPerson': 1, 'table3.carriedOver.total': 1 };

describe('carryover-continuity', () => {
  it('valid: last year carried 1 forward (自然人, 总计), this year carried 1 over', () => {
    const now: ReportSpec = { year: 2023, cells: continued };
    assert.deepEqual(run(now, { year: 2022 }), []);
    assert.deepEqual(run({ ...now, format: '2019' }, { year: 2022, format: '2019' }), []);
  });
  it('valid: a blank counts as 0, as last year’s 0', () => {
    assert.deepEqual(run({ year: 2023, cells: { ...continued, 'table3.carriedOver.research': null } }, { year: 2022, cells: { 'table3.carriedForward.research': 0 } }), []);
  });
  it('invalid: this year carried over 0 though last year carried 1 forward, per column', () => {
    const now: ReportSpec = { year: 2023, cells: { 'table3.carriedOver.commercial': 4, 'table3.carriedOver.total': 4 } };
    // Last year's overview runs two lines longer, so its cells stand on other lines than this year's.
    const last: ReportSpec = {
      year: 2022, overview: '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。',
      cells: { 'table3.carriedForward.commercial': 7, 'table3.carriedForward.naturalPerson': 1, 'table3.carriedForward.total': 8 },
    };
    const ds = run(now, last);
    assert.deepEqual(ds.map((d) => d.path), ['table3.carriedOver.naturalPerson', 'table3.carriedOver.commercial', 'table3.carriedOver.total']);
    const d = ds[1]!;
    assert.equal(d.ruleId, 'carryover-continuity');
    assert.equal(d.messageId, 'discontinuous');
    assert.equal(d.severity, 'warning');
    assert.equal(d.category, 'cross-year');
    assert.deepEqual(d.data, { column: '商业企业', columnEn: 'commercial', year: 2023, previousYear: 2022, carriedOver: 4, carriedForward: 7 });
    assert.deepEqual([d.expected, d.actual], [7, 4]);
    assert.equal(d.message.zh, '表三“商业企业”列：2023 年“二、上年结转政府信息公开申请数量”为 4，但 2022 年报告“四、结转下年度继续办理”为 7');
    // This year's cell: the 商业企业 cell of row 二 in this.txt.
    assert.match(lineOf(now, d.position), /二、上年结转政府信息公开申请数量\t0\t4\t/);
    assert.match(textAt(now, d.position), /^4\t/);
    // Last year's cell: the 商业企业 cell of row 四 in last.txt.
    assert.equal(d.related!.length, 1);
    const r = d.related![0]!;
    assert.equal(r.file, 'last.txt');
    assert.equal(r.path, 'table3.carriedForward.commercial');
    const row4 = reportText(last).split('\n').findIndex((l) => l.startsWith('\t四、结转下年度继续办理'));
    assert.equal(r.position!.line, row4 + 1);
    assert.match(lineOf(last, r.position), /^\t四、结转下年度继续办理\t1\t7\t/);
    assert.match(textAt(last, r.position), /^7\t/);
    // Not this year's cell of the same path, which stands two lines higher.
    assert.equal(reportFrom(now).table3!.carriedForward.commercial.position.line, row4 - 1);
  });
  it('a previous report of another year (two years back, or none) gives nothing', () => {
    const now: ReportSpec = { year: 2023, cells: { ...continued, 'table3.carriedOver.total': 9 } };
    assert.equal(run(now, { year: 2022 }).length, 1);
    assert.deepEqual(run(now, { year: 2021 }), []);
    assert.deepEqual(run(now, { year: 2024 }), []);
    assert.deepEqual(check(reportFrom(now), { reader: 'none' }, [carryoverContinuity]), []);
  });
});
