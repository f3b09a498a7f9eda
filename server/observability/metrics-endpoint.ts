import type { RequestHandler } from 'express';
import type { Metrics } from './metrics';
import { mayReadMetrics } from './metrics-access';

/**
 * `GET /metrics` in Prometheus's text format, for callers `mayReadMetrics` lets in; anyone else
 * gets the contract's 403.
 *
 * @example app.get('/metrics', metricsEndpoint(metrics, config.metricsToken));
 */
export function metricsEndpoint(m: Metrics, token?: string): RequestHandler {
  return async (req, res) => {
    if (!mayReadMetrics({ remoteAddress: req.socket.remoteAddress, headers: req.headers }, token)) {
      res.status(403).json({ error: 'forbidden', message: 'metrics are served to this machine, or with the metrics token' });
      return;
    }
    const text = await m.registry.metrics();
    res.set('Content-Type', m.registry.contentType).set('Cache-Control', 'no-store').send(text);
  };
}
