/** The reports: upload, list (filtered, paged, sorted by the database), one report, its source. */
import type { FastifyInstance } from 'fastify';
import { serve } from '../cli/messages.js';
import { findingName } from '../check/names.js';
import { filterOf, showReport, type FilterText } from '../corpus/index.js';
import { NianbaoError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { pathLabel, placeText } from '../model/place.js';
import type { ModelView } from './model-views.js';
import type { SortKey } from '../store/store.js';
import type { RouteContext } from './app.js';
import { addToBatch, rememberedDecisions, reviewOf } from '../review/index.js';
import { detailResponse, errorResponses, idParams, listQuery, listResponse, queuedResponse, textResponse, uploadResponse } from './schemas.js';
import { storeUploads, type UploadedFile } from './uploads.js';
import { queueUploads } from './queue-uploads.js';

const types: Record<string, string> = {
  pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip: 'application/zip', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', tif: 'image/tiff', tiff: 'image/tiff',
};

/** `attachment; filename*=UTF-8''…`: a Chinese file name survives, nothing in it can end the header. */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Where a finding is, in words: the page and cell of a PDF, the cell's labels, or the line of a text. */
function placeOf(d: Diagnostic, lang: 'zh' | 'en'): string {
  const place = placeText(d, lang);
  if (place) return place;
  const label = d.path ? pathLabel(d.path) : undefined;
  const line = d.position ? (lang === 'zh' ? `第 ${d.position.line} 行` : `line ${d.position.line}`) : undefined;
  return [line, label].filter(Boolean).join(' ');
}

export function registerReportRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  app.post('/api/reports', {
    schema: {
      summary: '上传年报 / upload reports', tags: ['reports'], security: [{ bearer: [] }],
      response: { 201: uploadResponse, 202: queuedResponse, ...errorResponses },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new NianbaoError('upload.not-multipart', serve.uploadNotMultipart.zh, serve.uploadNotMultipart.en);
    const files: UploadedFile[] = [];
    let text: string | undefined;
    let name = 'text.txt';
    let batch: number | undefined;
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          continue;
        }
        const bytes = await part.toBuffer();
        if (bytes.byteLength) files.push({ name: part.filename || 'upload', bytes });
      } else if (part.fieldname === 'text') text = String(part.value);
      else if (part.fieldname === 'name') name = String(part.value) || name;
      else if (part.fieldname === 'batch') batch = Number(part.value);
    }
    if (text?.trim()) files.push({ name, bytes: Buffer.from(text, 'utf8') });
    if (!files.length) throw new NianbaoError('upload.empty', serve.uploadEmpty.zh, serve.uploadEmpty.en);
    const toBatch = batch !== undefined && Number.isInteger(batch) ? batch : undefined;
    if (ctx.queue) {
      // Parsed by `nianbao worker` processes: 202 with the job ids to poll (GET /api/jobs?ids=…).
      const queued = await queueUploads(store, ctx.queue, files, { maxBytes: ctx.limits.maxFileBytes, batch: toBatch });
      return reply.status(202).send(queued);
    }
    const result = await storeUploads(store, files, { pool: ctx.pool, maxBytes: ctx.limits.maxFileBytes });
    const ids = result.reports.map((r) => r.id);
    await rememberedDecisions(store, ids.filter((_, i) => result.reports[i]!.stored));
    if (toBatch !== undefined) await addToBatch(store, toBatch, ids);
    return reply.status(201).send(result);
  });

  app.get<{ Querystring: FilterText & { page: number; size: number; sort: SortKey; desc: boolean; versions: 'all' | 'preferred' } }>('/api/reports', {
    schema: { summary: '报告列表 / list reports', tags: ['reports'], querystring: listQuery, response: { 200: listResponse, ...errorResponses } },
  }, async (req) => {
    const q = req.query;
    const { total, rows } = await store.page({ ...filterOf(q), versions: q.versions }, { limit: q.size, offset: (q.page - 1) * q.size, sort: q.sort, desc: q.desc });
    const reviews = await reviewOf(store, rows.map((r) => r.id));
    return { total, page: q.page, size: q.size, reports: rows.map((r) => {
      const v = reviews.get(r.id);
      return { ...r, review: v?.batchId ? { batchId: v.batchId, batch: v.batch, status: v.status } : null };
    }) };
  });

  app.get<{ Params: { id: number }; Querystring: { model: boolean } }>('/api/reports/:id', {
    schema: {
      summary: '一份报告：模型、发现、版式、审核 / one report: model, findings, layout, review', tags: ['reports'], params: idParams,
      querystring: { type: 'object', additionalProperties: false, properties: { model: { type: 'boolean', default: true, description: '含完整模型（报告页不需要）/ include the whole model (the report page does without)' } } },
      response: { 200: detailResponse, ...errorResponses },
    },
  }, async (req) => {
    let view: ModelView | undefined;
    const detail = await showReport(store, req.params.id, async (row) => (view = await ctx.views.get(row)).report);
    const { report, cells, tables } = view!;
    const review = (await reviewOf(store, [detail.row.id], true)).get(detail.row.id) ?? null;
    // Each finding's place in words (第 3 页 表三 …), in both languages, beside the data.
    const diagnostics = detail.diagnostics.map((d) => ({ ...d, name: findingName(d.ruleId), place: { zh: placeOf(d, 'zh'), en: placeOf(d, 'en') } }));
    return { ...detail, ...(req.query.model ? {} : { report: { status: report.status, format: report.format, tableFormats: report.tableFormats, source: report.source } }), diagnostics, row: { ...detail.row, review: review?.batchId ? { batchId: review.batchId, batch: review.batch, status: review.status } : null }, cells, tables, review: review ?? {} };
  });

  app.get<{ Params: { id: number } }>('/api/reports/:id/source', {
    schema: { summary: '原文件 / the original file', tags: ['reports'], params: idParams, response: errorResponses },
  }, async (req, reply) => {
    const { row } = await showReport(store, req.params.id);
    const file = await store.file(row.sha256);
    if (!file?.bytes) throw new NianbaoError('source.none', serve.noSource.zh, serve.noSource.en);
    const ext = /\.([a-z0-9]+)$/i.exec(row.fileName)?.[1]?.toLowerCase() ?? '';
    // Text and HTML as bytes to download, never as a page of this site.
    reply.header('content-type', types[ext] ?? 'application/octet-stream');
    reply.header('content-disposition', attachment(row.fileName.split('/').pop()!));
    reply.header('content-security-policy', "sandbox; default-src 'none'");
    return reply.send(Buffer.from(file.bytes));
  });

  app.get<{ Params: { id: number } }>('/api/reports/:id/text', {
    schema: { summary: '文本或 HTML 原文的各行 / the lines of a text or HTML original', tags: ['reports'], params: idParams, response: { 200: textResponse, ...errorResponses } },
  }, async (req) => {
    const { row } = await showReport(store, req.params.id);
    const file = await store.file(row.sha256);
    if (!file?.bytes) throw new NianbaoError('source.none', serve.noSource.zh, serve.noSource.en);
    const lines = await ctx.pool.run({ bytes: file.bytes, name: row.fileName }, { name: 'sourceLines' }) as { form: string; lines: string[] } | null;
    if (!lines) throw new NianbaoError('source.not-text', serve.noText.zh, serve.noText.en);
    return lines;
  });
}
