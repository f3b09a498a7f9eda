import type { RequestHandler } from 'express';
import type { Metrics } from './metrics';
import { routeLabel } from './route-label';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Counts every answered request by method, route pattern and status, and times it, once its
 * response has closed. Event streams are counted but not timed: they last as long as their client.
 *
 * @example app.use(httpMetrics(metrics));
 */
export function httpMetrics(m: Metrics): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    res.once('close', () => {
      const method = METHODS.has(req.method) ? req.method : 'OTHER';
      const route = routeLabel(req);
      m.httpRequests.inc({ method, route, status: String(res.statusCode) });
      const type = res.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('text/event-stream')) return;
      m.httpDuration.observe({ method, route }, (performance.now() - start) / 1000);
    });
    next();
  };
}
