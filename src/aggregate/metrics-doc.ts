/**
 * docs/metrics.md, written from the metric definitions and the format data
 * (`node dist/scripts/gen-metrics-doc.js`).
 */
import { cellIdInfo } from '../model/values.js';
import { splitRows } from './layout.js';
import { metrics, type MetricUnit } from './metrics.js';

const units: Record<MetricUnit, string> = {
  count: '件数 count',
  share: '比例（0–1）share (0–1)',
  per100: '每百件申请 per 100 applications',
};

/** The Markdown of docs/metrics.md. */
export function metricsDoc(): string {
  const label = (id: string) => cellIdInfo(id)?.labels.slice(1).join(' ') ?? id;
  const fold = splitRows.map((s) => ({
    from: label(`table3.${s.row2019}.total`).replace(/ 总计$/, ''),
    into: label(`table3.${s.foldInto}.total`).replace(/ 总计$/, ''),
    fromId: `table3.${s.row2019}.<列>`,
    intoId: `table3.${s.foldInto}.<列>`,
  }));
  const out = [
    '# 派生指标与汇总 Derived metrics and sums',
    '',
    '`src/aggregate/` 从表三、表四计算派生指标，对任意一组年报求和、排名，并核对汇总报告与所属单位报告之和。',
    '`src/aggregate/` computes derived metrics from tables 3 and 4, sums any set of reports, ranks them, and compares a summary report with the sum of its members.',
    '',
    '指标表由 `node dist/scripts/gen-metrics-doc.js` 从指标定义生成，请勿手改 · the metric table is generated from the definitions by `node dist/scripts/gen-metrics-doc.js`; do not edit by hand.',
    '',
    '## 指标 Metrics',
    '',
    '| id | 指标 metric | 公式 formula | 单位 unit | 所用单元格 cells |',
    '|---|---|---|---|---|',
    ...metrics.map(
      (m) =>
        `| \`${m.id}\` | ${m.label.zh}<br>${m.label.en} | ${m.formula.zh}<br>${m.formula.en} | ${units[m.unit]} | ${m.inputs.map((i) => `\`${i}\``).join(' ')} |`,
    ),
    '',
    '- 分母为 0、为空或未印时，指标为空（`null`），不是 0。',
    '  A metric is `null` where its denominator is 0, blank or not printed, never 0.',
    '- **有空格的输入按现有数字计算，并注明空格数 · computed on what is there, blanks counted beside it.** 分子各格中的空格按 0 计（与勾稽关系核对相同）；分子各格都没有数字时指标为空。每个指标旁给出其输入中没有数字的格数（`metricFigure(...).blanks`；`stats` 的 `metricBlanks`，`compare` 的 `blanks`；终端显示为“空n”）：一份报告按单元格计，汇总按“报告 × 单元格”计（即汇总的 `noNumber` 在各输入格上相加）。空格数大于 0 的指标不是全部数字算出的，使用时应注明或舍去。指标为空时不给空格数（为 0）。',
    '  Blank cells among the numerator count as 0 (as the sum checks treat them); where none has a number the metric is `null`. Beside each metric is the count of its inputs without a number (`metricFigure(...).blanks`; `metricBlanks` in `stats`, `blanks` in `compare`; “nb” on the terminal): for one report in cells, for a sum in report × cells (the sum’s `noNumber` added over the inputs). A figure with blanks above 0 was not computed from every number: state so or leave it out. A `null` metric has no blank count (0).',
    '- 纠错率的分母为三组“总计 − 尚未审结”之和，即已审结的案件数。',
    '  The denominator of the share corrected is the decided cases: total − pending, summed over the three groups.',
    '- 对汇总值计算的比例是合计之比（各单位分子之和 ÷ 分母之和），不是各单位比例的平均数。',
    '  A share of a sum is the pooled ratio (sum of numerators ÷ sum of denominators), not the mean of the reports’ shares.',
    '- 同比：`change(本年, 上年)` 给出绝对变化（本年 − 上年）和相对变化（（本年 − 上年）÷ 上年）；任一年为空时为空，上年为 0 时相对变化为空。比例的绝对变化以比例计（0.05 即 5 个百分点）。',
    '  Year over year: `change(current, previous)` gives the absolute change (current − previous) and the relative one ((current − previous) ÷ previous); null where either year is missing, relative null where the previous value is 0. For shares the absolute change is in fractions (0.05 = 5 percentage points).',
    '',
    '## 求和 Sums',
    '',
    '`sumReports(items)` 对任意一组年报的表三、表四逐格求和。 `sumReports(items)` sums tables 3 and 4 cell by cell over any set of reports.',
    '',
    '- **空格不是 0 · blanks are not zeros.** 每格给出所印数字之和（`values`）、计入的报告份数（`reports` − `noNumber`），以及有多少份年报在此格没有数字（`noNumber`：留空、填“—”“/”“无”或文字，或根本没有印这一格）。所有年报都没有数字的格，和为空（`null`）。',
    '  Each cell has the sum of the printed numbers (`values`), how many reports contributed (`reports` − `noNumber`) and how many reports had no number there (`noNumber`: blank, a dash, a slash, 无 or text, or the cell not printed at all). A cell where no report had a number sums to `null`.',
    '- **按 2021 年格式 · in the 2021 layout.** 结果只有 2021 年格式的单元格。表四两种格式相同；表三只有（六）其他处理不同。',
    '  The result has the cells of the 2021 format. Table 4 is the same in both formats; table 3 differs only in （六）其他处理.',
    ...fold.flatMap((f) => [
      `- **混合格式 · mixed formats.** 按 2019 年格式只印一行“${f.from}”（\`${f.fromId}\`）的年报，其数字按列计入“${f.into}”（\`${f.intoId}\`），不丢弃；\`folded\` 记录有多少份年报这样处理（按列的份数在 \`folded[].cells\`）。这些年报在 2021 年格式的其他子行上没有数字，计入 \`noNumber\`。`,
      `  A report that printed the single 2019 row “${f.from}” (\`${f.fromId.replace('<列>', '<column>')}\`) has its numbers added, column by column, to “${f.into}” (\`${f.intoId.replace('<列>', '<column>')}\`), not dropped; \`folded\` says for how many reports (per column in \`folded[].cells\`). Such reports have no number in the other 2021 sub-rows and count in \`noNumber\` there.`,
    ]),
    '- **表三的格式看所印的行 · the layout is read from the rows printed.** 一份年报的表三按哪种格式，由其单元格 id 判断，而不是由 `format` 判断：真实年报会把 2021 年格式的表二与只有一行（六）的表三放在一起。`format` 只用于 `formats` 计数。',
    '  Which layout a report’s table 3 follows is read from its cell ids, not from `format`: real reports pair a 2021 table 2 with a one-row （六） table 3. `format` is only counted in `formats`.',
    '- **已由 SQL 汇总的值 · values already summed by SQL.** 一项可以代表多份年报：给出 `reports`（份数）和 `noNumber`（每格没有数字的份数，即 `count(*) - count(value)`）。2019 年格式的行应单独求和（用其自身的 id），由 `sumReports` 折算。',
    '  An item may stand for several reports: give `reports` (how many) and `noNumber` (per cell, how many had no number: `count(*) - count(value)`). Sum the 2019 rows under their own ids and let `sumReports` fold them.',
    '- 表二不求和：两种格式的表二列不同，金额单位也不同。 Table 2 is not summed: its columns and units differ between the formats.',
    '',
    '## 排名 Rankings',
    '',
    '`rank(items, valueOf, order)` / `rankByMetric(items, metric, order)`：降序（默认）或升序；数值相同者名次相同，下一名次顺延（1、2、2、4）；没有数值的排在最后，不给名次。',
    '`rank(items, valueOf, order)` / `rankByMetric(items, metric, order)`: descending (default) or ascending; equal values share a rank and the next skips (1, 2, 2, 4); items without a value come last, unranked.',
    '',
    '## 汇总报告核对 Summary against members',
    '',
    '`compareSummary(summary, members)`：本级年报是所属单位年报的汇总时，逐格比较其表三、表四与所属单位之和。每一不一致的格给出一条诊断（`aggregate/summary-mismatch`，级别 `info`）：`path` 为单元格 id，`expected` 为所属单位之和，`actual` 为本报告所印数字，`withoutNumber` 列出此格没有数字的所属单位。空格按 0 比较；本报告没有印的格不比较。本报告印 2019 年格式的一行（六）时，2021 年格式所属单位的（六）1–3 相加后比较。',
    '`compareSummary(summary, members)`: where a report is the summary of its members’ reports, compares its tables 3 and 4 with their sum cell by cell. Each differing cell gives one diagnostic (`aggregate/summary-mismatch`, severity `info`): `path` is the cell id, `expected` the members’ sum, `actual` the summary’s number, `withoutNumber` the members with no number there. Blanks compare as 0; cells the summary did not print are not compared. Where the summary printed the single 2019 （六） row, 2021 members’ （六）1–3 are added up for it.',
    '',
  ];
  return out.join('\n');
}
