/**
 * A region's own report is often a summary (汇总) of its members' reports (the towns and
 * departments of a county). Where the members are known, compare the summary's 表三 and 表四
 * with the sum of theirs.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { table3Columns } from '../model/formats/index.js';
import { cellIdInfo, type CellValues } from '../model/values.js';
import { layoutCellIds, numberOrNull, splitRows, table3Layout } from './layout.js';

/** A member report: its name (the organ) and its values. */
export interface Member {
  name?: string | null;
  values: CellValues;
}

/** A differing cell; `withoutNumber` names the members that printed no number there. */
export interface SummaryMismatch extends Diagnostic {
  ruleId: 'aggregate/summary-mismatch';
  path: string;
  withoutNumber: string[];
}

/** 2021 （六）3.其他 cell id → the 2019 （六）其他处理 cell whose number a 2019 member has there. */
const foldSource = new Map<string, string>();
/** 2019 （六）其他处理 cell id → the 2021 sub-row cells a 2021 member has instead. */
const collapse = new Map<string, string[]>();
for (const s of splitRows) {
  for (const c of table3Columns) {
    foldSource.set(`table3.${s.foldInto}.${c.id}`, `table3.${s.row2019}.${c.id}`);
    collapse.set(`table3.${s.row2019}.${c.id}`, s.subRows.map((r) => `table3.${r}.${c.id}`));
  }
}

/** A member's number at a cell id of either layout, reading across layouts; null where it has none. */
function memberNumber(values: CellValues, id: string): { value: number | null; folded: boolean } {
  const direct = values[id];
  if (direct !== undefined) return { value: numberOrNull(direct), folded: false };
  const src = foldSource.get(id);
  if (src !== undefined) {
    const v = numberOrNull(values[src]);
    return { value: v, folded: v !== null };
  }
  const parts = collapse.get(id);
  if (parts) {
    let sum = 0;
    let any = false;
    for (const p of parts) {
      const v = numberOrNull(values[p]);
      if (v === null) continue;
      sum += v;
      any = true;
    }
    return { value: any ? sum : null, folded: false };
  }
  return { value: null, folded: false };
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Compare a summary report's 表三 and 表四 with the sum of its members': one `info` diagnostic
 * per cell the summary printed whose number differs from the members' sum (a blank counts as
 * 0 in both). The cells compared are the summary's own: where it printed the 2019 single
 * （六）其他处理 row, 2021 members' sub-rows 1–3 are added up for it; where it printed the
 * sub-rows, 2019 members' single row counts as （六）3.其他 (`data.folded` says how many).
 */
export function compareSummary(summary: CellValues, members: readonly Member[]): SummaryMismatch[] {
  const out: SummaryMismatch[] = [];
  const names = members.map((m, i) => m.name || `#${i + 1}`);
  for (const id of layoutCellIds(table3Layout(summary) ?? '2021')) {
    const printed = summary[id];
    if (printed === undefined) continue;
    const actual = numberOrNull(printed);
    let expected = 0;
    let folded = 0;
    const withoutNumber: string[] = [];
    members.forEach((m, i) => {
      const { value, folded: f } = memberNumber(m.values, id);
      if (value === null) withoutNumber.push(names[i]!);
      else expected += value;
      if (f) folded++;
    });
    if (actual === null && withoutNumber.length === members.length) continue;
    if (same(actual ?? 0, expected)) continue;
    out.push(mismatch(id, actual, expected, members.length, withoutNumber, folded));
  }
  return out;
}

function mismatch(id: string, actual: number | null, expected: number, members: number, withoutNumber: string[], folded: number): SummaryMismatch {
  const label = cellIdInfo(id)?.label ?? id;
  const difference = (actual ?? 0) - expected;
  const list = withoutNumber.join('、');
  const zh = [
    `汇总数与所属单位报告之和不一致：${label}，本报告为 ${actual ?? '空'}，${members} 份所属单位报告合计 ${expected}`,
    withoutNumber.length ? `；其中 ${withoutNumber.length} 份此格未填数字：${list}` : '',
    folded ? `；${folded} 份按 2019 年格式只印一行（六）其他处理，已计入（六）3.其他` : '',
    '。',
  ].join('');
  const en = [
    `The summary differs from the sum of its members' reports at ${id}: this report ${actual ?? 'blank'}, the ${members} members' reports ${expected}`,
    withoutNumber.length ? `; ${withoutNumber.length} of them printed no number here: ${list}` : '',
    folded ? `; ${folded} printed the 2019 single row (六) other handling, counted as (六) 3. other` : '',
    '.',
  ].join('');
  return {
    ruleId: 'aggregate/summary-mismatch',
    severity: 'info',
    messageId: 'summaryMismatch',
    data: { cell: label, actual: actual ?? '', expected, difference, members, withoutNumber: withoutNumber.length, withoutNumberNames: list, folded },
    message: { zh, en },
    position: null,
    path: id,
    expected,
    actual,
    withoutNumber,
  };
}
