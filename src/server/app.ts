/**
 * The HTTP server of `nianbao serve`: the JSON API over the corpus API (src/corpus) and the
 * pages (built client code held in memory). A thin shell: every answer comes from the store,
 * nothing is kept in the process between requests but the parse workers.
 *
 * Fastify: JSON-schema validation of every request with the same schemas @fastify/swagger
 * turns into the OpenAPI document, @fastify/multipart with hard size and count limits.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import type { Piscina } from 'piscina';
import { serve } from '../cli/messages.js';
import { NianbaoError } from '../errors.js';
import { defaultMaxBytes } from '../read/index.js';
import type { Store } from '../store/store.js';
import { ModelViews } from './model-views.js';
import { type Assets, registerPages } from './pages.js';
import { errorBody, toHttpError } from './errors.js';
import { registerCorpusRoutes } from './routes-corpus.js';
import { registerReportRoutes } from './routes-reports.js';
import { registerReviewRoutes } from './routes-review.js';
import { registerVersionRoutes } from './routes-versions.js';
import { registerJobRoutes } from './routes-jobs.js';
import type { Queue } from 'bullmq';
import { defaultQueueName } from '../queue/settings.js';
import { openQueue, type FileJobData, type FileJobResult } from '../queue/target.js';
import { errorSchema, reportRowSchema, uploadBody } from './schemas.js';

export interface ServerOptions {
  store: Store;
  /** Parse workers for uploads (kept by the caller). */
  pool: Piscina;
  /** Required on every write when set (`Authorization: Bearer …`). */
  token?: string | undefined;
  /** Largest file in an upload (default: the readers' limit, 32 MB). */
  maxFileBytes?: number;
  /** Most files in one upload. */
  maxFiles?: number;
  /** The built pages (dist/web); without them only the API is served. */
  assets?: Assets;
  /** Uploads go to this job queue (`--queue`), read by `nianbao worker` processes; answered 202 with job ids. */
  queue?: { url: string; name?: string | undefined } | undefined;
}

export interface Limits {
  maxFileBytes: number;
  maxFiles: number;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits: Limits = { maxFileBytes: options.maxFileBytes ?? defaultMaxBytes, maxFiles: options.maxFiles ?? 200 };
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    // A query string as people write it: `?year=2023&desc=true`.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });
  app.addSchema(errorSchema);
  app.addSchema(reportRowSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'nianbao', version: '1', description: '政府信息公开工作年度报告：读取、核对、汇总、审核 · annual reports: read, check, aggregate, review' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    // The upload's multipart body is checked by the multipart limits; the document still shows its fields.
    transform: ({ schema, url, route }) => {
      if (url === '/api/reports' && route.method === 'POST') {
        return { schema: { ...schema, consumes: ['multipart/form-data'], body: uploadBody } as never, url };
      }
      return { schema, url };
    },
  });
  await app.register(multipart, {
    // A dropped folder's files keep their path in it (shown, never used as a path here).
    preservePath: true,
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: limits.maxFileBytes, parts: limits.maxFiles + 20 },
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });
  // Writes need the token when there is one (always when listening beyond this machine).
  const token = options.token ? Buffer.from(options.token) : null;
  app.addHook('onRequest', async (req) => {
    if (!token || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (given.length !== token.length || !timingSafeEqual(given, token)) throw new NianbaoError('auth.token', serve.unauthorized.zh, serve.unauthorized.en);
  });
  app.setErrorHandler((e, _req, reply) => {
    const { status, body } = toHttpError(e, limits);
    if (status >= 500) console.error(e);
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });

  // The queue's connection (no state: jobs live on the queue, reports in the store).
  const queue = options.queue ? openQueue(options.queue.url, options.queue.name ?? defaultQueueName) : null;
  if (queue) app.addHook('onClose', async () => { await queue.close(); });
  const ctx: RouteContext = { store: options.store, pool: options.pool, limits, writeNeedsToken: !!token, views: new ModelViews(options.store), queue };
  registerReportRoutes(app, ctx);
  registerCorpusRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  registerVersionRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerPages(app, options.assets);
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    reply.status(404).send(errorBody('http.not-found', serve.notFound(path)));
  });
  return app;
}

export type RouteContext = { store: Store; pool: Piscina; limits: Limits; writeNeedsToken: boolean; views: ModelViews; queue: Queue<FileJobData, FileJobResult> | null };
