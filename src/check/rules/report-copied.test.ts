import assert from 'node:assert/strict';
import { it } from 'node:test';
import { cellValues } from '../../model/values.js';
import { RuleTester, previousFile } from '../rule-tester.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { copiedTextShare, reportCopied } from './report-copied.js';

/** Section 一 of a report of `year`: the same words every year but for the year. */
const overview = (year: number) =>
  `${year}年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。\n` +
  `全面推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。\n\n` +
  `${year - 1}年以来，本机关持续完善政府信息公开工作机制。`;

const now: ReportSpec = { year: 2023, overview: overview(2023) };
const cells = Object.keys(cellValues(reportFrom(now))).length;
const zeros = Object.fromEntries(['newReceived', 'granted', 'total', 'carriedForward'].flatMap((r) => [`table3.${r}.naturalPerson`, `table3.${r}.total`]).map((p) => [p, 0]));
/** Section 一's heading in this year's file (1-based). */
const heading = reportText(now).split('\n').indexOf('一、总体情况') + 1;

it(`report-copied: the share of section 一 that must be last year’s: ${copiedTextShare * 100}%`, () => {
  assert.equal(copiedTextShare, 0.8);
  assert.ok(cells > 100);
});

RuleTester.run(reportCopied, {
  valid: [
    { name: 'the same tables but new text', spec: { year: 2023, overview: '2023年，本机关新建了政务公开专区，全年公开文件一百余件。' }, previous: { year: 2022, overview: overview(2022) } },
    { name: 'the same text but one cell changed', spec: { year: 2023, overview: overview(2023), cells: { 'table2.licensing.decisions': 1 } }, previous: { year: 2022, overview: overview(2022) } },
    {
      name: 'tables of zeros both years are an organ with nothing to report, not a copy',
      spec: { year: 2023, overview: overview(2023), cells: zeros }, previous: { year: 2022, overview: overview(2022), cells: zeros },
    },
    { name: 'a previous report of another year (two years back) gives nothing', spec: now, previous: { year: 2021, overview: overview(2021) } },
  ],
  invalid: [
    {
      name: 'every cell and every sentence of section 一 the same, years moved on',
      spec: now,
      previous: { year: 2022, overview: overview(2022) },
      errors: [{
        messageId: 'copied', severity: 'warning', path: null,
        // Non-zero: 一、本年新收 3, （一）予以公开 2, （七）总计 2, 四、结转 1, each in 自然人 and 总计.
        allData: { previousYear: 2022, cells, nonZero: 8, sentences: 3, same: 3, percent: 100 },
        zh: `本报告与 2022 年报告雷同：统计表 ${cells} 个单元格全部相同（其中 8 个不为 0），“一、总体情况”3 句中有 3 句与上年相同（占文字的 100%）`,
      }],
    },
    {
      // Both places: section 一's heading in this year's file and in last year's, whose text
      // here starts with an empty line, so that the two headings stand on different lines.
      name: 'the same, last year’s file one line longer: each heading in its own file',
      spec: now,
      previousText: '\n' + reportText({ year: 2022, overview: overview(2022) }),
      errors: [{
        messageId: 'copied', line: heading, rest: '一、总体情况',
        related: [{ file: previousFile, line: heading + 1, rest: '一、总体情况' }],
      }],
    },
    {
      name: 'most of the text the same says how much',
      spec: { year: 2023, overview: overview(2023) + '\n本年新增政务新媒体一个。' },
      previous: { year: 2022, overview: overview(2022) },
      errors: [{ messageId: 'copied', data: { sentences: 4, same: 3 }, assert: (d) => assert.ok((d.data.percent as number) >= 80 && (d.data.percent as number) < 100) }],
    },
  ],
});
