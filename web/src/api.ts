// Fetches from the JSON API. Errors keep the server's code and message so views can show them.

import type { ApiErrorBody } from './types.js';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = `/api${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as ApiErrorBody | null)?.error;
    throw new ApiError(e?.code ?? 'HTTP', e ? `${e.message}${e.hint ? ` (${e.hint})` : ''}` : `${res.status} ${res.statusText}`, res.status);
  }
  return body as T;
}
