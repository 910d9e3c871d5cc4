/**
 * The JSON schemas of the HTTP API: Fastify validates requests with them and @fastify/swagger
 * writes the OpenAPI document from them, so the document cannot drift from what is checked.
 */
import { sortKeys } from '../store/store.js';

const message = { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string' }, en: { type: 'string' } } } as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object', required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message } } },
} as const;

const nullable = (type: string) => ({ type: [type, 'null'] });

/** A stored report as listed. */
export const reportRowSchema = {
  $id: 'ReportRow',
  type: 'object',
  required: ['id', 'sha256', 'fileName', 'status', 'organ', 'year', 'errors', 'warnings', 'infos'],
  properties: {
    id: { type: 'integer' }, sha256: { type: 'string' }, fileName: { type: 'string' }, status: { type: 'string' },
    organId: nullable('integer'), organName: nullable('string'), organ: nullable('string'), level: nullable('string'),
    regionCode: nullable('string'), year: nullable('integer'), format: nullable('string'), title: nullable('string'),
    parserVersion: { type: 'string' }, errors: { type: 'integer' }, warnings: { type: 'integer' }, infos: { type: 'integer' },
    error: { anyOf: [{ type: 'null' }, { type: 'object', properties: { code: { type: 'string' }, zh: { type: 'string' }, en: { type: 'string' } } }] },
    department: { type: 'boolean' }, parent: nullable('string'),
    reportKey: { ...nullable('string'), description: '同一报告（机关/年度/类别）的各个文件互为版本 / the report this file is a version of' },
    versions: { type: 'integer' }, preferred: { type: 'boolean' }, pinned: { type: 'boolean' }, readerIssues: { type: 'integer' },
    corrected: { type: 'boolean', description: '审核人更正后的版本 / a reviewer\'s corrected version' },
    review: { anyOf: [{ type: 'null' }, { type: 'object', properties: { batchId: { type: 'integer' }, batch: { type: 'string' }, status: { type: 'string' } } }] },
  },
} as const;

/** The filters of the CLI's query commands, as query parameters (all text, as on the command line). */
export const filterProperties = {
  year: { type: 'string', description: '年度，逗号分隔 / years, comma-separated', pattern: '^[0-9,，\\s]+$' },
  region: { type: 'string', description: '区划代码（350582、350000）或名称（晋江市）/ region code or name', minLength: 1, maxLength: 64 },
  level: { type: 'string', enum: ['national', 'province', 'city', 'county', 'town'] },
  organ: { type: 'string', maxLength: 200, description: '机关名称或编号 / organ name or id' },
  rule: { type: 'string', maxLength: 100 },
  status: { type: 'string', enum: ['ok', 'incomplete', 'failed'] },
  excludeErrors: { type: 'boolean' },
} as const;

export const listQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    ...filterProperties,
    page: { type: 'integer', minimum: 1, default: 1 },
    size: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    sort: { type: 'string', enum: sortKeys, default: 'organ' },
    desc: { type: 'boolean', default: false },
    versions: { type: 'string', enum: ['all', 'preferred'], default: 'all', description: '所有文件，或每份报告只列计入的版本 / every file, or each report once by its version counted' },
  },
} as const;

export const listResponse = {
  type: 'object', required: ['total', 'page', 'size', 'reports'],
  properties: { total: { type: 'integer' }, page: { type: 'integer' }, size: { type: 'integer' }, reports: { type: 'array', items: { $ref: 'ReportRow#' } } },
} as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/** Any JSON object: the report model and its findings are described by schema/report.schema.json. */
const open = { type: 'object', additionalProperties: true } as const;

export const detailResponse = {
  type: 'object', required: ['row', 'report', 'diagnostics', 'organ', 'cells', 'tables'],
  properties: {
    row: { $ref: 'ReportRow#' },
    report: open,
    diagnostics: { type: 'array', items: open },
    organ: open,
    /** Cell id → the cell as read (value, kind, raw text, position). */
    cells: open,
    /** 表二、表三、表四 as the official format lays them out (rows, merged cells, cell ids). */
    tables: { type: 'array', items: open },
    review: open,
  },
} as const;

export const textResponse = {
  type: 'object', required: ['form', 'lines'],
  properties: { form: { type: 'string' }, lines: { type: 'array', items: { type: 'string' } } },
} as const;

export const uploadResponse = {
  type: 'object', required: ['stored', 'skipped', 'failed', 'reports'],
  properties: {
    stored: { type: 'integer' }, skipped: { type: 'integer' }, failed: { type: 'integer' },
    reports: {
      type: 'array',
      items: {
        type: 'object', required: ['name', 'id', 'stored', 'status'],
        properties: {
          name: { type: 'string' }, id: { type: 'integer' }, stored: { type: 'boolean' }, status: { type: 'string' },
          organ: nullable('string'), year: nullable('integer'), errors: { type: 'integer' }, warnings: { type: 'integer' },
          error: { anyOf: [{ type: 'null' }, message] },
        },
      },
    },
  },
} as const;

/** The upload's body, for the OpenAPI document (multipart is checked by the multipart limits, not by a JSON schema). */
export const uploadBody = {
  type: 'object',
  properties: {
    file: { type: 'array', items: { type: 'string', format: 'binary' }, description: '年报文件（可多个；zip 展开）/ report files (one or many; zip archives expanded)' },
    text: { type: 'string', description: '年报全文 / the text of a report' },
    name: { type: 'string', description: '文本的名称 / a name for the text' },
    batch: { type: 'integer', description: '放入审核批次 / put the reports in this review batch' },
  },
} as const;

export const statsQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    ...filterProperties,
    by: { type: 'string', enum: ['none', 'year', 'level', 'region', 'organ', 'parent'], default: 'none' },
    rank: { type: 'string', maxLength: 60 },
    regionDigits: { type: 'integer', minimum: 1, maximum: 12, default: 6 },
  },
} as const;

export const statsResponse = {
  type: 'object', required: ['groupBy', 'groups'],
  properties: { groupBy: { type: 'string' }, rank: nullable('string'), excluded: { type: 'array', items: open }, groups: { type: 'array', items: open }, summaries: { type: 'array', items: open } },
} as const;

export const compareQuery = {
  type: 'object', required: ['organ', 'years'], additionalProperties: false,
  properties: {
    organ: { type: 'string', minLength: 1, maxLength: 200 }, years: { type: 'string', pattern: '^[0-9,，\\s]+$' },
    region: { type: 'string', description: '区划代码或名称，区分同名机关 / region code or name, to tell organs of one name apart', minLength: 1, maxLength: 64 },
  },
} as const;

export const compareResponse = {
  type: 'object', required: ['organ', 'years', 'cells', 'metrics'],
  properties: {
    organ: nullable('string'), organId: nullable('integer'), years: { type: 'array', items: { type: 'integer' } }, missingYears: { type: 'array', items: { type: 'integer' } },
    reports: { type: 'array', items: { $ref: 'ReportRow#' } }, cells: { type: 'array', items: open }, differ: { type: 'integer' },
    metrics: { type: 'array', items: open }, crossYear: { type: 'array', items: open },
  },
} as const;

export const exportQuery = {
  type: 'object', required: ['to'], additionalProperties: false,
  properties: { ...filterProperties, to: { type: 'string', enum: ['csv', 'csv-long', 'xlsx', 'jsonl'] }, header: { type: 'string', enum: ['label', 'id', 'both'], default: 'label' } },
} as const;

export const metaResponse = {
  type: 'object', required: ['rules', 'metrics', 'years', 'version'],
  properties: {
    version: { type: 'string' },
    rules: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, category: { type: 'string' }, severity: { type: 'string' }, docs: message } } },
    metrics: { type: 'array', items: open },
    years: { type: 'array', items: { type: 'integer' } },
    writeNeedsToken: { type: 'boolean' },
  },
} as const;

export const errorResponses = { 400: { $ref: 'Error#' }, 401: { $ref: 'Error#' }, 404: { $ref: 'Error#' }, 413: { $ref: 'Error#' }, 500: { $ref: 'Error#' } } as const;

export const findingsResponse = {
  type: 'array',
  items: { type: 'object', required: ['ruleId', 'severity', 'reports', 'name'], properties: { ruleId: { type: 'string' }, severity: { type: 'string' }, reports: { type: 'integer' }, name: { ...message, description: '发现的名称 / the finding\'s name' } } },
} as const;

/** One file of an upload through the job queue (`nianbao serve --queue`). */
const jobItem = {
  type: 'object', required: ['job', 'name', 'state', 'progress', 'id'],
  properties: {
    job: { type: 'string', description: '任务编号（文件的 SHA-256）/ the job id (the file\'s SHA-256)' },
    name: { type: 'string' },
    state: { type: 'string', enum: ['waiting', 'active', 'delayed', 'completed', 'failed', 'unknown'] },
    progress: { type: 'integer', minimum: 0, maximum: 100 },
    id: { ...nullable('integer'), description: '入库后的报告编号 / the stored report, once stored' },
    stored: nullable('boolean'), status: nullable('string'), organ: nullable('string'), year: nullable('integer'),
    errors: nullable('integer'), warnings: nullable('integer'), error: { anyOf: [{ type: 'null' }, message] },
  },
} as const;

export const queuedResponse = {
  type: 'object', required: ['queued', 'skipped', 'failed', 'jobs'],
  description: '交给任务队列（--queue）：按 jobs 的编号查询进度 / handed to the job queue (--queue): poll the jobs by id',
  properties: { queued: { type: 'integer' }, skipped: { type: 'integer' }, failed: { type: 'integer' }, jobs: { type: 'array', items: jobItem } },
} as const;

export const jobsQuery = {
  type: 'object', required: ['ids'], additionalProperties: false,
  properties: { ids: { type: 'string', pattern: '^[0-9a-f]{64}(,[0-9a-f]{64}){0,499}$', description: '任务编号，逗号分隔（至多 500 个）/ job ids, comma-separated (at most 500)' } },
} as const;

export const jobParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9a-f]{64}$' } } } as const;
export const jobResponse = jobItem;
export const jobsResponse = { type: 'object', required: ['jobs'], properties: { jobs: { type: 'array', items: jobItem } } } as const;
