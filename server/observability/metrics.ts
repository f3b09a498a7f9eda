import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { matchMaker } from '@colyseus/core';
import { openStreamCounts } from './open-streams';

/** What the gauges read when Prometheus scrapes: nothing is counted on the hot path for them. */
export interface MetricSources {
  /** PostgreSQL's pool; the embedded database has none. */
  pool?: pg.Pool;
  jobs(): Promise<{ queued: number; running: number }>;
}

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  /** Each command of a batch, labelled with the batch's outcome. */
  cartCommands: Counter<'channel' | 'outcome'>;
  checkouts: Counter<'channel' | 'outcome'>;
  reservationFailures: Counter<'step' | 'channel'>;
}

/**
 * One registry per server (tests run several in one process): request rate and latency per route,
 * cart and checkout outcomes, reservation failures, and gauges read at scrape time (event
 * streams, rooms, the database pool, the job queue), plus Node's own process metrics.
 *
 * @example const metrics = createMetrics({ pool, jobs: () => countJobs(db) }); await metrics.registry.metrics();
 */
export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const metrics: Metrics = {
    registry,
    httpRequests: new Counter({ name: 'vitrine_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: ['method', 'route', 'status'], registers }),
    httpDuration: new Histogram({
      name: 'vitrine_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern (event streams excluded: they last as long as their client)',
      labelNames: ['method', 'route'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    cartCommands: new Counter({ name: 'vitrine_cart_commands_total', help: 'Cart commands, by channel and the outcome of their batch (ok or the error code)', labelNames: ['channel', 'outcome'], registers }),
    checkouts: new Counter({ name: 'vitrine_checkouts_total', help: 'Checkouts, by channel and outcome (placed, replayed or the error code)', labelNames: ['channel', 'outcome'], registers }),
    reservationFailures: new Counter({ name: 'vitrine_reservation_failures_total', help: 'Refusals for insufficient stock, by step (cart or checkout) and channel', labelNames: ['step', 'channel'], registers }),
  };

  new Gauge({
    name: 'vitrine_open_event_streams', help: 'Event streams open on this process, by route', labelNames: ['route'], registers,
    collect() {
      this.reset();
      for (const [route, n] of openStreamCounts()) this.set({ route }, n);
    },
  });
  new Gauge({ name: 'vitrine_rooms', help: 'Rooms open on this process', registers, collect() { this.set(matchMaker.stats.local.roomCount); } });
  new Gauge({ name: 'vitrine_room_participants', help: 'Clients connected to rooms on this process', registers, collect() { this.set(matchMaker.stats.local.ccu); } });
  const { pool } = sources;
  if (pool) {
    new Gauge({ name: 'vitrine_db_pool_connections', help: 'PostgreSQL pool connections, open in total and idle', labelNames: ['state'], registers, collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
    } });
    new Gauge({ name: 'vitrine_db_pool_waiting', help: 'Queries waiting for a PostgreSQL pool connection', registers, collect() { this.set(pool.waitingCount); } });
  }
  new Gauge({
    name: 'vitrine_job_queue_depth', help: 'Background jobs queued and running, across the deployment', labelNames: ['state'], registers,
    async collect() {
      // A database that does not answer leaves the gauge empty rather than failing the whole scrape.
      const counts = await sources.jobs().catch(() => undefined);
      this.reset();
      if (counts) for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  return metrics;
}
