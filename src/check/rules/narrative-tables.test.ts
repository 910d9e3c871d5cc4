import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { narrativeTables } from './narrative-tables.js';

// The report reportFrom writes: 3 new applications, none carried over, 2 handled (both granted), 1 carried forward.
const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [narrativeTables]);

/** 1-based line and column of `needle` in the text the spec writes. */
function where(spec: ReportSpec, needle: string): [number, number] {
  const lines = reportText(spec).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return [i + 1, lines[i]!.indexOf(needle) + 1];
}
const at = (d: { position: { line: number; column: number } | null }) => [d.position!.line, d.position!.column];

describe('narrative-tables', () => {
  it('valid: the text agrees with the tables', () => {
    const overview = '2023年，本机关共收到政府信息公开申请3件，上年无结转，已办结2件，结转下年度继续办理1件。办结的申请中，予以公开2件。'
      + '未发生因政府信息公开被申请行政复议和提起行政诉讼的情况。';
    assert.deepEqual(run({ overview }), []);
  });

  it('valid: full-width digits, a line wrapped inside a word, received counted with the carry-over', () => {
    const cells = { 'table3.carriedOver.naturalPerson': 1, 'table3.carriedOver.total': 1, 'table3.total.naturalPerson': 3, 'table3.total.total': 3, 'table3.granted.naturalPerson': 3, 'table3.granted.total': 3 };
    const overview = '全年共受理政府信息公开申请４件，其中本年新收３件、上年结\n转１件；共办结３件，结转下年度继续办理1件。';
    assert.deepEqual(run({ cells, overview }), []);
    const wrong = run({ cells, overview: overview.replace('转１件', '转２件') });
    assert.deepEqual(wrong.map((d) => [d.messageId, d.data]), [['carriedOver', { stated: 2, table: 1 }]]);
    assert.deepEqual(at(wrong[0]!), [where({ overview }, '转１件')[0], 2]);
  });

  it('valid: counts of other things are not applications', () => {
    const overview = '全年收到人大代表建议30件。12345热线办结群众诉求352107件，办结率100%。收到行政复议申请5件。';
    assert.deepEqual(run({ overview }), []);
  });

  it('valid: a breakdown that sums, with shares that match (seed 000)', () => {
    const overview = '2020年度主动公开政府信息207条，其中机构职能文件规划计划类信息18条，占8.7%；实项目类信息17条，占8.21%；民政扶贫救灾社会保障就业项目类信息51条，占24.64%，'
      + '国土资源城乡建设环保能源类信息71条，占34.3%；科教文体卫生安全管理类信息26条，占12.56%，其他类信息24条，占11.59%。';
    assert.deepEqual(run({ overview }), []);
  });

  it('invalid: received, handled and carried forward against 表三 (seed 003)', () => {
    const overview = '全市各级各部门受理信息公开申请 264 件，依法办结 259 件，结转至下年度继续办理数 5 件，无超期情况。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => d.messageId), ['received', 'handled', 'carriedForward']);
    const [r, h, f] = ds as [typeof ds[0], typeof ds[0], typeof ds[0]];
    assert.equal(r.ruleId, 'narrative-tables');
    assert.equal(r.severity, 'warning');
    assert.equal(r.path, undefined);
    assert.deepEqual(r.data, { stated: 264, newReceived: 3, withCarried: 3 });
    assert.deepEqual(at(r), where({ overview }, '264'));
    assert.deepEqual(r.related!.map((x) => x.path), ['table3.newReceived.total', 'table3.carriedOver.total']);
    assert.deepEqual(h.data, { stated: 259, table: 2 });
    assert.deepEqual(at(h), where({ overview }, '259'));
    assert.deepEqual(h.related!.map((x) => x.path), ['table3.total.total']);
    // The related cell has its position in the table.
    assert.equal(h.related![0]!.position!.line, where({ overview }, '（七）总计')[0]);
    assert.deepEqual(f.data, { stated: 5, table: 1 });
    assert.deepEqual([f.expected, f.actual], [1, 5]);
    assert.deepEqual(at(f), where({ overview }, '5 件，无超期'));
  });

  it('invalid: "已按时办结" while （七）总计 says otherwise (seed 000)', () => {
    const overview = '2023 年度收到申请人林某某通过网络申请方式提交的政府信息公开申请 3 件，已按时办结。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['handledAll', { stated: 3, table: 2 }]]);
    assert.deepEqual(at(ds[0]!), where({ overview }, '已按时办结'));
  });

  it('invalid: outcome counts against the outcome rows', () => {
    const overview = '全年收到政府信息公开申请3件，办结2件。其中予以公开1件，不予处理1件。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => [d.messageId, d.data.outcome, d.data.stated, d.data.table]), [['outcome', '予以公开', 1, 2], ['outcome', '不予处理', 1, 0]]);
    assert.equal(ds[1]!.data.row, '（五）不予处理');
    assert.equal(ds[1]!.related!.length, 5);
    assert.deepEqual(at(ds[1]!), where({ overview }, '1件。'));
  });

  it('invalid: reviews and lawsuits against 表四', () => {
    const overview = '2023年，因政府信息公开被申请行政复议2件，被提起行政诉讼1件。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['review', { stated: 2, table: 0 }], ['litigation', { stated: 1, table: 0 }]]);
    assert.deepEqual(ds[1]!.related!.map((x) => x.path), ['table4.litigationDirect.total', 'table4.litigationAfterReview.total']);
    const cells = { 'table4.review.upheld': 2, 'table4.review.total': 2, 'table4.litigationAfterReview.pending': 1, 'table4.litigationAfterReview.total': 1 };
    assert.deepEqual(run({ overview, cells }), []);
  });

  it('invalid: a breakdown that does not sum, a share that does not match its count', () => {
    const overview = '全年主动公开政府信息207条，其中机构职能类信息18条，占9.7%；其他类信息180条，占86.96%。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [
      ['breakdown', { total: 207, sum: 198 }],
      ['percent', { part: '机构职能类信息', count: 18, total: 207, percent: '9.7', computed: '8.7' }],
    ]);
    assert.deepEqual(at(ds[0]!), where({ overview }, '207'));
    assert.deepEqual(at(ds[1]!), where({ overview }, '9.7%'));
  });

  it('no text, nothing to check', () => {
    const report = JSON.parse(JSON.stringify(reportFrom({ overview: '受理信息公开申请 264 件。' })));
    assert.deepEqual(check(report, { reader: 'none' }, [narrativeTables]), []);
  });
});
