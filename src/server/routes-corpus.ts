/** The corpus as a whole: sums and rankings, one organ across years, exports, what the pages offer. */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { metrics } from '../aggregate/index.js';
import { crossYearRules, rules } from '../check/index.js';
import { compareOrgan, corpusStats, exportReports, filterOf, organOf, regionOf, yearsOf, type ExportFormat, type FilterText } from '../corpus/index.js';
import type { HeaderMode } from '../export/index.js';
import { parserVersion } from '../extract/index.js';
import type { GroupBy } from '../store/store.js';
import type { RouteContext } from './app.js';
import { attachment } from './routes-reports.js';
import { findingName } from '../check/names.js';
import { compareQuery, compareResponse, errorResponses, exportQuery, filterProperties, findingsResponse, metaResponse, statsQuery, statsResponse } from './schemas.js';

const exportTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8', 'csv-long': 'text/csv; charset=utf-8', jsonl: 'application/jsonl; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function registerCorpusRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  app.get<{ Querystring: FilterText & { by: GroupBy; rank?: string; regionDigits: number } }>('/api/stats', {
    schema: { summary: '汇总与排名 / sums, metrics and ranking', tags: ['corpus'], querystring: statsQuery, response: { 200: statsResponse, ...errorResponses } },
  }, async (req) => {
    const q = req.query;
    return corpusStats(store, filterOf(q), { by: q.by, ...(q.rank ? { rank: q.rank } : {}), regionDigits: q.regionDigits });
  });

  app.get<{ Querystring: { organ: string; years: string; region?: string } }>('/api/compare', {
    schema: { summary: '同一机关两年对照 / one organ across years', tags: ['corpus'], querystring: compareQuery, response: { 200: compareResponse, ...errorResponses } },
  }, async (req) => compareOrgan(store, organOf(req.query.organ), yearsOf(req.query.years), req.query.region ? regionOf(req.query.region) : undefined));

  app.get<{ Querystring: FilterText & { to: ExportFormat; header: HeaderMode } }>('/api/export', {
    schema: { summary: '导出 CSV、XLSX、JSONL / export', tags: ['corpus'], querystring: exportQuery, response: errorResponses },
  }, async (req, reply) => {
    const q = req.query;
    const filter = filterOf(q);
    // The CSV and XLSX writers neutralise cells that a spreadsheet would take for a formula.
    const out = new PassThrough();
    const done = exportReports(store, filter, out, { to: q.to, header: q.header }).then(() => out.end(), (e) => out.destroy(e as Error));
    void done;
    reply.header('content-type', exportTypes[q.to]);
    reply.header('content-disposition', attachment(`nianbao${q.to === 'csv-long' ? '-long.csv' : `.${q.to}`}`));
    return reply.send(out);
  });

  app.get<{ Querystring: FilterText & { limit: number } }>('/api/findings', {
    schema: {
      summary: '最常见的发现 / the most frequent findings', tags: ['corpus'],
      querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, limit: { type: 'integer', minimum: 1, maximum: 100, default: 15 } } },
      response: { 200: findingsResponse, ...errorResponses },
    },
  }, async (req) => (await store.ruleCounts(filterOf(req.query), req.query.limit)).map((r) => ({ ...r, name: findingName(r.ruleId) })));

  app.get('/api/meta', {
    schema: { summary: '规则、指标、年度 / rules, metrics, years', tags: ['corpus'], response: { 200: metaResponse } },
  }, async () => {
    const years = await store.db.selectFrom('report').select('year').distinct().where('year', 'is not', null).orderBy('year').execute();
    return {
      version: parserVersion,
      rules: [...rules, ...crossYearRules].map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, docs: r.meta.docs })),
      metrics: metrics.map((m) => ({ id: m.id, label: m.label, unit: m.unit, formula: m.formula })),
      years: years.map((y) => y.year!),
      writeNeedsToken: ctx.writeNeedsToken,
    };
  });
}
