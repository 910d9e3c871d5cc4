/** The jobs of uploads through the queue (`nianbao serve --queue`): state, progress, the stored report. */
import type { FastifyInstance } from 'fastify';
import { serve } from '../cli/messages.js';
import { NianbaoError } from '../errors.js';
import type { RouteContext } from './app.js';
import { jobStates } from './queue-uploads.js';
import { errorResponses, jobParams, jobResponse, jobsQuery, jobsResponse } from './schemas.js';

export function registerJobRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const queue = () => {
    if (!ctx.queue) throw new NianbaoError('queue.none', serve.noQueue.zh, serve.noQueue.en);
    return ctx.queue;
  };

  app.get<{ Querystring: { ids: string } }>('/api/jobs', {
    schema: { summary: '上传任务的进度 / the state of upload jobs', tags: ['reports'], querystring: jobsQuery, response: { 200: jobsResponse, ...errorResponses } },
  }, async (req) => ({ jobs: await jobStates(ctx.store, queue(), [...new Set(req.query.ids.split(','))]) }));

  app.get<{ Params: { id: string } }>('/api/jobs/:id', {
    schema: { summary: '一个上传任务 / one upload job', tags: ['reports'], params: jobParams, response: { 200: jobResponse, ...errorResponses } },
  }, async (req) => {
    const [item] = await jobStates(ctx.store, queue(), [req.params.id]);
    if (!item || item.state === 'unknown') throw new NianbaoError('queue.no-job', serve.noJob(req.params.id).zh, serve.noJob(req.params.id).en);
    return item;
  });
}
