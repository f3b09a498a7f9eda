import type { Channel } from '../../../shared/channel';
import { ApiError } from './api-error';
import { apiErrorText } from './api-error-text';
import { localeStore } from '../stores/locale-store';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A body sent as is (a CSV file, a GLB), with its content type; replaces `body`. */
  raw?: { data: Blob | string; type: string };
  /** `text`: the answer is returned as text (a CSV export) instead of parsed JSON. */
  accept?: 'json' | 'text';
  /** Overrides the default channel for this call (`ar` from the AR overlay, `vr` from the store). */
  channel?: Channel;
  headers?: Record<string, string>;
  /** Set to false for calls where a 401 means "wrong password", not "session gone". */
  renewOn401?: boolean;
  signal?: AbortSignal;
}

/** How the API client reaches the session; installed once by the session store (no import cycle). */
export interface ApiHooks {
  token(): string | null;
  channel(): Channel;
  /**
   * Called on a 401 with a token: return the session to retry with (a fresh guest session, or
   * the one that replaced the refused token meanwhile).
   */
  renewSession(refused: string): Promise<string | null>;
}

let hooks: ApiHooks = {
  token: () => null,
  channel: () => 'web',
  renewSession: async () => null,
};

export function installApiHooks(h: ApiHooks): void {
  hooks = h;
}

/**
 * Calls `/api<path>` with the session's `Authorization` and `X-Channel`, returns the parsed JSON
 * and throws an {@link ApiError} for any non-2xx answer. A 401 with a stale token renews the guest
 * session once and retries.
 *
 * @example const cart = await apiRequest<Cart>(`/carts/${id}/commands`, { method: 'POST', body, channel: 'ar' })
 */
export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const token = hooks.token();
  try {
    return await send<T>(path, opts, token);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && token && opts.renewOn401 !== false) {
      const fresh = await hooks.renewSession(token);
      if (fresh && fresh !== token) return send<T>(path, opts, fresh);
    }
    throw e;
  }
}

async function send<T>(path: string, opts: RequestOptions, token: string | null): Promise<T> {
  const accept = opts.accept === 'text' ? 'text/csv, text/plain' : 'application/json';
  const headers: Record<string, string> = { Accept: accept, 'X-Channel': opts.channel ?? hooks.channel(), ...opts.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.raw) headers['Content-Type'] = opts.raw.type;
  else if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const hasBody = opts.raw !== undefined || opts.body !== undefined;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: opts.method ?? (hasBody ? 'POST' : 'GET'),
      headers,
      body: opts.raw ? opts.raw.data : opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', apiErrorText(localeStore.getState().locale, 'network'));
  }
  const text = await res.text();
  if (res.ok && opts.accept === 'text') return text as T;
  let json: unknown ;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (res.ok) return json as T;
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const code = typeof body.error === 'string' ? body.error : res.status >= 500 ? 'server' : `http_${res.status}`;
  // The server's `message` stays in `body` for developers; people read the code in their language.
  throw new ApiError(res.status, code, apiErrorText(localeStore.getState().locale, code), body);
}

/** The URL of the cart's event stream; EventSource cannot send headers, so the token rides in the query. */
export function cartEventsUrl(cartId: string, lastVersion?: number): string {
  const q = new URLSearchParams();
  const token = hooks.token();
  if (token) q.set('token', token);
  if (lastVersion !== undefined) q.set('lastEventId', String(lastVersion));
  return `/api/carts/${encodeURIComponent(cartId)}/events?${q}`;
}
