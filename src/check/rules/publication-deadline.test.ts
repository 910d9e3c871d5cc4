import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parse } from '../../parse.js';
import { RuleTester } from '../rule-tester.js';
import { reportText, type ReportSpec } from '../testing.js';
import { organKind, publicationDeadline } from './publication-deadline.js';

const lineOf = (spec: ReportSpec, needle: string) => reportText(spec).split('\n').findIndex((l) => l === needle) + 1;

it('publication-deadline: the kind of organ, by its name', () => {
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

/** A government's report compiled by its office, the title not naming the organ, signed in March. */
const byOffice = reportText({ organ: '某某县人民政府办公室', signed: '2024年3月20日' })
  .replace('某某县人民政府办公室2023年政府信息公开工作年度报告', '2023年政府信息公开工作年度报告\n\n本报告由某某县人民政府办公室根据《条例》编制。');

it('publication-deadline: the office-compiled fixture names the office as its organ', () => {
  assert.equal(parse(byOffice, { name: 'test.txt' }).organ, '某某县人民政府办公室');
});

const town = { organ: '某某县某某镇人民政府', signed: '2024年2月5日' };
const early = { signed: '2023年12月20日' };

RuleTester.run(publicationDeadline, {
  valid: [
    { name: 'on time', spec: {} },
    { name: 'a government on the last day', spec: { signed: '2024年3月31日' } },
    { name: 'a town on the last day', spec: { organ: '某某县某某镇人民政府', signed: '2024年1月31日' } },
    { name: 'a department, the date in Chinese numerals', spec: { organ: '某某县市场监督管理局', signed: '二〇二四年一月二十六日' } },
    { name: 'a government report compiled by its office, the title not naming the organ, in March', text: byOffice },
    { name: 'no date printed, nothing to check', spec: { signed: null } },
  ],
  invalid: [
    {
      // The office's own report, named in its title: a department, by 31 January.
      name: 'the office’s own report in March',
      spec: { organ: '某某县人民政府办公室', signed: '2024年3月20日' },
      errors: [{ messageId: 'late', data: { deadline: '2024-01-31' } }],
    },
    {
      name: 'a town signing after 31 January',
      spec: town,
      errors: [{
        messageId: 'late', severity: 'warning',
        allData: {
          signed: '2024-02-05', deadline: '2024-01-31', days: 5,
          kind: '政府部门和乡镇人民政府、街道办事处', kindEn: 'a government department, town or street office',
          limit: '1月31日', limitEn: 'January 31',
        },
        expected: '2024-01-31', actual: '2024-02-05',
        line: lineOf(town, '2024年2月5日'), column: 1,
      }],
    },
    { name: 'a department in March', spec: { organ: '某某县市场监督管理局', signed: '2024年3月1日' }, errors: [{ messageId: 'late', data: { deadline: '2024-01-31', days: 30 } }] },
    { name: 'a county government in April', spec: { signed: '2024年4月2日' }, errors: [{ messageId: 'late', data: { deadline: '2024-03-31', days: 2, limit: '3月31日' } }] },
    {
      name: 'signed before the report year ended',
      spec: early,
      errors: [{ messageId: 'early', allData: { signed: '2023-12-20', year: 2023 }, line: lineOf(early, '2023年12月20日') }],
    },
  ],
});
