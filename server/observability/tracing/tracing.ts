import type { RequestHandler } from 'express';

/** What the rest of the server uses of tracing; the OpenTelemetry SDK stays behind it (see open-tracing.ts). */
export interface Tracing {
  /** Opens the server span of each request (after the request id is assigned). */
  requests: RequestHandler;
  /** Runs `fn` in a span of its own, a child of the active one; a promise ends the span when it settles. */
  inSpan<T>(name: string, attributes: Record<string, string | number>, fn: () => T): T;
  /** The active span's ids, as every log line written inside it carries them. */
  logFields(): { trace_id: string; span_id: string } | undefined;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/**
 * The tracing of this process, when an exporter is configured; `undefined` otherwise, and then
 * nothing of OpenTelemetry's SDK is loaded.
 *
 * @example activeTracing()?.inSpan('room chat', {}, () => run());
 */
export function activeTracing(): Tracing | undefined {
  return active;
}

/** Set once by startTracing (and cleared by its shutdown). */
export function setActiveTracing(tracing: Tracing | undefined): void {
  active = tracing;
}
