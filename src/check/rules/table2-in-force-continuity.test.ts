import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, textAt, type ReportSpec } from '../testing.js';
import { table2InForceContinuity } from './table2-in-force-continuity.js';

const run = (now: ReportSpec, last: ReportSpec) =>
  check(reportFrom(now, '2023.txt'), { reader: 'none', previous: { report: reportFrom(last, '2022.txt') } }, [table2InForceContinuity]);
const lineOf = (spec: ReportSpec, p: { line: number } | null | undefined) => reportText(spec).split('\n')[p!.line - 1]!;

// Last year's overview runs two lines longer, so its cells stand on other lines than this year's.
const longer = '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。';

describe('table2-in-force-continuity', () => {
  it('valid: 40 in force last year, 6 issued, 3 repealed, 43 in force now', () => {
    const last: ReportSpec = { year: 2022, cells: { 'table2.normativeDocuments.inForce': 40, 'table2.regulations.inForce': 2 } };
    const now: ReportSpec = {
      year: 2023,
      cells: { 'table2.normativeDocuments.issued': 6, 'table2.normativeDocuments.repealed': 3, 'table2.normativeDocuments.inForce': 43, 'table2.regulations.inForce': 2 },
    };
    assert.deepEqual(run(now, last), []);
  });
  it('valid: not checked unless both years print the 2021 format', () => {
    const now: ReportSpec = { year: 2023, cells: { 'table2.normativeDocuments.inForce': 43 } };
    assert.deepEqual(run(now, { year: 2022, format: '2019' }), []);
    assert.deepEqual(run({ year: 2023, format: '2019' }, { year: 2022 }), []);
  });
  it('valid: a blank 现行有效件数 in either year is not compared', () => {
    assert.deepEqual(run({ year: 2023, cells: { 'table2.regulations.inForce': null } }, { year: 2022, cells: { 'table2.regulations.inForce': 5 } }), []);
  });
  it('invalid: 现行有效件数 does not follow from last year’s and this year’s 制发/废止', () => {
    const last: ReportSpec = { year: 2022, overview: longer, cells: { 'table2.normativeDocuments.inForce': 40 } };
    const now: ReportSpec = {
      year: 2023,
      cells: { 'table2.normativeDocuments.issued': 6, 'table2.normativeDocuments.repealed': 3, 'table2.normativeDocuments.inForce': 52 },
    };
    const ds = run(now, last);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-in-force-continuity');
    assert.equal(d.messageId, 'discontinuous');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, 'table2.normativeDocuments.inForce');
    assert.deepEqual(d.data, {
      row: '行政规范性文件', rowEn: 'normativeDocuments', year: 2023, previousYear: 2022,
      inForce: 52, previousInForce: 40, issued: 6, repealed: 3, expected: 43,
    });
    assert.deepEqual([d.expected, d.actual], [43, 52]);
    assert.equal(d.message.zh, '表二“行政规范性文件”：2022 年报告现行有效件数 40 + 本年制发件数 6 − 本年废止件数 3 = 43，但 2023 年现行有效件数为 52');
    assert.match(lineOf(now, d.position), /^行政规范性文件\t6\t3\t52$/);
    assert.equal(textAt(now, d.position), '52');
    const [prev, issued, repealed] = d.related!;
    assert.equal(prev!.file, '2022.txt');
    assert.equal(prev!.path, 'table2.normativeDocuments.inForce');
    const row = reportText(last).split('\n').findIndex((l) => l.startsWith('行政规范性文件\t'));
    assert.equal(prev!.position!.line, row + 1);
    assert.equal(textAt(last, prev!.position), '40');
    // This year's 制发 and 废止 cells, in this report.
    assert.equal(issued!.file, undefined);
    assert.equal(textAt(now, issued!.position), '6\t3\t52');
    assert.equal(textAt(now, repealed!.position), '3\t52');
  });
  it('invalid: 规章 too, and a blank 制发/废止 counts as none', () => {
    const ds = run({ year: 2023, cells: { 'table2.regulations.issued': null, 'table2.regulations.inForce': 1 } }, { year: 2022, cells: { 'table2.regulations.inForce': 3 } });
    assert.deepEqual(ds.map((d) => [d.path, d.data.expected, d.data.inForce]), [['table2.regulations.inForce', 3, 1]]);
  });
  it('a previous report of another year (two years back) gives nothing', () => {
    const now: ReportSpec = { year: 2023, cells: { 'table2.regulations.inForce': 1 } };
    assert.equal(run(now, { year: 2022, cells: { 'table2.regulations.inForce': 3 } }).length, 1);
    assert.deepEqual(run(now, { year: 2021, cells: { 'table2.regulations.inForce': 3 } }), []);
  });
});
