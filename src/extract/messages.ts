/**
 * Messages of the reader's diagnostics, in Chinese and English, by message id. The data
 * placeholders `{name}` are the same in both languages (a test checks it).
 */
export const parseMessages = {
  'table-missing': {
    zh: '未找到{table}',
    en: '{tableEn} not found',
  },
  'row-missing': {
    zh: '{table}未找到“{label}”一行',
    en: '{tableEn}: row “{label}” not found',
  },
  'row-no-values': {
    zh: '“{label}”一行只印出行名，{width} 个数值都没有，按空白读入',
    en: 'row “{label}” prints its label and none of its {width} values; read as blank',
  },
  'row-by-order': {
    zh: '{table}“{label}”一行没有印出行名，按行序认定',
    en: '{tableEn}: the row “{label}” printed no label; taken by its place in the table',
  },
  'row-by-serial': {
    zh: '{table}“{label}”一行的行名未与数值印在一处，按其序号 {serial} 认定（该表的序号与行名相符）',
    en: '{tableEn}: the row “{label}” printed its label apart from its values; taken by its 序号 {serial} (the table\'s 序号 agree with its labels)',
  },
  'rows-shifted': {
    zh: '{table}“{label}”一行在整体上移一行印出的一段行中（每行的数值印在下一行行名所在的行上），按行序对应到本行',
    en: '{tableEn}: row “{label}” is in a run of rows printed a line up (each row\'s values on the next row\'s label line); matched by the rows\' order',
  },
  'cells-below-joined': {
    zh: '“{label}”一行的后几格数值（{text}）在单元格内折到下一行、印在本行数值的右侧，按本行合计吻合并入本行',
    en: 'row “{label}”: the numbers of its last cells ({text}) wrapped inside their cells onto the line below, right of the row\'s values; joined to the row, whose total then holds',
  },
  'label-apart': {
    zh: '{table}“{label}”一行的行名与数值不在同一行，按相邻文字认定',
    en: '{tableEn}: the label of row “{label}” stands apart from its values; matched by the text next to them',
  },
  'row-split': {
    zh: '“{label}”一行的行名和数值分两行印出，合为一行读入',
    en: 'row “{label}” is printed over two lines, label and values split between them; read as one row',
  },
  'cells-by-sums': {
    zh: '“{label}”一行的数值与行名分开印出，按表格的行列顺序读入；表三的各项合计全部吻合',
    en: 'the values of row “{label}” were printed apart from its label and read in the table\'s order; every sum of table 3 holds',
  },
  'cells-order-by-sums': {
    zh: '{label}的数值印出的顺序与表格不同（有一段数值被移到别处），按唯一能使各项合计吻合的顺序读入',
    en: 'the values of {label} were printed out of the table\'s order (a run of them moved elsewhere); read in the one order under which every sum holds',
  },
  'cells-under-header': {
    zh: '“{label}”一行空白的单元格只印出空格，各数值按其上方表头各列的位置放入；各项合计吻合',
    en: 'row “{label}” prints its blank cells as spaces only: each value placed in the column whose header words stand over it; every sum holds',
  },
  'cells-order-ambiguous': {
    zh: '{label}的数值印出的顺序与表格不同，有几种顺序都能使合计吻合（{candidates}），无法判断，未读入',
    en: 'the values of {label} were printed out of the table\'s order and several orders make every sum hold ({candidates}); not read',
  },
  'row-order-ambiguous': {
    zh: '“{label}”一行的数值与行名分开印出，有几种放法都能使表三各项合计吻合，而各放法在本行的数值不同，无法判断，未读入',
    en: 'the values of row “{label}” were printed apart from its label and several placements make every sum of table 3 hold with other values in this row; not read',
  },
  'cells-two-columns': {
    zh: '“{label}”一行与表三其他各行一样只印出两个数值，按各项合计吻合读作“{first}”和“{last}”两列，其余各列空白；前一个数值属于哪一类申请人无法从文字判断，请对照原件核对',
    en: 'row “{label}”, like every row of table 3, prints two values: read as “{first}” and “{last}” (every sum holds), the other columns blank; which applicant column the first belongs to the text cannot tell',
  },
  'cell-across-pages': {
    zh: '单元格“{text}”跨页印出（表格的一行在第 {page} 页页脚断开，其余部分在第 {next} 页页首的同一列），已合并读取',
    en: 'cell “{text}” is printed over two pages (a table row broken at the foot of page {page}, the rest at the top of page {next} in the same column); read as one',
  },
  'last-column-apart': {
    zh: '{table}的最后一列印在表格之后，按各行的顺序读入（各栏的数值按行整齐排列，而整体读入会把一行拆开）',
    en: 'the last column of {tableEn} was printed after the table and read in row order (so each block\'s values fill whole rows; read as printed, a row would be split)',
  },
  'cells-by-columns': {
    zh: '“{label}”一行的数值是逐列印出的（一列印完再印下一列），按表格的行列位置读入',
    en: 'the values of row “{label}” were printed one column at a time; read back into the table\'s rows',
  },
  'label-approximate': {
    zh: '行名“{printed}”与规范行名“{label}”不完全一致，按近似匹配认定',
    en: 'row label “{printed}” differs from the official “{label}”; matched approximately',
  },
  'values-below-joined': {
    zh: '“{label}”一行的行名折行印在数值所在行的上方或上下，合为一行读入',
    en: 'row “{label}” prints its label wrapped above or around its values\' line; read as one row',
  },
  'values-below-row': {
    zh: '“{label}”一行的数值有一部分印在下一行（{text}），不在本行读到的各列之中；本行读取存疑',
    en: 'row “{label}” has values printed on the line below ({text}), left of the columns read on its own line; the row may be misread',
  },
  'values-wrapped': {
    zh: '“{label}”一行数值的紧上方或紧下方、数值各列之中印有数字（{text}），没有行名：数字在窄单元格内折行，每行只印出一部分；本行读取存疑',
    en: 'row “{label}”: numbers stand on the line right above or below its values, in the value columns, with no label ({text}): a number wrapped inside its narrow cell, part of it a line; the row may be misread',
  },
  'columns-after-table': {
    zh: '{table}自“{label}”起 {rows} 行的后 {cols} 列数值印在这些行之后，已按行序放回，并经表内合计核对',
    en: '{tableEn}: the last {cols} column(s) of the {rows} rows from “{label}” were printed after those rows; put back in row order, confirmed by the table\'s sums',
  },
  'numbers-wrapped-joined': {
    zh: '“{label}”一行的数字在窄单元格内折行印出，按本行总计接合（{text}）：只有这样接合，总计才等于各列之和',
    en: 'row “{label}”: numbers wrapped inside their narrow cells, joined by the row\'s total ({text}): only so joined does the total equal the sum of the others',
  },
  'item-number-apart': {
    zh: '表格之后单独印出的“{text}”放在哪一格表内合计都对不上，应是某行行名的序号，未作数值读入',
    en: '“{text}”, printed alone after the table, fits no cell under the table\'s sums: a row label\'s item number, not a value; left out',
  },
  'spacer-column': {
    zh: '{table}的行名与数值之间有一列空白单元格（{rows} 行各多出一个空格），视为间隔列，不计为数值',
    en: '{tableEn} has a blank column between its labels and its values ({rows} rows each hold one blank cell more); taken as a spacer, not a column of values',
  },
  'table-transposed': {
    zh: '{table}按行列互换的样式印出（每个结果一行、每类案件一列），已按列读入',
    en: '{tableEn} is printed with rows and columns swapped (a row per result, a column per kind of case); read by columns',
  },
  'values-before-header': {
    zh: '{label}的表头之前另有 {count} 个数值（{text}），只有表头之后的数值能使{label}的合计吻合，已按表头之后的读入；前面这些未读入（可能属于上一张表）',
    en: '{count} value(s) stand before the header of {label} ({text}); only the values after the header make its sums hold, and those were read; the ones before were left out (perhaps the previous table\'s)',
  },
  'values-after-heading': {
    zh: '{table}的最后 {count} 个数值印在下一节标题“{heading}”之后，按印出顺序接回本表',
    en: '{tableEn}: its last {count} value(s) were printed after the next heading “{heading}”; taken back into the table in printed order',
  },
  'values-absent': {
    zh: '{table}的行名都已印出，却没有一个数值：数值列可能在生成本文件时丢失（如 pandoc 只保留 <colgroup> 声明的列数），请对照原件',
    en: '{tableEn}: its row labels are printed but not one value: the value columns may have been lost when this file was made (pandoc keeps only the columns an HTML <colgroup> declares); check against the original',
  },
  'rows-out-of-step': {
    zh: '“{label}”一行附近有未读入的数值或未找到的行（{text}），行名与数值可能错位；本行读取存疑',
    en: 'row “{label}”: values no row took or a row not found stand next to it ({text}); labels and values may be out of step, so the row may be misread',
  },
  'columns-cut': {
    zh: '{table}比页面宽，第 {pages} 页在右边缘截去了“{columns}”列（{cells} 个单元格），这些单元格未读取',
    en: '{tableEn} is wider than the page: page {pagesEn} cuts off the columns {columnsEn} at its right edge; {cells} cell(s) left unread',
  },
  'columns-cut-page': {
    zh: '{table}比页面宽，第 {pages} 页在右边缘截去了“{columns}”列（{cells} 个单元格），这些单元格未读取',
    en: '{tableEn} is wider than the page: page {pagesEn} cuts off the columns {columnsEn} at its right edge; {cells} cell(s) left unread',
  },
  'cells-missing': {
    zh: '“{label}”一行只印出 {printed} 个数值（应为 {width} 个），认定缺少的是“{columns}”列',
    en: 'row “{label}” prints {printed} of {width} values; taken as missing: {columnsEn}',
  },
  'cells-doubtful': {
    zh: '“{label}”一行的数值{how}；所在的合计对不上，可能是读取时放错了位置，请对照原件核对',
    en: 'the values of row “{label}” were {howEn}; a sum they are in does not add up, so they may be misplaced by the reader; check against the original',
  },
  'cells-unverified': {
    zh: '“{label}”一行的数值{how}；表二没有可核对的合计，请对照原件核对',
    en: 'the values of row “{label}” were {howEn}; table 2 prints no sum to verify them, check against the original',
  },
  'rows-stacked': {
    zh: '“{label}”一行与相邻几行的数值在行名之后按列上下叠印，按各列位置和合计分开读入',
    en: 'the values of row “{label}” and of the rows next to it were printed stacked a column at a time after their labels; split by their columns and the sums',
  },
  'cells-by-header': {
    zh: '“{label}”一行只印出 {printed} 个数值（应为 {width} 个），附近没有印全各列的行，按表头各列的位置认定缺少“{columns}”列',
    en: 'row “{label}” prints {printed} of {width} values and no row nearby prints every column; by the header\'s column places, missing: {columnsEn}',
  },
  'cells-ambiguous': {
    zh: '“{label}”一行只印出 {printed} 个数值（应为 {width} 个），无法判断缺少哪一列，暂按从左到右认定缺少“{columns}”列',
    en: 'row “{label}” prints {printed} of {width} values and which is missing is ambiguous; taken from the left, missing: {columnsEn}',
  },
  'cells-extra': {
    zh: '“{label}”一行多出 {extra} 个数值（应为 {width} 个），多出的“{text}”未读入',
    en: 'row “{label}” prints {extra} value(s) more than its {width}; “{text}” ignored',
  },
  'ocr-low-confidence': {
    zh: '单元格“{text}”由文字识别（OCR）读出，可信度低（{confidence}/100），请对照原图第 {page} 页 [{box}] 处核对',
    en: 'cell “{text}” was read by OCR with low confidence ({confidence}/100); check it against the image, page {page} at [{box}]',
  },
  'ocr-sum-doubt': {
    zh: '单元格“{text}”由文字识别（OCR）读出（可信度 {confidence}/100），它所在的合计对不上，可能读错：请对照原图第 {page} 页 [{box}] 处核对',
    en: 'cell “{text}” was read by OCR (confidence {confidence}/100) and a sum it is in does not add up, so it may be misread; check it against the image, page {page} at [{box}]',
  },
  'ocr-blank-doubt': {
    zh: '单元格由文字识别（OCR）读作空白，它所在的合计对不上，此处可能印有数字而未识别出：请对照原图第 {page} 页 [{box}] 处核对',
    en: 'cell read blank by OCR, and a sum it is in does not add up, so a number printed there may have been missed; check the image, page {page} at [{box}]',
  },
  'label-digits': {
    zh: '“{label}”一行的行名印作“{printed}”，以数字结尾：数值的一部分可能并入了行名，本行读取存疑',
    en: 'row “{label}” prints its label as “{printed}”, ending in digits: part of a value may have joined the label; the row may be misread',
  },
  'cell-text': {
    zh: '单元格“{text}”含有数字以外的文字，读作 {value}',
    en: 'cell “{text}” holds text beside its number; read as {value}',
  },
  'cell-not-number': {
    zh: '单元格“{text}”不是数字',
    en: 'cell “{text}” is not a number',
  },
  'values-unread': {
    zh: '{table}中有一行数值未能对应到任何规范行（{text}），未读入',
    en: '{tableEn}: a row of values matches no official row ({text}); not read',
  },
  'format-by-shape': {
    zh: '{table}没有能区分格式的标签，按行数认定为 {format} 年格式',
    en: '{tableEn} prints no label that tells the format; taken as the {format} format by its rows',
  },
  'encoding-gb18030': {
    zh: '文件不是 UTF-8 编码，按 GB18030（GBK）解码',
    en: 'the file is not UTF-8; decoded as GB18030 (GBK)',
  },
  'section-missing': {
    zh: '未找到第{number}部分“{title}”的标题',
    en: 'no heading found for section {number} “{title}”',
  },
  'section-repeated': {
    zh: '第{number}部分“{title}”的标题出现了不止一次，取第一处',
    en: 'section {number} “{title}” has more than one heading; the first is taken',
  },
  'year-unknown': {
    zh: '未能确定报告年度',
    en: 'the report year could not be determined',
  },
  'organ-unknown': {
    zh: '未能确定发布机关',
    en: 'the issuing organ could not be determined',
  },
  'not-a-report': {
    zh: '不是政府信息公开工作年度报告：三张统计表一张也没有找到',
    en: 'not a government information disclosure annual report: none of the three tables found',
  },
  'tables-not-found': {
    zh: '是政府信息公开工作年度报告（有标题或章节标题），但文字中三张统计表一张也没有：表格可能以图片插入，或保存网页、转换文件时未带上表格；请提供含表格文字的文件，或表格的扫描件以便文字识别',
    en: 'a government information disclosure annual report (by its title or section headings), but none of the three tables is in its text: they may be pictures, or were lost when the page was saved or the file converted; provide a file with the tables as text, or a scan of them for OCR',
  },
  'tables-by-ocr': {
    zh: 'PDF 的文字层中缺少统计表，第 {pages} 页有图片（表格可能以图片插入）：整份文件已按扫描件文字识别读取，识别出的数值请对照原件核对',
    en: 'the PDF\'s text layer lacks tables and pictures cover page(s) {pages} (tables pasted as pictures): the whole file was read by OCR of its pages; check the values against the original',
  },
  'text-layer-miscoded': {
    zh: 'PDF 的文字层字符编码有误（有 {count} 个报告中不应出现的字符，如“{sample}”），其中的文字与数值不可信：整份文件已按扫描件文字识别读取，识别出的数值请对照原件核对',
    en: 'the PDF\'s text layer is mis-coded ({count} characters no report holds, such as “{sample}”), so its words and numbers cannot be trusted: the whole file was read by OCR of its pages; check the values against the original',
  },
  'text-layer-miscoded-kept': {
    zh: 'PDF 的文字层字符编码有误（有 {count} 个报告中不应出现的字符，如“{sample}”），文字识别不可用或读出的表格更少，仍按文字层读取：行名、标题与数值都可能有误，请对照原件核对',
    en: 'the PDF\'s text layer is mis-coded ({count} characters no report holds, such as “{sample}”); OCR was unavailable or found fewer tables, so the text layer was read: labels, headings and numbers may all be wrong; check against the original',
  },
  'read-failed': {
    zh: '{reason}',
    en: '{reasonEn}',
  },
  'read-repaired': {
    zh: '{reason}',
    en: '{reasonEn}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ParseMessageId = keyof typeof parseMessages;

const compiled = new Map<string, string[]>();

/** Fill `{name}` placeholders from data (templates are split once and kept). */
export function format(template: string, data: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i]!;
    out += (k in data ? String(data[k]) : `{${k}}`) + parts[i + 1]!;
  }
  return out;
}
