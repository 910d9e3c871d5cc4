/**
 * The pages: one HTML shell and the bundled client code (dist/web, made by scripts/build-web.ts),
 * read into memory at start. A request names an asset, never a file: only names in the map answer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

export type Assets = Map<string, { type: string; bytes: Buffer }>;

const typeOf = (name: string) => ({
  js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8',
  map: 'application/json', bcmap: 'application/octet-stream', pfb: 'application/octet-stream', ttf: 'font/ttf', svg: 'image/svg+xml',
} as Record<string, string>)[name.split('.').pop()!] ?? 'application/octet-stream';

/** Where the build puts the pages. */
export const defaultAssetDir = fileURLToPath(new URL('../../web/', import.meta.url));

/** Every file below `dir`, by its path relative to it; undefined when the pages were not built. */
export function loadAssets(dir = defaultAssetDir): Assets | undefined {
  try {
    if (!statSync(dir).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const out: Assets = new Map();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), { type: typeOf(e.name), bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** The client's routes: each answers with the one page, which draws the view. */
const pageRoutes = ['/', '/upload', '/corpus', '/dashboard', '/compare', '/review', '/review/:id', '/reports/:id', '/reports/:id/changes'];

const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function registerPages(app: FastifyInstance, assets: Assets | undefined): void {
  if (!assets) return;
  const index = assets.get('index.html');
  for (const route of pageRoutes) {
    app.get(route, { schema: { hide: true } }, async (_req, reply) => {
      reply.header('content-security-policy', csp);
      return reply.type('text/html; charset=utf-8').send(index?.bytes);
    });
  }
  app.get<{ Params: { '*': string } }>('/assets/*', { schema: { hide: true } }, async (req, reply) => {
    const a = assets.get(req.params['*']);
    if (!a) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.type(a.type).send(a.bytes);
  });
}
