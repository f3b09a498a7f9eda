import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createMetrics } from './metrics';
import { countCartCommands, countCheckout } from './count-outcome';
import { HttpError } from '../http/http-error';

const pool = { totalCount: 7, idleCount: 3, waitingCount: 2 } as pg.Pool;

describe('the metrics registry', () => {
  it('reads the PostgreSQL pool and the job queue when scraped', async () => {
    const m = createMetrics({ pool, jobs: async () => ({ queued: 4, running: 1 }) });
    const text = await m.registry.metrics();
    expect(text).toContain('vitrine_db_pool_connections{state="total"} 7');
    expect(text).toContain('vitrine_db_pool_connections{state="idle"} 3');
    expect(text).toContain('vitrine_db_pool_waiting 2');
    expect(text).toContain('vitrine_job_queue_depth{state="queued"} 4');
    expect(text).toContain('vitrine_job_queue_depth{state="running"} 1');
  });

  it('has no pool gauges on the embedded database, and leaves the queue out when it cannot be read', async () => {
    const m = createMetrics({ jobs: () => Promise.reject(new Error('PGlite is closed')) });
    const text = await m.registry.metrics();
    expect(text).not.toContain('vitrine_db_pool');
    expect(text).not.toMatch(/^vitrine_job_queue_depth\{/m);
    expect(text).toMatch(/^vitrine_rooms \d+$/m);
  });

  it('labels a step by its outcome: ok, the error code, or error for a bug', async () => {
    const m = createMetrics({ jobs: async () => ({ queued: 0, running: 0 }) });
    await countCartCommands(m, 'ar', 3, async () => 'saved');
    await expect(countCartCommands(m, 'ar', 1, () => Promise.reject(new HttpError(409, 'insufficient_stock', 'short')))).rejects.toThrow('short');
    await expect(countCartCommands(m, 'ar', 1, () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
    await countCheckout(m, 'store', async () => ({ created: true }));
    await countCheckout(m, 'store', async () => ({ created: false }));
    await expect(countCheckout(m, 'store', () => Promise.reject(new HttpError(402, 'payment_failed', 'declined')))).rejects.toThrow();
    const text = await m.registry.metrics();
    expect(text).toContain('vitrine_cart_commands_total{channel="ar",outcome="ok"} 3');
    expect(text).toContain('vitrine_cart_commands_total{channel="ar",outcome="insufficient_stock"} 1');
    expect(text).toContain('vitrine_cart_commands_total{channel="ar",outcome="error"} 1');
    expect(text).toContain('vitrine_reservation_failures_total{step="cart",channel="ar"} 1');
    expect(text).toContain('vitrine_checkouts_total{channel="store",outcome="placed"} 1');
    expect(text).toContain('vitrine_checkouts_total{channel="store",outcome="replayed"} 1');
    expect(text).toContain('vitrine_checkouts_total{channel="store",outcome="payment_failed"} 1');
    expect(text).not.toContain('vitrine_reservation_failures_total{step="checkout"');
  });
});
