/** The text of the XLSX sheet 说明: what each sheet holds, Chinese beside English. */
import type { FormatId } from '../model/formats/index.js';
import { exportColumns, metaColumns } from './columns.js';

/** The notice that set each format. */
const formatNotices: Readonly<Record<FormatId, string>> = {
  '2019': '国办公开办函〔2019〕60号',
  '2021': '国办公开办函〔2021〕30号',
};

/** What the notes describe. */
export interface NotesFacts {
  reports: number;
  /** The official-layout sheets written, if any. */
  tables?: {
    title: string;
    layouts: Array<{ name: string; format: FormatId; omitted: number }>;
  };
}

/** Rows of the 说明 sheet: [Chinese, English]. */
export function notesRows(facts: NotesFacts): Array<[string, string]> {
  const meta = metaColumns.map((c) => c.label);
  const rows: Array<[string, string]> = [
    ['说明', 'Notes'],
    [`本工作簿由 nianbao 导出，共 ${facts.reports} 份报告。`, `Exported by nianbao: ${facts.reports} report(s).`],
    [
      '“报告”表：每行一份报告，供阅读和打印（横向、缩放到一页宽）：机关、年度、层级、区划代码、格式、报告编号、版本数、版本选用、状态、错误、警告，' +
        '以及表三的本年新收、上年结转、予以公开、部分公开、办理结果总计、结转下年度，表四的行政复议、行政诉讼总计。全部单元格见“全部单元格”表。',
      '报告: one row per report, to read and print (landscape, scaled to one page wide): organ, year, level, region code, format, report id, versions, ' +
        'version chosen by, status, errors, warnings, and the totals of 表三 (received, carried over, granted, partly granted, all results, carried forward) and 表四 (reviews, suits). ' +
        'Every cell is in 全部单元格.',
    ],
    [
      `“全部单元格”表：供程序读取（共 ${exportColumns().length} 列，不宜打印）：每行一份报告。前 ${meta.length} 列为${meta.join('、')}；其后每列一个表格单元格，` +
        '按表二、表三、表四的顺序排列（先为2021年格式的单元格，只有2019年格式才有的单元格列在各表之后），列名为官方格式的标签。列与 CSV 导出相同。',
      `全部单元格: for programs (${exportColumns().length} columns, not meant for printing): one row per report. The first ${meta.length} columns are ${metaColumns.map((c) => c.id).join(', ')}; ` +
        'then one column per table cell, 表二 then 表三 then 表四 (the 2021 format\'s cells first, cells only the 2019 format has after each table), headed by the official label. The columns are the CSV export\'s.',
    ],
    [
      '单元格：数字写为数字；印为空白的单元格留空；印为“—”“-”“/”“无”或其他文字的，照原文写出，以便区分 0、空白和横线；' +
        '报告没有印出的单元格（例如只在另一格式中才有的单元格）留空。',
      'Cells: a number is written as a number; a cell printed blank is empty; a dash, 无 or other text is written as printed, ' +
        'so that 0, blank and dash stay apart; a cell the report did not print (e.g. one only the other format has) is empty.',
    ],
    [
      '状态：ok 三张表均已读出；incomplete 缺少某张表；failed 未能作为年报读取。错误、警告：核对发现的错误、警告条数。',
      'Status: ok, all three tables read; incomplete, a table is missing; failed, not read as a report. ' +
        'Errors, warnings: the number of errors and warnings the checks found.',
    ],
  ];
  rows.push([
    '“发现”表：每条核对发现一行：机关、年度、规则、级别、单元格（编号与名称）、页码（PDF 和图片）或行号（文本）、说明、文件。',
    '发现: one row per finding: organ, year, rule, severity, cell (id and label), page (PDF, images) or line (text), message, file.',
  ]);
  if (!facts.tables) {
    rows.push(['本工作簿没有按官方格式排版的表二、表三、表四（导出时未提供数据）。', 'No official-layout 表二, 表三, 表四: no values were given for them.']);
    return rows;
  }
  const { title, layouts } = facts.tables;
  rows.push([
    `${layouts.map((l) => l.name).join('、')}：按官方格式排版的表格，数据为：${title}。空白表示数据中没有该数字。`,
    `${layouts.map((l) => l.name).join(', ')}: the tables in the official layout, holding: ${title}. An empty cell has no number in the data.`,
  ]);
  rows.push([
    '表三、表四下方的“核对”行（以及表三右侧的“核对”列）写出合计数上每一勾稽关系两边之差：0 表示相符，非 0（红色）表示各项之和与总计不符（空白按 0 计）。' +
      '表二：2021 年格式报告的数字相加；2019 年格式报告的数字在 2021 年格式中有确切对应位置的（相同单元格，或本年新制作数量 → 本年制发件数）计入，其余非 0 的数字列在表二下方，不计入合计。',
    'Check rows under 表三 and 表四 (and the check column beside 表三) give, for each sum relation, the difference of its two sides on the values shown: 0 where they agree, ' +
      'any other number (red) where the parts do not add up to the total (blanks count as 0). 表二: the 2021 reports summed; a 2019 report\'s number is added where the 2021 format has its exact place ' +
      '(the same cell, or 本年新制作数量 → 本年制发件数); its other numbers (not 0) are listed under 表二, not summed.',
  ]);
  for (const l of layouts) {
    rows.push([
      `${l.name}：按${l.format}年格式（${formatNotices[l.format]}）排版。` +
        (l.omitted ? `另有 ${l.omitted} 个单元格只见于另一格式，此表未列出，见“全部单元格”表。` : ''),
      `${l.name}: laid out in the ${l.format} format (${formatNotices[l.format]}).` +
        (l.omitted ? ` ${l.omitted} cell(s) only the other format has are not in this sheet; see 全部单元格.` : ''),
    ]);
  }
  return rows;
}
