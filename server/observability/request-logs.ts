import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { redactText } from '../logging/redact-secrets';
import { routeLabel } from './route-label';

/**
 * Only the path: query strings carry tokens (event streams), codes and search words, and
 * paths carry one-time codes (`/api/handoff/<code>`), which `redactText` removes. Traces use it too.
 *
 * @example requestPath(req) // '/api/handoff/[redacted]'
 */
export function requestPath(req: IncomingMessage): string {
  const url = (req as Request).originalUrl ?? req.url ?? '';
  const q = url.indexOf('?');
  return redactText(q < 0 ? url : url.slice(0, q));
}

const PROBES = new Set(['/api/health', '/api/ready']);

/** The completed request as plain data: the logger's redaction walks it, so no socket or stream goes in. */
function completion(req: IncomingMessage, res: ServerResponse, responseTime: unknown, err?: Error) {
  return {
    reqId: req.id,
    route: routeLabel(req as Request),
    res: { statusCode: res.statusCode },
    responseTime,
    ...(err ? { err } : {}),
  };
}

/**
 * One log line per request when it ends (pino-http): method, path without its query string,
 * route pattern, status, time taken and request id, at `info` (`error` for a 5xx). Health and
 * readiness probes are not logged. Skipped altogether when the logger is above `info` (load tests
 * run at `warn`).
 *
 * @example app.use(requestLogs(log));
 */
export function requestLogs(log: Logger): RequestHandler {
  if (!log.isLevelEnabled('info')) return (_req, _res, next) => next();
  const middleware = pinoHttp({
    logger: log,
    // Set by the request id middleware that runs first.
    genReqId: (req) => req.id,
    wrapSerializers: false,
    serializers: { req: (req: IncomingMessage) => ({ method: req.method, url: requestPath(req) }) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, res, obj) => completion(req, res, obj.responseTime),
    customErrorObject: (req, res, err, obj) => completion(req, res, obj.responseTime, err),
    // A load balancer's probes every few seconds would drown the lines people read; they are still counted in /metrics.
    autoLogging: { ignore: (req) => PROBES.has(req.url ?? '') },
  });
  return (req, res, next) => middleware(req, res, next);
}
