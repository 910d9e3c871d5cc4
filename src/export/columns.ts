/**
 * The columns of the report table that the CSV and the XLSX 报告 sheet share: metadata first,
 * then one column per cell id of the official formats, in printed order.
 */
import { getCell } from '../model/cells.js';
import { levelName } from '../organs/units.js';
import type { Cell } from '../model/report.js';
import { allCellIds } from '../model/values.js';
import type { ExportItem, ExportVersion, HeaderMode } from './types.js';

/** A value as written to a spreadsheet cell: a number, text, or nothing (an empty cell). */
export type ExportValue = number | string | null;

/** A column of the report table. */
export interface ExportColumn {
  /** Stable id: a metadata name (`organ`, `year`) or a cell id (`table3.total.total`). */
  id: string;
  /** Header in Chinese: the official label for a cell. */
  label: string;
  /** `meta` for the columns about the report, `cell` for a table cell. */
  kind: 'meta' | 'cell';
  value: (item: ExportItem) => ExportValue;
}

/** Why a version was the one exported, as a cell says it. */
export const chosenByLabel: Record<ExportVersion['chosenBy'], string> = { pin: '用户指定', quality: '读取质量最佳', only: '唯一版本' };

const count = (item: ExportItem, severity: 'error' | 'warning') =>
  item.diagnostics.reduce((n, d) => (d.severity === severity ? n + 1 : n), 0);

/** The metadata columns, in order: who, which year, which format, from where, how it read. */
export const metaColumns: readonly ExportColumn[] = [
  { id: 'organ', label: '机关', kind: 'meta', value: (i) => i.organ?.name ?? i.report.organ },
  { id: 'organId', label: '机关编号', kind: 'meta', value: (i) => i.organ?.id ?? null },
  { id: 'year', label: '年度', kind: 'meta', value: (i) => i.report.year },
  { id: 'format', label: '格式', kind: 'meta', value: (i) => i.report.format },
  { id: 'level', label: '层级', kind: 'meta', value: (i) => levelName(i.organ?.level, i.organ?.department) },
  { id: 'region', label: '区划代码', kind: 'meta', value: (i) => i.organ?.region ?? null },
  { id: 'parent', label: '上级机关', kind: 'meta', value: (i) => i.organ?.parent ?? null },
  { id: 'file', label: '文件', kind: 'meta', value: (i) => i.file ?? i.report.source.name ?? null },
  { id: 'reportId', label: '报告编号', kind: 'meta', value: (i) => i.version?.id ?? null },
  { id: 'versions', label: '版本数', kind: 'meta', value: (i) => i.version?.versions ?? null },
  { id: 'chosenBy', label: '版本选用', kind: 'meta', value: (i) => (i.version ? chosenByLabel[i.version.chosenBy] : null) },
  { id: 'status', label: '状态', kind: 'meta', value: (i) => i.report.status },
  { id: 'errors', label: '错误', kind: 'meta', value: (i) => count(i, 'error') },
  { id: 'warnings', label: '警告', kind: 'meta', value: (i) => count(i, 'warning') },
];

/**
 * A cell as printed: the number for a number; empty for a printed blank or a cell the report
 * did not print; the raw text for a dash, 无 or other text, so that 0, blank and — stay apart.
 */
export function cellExportValue(cell: Cell | undefined): ExportValue {
  if (!cell || cell.kind === 'blank') return null;
  if (cell.kind === 'number' && cell.value !== null) return cell.value;
  return cell.raw === '' ? null : cell.raw;
}

let columns: ExportColumn[] | undefined;

/** Every column of the report table: the metadata columns, then every cell id (`allCellIds()` order). */
export function exportColumns(): readonly ExportColumn[] {
  columns ??= [
    ...metaColumns,
    ...allCellIds().map((c): ExportColumn => ({
      id: c.id,
      label: c.label,
      kind: 'cell',
      value: (i) => cellExportValue(getCell(i.report, c.id)),
    })),
  ];
  return columns;
}

/** The header rows of the report table for a header mode. */
export function headerRows(mode: HeaderMode = 'label'): string[][] {
  const cols = exportColumns();
  const labels = cols.map((c) => c.label);
  const ids = cols.map((c) => c.id);
  return mode === 'label' ? [labels] : mode === 'id' ? [ids] : [labels, ids];
}

/** One report as a row of the report table. */
export function exportRow(item: ExportItem): ExportValue[] {
  return exportColumns().map((c) => c.value(item));
}

/**
 * The columns of the XLSX sheet 报告, one printable row per report: who, which year, which
 * version, how it read, and the totals a reader looks at first (表三's applications received,
 * carried over, granted, results and carried forward; 表四's reviews and suits). Every cell is
 * in the sheet 全部单元格.
 */
export const summaryColumnIds: readonly string[] = [
  'organ', 'year', 'level', 'region', 'format', 'reportId', 'versions', 'chosenBy', 'status', 'errors', 'warnings',
  'table3.newReceived.total', 'table3.carriedOver.total', 'table3.granted.total', 'table3.partiallyGranted.total',
  'table3.total.total', 'table3.carriedForward.total',
  'table4.review.total', 'table4.litigationDirect.total', 'table4.litigationAfterReview.total',
];

/** The columns of 报告, in `summaryColumnIds` order, with their official labels. */
export function summaryColumns(): readonly ExportColumn[] {
  const byId = new Map(exportColumns().map((c) => [c.id, c]));
  return summaryColumnIds.map((id) => byId.get(id)!);
}
