import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { cellValues } from '../../model/values.js';
import { parse } from '../../parse.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { copiedTextShare, reportCopied } from './report-copied.js';

const run = (now: ReportSpec, last: ReportSpec) =>
  check(reportFrom(now, '2023.txt'), { reader: 'none', previous: { report: reportFrom(last, '2022.txt') } }, [reportCopied]);
const lineOf = (spec: ReportSpec, p: { line: number } | null | undefined) => reportText(spec).split('\n')[p!.line - 1]!;

/** Section 一 of a report of `year`: the same words every year but for the year. */
const overview = (year: number) =>
  `${year}年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。\n` +
  `全面推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。\n\n` +
  `${year - 1}年以来，本机关持续完善政府信息公开工作机制。`;

describe('report-copied', () => {
  it(`the share of section 一 that must be last year’s: ${copiedTextShare * 100}%`, () => {
    assert.equal(copiedTextShare, 0.8);
  });
  it('valid: the same tables but new text', () => {
    assert.deepEqual(run({ year: 2023, overview: '2023年，本机关新建了政务公开专区，全年公开文件一百余件。' }, { year: 2022, overview: overview(2022) }), []);
  });
  it('valid: the same text but one cell changed', () => {
    const now: ReportSpec = { year: 2023, overview: overview(2023), cells: { 'table2.licensing.decisions': 1 } };
    assert.deepEqual(run(now, { year: 2022, overview: overview(2022) }), []);
  });
  it('valid: tables of zeros both years are an organ with nothing to report, not a copy', () => {
    const zeros = Object.fromEntries(['newReceived', 'granted', 'total', 'carriedForward'].flatMap((r) => [`table3.${r}.naturalPerson`, `table3.${r}.total`]).map((p) => [p, 0]));
    assert.deepEqual(run({ year: 2023, overview: overview(2023), cells: zeros }, { year: 2022, overview: overview(2022), cells: zeros }), []);
  });
  it('invalid: every cell and every sentence of section 一 the same, years moved on', () => {
    const now: ReportSpec = { year: 2023, overview: overview(2023) };
    const ds = run(now, { year: 2022, overview: overview(2022) });
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'report-copied');
    assert.equal(d.messageId, 'copied');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, undefined);
    const cells = Object.keys(cellValues(reportFrom(now))).length;
    assert.ok(cells > 100);
    // Non-zero: 一、本年新收 3, （一）予以公开 2, （七）总计 2, 四、结转 1, each in 自然人 and 总计.
    assert.deepEqual(d.data, { previousYear: 2022, cells, nonZero: 8, sentences: 3, same: 3, percent: 100 });
    assert.equal(
      d.message.zh,
      `本报告与 2022 年报告雷同：统计表 ${cells} 个单元格全部相同（其中 8 个不为 0），“一、总体情况”3 句中有 3 句与上年相同（占文字的 100%）`,
    );
    // Both places: section 一's heading in this year's file and in last year's, whose text
    // here starts with an empty line, so that the two headings stand on different lines.
    const lastText = '\n' + reportText({ year: 2022, overview: overview(2022) });
    const shifted = check(reportFrom(now, '2023.txt'), { reader: 'none', previous: { report: parse(lastText, { name: '2022.txt' }) } }, [reportCopied]);
    assert.equal(shifted.length, 1);
    assert.equal(lineOf(now, shifted[0]!.position), '一、总体情况');
    const r = shifted[0]!.related![0]!;
    assert.equal(r.file, '2022.txt');
    assert.equal(lastText.split('\n')[r.position!.line - 1], '一、总体情况');
    assert.equal(r.position!.line, shifted[0]!.position!.line + 1);
  });
  it('invalid: most of the text the same says how much', () => {
    const now: ReportSpec = { year: 2023, overview: overview(2023) + '\n本年新增政务新媒体一个。' };
    const ds = run(now, { year: 2022, overview: overview(2022) });
    assert.equal(ds.length, 1);
    assert.deepEqual([ds[0]!.data.sentences, ds[0]!.data.same], [4, 3]);
    assert.ok((ds[0]!.data.percent as number) >= 80 && (ds[0]!.data.percent as number) < 100);
  });
  it('a previous report of another year (two years back) gives nothing', () => {
    const now: ReportSpec = { year: 2023, overview: overview(2023) };
    assert.equal(run(now, { year: 2022, overview: overview(2022) }).length, 1);
    assert.deepEqual(run(now, { year: 2021, overview: overview(2021) }), []);
  });
});
