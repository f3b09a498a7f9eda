import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { releaseExpiredPickups } from '../orders/release-expired-pickups';
import { purgeIdempotencyKeys } from '../orders/purge-idempotency-keys';
import { queryRows } from '../db/query-rows';
import { onlyRow } from '../db/only-row';

describe('rate limits, expiring codes, uncollected pickups and old idempotency keys', () => {
  let t: TestServer;
  let clock = new Date('2026-11-25T10:00:00Z');
  beforeAll(async () => {
    t = await startTestServer('embedded', { rateLimit: true, now: () => clock });
  }, 60_000);
  afterAll(() => t?.close());

  it('limits sign-in attempts per address and email with a 429 that says when to retry', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: `guess-${i}` })).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    const limited = await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: 'vitrine' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: 'rate_limited' });
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits cart commands per customer', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    let last = 0;
    for (let i = 0; i < 130 && last !== 429; i++) {
      last = (await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }, { type: 'setQty', lineId: 'x', qty: 0 }])).status;
    }
    expect(last).toBe(429);
  });

  it('expires handoff codes after ten minutes', async () => {
    const customer = await t.login('hugo@vitrine.demo');
    const clerk = await t.login('bordeaux@vitrine.demo');
    const cart = await customer.cart();
    const { code } = (await customer.post(`/api/carts/${cart.id}/handoff`)).body;
    clock = new Date(clock.getTime() + 11 * 60_000);
    const r = await clerk.post(`/api/handoff/${code}`);
    expect(r.status).toBe(410);
    expect(r.body.message).toMatch(/expired/);
  });

  it('releases a ready pickup nobody collected back to stock', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const avail = async () => (await c.get('/api/products/clock-gare/availability')).body.items.find((i: { locationId: string }) => i.locationId === 'store-bordeaux').available as number;
    const start = await avail();
    expect(start).toBeGreaterThan(0);
    expect((await c.commands(cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-bordeaux' } }])).status).toBe(200);
    const order = (await c.checkout(cart.id, 'uncollected-1')).body;
    const clerk = await t.login('bordeaux@vitrine.demo');
    expect((await clerk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    expect(await avail()).toBe(start - 1);
    expect(await releaseExpiredPickups(t.server.services)).toEqual([]);
    clock = new Date(clock.getTime() + 4 * 86_400_000);
    expect(await releaseExpiredPickups(t.server.services)).toEqual([order.id]);
    expect(await avail()).toBe(start);
    expect((await c.get(`/api/orders/${order.id}`)).body.status).toBe('cancelled');
  });

  it('keeps idempotency keys for at least 24 hours', async () => {
    const { db } = t.server.services.database;
    const count = async () => onlyRow(await queryRows<{ n: number }>(db, sql`select count(*)::int as n from idempotency_keys`), 'count idempotency keys').n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    expect(await purgeIdempotencyKeys(db, new Date(Date.now() + 24 * 3600_000))).toBe(0);
    expect(await count()).toBe(before);
    expect(await purgeIdempotencyKeys(db, new Date(Date.now() + 49 * 3600_000))).toBe(before);
  });
});
