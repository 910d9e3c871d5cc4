import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { organKind, publicationDeadline } from './publication-deadline.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [publicationDeadline]);
const lineOf = (spec: ReportSpec, needle: string) => reportText(spec).split('\n').findIndex((l) => l === needle) + 1;

describe('publication-deadline', () => {
  it('the kind of organ, by its name', () => {
    assert.equal(organKind('晋江市人民政府'), 'government');
    assert.equal(organKind('成都市武侯区人民政府'), 'government');
    assert.equal(organKind('新疆维吾尔自治区人民政府'), 'government');
    assert.equal(organKind('晋江市内坑镇人民政府'), 'department');
    assert.equal(organKind('平武县木座藏族乡人民政府'), 'department');
    assert.equal(organKind('杭州市上城区小营街道办事处'), 'department');
    assert.equal(organKind('长兴县市场监督管理局'), 'department');
    assert.equal(organKind('淮安市人民政府办公室'), 'department');
    assert.equal(organKind('乐清市仙溪镇'), 'department');
  });

  it('valid: on time, or on the last day', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ signed: '2024年3月31日' }), []);
    assert.deepEqual(run({ organ: '某某县某某镇人民政府', signed: '2024年1月31日' }), []);
    assert.deepEqual(run({ organ: '某某县市场监督管理局', signed: '二〇二四年一月二十六日' }), []);
  });

  it('valid: a government report compiled by its office, the title not naming the organ, in March', () => {
    const text = reportText({ organ: '某某县人民政府办公室', signed: '2024年3月20日' })
      .replace('某某县人民政府办公室2023年政府信息公开工作年度报告', '2023年政府信息公开工作年度报告\n\n本报告由某某县人民政府办公室根据《条例》编制。');
    const report = parse(text, { name: 'test.txt' });
    assert.equal(report.organ, '某某县人民政府办公室');
    assert.deepEqual(check(report, { reader: 'none' }, [publicationDeadline]), []);
    // The office's own report, named in its title: a department, by 31 January.
    const own = run({ organ: '某某县人民政府办公室', signed: '2024年3月20日' });
    assert.deepEqual(own.map((d) => [d.messageId, d.data.deadline]), [['late', '2024-01-31']]);
  });

  it('valid: no date printed, nothing to check', () => {
    assert.deepEqual(run({ signed: null }), []);
  });

  it('invalid: a town signing after 31 January', () => {
    const spec = { organ: '某某县某某镇人民政府', signed: '2024年2月5日' };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'publication-deadline');
    assert.equal(d.severity, 'warning');
    assert.equal(d.messageId, 'late');
    assert.deepEqual(d.data, {
      signed: '2024-02-05', deadline: '2024-01-31', days: 5,
      kind: '政府部门和乡镇人民政府、街道办事处', kindEn: 'a government department, town or street office',
      limit: '1月31日', limitEn: 'January 31',
    });
    assert.deepEqual([d.expected, d.actual], ['2024-01-31', '2024-02-05']);
    assert.deepEqual([d.position!.line, d.position!.column], [lineOf(spec, '2024年2月5日'), 1]);
  });

  it('invalid: a department in March; a county government in April', () => {
    assert.deepEqual(run({ organ: '某某县市场监督管理局', signed: '2024年3月1日' }).map((d) => [d.messageId, d.data.deadline, d.data.days]), [['late', '2024-01-31', 30]]);
    assert.deepEqual(run({ signed: '2024年4月2日' }).map((d) => [d.messageId, d.data.deadline, d.data.days, d.data.limit]), [['late', '2024-03-31', 2, '3月31日']]);
  });

  it('invalid: signed before the report year ended', () => {
    const spec = { signed: '2023年12月20日' };
    const ds = run(spec);
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['early', { signed: '2023-12-20', year: 2023 }]]);
    assert.equal(ds[0]!.position!.line, lineOf(spec, '2023年12月20日'));
  });
});
