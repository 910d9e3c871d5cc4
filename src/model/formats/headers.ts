import type { TableDef } from './types.js';

/** The number each table goes by in the report (表二 …), ahead of its title. */
export const tableNumbers: Readonly<Record<TableDef['table'], string>> = { table2: '表二', table3: '表三', table4: '表四' };

/**
 * Header words the official tables print that are neither a row nor a column label: 表二's item
 * column, 表三's corner note and the headings over its applicant columns (both formats alike).
 */
export const headerWords = {
  table2Item: '信息内容',
  table3Corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  table3Applicants: '申请人情况',
  table3Organisations: '法人或其他组织',
} as const;

/** The report section each table stands in (表二 in 二、主动公开政府信息情况, …), by section id. */
export const tableSections: Readonly<Record<TableDef['table'], string>> = { table2: 'proactive', table3: 'requests', table4: 'reviewsAndSuits' };
