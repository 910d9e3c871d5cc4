/**
 * Names of the reader's diagnostic codes (`parse/…` from the extractor, `read/…` from the
 * readers), in Chinese and English: what the pages, the opinion and the reports call a
 * finding instead of its code. src/read/codes.test.ts fails on a code emitted anywhere in src/
 * without a name here.
 */
import type { Message } from '../errors.js';

const n = (zh: string, en: string): Message => ({ zh, en });

export const codeNames: Readonly<Record<string, Message>> = {
  'parse/table-missing': n('未找到统计表', 'table not found'),
  'parse/row-missing': n('未找到规范行', 'official row not found'),
  'parse/row-no-values': n('一行只有行名、没有数值', 'row without values'),
  'parse/row-by-serial': n('行名与数值分开，按序号认定', 'row taken by its 序号'),
  'parse/row-by-order': n('行名缺失，按行序认定', 'row taken by its place'),
  'parse/rows-shifted': n('各行数值上移一行印出，按行序对应', 'rows printed a line up, matched in order'),
  'parse/cells-below-joined': n('后几格数值折到下一行，按合计并入本行', 'last cells wrapped below, joined by the total'),
  'parse/label-apart': n('行名与数值分开印出', 'label apart from its values'),
  'parse/row-split': n('一行分两行印出', 'row printed over two lines'),
  'parse/cells-by-sums': n('数值按表格顺序读入（合计吻合）', 'values read in table order (sums hold)'),
  'parse/label-approximate': n('行名与规范行名不完全一致', 'label matched approximately'),
  'parse/cells-missing': n('一行缺少数值', 'values missing in a row'),
  'parse/cells-doubtful': n('数值位置存疑', 'values possibly misplaced'),
  'parse/cells-unverified': n('数值位置无法核对', 'values placement unverified'),
  'parse/rows-stacked': n('几行数值按列叠印，已按列位置和合计分开', 'rows printed stacked, split by columns and sums'),
  'parse/cells-by-header': n('数值按表头各列位置放入', 'values placed by the header\'s columns'),
  'parse/cells-ambiguous': n('单元格读取有歧义', 'cells read ambiguously'),
  'parse/cells-order-by-sums': n('数值顺序按合计认定', 'value order decided by the sums'),
  'parse/cells-under-header': n('数值按表头位置放入', 'values placed under their header words'),
  'parse/cells-order-ambiguous': n('数值顺序有多种可能', 'value order ambiguous'),
  'parse/cell-across-pages': n('单元格跨页印出，已合并', 'cell printed over two pages, joined'),
  'parse/last-column-apart': n('最后一列印在表格之后', 'last column printed after the table'),
  'parse/cells-by-columns': n('按列印出的数值按合计放回各行', 'values printed by column, put back by the sums'),
  'parse/cells-two-columns': n('一行只印出两个数值（自然人、总计）', 'two values a row (natural person, total)'),
  'parse/row-order-ambiguous': n('行的数值归属有多种可能', 'row reading ambiguous'),
  'parse/columns-cut': n('表格右侧被页面截断', 'columns cut off by the page edge'),
  'parse/columns-cut-page': n('本页表格右侧被截断', 'columns cut off on this page'),
  'parse/values-below-row': n('数值印在行名下方', 'values printed below the label'),
  'parse/values-wrapped': n('数字在单元格内折行', 'number wrapped inside its cell'),
  'parse/columns-after-table': n('表格末尾几行的后几列印在表后，已放回', 'last columns printed after the table, put back'),
  'parse/numbers-wrapped-joined': n('单元格内折行的数字按本行总计接合', 'numbers wrapped in their cells, joined by the row total'),
  'parse/item-number-apart': n('行名的序号单独印在表后，未作数值读入', 'a label\'s item number printed apart, not read as a value'),
  'parse/table-transposed': n('表格行列互换，按列读入', 'table printed transposed, read by columns'),
  'parse/values-before-header': n('表头之前的数值不属于本表（合计判定），未读入', 'values before the header not the table\'s (by its sums), left out'),
  'parse/values-after-heading': n('表格末尾的数值印在下一节标题之后，已接回', 'last values printed after the next heading, taken back'),
  'parse/values-absent': n('表格只有行名、没有数值', 'table printed with labels and no values'),
  'parse/rows-out-of-step': n('行名与数值可能错位', 'labels and values may be out of step'),
  'parse/values-below-joined': n('折行的行名与数值合为一行', 'wrapped label joined with its values'),
  'parse/cells-extra': n('一行多出数值', 'extra values in a row'),
  'parse/ocr-low-confidence': n('文字识别可信度低', 'low-confidence OCR'),
  'parse/ocr-sum-doubt': n('文字识别的数字可能读错', 'OCR digit doubted by a sum'),
  'parse/label-digits': n('行名以数字结尾', 'label ending in digits'),
  'parse/ocr-blank-doubt': n('文字识别读作空白，可能漏读', 'OCR blank doubted by a sum'),
  'parse/cell-text': n('单元格含数字以外的文字', 'text beside a number'),
  'parse/cell-not-number': n('单元格不是数字', 'cell not a number'),
  'parse/values-unread': n('一行数值未能对应到规范行', 'values matched to no row'),
  'parse/format-by-shape': n('按行数认定表格格式', 'format taken by the table\'s shape'),
  'parse/encoding-gb18030': n('按 GB18030 解码', 'decoded as GB18030'),
  'parse/section-missing': n('缺少部分标题', 'section heading missing'),
  'parse/section-repeated': n('部分标题重复', 'section heading repeated'),
  'parse/year-unknown': n('报告年度不明', 'report year unknown'),
  'parse/organ-unknown': n('发布机关不明', 'issuing organ unknown'),
  'parse/not-a-report': n('不是年度报告', 'not an annual report'),
  'parse/tables-by-ocr': n('统计表为图片，按文字识别读取', 'tables as pictures, read by OCR'),
  'parse/tables-not-found': n('年度报告中没有统计表文字', 'annual report without its tables as text'),
  'parse/read-failed': n('读取失败', 'reading failed'),
  'parse/read-repaired': n('文件经修复后读取', 'read after repair'),
  'parse/internal-error': n('读取时内部错误', 'internal error while reading'),
  'read/repaired': n('文件经修复后读取', 'read after repair'),
  'read/unreadable': n('无法读取文件', 'file cannot be read'),
  'read/empty': n('空文件', 'empty file'),
  'read/binary': n('不是可识别的文件', 'unrecognised binary file'),
  'read/too-large': n('文件过大', 'file too large'),
  'read/unsupported-form': n('不支持的文件格式', 'unsupported file form'),
  'read/no-text': n('没有可读取的文字', 'no text to read'),
  'read/zip-bomb': n('压缩包超出解压限制', 'archive beyond the unpacking limits'),
  'read/unsafe-path': n('压缩包内路径不安全', 'unsafe path in an archive'),
  'read/not-docx': n('不是 Word 文档', 'not a Word document'),
  'read/corrupt': n('文件已损坏', 'corrupt file'),
  'read/encrypted': n('文件已加密', 'encrypted file'),
  'read/timeout': n('读取超时', 'reading timed out'),
  'read/crashed': n('读取进程异常退出', 'the reader crashed'),
};

/** The name of a reader code, or undefined when it has none (a test keeps that from happening). */
export function codeName(code: string): Message | undefined {
  return Object.hasOwn(codeNames, code) ? codeNames[code] : undefined;
}
