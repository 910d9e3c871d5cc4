import assert from 'node:assert/strict';
import { RuleTester } from '../rule-tester.js';
import { reportText, type ReportSpec } from '../testing.js';
import { labelOfficial } from './label-official.js';

/** 1-based line and column of the first occurrence of `needle` in the text. */
function where(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return { line: i + 1, column: lines[i]!.indexOf(needle) + 1 };
}

const petition: ReportSpec = { labels: { 'table3.notProcessed.petition': '1.信访举报类申请' } };
const bracket = '（二）部分公开（区分处理的），只计这一情形，不计其他情形';
const twoLabels: ReportSpec = { labels: { 'table3.withheld.internalAffairs': '5.属于第三类内部事务信息', 'table3.partiallyGranted': bracket } };
const group = reportText({}).replace('（三）不予公开\t', '（三）不予以公开\t');
const normative: ReportSpec = { labels: { 'table2.normativeDocuments': '规范性文件' } };
const article: ReportSpec = { labels: { '第二十条第（六）项': '第二十六条第（六）项' } };
const item: ReportSpec = { labels: { '第二十条第（八）项': '第二十条第（九）项' } };

RuleTester.run(labelOfficial, {
  valid: [
    { name: 'the official labels, 2021 format', spec: {} },
    { name: 'the official labels, 2019 format', spec: { format: '2019' } },
    {
      name: 'spaces, half-width brackets and commas, 1、 for 1.',
      spec: {
        labels: {
          'table3.withheld.stateSecret': '1、属于国家秘密',
          'table3.withheld.prohibitedByLaw': '2. 其他法律行政 法规禁止公开',
          'table3.partiallyGranted': '(二) 部分公开(区分处理的,只计这一情形,不计其他情形)',
          'table3.withheld.securityStability': '3.危及"三安全一稳定"',
        },
      },
    },
    { name: 'a fragment of a wrapped label is not judged', spec: { labels: { 'table3.withheld.securityStability': '3.危及“三安全一' } } },
  ],
  invalid: [
    {
      name: '信访举报类申请 for 信访举报投诉类申请 (seed 004)',
      spec: petition,
      errors: [{
        messageId: 'differs', severity: 'warning', path: 'table3.notProcessed.petition',
        allData: { printed: '1.信访举报类申请', official: '1.信访举报投诉类申请' },
        ...where(reportText(petition), '1.信访举报类申请'),
      }],
    },
    {
      name: '属于第三类内部事务信息, and a moved bracket in （二）',
      spec: twoLabels,
      errors: [
        { messageId: 'differs', path: 'table3.partiallyGranted', allData: { printed: bracket, official: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' } },
        {
          messageId: 'differs', path: 'table3.withheld.internalAffairs', allData: { printed: '5.属于第三类内部事务信息', official: '5.属于三类内部事务信息' },
          ...where(reportText(twoLabels), '5.属于第三类'),
        },
      ],
    },
    {
      name: 'the group label （三）不予以公开',
      text: group,
      errors: [{ messageId: 'group-differs', path: 'table3.withheld', allData: { printed: '（三）不予以公开', official: '（三）不予公开' }, ...where(group, '（三）不予以公开') }],
    },
    {
      name: '规范性文件 in a 2021 表二',
      spec: normative,
      errors: [{ messageId: 'differs', path: 'table2.normativeDocuments', data: { printed: '规范性文件', official: '行政规范性文件' }, line: where(reportText(normative), '规范性文件\t').line }],
    },
    {
      name: '第二十六条第（六）项 for 第二十条第（六）项 (seed 004)',
      spec: article,
      errors: [{ messageId: 'block-article', path: null, allData: { printed: '第二十六条第（六）项', official: '第二十条第（六）项' }, ...where(reportText(article), '第二十六条') }],
    },
    {
      name: 'a block the format does not have (第二十条第（九）项 in a 2021 表二)',
      spec: item,
      errors: [{ messageId: 'block-item', allData: { printed: '第二十条第（九）项', format: '2021', items: '（一）（五）（六）（八）' }, line: where(reportText(item), '第二十条第（九）项').line }],
    },
  ],
});
