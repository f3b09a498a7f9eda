import pg from 'pg';
import { context, type Tracer } from '@opentelemetry/api';
import { endQuerySpan, startQuerySpan } from './query-span';

type Query = (...args: unknown[]) => unknown;
const PATCHED = Symbol.for('vitrine.tracedQuery');

/**
 * A span per PostgreSQL query made inside a traced request or room message (see query-span.ts).
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
    const first = args[0] as { text?: string; name?: string; submit?: unknown } | string | undefined;
    // A Submittable (a cursor streams rows of its own): untouched.
    if (typeof first === 'object' && first !== null && typeof first.submit === 'function') return original.apply(this, args);
    const span = startQuerySpan(tracer, {
      text: typeof first === 'string' ? first : first?.text,
      name: typeof first === 'object' ? first?.name : undefined,
      namespace: this.database,
    });
    if (!span) return original.apply(this, args);
    const end = (err: unknown) => endQuerySpan(span, err);
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
