import { context, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { querySummary } from './query-summary';

/**
 * Starts the span of one database query inside the active request or room message, or none when
 * nothing is being traced. Named by its prepared statement (`save_cart`) or else by its summary
 * (`SELECT carts`); parameters and query text stay out, as they carry e-mails, names and addresses.
 *
 * @example const span = startQuerySpan(tracer, { text, name }); ... endQuerySpan(span, err);
 */
export function startQuerySpan(tracer: Tracer, q: { text: string | undefined; name?: string; namespace?: string }): Span | undefined {
  const active = context.active();
  if (!trace.getSpan(active)) return undefined;
  const { operation, summary } = querySummary(q.text);
  return tracer.startSpan(
    q.name ?? summary,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': operation,
        'db.query.summary': summary,
        ...(q.name ? { 'db.query.name': q.name } : {}),
        ...(q.namespace ? { 'db.namespace': q.namespace } : {}),
      },
    },
    active,
  );
}

/** Ends a query's span; a failure keeps only its SQLSTATE, as a message can quote the values of the row it refused. */
export function endQuerySpan(span: Span | undefined, err: unknown): void {
  if (!span) return;
  if (err) {
    const code = (err as { code?: unknown }).code;
    span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
    if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
  }
  span.end();
}

/** Runs a promised query under its span. */
export async function inQuerySpan<T>(tracer: Tracer, text: string | undefined, run: () => Promise<T>): Promise<T> {
  const span = startQuerySpan(tracer, { text });
  try {
    const result = await run();
    endQuerySpan(span, undefined);
    return result;
  } catch (err) {
    endQuerySpan(span, err);
    throw err;
  }
}
