/** A report's versions (files and reviewers' corrections) and what changed between two of them. */
import type { FastifyInstance } from 'fastify';
import { listVersions } from '../corpus/index.js';
import { compareVersions } from '../review/index.js';
import type { RouteContext } from './app.js';
import { errorResponses, idParams } from './schemas.js';
import { findingName } from '../check/names.js';

const finding = { type: 'object', required: ['ruleId', 'severity', 'message'], additionalProperties: true, properties: { ruleId: { type: 'string' }, severity: { type: 'string' }, path: { type: 'string' }, message: { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string' }, en: { type: 'string' } } } } } as const;
const correction = {
  type: 'object', required: ['cell', 'value', 'printedRaw', 'why', 'at'],
  properties: { cell: { type: 'string' }, value: { type: ['number', 'null'] }, printedRaw: { type: 'string' }, printedValue: { type: ['number', 'null'] }, why: { type: 'string' }, by: { type: ['string', 'null'] }, at: { type: 'string' } },
} as const;
const num = { type: ['number', 'null'] } as const;

export const changesResponse = {
  type: 'object', required: ['from', 'to', 'versions', 'cells', 'fixed', 'new', 'open', 'corrections'],
  properties: {
    from: { $ref: 'ReportRow#' }, to: { $ref: 'ReportRow#' },
    versions: { type: 'array', items: { type: 'object', required: ['id', 'fileName', 'corrected'], properties: { id: { type: 'integer' }, fileName: { type: 'string' }, preferred: { type: 'boolean' }, errors: { type: 'integer' }, warnings: { type: 'integer' }, corrected: { type: 'boolean' } } } },
    cells: { type: 'array', items: { type: 'object', required: ['cell', 'label', 'from', 'to'], properties: { cell: { type: 'string' }, label: { type: 'string' }, from: num, to: num } } },
    fixed: { type: 'array', items: finding }, new: { type: 'array', items: finding }, open: { type: 'array', items: finding },
    corrections: { type: 'array', items: correction },
  },
} as const;

export function registerVersionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  app.get<{ Params: { id: number } }>('/api/reports/:id/versions', {
    schema: {
      summary: '同一报告的各个版本（含审核更正）/ the versions of a report (reviewers\' corrections included)', tags: ['reports'], params: idParams,
      response: { 200: { type: 'array', items: { $ref: 'ReportRow#' } }, ...errorResponses },
    },
  }, async (req) => {
    const rows = await listVersions(store, req.params.id);
    const corrected = await store.correctedIds(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, corrected: corrected.has(r.id) }));
  });

  app.get<{ Params: { id: number }; Querystring: { from?: number } }>('/api/reports/:id/changes', {
    schema: {
      summary: '与之前版本对照：改动的单元格、已改正、新出现、仍未改正的发现 / against the version before: cells changed, findings fixed, new, still open',
      tags: ['reports'], params: idParams,
      querystring: { type: 'object', additionalProperties: false, properties: { from: { type: 'integer', minimum: 1, description: '与哪个版本对照（默认：之前的一个）/ the version to compare with (default: the one before)' } } },
      response: { 200: changesResponse, ...errorResponses },
    },
  }, async (req) => {
    const c = await compareVersions(store, req.params.id, req.query.from);
    const named = <T extends { ruleId: string }>(ds: T[]) => ds.map((d) => ({ ...d, name: findingName(d.ruleId) }));
    return { ...c, fixed: named(c.fixed), new: named(c.new), open: named(c.open) };
  });
}
