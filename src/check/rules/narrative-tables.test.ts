import assert from 'node:assert/strict';
import { it } from 'node:test';
import { check } from '../engine.js';
import { RuleTester } from '../rule-tester.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { narrativeTables } from './narrative-tables.js';

// The report reportText writes: 3 new applications, none carried over, 2 handled (both granted), 1 carried forward.

/** 1-based line and column of `needle` in the text the spec writes. */
function where(spec: ReportSpec, needle: string): { line: number; column: number } {
  const lines = reportText(spec).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return { line: i + 1, column: lines[i]!.indexOf(needle) + 1 };
}

const wrapCells = { 'table3.carriedOver.naturalPerson': 1, 'table3.carriedOver.total': 1, 'table3.total.naturalPerson': 3, 'table3.total.total': 3, 'table3.granted.naturalPerson': 3, 'table3.granted.total': 3 };
const wrapped = '全年共受理政府信息公开申请４件，其中本年新收３件、上年结\n转１件；共办结３件，结转下年度继续办理1件。';
const seed003 = '全市各级各部门受理信息公开申请 264 件，依法办结 259 件，结转至下年度继续办理数 5 件，无超期情况。';
const onTime = '2023 年度收到申请人林某某通过网络申请方式提交的政府信息公开申请 3 件，已按时办结。';
const outcomes = '全年收到政府信息公开申请3件，办结2件。其中予以公开1件，不予处理1件。';
const suits = '2023年，因政府信息公开被申请行政复议2件，被提起行政诉讼1件。';
const newOnes = '2023年，本机关新收政府信息公开申请5件。';
const shares = '全年主动公开政府信息207条，其中机构职能类信息18条，占9.7%；其他类信息180条，占86.96%。';

RuleTester.run(narrativeTables, {
  valid: [
    {
      name: 'the text agrees with the tables',
      spec: {
        overview: '2023年，本机关共收到政府信息公开申请3件，上年无结转，已办结2件，结转下年度继续办理1件。办结的申请中，予以公开2件。'
          + '未发生因政府信息公开被申请行政复议和提起行政诉讼的情况。',
      },
    },
    { name: 'full-width digits, a line wrapped inside a word, received counted with the carry-over', spec: { cells: wrapCells, overview: wrapped } },
    { name: 'counts of other things are not applications', spec: { overview: '全年收到人大代表建议30件。12345热线办结群众诉求352107件，办结率100%。收到行政复议申请5件。' } },
    {
      name: 'a breakdown that sums, with shares that match (seed 000)',
      spec: {
        overview: '2020年度主动公开政府信息207条，其中机构职能文件规划计划类信息18条，占8.7%；实项目类信息17条，占8.21%；民政扶贫救灾社会保障就业项目类信息51条，占24.64%，'
          + '国土资源城乡建设环保能源类信息71条，占34.3%；科教文体卫生安全管理类信息26条，占12.56%，其他类信息24条，占11.59%。',
      },
    },
    {
      name: 'reviews and lawsuits the 表四 holds',
      spec: { overview: suits, cells: { 'table4.review.upheld': 2, 'table4.review.total': 2, 'table4.litigationAfterReview.pending': 1, 'table4.litigationAfterReview.total': 1 } },
    },
  ],
  invalid: [
    {
      name: 'a wrapped line stating the carry-over wrong',
      spec: { cells: wrapCells, overview: wrapped.replace('转１件', '转２件') },
      errors: [{ messageId: 'carriedOver', allData: { stated: 2, table: 1 }, line: where({ overview: wrapped }, '转１件').line, column: 2 }],
    },
    {
      name: 'received, handled and carried forward against 表三 (seed 003)',
      spec: { overview: seed003 },
      errors: [
        {
          messageId: 'received', severity: 'warning', path: null, allData: { stated: 264, newReceived: 3, withCarried: 3 },
          ...where({ overview: seed003 }, '264'), related: ['table3.newReceived.total', 'table3.carriedOver.total'],
        },
        {
          messageId: 'handled', allData: { stated: 259, table: 2 }, ...where({ overview: seed003 }, '259'),
          // The related cell has its position in the table.
          related: [{ path: 'table3.total.total', line: where({ overview: seed003 }, '（七）总计').line }],
        },
        { messageId: 'carriedForward', allData: { stated: 5, table: 1 }, expected: 1, actual: 5, ...where({ overview: seed003 }, '5 件，无超期') },
      ],
    },
    {
      name: '"已按时办结" while （七）总计 says otherwise (seed 000)',
      spec: { overview: onTime },
      errors: [{ messageId: 'handledAll', allData: { stated: 3, table: 2 }, ...where({ overview: onTime }, '已按时办结') }],
    },
    {
      name: 'outcome counts against the outcome rows',
      spec: { overview: outcomes },
      errors: [
        { messageId: 'outcome', data: { outcome: '予以公开', stated: 1, table: 2 } },
        {
          messageId: 'outcome', data: { outcome: '不予处理', stated: 1, table: 0, row: '（五）不予处理' }, ...where({ overview: outcomes }, '1件。'),
          assert: (d) => assert.equal(d.related!.length, 5),
        },
      ],
    },
    {
      name: 'reviews and lawsuits against 表四',
      spec: { overview: suits },
      errors: [
        { messageId: 'review', allData: { stated: 2, table: 0 } },
        { messageId: 'litigation', allData: { stated: 1, table: 0 }, related: ['table4.litigationDirect.total', 'table4.litigationAfterReview.total'] },
      ],
    },
    {
      name: '本年新收 stated otherwise than 表三',
      spec: { overview: newOnes },
      errors: [{
        messageId: 'newReceived', allData: { stated: 5, table: 3 }, expected: 3, actual: 5, ...where({ overview: newOnes }, '5件'),
        related: [{ path: 'table3.newReceived.total', onLine: '一、本年新收政府信息公开申请数量' }],
      }],
    },
    {
      name: 'a breakdown that does not sum, a share that does not match its count',
      spec: { overview: shares },
      errors: [
        { messageId: 'breakdown', allData: { total: 207, sum: 198 }, ...where({ overview: shares }, '207') },
        { messageId: 'percent', allData: { part: '机构职能类信息', count: 18, total: 207, percent: '9.7', computed: '8.7' }, ...where({ overview: shares }, '9.7%') },
      ],
    },
  ],
});

it('narrative-tables: no text, nothing to check', () => {
  const report = JSON.parse(JSON.stringify(reportFrom({ overview: '受理信息公开申请 264 件。' })));
  assert.deepEqual(check(report, { reader: 'none' }, [narrativeTables]), []);
});
