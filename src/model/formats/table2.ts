import type { ColumnDef, TableDef } from './types.js';

/** 表二 主动公开政府信息情况, both formats (国办公开办函〔2019〕60号, 〔2021〕30号). */

const made2019: readonly ColumnDef[] = [
  { id: 'newlyMade', label: '本年新制作数量' },
  { id: 'newlyPublished', label: '本年新公开数量' },
  { id: 'totalPublished', label: '对外公开总数量' },
];
const items2019: readonly ColumnDef[] = [
  { id: 'previousCount', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', variants: ['本年增减', '本年增加/减少'], signed: true },
  { id: 'decisions', label: '处理决定数量' },
];

export const table2Format2019: TableDef = {
  table: 'table2',
  format: '2019',
  title: '主动公开政府信息情况',
  rows: [
    { id: 'regulations', label: '规章', variants: [], group: '第二十条第（一）项', columns: made2019 },
    { id: 'normativeDocuments', label: '规范性文件', variants: ['行政规范性文件'], group: '第二十条第（一）项', columns: made2019 },
    { id: 'licensing', label: '行政许可', variants: [], group: '第二十条第（五）项', columns: items2019 },
    { id: 'otherServices', label: '其他对外管理服务事项', variants: ['其他对外管理服务'], group: '第二十条第（五）项', columns: items2019 },
    { id: 'penalty', label: '行政处罚', variants: [], group: '第二十条第（六）项', columns: items2019 },
    { id: 'coercion', label: '行政强制', variants: [], group: '第二十条第（六）项', columns: items2019 },
    {
      id: 'fees', label: '行政事业性收费', variants: ['行政事业收费'], group: '第二十条第（八）项',
      columns: items2019.slice(0, 2),
    },
    {
      id: 'procurement', label: '政府集中采购', variants: ['集中采购'], group: '第二十条第（九）项',
      columns: [
        { id: 'projects', label: '采购项目数量', variants: ['采购项目数'] },
        { id: 'amount', label: '采购总金额' },
      ],
    },
  ],
};

const decisions2021: readonly ColumnDef[] = [{ id: 'decisions', label: '本年处理决定数量' }];

export const table2Format2021: TableDef = {
  table: 'table2',
  format: '2021',
  title: '主动公开政府信息情况',
  rows: [
    {
      id: 'regulations', label: '规章', variants: [], group: '第二十条第（一）项',
      columns: [
        { id: 'issued', label: '本年制发件数' },
        { id: 'repealed', label: '本年废止件数' },
        { id: 'inForce', label: '现行有效件数' },
      ],
    },
    {
      id: 'normativeDocuments', label: '行政规范性文件', variants: ['规范性文件'], group: '第二十条第（一）项',
      columns: [
        { id: 'issued', label: '本年制发件数' },
        { id: 'repealed', label: '本年废止件数' },
        { id: 'inForce', label: '现行有效件数' },
      ],
    },
    { id: 'licensing', label: '行政许可', variants: [], group: '第二十条第（五）项', columns: decisions2021 },
    { id: 'penalty', label: '行政处罚', variants: [], group: '第二十条第（六）项', columns: decisions2021 },
    { id: 'coercion', label: '行政强制', variants: [], group: '第二十条第（六）项', columns: decisions2021 },
    {
      id: 'fees', label: '行政事业性收费', variants: ['行政事业收费'], group: '第二十条第（八）项',
      columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', variants: ['本年收费金额'], unit: '万元' }],
    },
  ],
};

/**
 * Column header phrases that only one format prints: the evidence for deciding
 * which 表二 a report printed.
 */
export const table2FormatMarkers: Readonly<Record<'2019' | '2021', readonly string[]>> = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '采购总金额', '其他对外管理服务事项'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
};
