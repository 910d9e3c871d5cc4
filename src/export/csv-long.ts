/**
 * Long (tidy) CSV: one row per report × cell id of its format, with the value, what the cell
 * printed, and the reader's flags on it — the shape R (tidyr), pandas and Stata read as panel
 * data. UTF-8 with a BOM and CRLF, formula-guarded, as the wide CSV.
 */
import { Readable, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { cellEntries } from '../model/cells.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { cellIdInfo } from '../model/values.js';
import { levelName } from '../organs/units.js';
import { isReaderDiagnostic } from '../model/diagnostic.js';
import { guardFormula } from './csv.js';
import { sendTo } from './stream.js';
import type { ExportItem, ExportItems, ExportResult, HeaderMode, StreamOptions } from './types.js';

export interface CsvLongOptions extends StreamOptions {
  /** Header row(s): Chinese labels (default), ids (`report_id`, `cell_id`, … — variable names for R and Stata), or both. */
  header?: HeaderMode;
}

/** The columns of the long CSV: id (a variable name) and Chinese label. */
export const longColumns: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'report_id', label: '报告编号' },
  { id: 'organ', label: '机关' },
  { id: 'organ_id', label: '机关编号' },
  { id: 'level', label: '层级' },
  { id: 'region', label: '区划代码' },
  { id: 'year', label: '年度' },
  { id: 'format', label: '格式' },
  { id: 'file', label: '文件' },
  { id: 'cell_id', label: '单元格编号' },
  { id: 'cell', label: '单元格' },
  { id: 'value', label: '数值' },
  { id: 'kind', label: '填写' },
  { id: 'raw', label: '原文' },
  { id: 'flags', label: '读取标记' },
];

/**
 * The reader's flags on each cell: the reader diagnostics (parse/*, read/*) whose path is the
 * cell or a row or table holding it, and `placed` where the reader placed a cell the row did
 * not print. Rule findings are not flags (they are about the report, not its reading).
 */
function readerFlags(diagnostics: readonly Diagnostic[]): (cellId: string) => string[] {
  const byPath = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    if (!d.path || !isReaderDiagnostic(d)) continue;
    let set = byPath.get(d.path);
    if (!set) byPath.set(d.path, (set = new Set()));
    set.add(d.ruleId);
  }
  return (cellId) => {
    const out = new Set<string>();
    // The cell, its row(s), its table: table3.withheld.stateSecret.naturalPerson, table3.withheld.stateSecret, …
    const parts = cellId.split('.');
    for (let n = parts.length; n >= 1; n--) for (const r of byPath.get(parts.slice(0, n).join('.')) ?? []) out.add(r);
    return [...out].sort();
  };
}

/** The rows of one report: every cell id of its formats, printed or not (`absent`). */
export function longRows(item: ExportItem): Array<Array<string | number | null>> {
  const r = item.report;
  // The reader's diagnostics are all in the model (check() leaves out those a rule says again).
  const flagsOf = readerFlags(r.diagnostics);
  const meta = [
    item.version?.id ?? null, item.organ?.name ?? r.organ, item.organ?.id ?? null, levelName(item.organ?.level, item.organ?.department),
    item.organ?.region ?? null, r.year, r.format, item.file ?? r.source.name ?? null,
  ];
  const rows: Array<Array<string | number | null>> = [];
  for (const [id, cell] of cellEntries(r)) {
    const flags = flagsOf(id);
    if (cell?.missing) flags.push('placed');
    rows.push([
      ...meta, id, cellIdInfo(id)?.label ?? id,
      cell?.kind === 'number' ? cell.value : null,
      cell ? cell.kind : 'absent',
      cell && !(cell.kind === 'number' && String(cell.value) === cell.raw) ? cell.raw : null,
      flags.join('|') || null,
    ]);
  }
  return rows;
}

/** Write reports as long CSV into `out`; resolves when `out` has taken it all. */
export async function writeCsvLong(items: ExportItems, out: Writable, options: CsvLongOptions = {}): Promise<ExportResult> {
  let reports = 0;
  const mode = options.header ?? 'label';
  async function* rows() {
    if (mode !== 'id') yield longColumns.map((c) => c.label);
    if (mode !== 'label') yield longColumns.map((c) => c.id);
    for await (const item of items) {
      reports++;
      yield* longRows(item);
    }
  }
  const csv = stringify({ bom: true, record_delimiter: 'windows', cast: { string: guardFormula }, quoted_match: /[\r\n",]/ });
  await sendTo(Readable.from(rows()), [csv], out, options.end);
  return { reports };
}
