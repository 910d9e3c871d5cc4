import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec, textAt } from '../testing.js';
import { table2Relations } from './table2-relations.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [table2Relations]);
const at = textAt;

describe('table2-relations', () => {
  it('valid: a consistent report, both formats', () => {
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ format: '2019' }), []);
  });
  it('valid: the bounds themselves, and blanks', () => {
    assert.deepEqual(run({ format: '2019', cells: { 'table2.regulations.newlyPublished': 4, 'table2.regulations.totalPublished': 4 } }), []);
    assert.deepEqual(run({ cells: { 'table2.regulations.issued': 5, 'table2.regulations.repealed': 1, 'table2.regulations.inForce': 4 } }), []);
    assert.deepEqual(run({ cells: { 'table2.normativeDocuments.issued': 5, 'table2.normativeDocuments.inForce': '/' } }), []);
    // More repealed than issued: fewer in force is fine.
    assert.deepEqual(run({ cells: { 'table2.normativeDocuments.issued': 1, 'table2.normativeDocuments.repealed': 6, 'table2.normativeDocuments.inForce': 0 } }), []);
  });
  it('invalid (2019): 本年新公开数量 larger than 对外公开总数量', () => {
    const spec: ReportSpec = { format: '2019', cells: { 'table2.normativeDocuments.newlyPublished': 5, 'table2.normativeDocuments.totalPublished': 3 } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'table2-relations');
    assert.equal(d.messageId, 'published-exceeds-total');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, 'table2.normativeDocuments.totalPublished');
    assert.deepEqual(d.data, {
      row: '规范性文件', rowEn: 'normativeDocuments', published: '本年新公开数量', publishedEn: 'newlyPublished',
      total: '对外公开总数量', totalEn: 'totalPublished', newlyPublished: 5, totalPublished: 3,
    });
    assert.deepEqual([d.expected, d.actual], ['>= 5', 3]);
    assert.equal(d.message.zh, '表二“规范性文件”：“本年新公开数量”为 5，大于“对外公开总数量” 3');
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /^规范性文件\t/);
    assert.equal(at(spec, d.position), '3');
    assert.deepEqual(d.related!.map((r) => r.path), ['table2.normativeDocuments.newlyPublished']);
    assert.equal(at(spec, d.related![0]!.position)[0], '5');
  });
  it('invalid (2021): 现行有效件数 below 本年制发件数 − 本年废止件数', () => {
    const spec: ReportSpec = { cells: { 'table2.regulations.issued': 5, 'table2.regulations.repealed': 1, 'table2.regulations.inForce': 2 } };
    const ds = run(spec);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.messageId, 'in-force-below-net');
    assert.equal(d.path, 'table2.regulations.inForce');
    assert.deepEqual(d.data, {
      row: '规章', rowEn: 'regulations', inForceLabel: '现行有效件数', inForceLabelEn: 'inForce', inForce: 2, issued: 5, repealed: 1, net: 4,
    });
    assert.deepEqual([d.expected, d.actual], ['>= 4', 2]);
    assert.equal(d.message.en, 'table 2, regulations: 2 in force (inForce), fewer than issued 5 − repealed 1 = 4');
    assert.match(reportText(spec).split('\n')[d.position!.line - 1]!, /^规章\t/);
    assert.equal(at(spec, d.position), '2');
    assert.deepEqual(d.related!.map((r) => r.path), ['table2.regulations.issued', 'table2.regulations.repealed']);
  });
});
