/** The review workflow over HTTP: batches, statuses, decisions on findings, corrected cells, 审核意见. */
import type { FastifyInstance } from 'fastify';
import { addToBatch, batchOpinion, correctCell, createBatch, decide, listBatches, opinionDocx, opinionHtml, reviewStatuses, setStatus, showBatch, type ReviewStatus } from '../review/index.js';
import type { RouteContext } from './app.js';
import { attachment } from './routes-reports.js';
import { errorResponses, idParams } from './schemas.js';

const open = { type: 'object', additionalProperties: true } as const;
const who = { type: 'string', maxLength: 100, description: '审核人 / reviewer' } as const;
const comment = { type: ['string', 'null'], maxLength: 2000 } as const;
const write = { security: [{ bearer: [] }], tags: ['review'] };

export function registerReviewRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  app.get('/api/batches', {
    schema: { summary: '审核批次 / review batches', tags: ['review'], response: { 200: { type: 'array', items: open }, ...errorResponses } },
  }, async () => listBatches(store));

  app.post<{ Body: { name: string; by?: string; reports?: number[] } }>('/api/batches', {
    schema: {
      summary: '新建审核批次 / new review batch', ...write,
      body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, by: who, reports: { type: 'array', items: { type: 'integer' }, maxItems: 10000 } } },
      response: { 201: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }, ...errorResponses },
    },
  }, async (req, reply) => {
    const id = await createBatch(store, req.body.name, req.body.by);
    if (req.body.reports?.length) await addToBatch(store, id, req.body.reports);
    return reply.status(201).send({ id });
  });

  app.get<{ Params: { id: number } }>('/api/batches/:id', {
    schema: { summary: '批次及其报告 / a batch and its reports', tags: ['review'], params: idParams, response: { 200: open, ...errorResponses } },
  }, async (req) => showBatch(store, req.params.id));

  app.post<{ Params: { id: number }; Body: { reports: number[] } }>('/api/batches/:id/reports', {
    schema: {
      summary: '报告放入批次 / add reports to a batch', ...write, params: idParams,
      body: { type: 'object', required: ['reports'], additionalProperties: false, properties: { reports: { type: 'array', items: { type: 'integer' }, maxItems: 10000 } } },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (req, reply) => {
    await addToBatch(store, req.params.id, req.body.reports);
    return reply.status(204).send();
  });

  app.put<{ Params: { id: number; report: number }; Body: { status: ReviewStatus; comment?: string | null; by?: string } }>('/api/batches/:id/reports/:report', {
    schema: {
      summary: '审核状态：待审、已退回、已通过 / review status', ...write,
      params: { type: 'object', required: ['id', 'report'], properties: { id: { type: 'integer' }, report: { type: 'integer' } } },
      body: { type: 'object', required: ['status'], additionalProperties: false, properties: { status: { type: 'string', enum: reviewStatuses }, comment, by: who } },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (req, reply) => {
    await setStatus(store, req.params.id, req.params.report, req.body.status, req.body.comment ?? null, req.body.by);
    return reply.status(204).send();
  });

  app.put<{ Params: { id: number }; Body: { key: string; decision: 'confirmed' | 'dismissed'; comment?: string | null; by?: string } }>('/api/reports/:id/findings', {
    schema: {
      summary: '确认或排除一条发现 / confirm or dismiss a finding', ...write, params: idParams,
      body: {
        type: 'object', required: ['key', 'decision'], additionalProperties: false,
        properties: { key: { type: 'string', maxLength: 300, description: 'rule|path|messageId' }, decision: { type: 'string', enum: ['confirmed', 'dismissed'] }, comment, by: who },
      },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (req, reply) => {
    await decide(store, req.params.id, req.body.key, req.body.decision, req.body.comment ?? null, req.body.by);
    return reply.status(204).send();
  });

  app.put<{ Params: { id: number }; Body: { cell: string; value: number | null; why: string; by?: string } }>('/api/reports/:id/cells', {
    schema: {
      summary: '更正误读的单元格（重新核对）/ correct a misread cell (checks re-run)', ...write, params: idParams,
      body: {
        type: 'object', required: ['cell', 'value', 'why'], additionalProperties: false,
        properties: { cell: { type: 'string', maxLength: 200 }, value: { type: ['number', 'null'] }, why: { type: 'string', minLength: 1, maxLength: 2000 }, by: who },
      },
      response: { 200: open, ...errorResponses },
    },
  }, async (req) => correctCell(store, req.params.id, req.body.cell, req.body.value, req.body.why, req.body.by));

  app.get<{ Params: { id: number }; Querystring: { to: 'html' | 'docx'; report?: number } }>('/api/batches/:id/opinion', {
    schema: {
      summary: '审核意见（HTML 或 Word）/ the review opinion', tags: ['review'], params: idParams,
      querystring: { type: 'object', additionalProperties: false, properties: { to: { type: 'string', enum: ['html', 'docx'], default: 'html' }, report: { type: 'integer' } } },
      response: errorResponses,
    },
  }, async (req, reply) => {
    const opinion = await batchOpinion(store, req.params.id, req.query.report);
    const name = `${opinion.batch} 审核意见.${req.query.to}`;
    if (req.query.to === 'docx') {
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      reply.header('content-disposition', attachment(name));
      return reply.send(Buffer.from(await opinionDocx(opinion)));
    }
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return reply.send(opinionHtml(opinion));
  });
}
