import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, textAt, type ReportSpec } from '../testing.js';
import { table2TotalDecreasing } from './table2-total-decreasing.js';

const run = (now: ReportSpec, last: ReportSpec) =>
  check(reportFrom(now, '2020.txt'), { reader: 'none', previous: { report: reportFrom(last, '2019.txt') } }, [table2TotalDecreasing]);
const lineOf = (spec: ReportSpec, p: { line: number } | null | undefined) => reportText(spec).split('\n')[p!.line - 1]!;

describe('table2-total-decreasing', () => {
  it('valid: 对外公开总数量 grows or stays (2019 format, both years)', () => {
    const last: ReportSpec = { format: '2019', year: 2019, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 30 } };
    const now: ReportSpec = { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 35 } };
    assert.deepEqual(run(now, last), []);
  });
  it('valid: not checked unless both years print the 2019 format', () => {
    assert.deepEqual(run({ year: 2020 }, { format: '2019', year: 2019, cells: { 'table2.regulations.totalPublished': 12 } }), []);
  });
  it('invalid: 规范性文件 对外公开总数量 fell from 30 to 25', () => {
    const last: ReportSpec = {
      format: '2019', year: 2019, overview: '2019年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。',
      cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.totalPublished': 30 },
    };
    const now: ReportSpec = { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 12, 'table2.normativeDocuments.newlyPublished': 2, 'table2.normativeDocuments.totalPublished': 25 } };
    const ds = run(now, last);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-total-decreasing');
    assert.equal(d.messageId, 'decreased');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, 'table2.normativeDocuments.totalPublished');
    assert.deepEqual(d.data, { row: '规范性文件', rowEn: 'normativeDocuments', year: 2020, previousYear: 2019, total: 25, previousTotal: 30 });
    assert.equal(d.actual, 25);
    assert.equal(d.message.en, 'table 2, normativeDocuments: total published in 2020 is 25, less than 30 in the 2019 report');
    assert.match(lineOf(now, d.position), /^规范性文件\t0\t2\t25$/);
    assert.equal(textAt(now, d.position), '25');
    const r = d.related![0]!;
    assert.equal(r.file, '2019.txt');
    assert.equal(r.path, 'table2.normativeDocuments.totalPublished');
    const row = reportText(last).split('\n').findIndex((l) => l.startsWith('规范性文件\t'));
    assert.equal(r.position!.line, row + 1);
    assert.equal(textAt(last, r.position), '30');
  });
  it('a previous report of another year (two years back) gives nothing', () => {
    const now: ReportSpec = { format: '2019', year: 2020, cells: { 'table2.regulations.totalPublished': 1 } };
    const last = (year: number): ReportSpec => ({ format: '2019', year, cells: { 'table2.regulations.totalPublished': 9 } });
    assert.equal(run(now, last(2019)).length, 1);
    assert.deepEqual(run(now, last(2018)), []);
  });
});
