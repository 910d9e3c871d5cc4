import type { ColumnDef, RowDef, TableDef } from './types.js';

/** 表三 收到和处理政府信息公开申请情况: seven applicant columns, the same in both formats. */
export const table3Columns: readonly ColumnDef[] = [
  { id: 'naturalPerson', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'nonprofit', label: '社会公益组织' },
  { id: 'legalService', label: '法律服务机构' },
  { id: 'other', label: '其他' },
  { id: 'total', label: '总计' },
];

/** Group labels of 三、本年度办理结果, as the format prints them. */
export const table3Groups = {
  outcome: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
} as const;

type Row = Omit<RowDef, 'columns'>;

const before: readonly Row[] = [
  { id: 'newReceived', label: '一、本年新收政府信息公开申请数量', variants: ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请'] },
  { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量', variants: ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请'] },
  { id: 'granted', label: '（一）予以公开', group: table3Groups.outcome, variants: ['予以公开'] },
  {
    id: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: table3Groups.outcome,
    variants: ['部分公开'],
  },
  { id: 'withheld.stateSecret', label: '1.属于国家秘密', group: table3Groups.withheld, variants: ['国家秘密'] },
  { id: 'withheld.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', group: table3Groups.withheld, variants: ['法律行政法规禁止公开'] },
  { id: 'withheld.securityStability', label: '3.危及“三安全一稳定”', group: table3Groups.withheld, variants: ['三安全一稳定'] },
  { id: 'withheld.thirdPartyRights', label: '4.保护第三方合法权益', group: table3Groups.withheld, variants: ['第三方合法权益'] },
  { id: 'withheld.internalAffairs', label: '5.属于三类内部事务信息', group: table3Groups.withheld, variants: ['属于第三类内部事务信息', '内部事务信息'] },
  { id: 'withheld.processInformation', label: '6.属于四类过程性信息', group: table3Groups.withheld, variants: ['过程性信息'] },
  { id: 'withheld.enforcementFiles', label: '7.属于行政执法案卷', group: table3Groups.withheld, variants: ['行政执法案卷'] },
  { id: 'withheld.administrativeQuery', label: '8.属于行政查询事项', group: table3Groups.withheld, variants: ['行政查询事项'] },
  { id: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', group: table3Groups.unavailable, variants: ['不掌握相关政府信息'] },
  { id: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', group: table3Groups.unavailable, variants: ['没有现成信息'] },
  { id: 'unavailable.stillUnclear', label: '3.补正后申请内容仍不明确', group: table3Groups.unavailable, variants: ['申请内容仍不明确'] },
  { id: 'notProcessed.petition', label: '1.信访举报投诉类申请', group: table3Groups.notProcessed, variants: ['信访举报类申请', '信访举报投诉'] },
  { id: 'notProcessed.duplicate', label: '2.重复申请', group: table3Groups.notProcessed, variants: [] },
  { id: 'notProcessed.publication', label: '3.要求提供公开出版物', group: table3Groups.notProcessed, variants: ['公开出版物'] },
  { id: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', group: table3Groups.notProcessed, variants: ['大量反复申请'] },
  {
    id: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', group: table3Groups.notProcessed,
    variants: ['确认或重新出具已获取信息'],
  },
];

const after: readonly Row[] = [
  { id: 'total', label: '（七）总计', group: table3Groups.outcome, variants: ['总计'] },
  { id: 'carriedForward', label: '四、结转下年度继续办理', variants: ['结转下年度继续办理', '结转下年度'] },
];

const otherHandling2019: readonly Row[] = [
  { id: 'otherHandling', label: '（六）其他处理', group: table3Groups.outcome, variants: ['其他处理'] },
];

const otherHandling2021: readonly Row[] = [
  {
    id: 'otherHandling.overdueCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: table3Groups.otherHandling,
    variants: ['逾期不补正'],
  },
  {
    id: 'otherHandling.unpaidFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: table3Groups.otherHandling,
    variants: ['逾期未按收费通知要求缴纳费用', '缴纳费用'],
  },
  { id: 'otherHandling.other', label: '3.其他', group: table3Groups.otherHandling, variants: [] },
];

const withColumns = (rows: readonly Row[]): RowDef[] => rows.map((r) => ({ ...r, columns: table3Columns }));

/** 表三 as the 2019 format prints it: （六）其他处理 is one row. */
export const table3Format2019: TableDef = {
  table: 'table3',
  format: '2019',
  title: '收到和处理政府信息公开申请情况',
  rows: withColumns([...before, ...otherHandling2019, ...after]),
};

/** 表三 as the 2021 format prints it: （六）其他处理 has the sub-rows 1–3. */
export const table3Format2021: TableDef = {
  table: 'table3',
  format: '2021',
  title: '收到和处理政府信息公开申请情况',
  rows: withColumns([...before, ...otherHandling2021, ...after]),
};

/** Ids of the outcome rows that （七）总计 sums, for a 表三 of the given format. */
export function outcomeRowIds(table: TableDef): string[] {
  return table.rows
    .map((r) => r.id)
    .filter((id) => id !== 'newReceived' && id !== 'carriedOver' && id !== 'total' && id !== 'carriedForward');
}
