import type { RequestHandler } from 'express';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { routeLabel } from '../route-label';
import { requestPath } from '../request-logs';

/**
 * The server span of each request, made by hand rather than by OpenTelemetry's http/express
 * instrumentations (they patch modules as they are `require`d, which the ESM build never does):
 * a caller's W3C `traceparent` is its parent, the route pattern names it once a route has
 * matched (`POST /api/carts/:id/commands`), the request id is an attribute, and everything the
 * request awaits (database queries, cart steps) runs inside it. No query string, header or body
 * goes into a span.
 *
 * @example app.use(traceRequests(tracer));
 */
export function traceRequests(tracer: Tracer): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      req.method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method,
          'url.path': requestPath(req),
          'url.scheme': req.protocol,
          ...(req.id ? { 'vitrine.request_id': String(req.id) } : {}),
        },
      },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const route = routeLabel(req);
      span.updateName(`${req.method} ${route}`);
      span.setAttribute('http.route', route);
      span.setAttribute('http.response.status_code', res.statusCode);
      // A 4xx is the caller's mistake, not the server's: only a 5xx (or a cut answer) marks the span an error.
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      if (!res.writableFinished) span.setAttribute('vitrine.aborted', true);
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
