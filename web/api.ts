/** Calls to the server's JSON API; an error answer becomes an ApiError with its message in both languages. */
import type { Text } from './i18n.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly text: Text) {
    super(`${code}: ${text.zh}`);
  }
}

export function token(): string {
  return localStorage.getItem('nianbao.token') ?? '';
}

export function setToken(t: string): void {
  localStorage.setItem('nianbao.token', t);
}

export async function api<T = any>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    init.body = JSON.stringify(init.json);
  }
  if (init.method && init.method !== 'GET' && token()) headers.set('authorization', `Bearer ${token()}`);
  const res = await fetch(path, { ...init, headers });
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'http', body?.error?.message ?? { zh: `HTTP ${res.status}`, en: `HTTP ${res.status}` });
  return body as T;
}

/** A query string from the set values of `q`. */
export function query(q: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
