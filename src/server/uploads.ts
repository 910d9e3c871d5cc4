/**
 * An upload through the CLI's ingest path (src/ingest): the same size and zip limits, the same
 * isolated readers, a file that cannot be read stored as failed with why. Bytes stay in memory:
 * no request writes or names a file on disk.
 */
import type { Piscina } from 'piscina';
import { ingestInputs, inputKey } from '../ingest/ingest.js';
import { expandInput, type Input } from '../input/read-inputs.js';
import type { Message } from '../errors.js';
import type { Store } from '../store/store.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface UploadItem {
  name: string;
  id: number;
  /** false: the same bytes were stored before (the id is that report's). */
  stored: boolean;
  status: string;
  organ: string | null;
  year: number | null;
  errors: number;
  warnings: number;
  error: Message | null;
}

export interface UploadResult {
  stored: number;
  skipped: number;
  failed: number;
  reports: UploadItem[];
}

/** A file name as sent, reduced to a name to show (no folders above a dropped folder's own, no control characters). */
export function uploadName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\\/g, '/').split('/').filter((p) => p && p !== '..' && p !== '.').join('/');
  return clean.slice(-200) || 'upload';
}

export async function storeUploads(store: Store, files: readonly UploadedFile[], options: { pool: Piscina; maxBytes: number }): Promise<UploadResult> {
  const inputs: Input[] = [];
  for (const f of files) inputs.push(...expandInput({ path: uploadName(f.name), bytes: f.bytes }, options.maxBytes));
  const keys = inputs.map(inputKey);
  const before = new Set((await store.idsBySha(keys)).keys());
  const result = await ingestInputs(store, inputs, inputs.length, { pool: options.pool, maxBytes: options.maxBytes });
  const ids = await store.idsBySha(keys);
  const rows = new Map((await store.list({ ids: [...new Set(ids.values())] })).map((r) => [r.id, r]));
  const reports = inputs.map((input, i): UploadItem => {
    const id = ids.get(keys[i]!)!;
    const row = rows.get(id)!;
    return {
      name: input.path, id, stored: !before.has(keys[i]!), status: row.status, organ: row.organ, year: row.year,
      errors: row.errors, warnings: row.warnings, error: row.error ? { zh: row.error.zh, en: row.error.en } : null,
    };
  });
  return { stored: result.stored, skipped: result.skipped, failed: result.failed, reports };
}
