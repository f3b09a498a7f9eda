import { context, propagation, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, hostDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Tracing } from './tracing';
import { traceRequests } from './trace-requests';
import { tracePostgres } from './trace-postgres';
import { tracePglite } from './trace-pglite';

type Env = Record<string, string | undefined>;

/** `OTEL_TRACES_SAMPLER_ARG` as a ratio (0..1) when the standard `parentbased_traceidratio` sampler is asked for; everything otherwise. */
function samplingRatio(env: Env): number {
  if (env.OTEL_TRACES_SAMPLER !== 'parentbased_traceidratio') return 1;
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? '1');
  return Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 1;
}

/** How often batches of spans leave: the standard `OTEL_BSP_SCHEDULE_DELAY` (ms), 5 s by default. */
function exportDelay(env: Env): number {
  const ms = Number(env.OTEL_BSP_SCHEDULE_DELAY ?? '5000');
  return Number.isFinite(ms) && ms > 0 ? ms : 5000;
}

/**
 * The OpenTelemetry SDK, wired the way the built server can use it: spans made by hand around
 * requests, room messages and database queries (see trace-requests.ts, trace-postgres.ts and trace-pglite.ts for
 * why not the auto-instrumentations), exported in batches over OTLP/HTTP to the standard
 * `OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT`, with a caller's W3C trace context honoured. Only
 * start-tracing.ts imports this module, and only when an endpoint is set.
 *
 * @example const tracing = openTracing(process.env);
 */
export function openTracing(env: Env): Tracing {
  const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'vitrine', 'process.pid': process.pid }).merge(
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over the default name.
    detectResources({ detectors: [hostDetector, envDetector] }),
  );
  const provider = new TracerProvider({
    resource,
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(samplingRatio(env)) }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: exportDelay(env) })],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  const tracer = provider.getTracer('vitrine');
  const untracePostgres = tracePostgres(tracer);
  const untracePglite = tracePglite(tracer);

  return {
    requests: traceRequests(tracer),
    inSpan(name, attributes, fn) {
      const span = tracer.startSpan(name, { attributes });
      const fail = (err: unknown) => {
        span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
      };
      try {
        const result = context.with(trace.setSpan(context.active(), span), fn);
        if (result instanceof Promise) {
          result.then(
            () => span.end(),
            (err: unknown) => {
              fail(err);
              span.end();
            },
          );
          return result;
        }
        span.end();
        return result;
      } catch (err) {
        fail(err);
        span.end();
        throw err;
      }
    },
    logFields() {
      const span = trace.getSpan(context.active());
      const ids = span?.spanContext();
      return ids && trace.isSpanContextValid(ids) ? { trace_id: ids.traceId, span_id: ids.spanId } : undefined;
    },
    async shutdown() {
      untracePostgres();
      untracePglite();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
