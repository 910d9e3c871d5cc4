import { outcomeRowIds, table3Columns } from './table3.js';
import { table4Columns } from './table4.js';
import type { SumRelation, TableDef } from './types.js';

/**
 * The sums the official format prints or implies between cells of one report
 * (formats.md, "Relations between cells"), derived from the table data so that no
 * rule repeats a row list by hand. Made once per table definition (the same path strings
 * every time, which keeps cell lookups cheap).
 */
const memo3 = new WeakMap<TableDef, SumRelation[]>();
const memo4 = new WeakMap<TableDef, SumRelation[]>();

export function table3Relations(table: TableDef): SumRelation[] {
  let cached = memo3.get(table);
  if (!cached) memo3.set(table, (cached = buildTable3Relations(table)));
  return cached;
}

export function table4Relations(table: TableDef): SumRelation[] {
  let cached = memo4.get(table);
  if (!cached) memo4.set(table, (cached = buildTable4Relations(table)));
  return cached;
}

function buildTable3Relations(table: TableDef): SumRelation[] {
  const out: SumRelation[] = [];
  const outcomes = outcomeRowIds(table);
  for (const c of table3Columns) {
    out.push({
      kind: 'table3.balance',
      along: c.id,
      lhs: [`table3.newReceived.${c.id}`, `table3.carriedOver.${c.id}`],
      rhs: [`table3.total.${c.id}`, `table3.carriedForward.${c.id}`],
      description: {
        zh: `${c.label}：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理`,
        en: `${c.id}: new + carried over = total handled + carried forward`,
      },
    });
    out.push({
      kind: 'table3.outcomes',
      along: c.id,
      lhs: [`table3.total.${c.id}`],
      rhs: outcomes.map((r) => `table3.${r}.${c.id}`),
      description: {
        zh: `${c.label}：（七）总计 = （一）至（六）各项之和`,
        en: `${c.id}: total handled = sum of outcome rows`,
      },
    });
  }
  const parts = table3Columns.filter((c) => c.id !== 'total');
  for (const r of table.rows) {
    out.push({
      kind: 'table3.applicants',
      along: r.id,
      lhs: [`table3.${r.id}.total`],
      rhs: parts.map((c) => `table3.${r.id}.${c.id}`),
      description: { zh: `${r.label}：总计 = 六类申请人之和`, en: `${r.id}: total = sum of the six applicant columns` },
    });
  }
  return out;
}

function buildTable4Relations(table: TableDef): SumRelation[] {
  const parts = table4Columns.filter((c) => c.id !== 'total');
  return table.rows.map((r) => ({
    kind: 'table4.group',
    along: r.id,
    lhs: [`table4.${r.id}.total`],
    rhs: parts.map((c) => `table4.${r.id}.${c.id}`),
    description: {
      zh: `${r.group ? r.group + ' ' : ''}${r.label}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
      en: `${r.id}: total = upheld + corrected + other + pending`,
    },
  }));
}
