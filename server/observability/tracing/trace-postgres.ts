import pg from 'pg';
import { context, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { querySummary } from './query-summary';

type Query = (...args: unknown[]) => unknown;
const PATCHED = Symbol.for('vitrine.tracedQuery');

/**
 * A span per PostgreSQL query made inside a traced request or room message, named by its prepared
 * statement's name (`save_cart`) or else by its summary (`SELECT carts`). Parameters and query
 * text stay out: they carry e-mails, names and addresses.
 *
 * node-postgres stays an import from node_modules in the build (vite.server.config.ts), so the
 * server and this function share one `pg.Client` class: wrapping its `query` here reaches the
 * pool, transactions and drizzle alike, where OpenTelemetry's pg instrumentation would need a
 * `require` hook that the ESM build never triggers. Queries outside any span (LISTEN, the sweep)
 * make none.
 *
 * @example tracePostgres(provider.getTracer('vitrine'));
 */
export function tracePostgres(tracer: Tracer): () => void {
  const proto = pg.Client.prototype as unknown as { query: Query & { [PATCHED]?: Query } };
  if (proto.query[PATCHED]) return () => {};
  const original = proto.query;
  const traced: Query = function (this: pg.Client, ...args: unknown[]) {
    const active = context.active();
    const first = args[0] as { text?: string; name?: string; submit?: unknown } | string | undefined;
    // No parent (nothing to attach to) or a Submittable (a cursor streams rows of its own): untouched.
    if (!trace.getSpan(active) || (typeof first === 'object' && first !== null && typeof first.submit === 'function')) {
      return original.apply(this, args);
    }
    const text = typeof first === 'string' ? first : first?.text;
    const name = typeof first === 'object' ? first?.name : undefined;
    const { operation, summary } = querySummary(text);
    const span = tracer.startSpan(
      name ?? summary,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          'db.query.summary': summary,
          ...(name ? { 'db.query.name': name } : {}),
          ...(this.database ? { 'db.namespace': this.database } : {}),
        },
      },
      active,
    );
    const end = (err: unknown) => {
      if (err) {
        // The SQLSTATE only: a message can quote the values of the row it refused.
        const code = (err as { code?: unknown }).code;
        span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
        if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
      }
      span.end();
    };
    const callbackAt = args.findIndex((a) => typeof a === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (err: unknown, res: unknown) => void;
      args[callbackAt] = (err: unknown, res: unknown) => {
        end(err);
        callback(err, res);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => end(undefined),
        (err: unknown) => end(err),
      );
    } else end(undefined);
    return result;
  };
  (traced as Query & { [PATCHED]?: Query })[PATCHED] = original;
  proto.query = traced as typeof proto.query;
  // A query waiting for a pooled connection is handed one from whichever request released it:
  // its callback is bound to the context it was asked in, or its span would join that request.
  const poolProto = pg.Pool.prototype as unknown as { connect: Query };
  const connect = poolProto.connect;
  poolProto.connect = function (this: pg.Pool, ...args: unknown[]) {
    if (typeof args[0] === 'function') args[0] = context.bind(context.active(), args[0] as Query);
    return connect.apply(this, args);
  };
  return () => {
    proto.query = original as typeof proto.query;
    poolProto.connect = connect;
  };
}
