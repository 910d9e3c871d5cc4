/** For the web tests: a real `nianbao serve` server (Fastify on a loopback port) on a real store. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePool } from '../src/ingest/ingest.js';
import { buildServer, type ServerOptions } from '../src/server/app.js';
import { loadAssets } from '../src/server/pages.js';
import { Store } from '../src/store/store.js';
import { reportText, requestCells } from '../src/check/testing.js';
import { real } from './helpers.js';

export interface TestServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(db: string, options: Partial<Pick<ServerOptions, 'token' | 'maxFileBytes' | 'maxFiles' | 'queue'>> & { pages?: boolean } = {}): Promise<TestServer> {
  const store = await Store.open(db);
  const pool = parsePool(2);
  const app = await buildServer({ store, pool, ...options, ...(options.pages ? { assets: loadAssets() } : {}) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, store,
    close: async () => {
      await app.close();
      await pool.destroy();
      await store.close();
    },
  };
}

/** The five seeds, as a browser sends a dropped folder: each file with its path in the folder. */
export function seedFiles(): Array<{ name: string; bytes: Buffer }> {
  const dir = join(real, 'seeds');
  return readdirSync(dir).sort().map((f) => ({ name: `seeds/${f}`, bytes: readFileSync(join(dir, f)) }));
}

/** A multipart upload of `files` (field `file`) and fields. */
export function formOf(files: Array<{ name: string; bytes: Uint8Array }>, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** A town's 2024 report whose 表三 予以公开 column of natural persons says 2 where its total says 1 (an error), or the same corrected. */
export function townReport(organ: string, corrected: boolean): Buffer {
  const cells = { ...requestCells(4, 1), ...(corrected ? {} : { 'table3.granted.naturalPerson': 2 }) };
  return Buffer.from(reportText({ organ, year: 2024, cells }), 'utf8');
}

/** A request to the test server: FormData as it is, any other body as JSON; the answer's status and response. */
export async function request(s: TestServer, method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  return fetch(s.url + path, init);
}
