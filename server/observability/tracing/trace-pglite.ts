import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Tracer } from '@opentelemetry/api';
import { inQuerySpan } from './query-span';

type Run = (this: unknown, text: string, ...rest: unknown[]) => Promise<unknown>;
type Begin = (this: unknown, callback: (tx: Transaction) => Promise<unknown>) => Promise<unknown>;
const PATCHED = Symbol.for('vitrine.tracedPglite');

/**
 * A span per query of the embedded database, as trace-postgres.ts makes for PostgreSQL, so the
 * default deployment is traced too. PGlite runs in this process: its `query` and `exec` are
 * wrapped on the class (shared with the build, which keeps node_modules external), and a
 * transaction's own handle, made anew per transaction, is wrapped as it is handed over.
 *
 * @example const untrace = tracePglite(provider.getTracer('vitrine'));
 */
export function tracePglite(tracer: Tracer): () => void {
  const proto = PGlite.prototype as unknown as { query: Run; exec: Run; transaction: Begin; [PATCHED]?: true };
  if (proto[PATCHED]) return () => {};
  const { query, exec, transaction } = proto;
  const traced = (run: Run): Run =>
    function (this: unknown, text, ...rest) {
      return inQuerySpan(tracer, text, () => run.call(this, text, ...rest));
    };
  const tracedTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, key) {
        if (key === 'query' || key === 'exec') return traced(target[key] as Run);
        return Reflect.get(target, key, target);
      },
    });
  proto.query = traced(query);
  proto.exec = traced(exec);
  proto.transaction = function (this: unknown, callback) {
    return transaction.call(this, (tx) => callback(tracedTx(tx)));
  };
  proto[PATCHED] = true;
  return () => {
    Object.assign(proto, { query, exec, transaction });
    delete proto[PATCHED];
  };
}
