import type { ApiErrorCode } from '../../shared/http/api-error';

/** A refusal the client can act on: always a 4xx with `{error, message, ...extra}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'you may not do this') => new HttpError(403, 'forbidden', message);
export const unauthorized = (message = 'sign in or start a guest session first') => new HttpError(401, 'unauthorized', message);
