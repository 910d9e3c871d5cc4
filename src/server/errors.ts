/** Errors as the API answers them: `{error: {code, message: {zh, en}}}` with the HTTP status the code calls for. */
import { NianbaoError, type Message } from '../errors.js';
import { serve } from '../cli/messages.js';

export interface ErrorBody {
  error: { code: string; message: Message };
}

export const errorBody = (code: string, message: Message): ErrorBody => ({ error: { code, message: { zh: message.zh, en: message.en } } });

/** The HTTP status of an error code. */
export function statusOf(code: string): number {
  if (code === 'auth.token') return 401;
  if (code === 'upload.too-large') return 413;
  if (code === 'http.not-found' || code === 'corpus.no-report' || code === 'corpus.no-organ-report' || code === 'review.no-batch'
    || code === 'review.no-finding' || code === 'review.no-cell' || code === 'source.none' || code === 'review.no-earlier' || code === 'queue.no-job' || code === 'queue.none') return 404;
  if (code.startsWith('usage.') || code.startsWith('upload.') || code.startsWith('http.') || code === 'corpus.ambiguous-organ'
    || code === 'review.failed-report' || code === 'source.not-text' || code === 'review.not-versions') return 400;
  return 500;
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  validation?: unknown;
  message: string;
}

/** Any error thrown in a route, as the API's status and body. */
export function toHttpError(e: unknown, limits: { maxFileBytes: number; maxFiles: number }): { status: number; body: ErrorBody } {
  if (e instanceof NianbaoError) return { status: statusOf(e.code), body: errorBody(e.code, e) };
  const err = e as FastifyLikeError;
  if (err.validation) return { status: 400, body: errorBody('usage.request', serve.badRequest(err.message)) };
  switch (err.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return { status: 413, body: errorBody('upload.too-large', serve.uploadTooLarge((limits.maxFileBytes / 1048576).toFixed(0))) };
    case 'FST_FILES_LIMIT':
      return { status: 413, body: errorBody('upload.too-many', serve.uploadTooMany(limits.maxFiles)) };
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 400, body: errorBody('upload.not-multipart', serve.uploadNotMultipart) };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: errorBody('upload.too-large', serve.uploadTooLarge((limits.maxFileBytes / 1048576).toFixed(0))) };
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { status: err.statusCode, body: errorBody('http.bad-request', serve.badRequest(err.message)) };
  return { status: 500, body: errorBody('internal', serve.internal) };
}
