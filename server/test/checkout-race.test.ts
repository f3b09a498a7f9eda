import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import { testBackends } from './backends';
import { queryRows } from '../db/query-rows';

const backends = await testBackends();
const RACERS = 200;

describe.each(backends)('200 checkouts racing for the last unit on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('sells it exactly once, answers 199 clean 409s and never reserves more than on hand', async () => {
    const { db } = t.server.services.database;
    await db.execute(sql`update stock set on_hand = 1, reserved = 0 where product_id = 'armchair-lisa' and location_id = 'store-bordeaux'`);
    const racers: { c: TestClient; cartId: string }[] = [];
    for (let i = 0; i < RACERS; i += 20) {
      racers.push(...(await Promise.all(Array.from({ length: 20 }, async () => {
        const c = await t.guest();
        const cart = await c.cart();
        const r = await c.commands(cart.id, [{ type: 'addLine', productId: 'armchair-lisa', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-bordeaux' } }]);
        expect(r.status).toBe(200);
        return { c, cartId: cart.id };
      }))));
    }
    const started = performance.now();
    const answers = await Promise.all(racers.map(({ c, cartId }, i) => c.checkout(cartId, `race-${i}-key`)));
    const elapsed = performance.now() - started;
    console.log(`[${backend}] ${RACERS}-way race for the last unit answered in ${elapsed.toFixed(0)} ms`);

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - 1);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.body.error).toBe('insufficient_stock');
      expect(a.body.lines[0]).toMatchObject({ productId: 'armchair-lisa', locationId: 'store-bordeaux', requested: 1, available: 0 });
    }
    const [row] = await queryRows<{ on_hand: number; reserved: number }>(db, sql`select on_hand, reserved from stock where product_id = 'armchair-lisa' and location_id = 'store-bordeaux'`);
    expect(row).toEqual({ on_hand: 1, reserved: 1 });
    const [orders] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from orders o, jsonb_array_elements(o.lines) l where l->>'productId' = 'armchair-lisa' and l->'fulfilment'->>'locationId' = 'store-bordeaux'`);
    expect(orders?.n).toBe(1);
  }, 120_000);

  it('ships from a store when a concurrent checkout takes the last warehouse unit, instead of refusing', async () => {
    const { db } = t.server.services.database;
    await db.execute(sql`update stock set on_hand = case location_id when 'wh-lyon' then 1 when 'store-paris' then 5 else 0 end, reserved = 0 where product_id = 'lamp-phare'`);
    const racers = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const c = await t.guest();
      const cart = await c.cart();
      expect((await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'ship' } }])).status).toBe(200);
      return { c, cartId: cart.id, key: `ship-race-${i}-key` };
    }));
    const answers = await Promise.all(racers.map(({ c, cartId, key }) => c.checkout(cartId, key, { payment: { method: 'card' }, shippingAddress: { name: 'A', line1: '1 rue', postcode: '75002', city: 'Paris', country: 'FR' } })));
    const statuses = answers.map((a) => a.status);
    // Six units in all: six orders, and every refusal names the line it could not reserve.
    expect(statuses.filter((s) => s === 201), JSON.stringify(answers.filter((a) => a.status !== 201).map((a) => a.body))).toHaveLength(6);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body.lines).toHaveLength(1);
    const rows = await queryRows<{ location_id: string; on_hand: number; reserved: number }>(db, sql`select location_id, on_hand, reserved from stock where product_id = 'lamp-phare' and on_hand > 0 order by location_id`);
    expect(rows).toEqual([{ location_id: 'store-paris', on_hand: 5, reserved: 5 }, { location_id: 'wh-lyon', on_hand: 1, reserved: 1 }]);
  }, 120_000);
});
