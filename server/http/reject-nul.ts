import type { RequestHandler } from 'express';
import { HttpError } from './http-error';

/** True when any string in a parsed JSON value (keys included) holds U+0000. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/**
 * PostgreSQL (and PGlite) text cannot hold U+0000: such an id, query or field would fail deep in a
 * query as a 500. It is refused here, once for every route, as the client's mistake it is.
 * Mounted after the JSON body parser.
 */
export const rejectNul: RequestHandler = (req, _res, next) => {
  if (/%00/i.test(req.originalUrl)) return next(new HttpError(400, 'invalid_text', 'paths and queries cannot contain NUL (%00) characters'));
  if (containsNul(req.body)) return next(new HttpError(400, 'invalid_text', 'text in the request body cannot contain NUL (\\u0000) characters'));
  next();
};
