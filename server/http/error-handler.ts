import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './http-error';
import { isDatabaseUnavailable } from '../db/database-unavailable';

/** Unknown `/api` paths answer in JSON like every other error, not with an HTML page. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: 'not_found', message: `no route ${req.method} ${req.path}` });
};

/**
 * Turns every failure into the contract's error shape. Body-parser failures (bad JSON, too large)
 * are the client's fault; a database that did not answer is a 503 the client may retry; anything
 * unexpected is logged and answered 500, which is a bug to fix.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: err.code, message: err.message, ...err.extra });
      return;
    }
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'invalid_json', message: 'the request body is not valid JSON' });
      return;
    }
    if (e.type === 'entity.too.large') {
      res.status(413).json({ error: 'payload_too_large', message: 'the request body is too large' });
      return;
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      res.status(e.status).json({ error: 'invalid', message: e.message ?? 'bad request' });
      return;
    }
    if (isDatabaseUnavailable(err)) {
      log.warn({ err, method: req.method, url: req.originalUrl }, 'database unavailable');
      res.status(503).set('Retry-After', '1').json({ error: 'unavailable', message: 'the database did not answer; try again in a moment' });
      return;
    }
    log.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: 'internal', message: 'something went wrong on our side; it has been logged' });
  };
}
