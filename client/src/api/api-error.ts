import type { ApiErrorCode } from '../../../shared/http/api-error';

/**
 * A 4xx (or network) failure of an API call, with the server's `{error, message}` and any extra
 * fields it sent (`cart` on version_conflict, `lines` on insufficient_stock).
 *
 * @example if (e instanceof ApiError && e.code === 'insufficient_stock') show(e.body.lines)
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network' | 'server' | (string & {}),
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for failures a retry with the same request may fix (network down, 5xx, 429). */
  get retryable(): boolean {
    return this.code === 'network' || this.status >= 500 || this.status === 429;
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
