import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceAvailable } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { BUILT_SERVER, spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { startOtlpReceiver, type ReceivedSpan } from '../test-support/otlp-receiver';
import { TestClient } from '../test-support/test-client';

const hasPg = await serviceAvailable('PostgreSQL');
const built = fs.existsSync(BUILT_SERVER);
if (!built) console.warn('SKIPPING the built-server trace test: run `npm run build` first (the sources are still tested)');

const SERVER_KIND = 2;
const CLIENT_KIND = 3;

async function eventually<T>(what: () => T | undefined, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * With `OTEL_EXPORTER_OTLP_ENDPOINT` set, a request that carries a caller's W3C `traceparent`
 * and writes to the database is exported as one trace: the caller's trace id, a server span named
 * by the route with the request id, and database spans as its children; the log line carries the ids.
 */
async function tracesOneRequest(server: SpawnedServer, otlp: Awaited<ReturnType<typeof startOtlpReceiver>>) {
  const guest = await TestClient.guest(server.url);
  const cart = await guest.cart();
  const traceId = randomBytes(16).toString('hex');
  const callerSpan = randomBytes(8).toString('hex');
  const requestId = `trace-test-${randomBytes(4).toString('hex')}`;
  const r = await guest.post(
    `/api/carts/${cart.id}/commands`,
    { commands: [{ type: 'addLine', productId: 'chair-mora', qty: 1, fulfilment: { type: 'ship' } }] },
    { traceparent: `00-${traceId}-${callerSpan}-01`, 'x-request-id': requestId, 'x-channel': 'web' },
  );
  expect(r.status).toBe(200);

  const http = await eventually(() => otlp.spans.find((s) => s.traceId === traceId && s.kind === SERVER_KIND));
  expect(http.name).toBe('POST /api/carts/:id/commands');
  expect(http.parentSpanId).toBe(callerSpan);
  expect(http.attributes['http.route']).toBe('/api/carts/:id/commands');
  expect(http.attributes['http.response.status_code']).toBe(200);
  expect(http.attributes['vitrine.request_id']).toBe(requestId);
  expect(http.attributes['url.path']).toBe(`/api/carts/${cart.id}/commands`);
  expect(http.service).toBe('vitrine');

  const db = await eventually(() => {
    const found = otlp.spans.filter((s) => s.traceId === traceId && s.kind === CLIENT_KIND);
    return found.length > 0 ? found : undefined;
  });
  const byId = new Map(otlp.spans.map((s) => [s.spanId, s] as const));
  const underHttp = (s: ReceivedSpan) => {
    for (let p = s.parentSpanId; p; p = byId.get(p)?.parentSpanId) if (p === http.spanId) return true;
    return false;
  };
  expect(db.every(underHttp)).toBe(true);
  expect(db.every((s) => s.attributes['db.system.name'] === 'postgresql')).toBe(true);
  // Statement names and summaries only: nothing of the request's values (the cart id) in any span but the path.
  for (const s of db) {
    expect(s.name).toMatch(/^[a-z_]+$|^[A-Z]+( [a-z_]+)?$/);
    expect(JSON.stringify(s.attributes)).not.toContain(cart.id);
  }
  // One trace only: every span of it shares the caller's trace id, none started a trace of its own.
  expect(otlp.spans.filter((s) => s.attributes['vitrine.request_id'] === requestId).every((s) => s.traceId === traceId)).toBe(true);

  const logLine = await eventually(() => server.output().split('\n').find((l) => l.includes(`"reqId":"${requestId}"`) && l.includes('request completed')));
  expect(JSON.parse(logLine)).toMatchObject({ trace_id: traceId, span_id: http.spanId });
}

describe.runIf(hasPg)('OpenTelemetry traces exported over OTLP/HTTP', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  async function start(built: boolean, database: 'postgres' | 'embedded' = 'postgres') {
    let where: Record<string, string>;
    if (database === 'postgres') {
      const db = await createPostgresTestDatabase();
      cleanups.push(db.drop);
      where = { DATABASE_URL: db.url };
    } else {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-otlp-'));
      cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
      where = { VITRINE_DATA_DIR: dataDir };
    }
    const otlp = await startOtlpReceiver();
    cleanups.push(otlp.close);
    const server = await spawnServer(
      { PORT: '0', ...where, LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_BSP_SCHEDULE_DELAY: '200' },
      90_000,
      { built },
    );
    cleanups.push(server.stop);
    return { server, otlp };
  }

  it('joins the caller trace with an HTTP span per route and database child spans (sources)', async () => {
    const { server, otlp } = await start(false);
    await tracesOneRequest(server, otlp);
    expect(otlp.paths.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);
  }, 120_000);

  it.runIf(built)('does the same in the built server (dist-server)', async () => {
    const { server, otlp } = await start(true);
    await tracesOneRequest(server, otlp);
  }, 120_000);

  it('does the same on the embedded database, a span per query and per query of a transaction', async () => {
    const { server, otlp } = await start(false, 'embedded');
    await tracesOneRequest(server, otlp);
  }, 120_000);

  it.runIf(built)('does the same on the embedded database in the built server', async () => {
    const { server, otlp } = await start(true, 'embedded');
    await tracesOneRequest(server, otlp);
  }, 120_000);

  it('exports nothing and loads no SDK without an endpoint', async () => {
    const { tracingWanted } = await import('../observability/tracing/start-tracing');
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:1/v1/traces' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });
});
