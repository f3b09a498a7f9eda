import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from './metrics';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { withRequestId } from './request-context';
import { rememberRouteBase } from './route-label';
import { requestLogs } from './request-logs';
import { httpMetrics } from './http-metrics';
import { activeTracing } from './tracing/tracing';

/** Gives the request its id, sends it back, and serves the rest of the request under it. */
const assignRequestId: RequestHandler = (req, res, next) => {
  const id = requestIdFrom(req.get(REQUEST_ID_HEADER));
  req.id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  rememberRouteBase(req);
  withRequestId(id, next);
};

/**
 * What every request goes through first: a request id (the caller's `X-Request-Id` when
 * well-formed, sent back either way, carried by every log line written for it), one log line
 * when it ends, and its count and latency per route.
 *
 * @example app.use(observeRequests(log, metrics));
 */
export function observeRequests(log: Logger, metrics: Metrics): RequestHandler[] {
  const tracing = activeTracing();
  return [assignRequestId, ...(tracing ? [tracing.requests] : []), requestLogs(log), httpMetrics(metrics)];
}
