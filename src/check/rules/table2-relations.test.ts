import { RuleTester } from '../rule-tester.js';
import { table2Relations } from './table2-relations.js';

RuleTester.run(table2Relations, {
  valid: [
    { name: 'a consistent report, 2021 format', spec: {} },
    { name: 'a consistent report, 2019 format', spec: { format: '2019' } },
    { name: 'the bound itself: newly published = total (2019)', spec: { format: '2019', cells: { 'table2.regulations.newlyPublished': 4, 'table2.regulations.totalPublished': 4 } } },
    { name: 'the bound itself: in force = issued − repealed', spec: { cells: { 'table2.regulations.issued': 5, 'table2.regulations.repealed': 1, 'table2.regulations.inForce': 4 } } },
    { name: 'a blank (/) in force', spec: { cells: { 'table2.normativeDocuments.issued': 5, 'table2.normativeDocuments.inForce': '/' } } },
    // More repealed than issued: fewer in force is fine.
    { name: 'more repealed than issued', spec: { cells: { 'table2.normativeDocuments.issued': 1, 'table2.normativeDocuments.repealed': 6, 'table2.normativeDocuments.inForce': 0 } } },
  ],
  invalid: [
    {
      name: '(2019) 本年新公开数量 larger than 对外公开总数量',
      spec: { format: '2019', cells: { 'table2.normativeDocuments.newlyPublished': 5, 'table2.normativeDocuments.totalPublished': 3 } },
      errors: [{
        messageId: 'published-exceeds-total', severity: 'warning', path: 'table2.normativeDocuments.totalPublished',
        allData: {
          row: '规范性文件', rowEn: 'normativeDocuments', published: '本年新公开数量', publishedEn: 'newlyPublished',
          total: '对外公开总数量', totalEn: 'totalPublished', newlyPublished: 5, totalPublished: 3,
        },
        expected: '>= 5', actual: 3,
        zh: '表二“规范性文件”：“本年新公开数量”为 5，大于“对外公开总数量” 3',
        lineMatches: /^规范性文件\t/, rest: '3',
        related: [{ path: 'table2.normativeDocuments.newlyPublished', printed: '5' }],
      }],
    },
    {
      name: '(2021) 现行有效件数 below 本年制发件数 − 本年废止件数',
      spec: { cells: { 'table2.regulations.issued': 5, 'table2.regulations.repealed': 1, 'table2.regulations.inForce': 2 } },
      errors: [{
        messageId: 'in-force-below-net', path: 'table2.regulations.inForce',
        allData: { row: '规章', rowEn: 'regulations', inForceLabel: '现行有效件数', inForceLabelEn: 'inForce', inForce: 2, issued: 5, repealed: 1, net: 4 },
        expected: '>= 4', actual: 2,
        en: 'table 2, regulations: 2 in force (inForce), fewer than issued 5 − repealed 1 = 4',
        lineMatches: /^规章\t/, rest: '2',
        related: ['table2.regulations.issued', 'table2.regulations.repealed'],
      }],
    },
  ],
});
