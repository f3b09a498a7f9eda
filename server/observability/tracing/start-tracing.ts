import { activeTracing, setActiveTracing, type Tracing } from './tracing';

type Env = Record<string, string | undefined>;

/**
 * Whether this process exports traces: OpenTelemetry's standard variables, an OTLP endpoint for all
 * signals or for traces only, unless tracing is switched off the standard way.
 *
 * @example tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }) // true
 */
export function tracingWanted(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Starts tracing when an OTLP endpoint is configured, before the server is built. Without one it
 * returns `undefined` and loads nothing: the SDK sits in a chunk of its own, imported only here.
 *
 * @example const tracing = await startTracing(process.env); ...; await tracing?.shutdown();
 */
export async function startTracing(env: Env = process.env): Promise<Tracing | undefined> {
  if (!tracingWanted(env)) return undefined;
  const existing = activeTracing();
  if (existing) return existing;
  const { openTracing } = await import('./open-tracing');
  const tracing = openTracing(env);
  setActiveTracing(tracing);
  return {
    ...tracing,
    async shutdown() {
      setActiveTracing(undefined);
      await tracing.shutdown();
    },
  };
}
