import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { formatOutdated, requiredFormat } from './format-outdated.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [formatOutdated]);
const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [formatOutdated]);
const lineOf = (text: string, p: { line: number; column: number } | null) => text.split('\n')[p!.line - 1]!.slice(p!.column - 1);

/** A 2021 表二 with the 2019 表三's single （六）其他处理 row (the 淮安市洪泽区 reports). */
function mixedText(): string {
  return reportText().replace(/（六）其他处理\t1\.[^\n]*\n\t2\.[^\n]*\n\t3\.其他[^\n]*\n/, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n');
}

describe('format-outdated', () => {
  it('the format each year must use', () => {
    assert.deepEqual([2018, 2019, 2020, 2021, 2024].map(requiredFormat), [null, '2019', '2019', '2021', '2021']);
  });
  it('valid: each format for its own years', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2021', year: 2021 }), []);
    assert.deepEqual(run({ format: '2019', year: 2019 }), []);
    assert.deepEqual(run({ format: '2019', year: 2020 }), []);
  });
  it('valid: a 2021 表二 with a single （六）其他处理 row is format-mixed, not outdated', () => {
    const text = mixedText();
    assert.equal(parse(text, { name: 'test.txt' }).tableFormats.table3, '2019');
    assert.deepEqual(runText(text), []);
  });
  it('invalid: a 2023 report in the 2019 format (seed 002)', () => {
    const spec: ReportSpec = { format: '2019', year: 2023 };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'format-outdated');
    assert.equal(d.messageId, 'outdated');
    assert.equal(d.severity, 'error');
    assert.equal(d.category, 'format');
    assert.equal(d.path, 'table2');
    assert.deepEqual(d.data, {
      year: 2023, table: '表二', tableEn: 'table 2', format: '2019', required: '2021',
      formatNotice: '国办公开办函〔2019〕60号', requiredNotice: '国办公开办函〔2021〕30号',
    });
    assert.deepEqual([d.expected, d.actual], ['2021', '2019']);
    assert.equal(d.message.zh, '2023 年度报告的表二按 2019 年格式（国办公开办函〔2019〕60号）印制，但 2021 年度起应使用 2021 年格式（国办公开办函〔2021〕30号）');
    // The position is the first 表二 block heading; 表三's one （六） row is related.
    assert.equal(d.position!.column, 1);
    assert.equal(lineOf(reportText(spec), d.position), '第二十条第（一）项\t\t\t');
    assert.deepEqual(d.related!.map((r) => r.path), ['table3.otherHandling']);
    assert.match(lineOf(reportText(spec), d.related![0]!.position), /^（六）其他处理/);
  });
  it('invalid: 表二 not printed, 表三 in the 2019 format', () => {
    const text = reportText({ format: '2019', year: 2022 }).replace(/第二十条第（一）项[\s\S]*?\n\n/, '');
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.path, d.data.table, d.data.format]), [['table3', '表三', '2019']]);
    // The first printed cell of 表三.
    assert.match(text.split('\n')[ds[0]!.position!.line - 1]!, /一、本年新收/);
    assert.equal(lineOf(text, ds[0]!.position)[0], '3');
  });
});
