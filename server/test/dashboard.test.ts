import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { handCartTo, must, pickupAt, takeNowAt, tillPay } from './pos-helpers';

const backends = await testBackends();

describe.each(backends)('the managers\' dashboard on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('is for admins only', async () => {
    for (const who of ['camille@vitrine.demo', 'lyon@vitrine.demo', 'ines@vitrine.demo']) {
      expect((await (await t.login(who)).get('/api/dashboard')).status).toBe(403);
    }
    expect((await t.anonymous().get('/api/dashboard')).status).toBe(401);
    expect((await (await t.login('admin@vitrine.demo')).get('/api/dashboard?days=500')).status).toBe(422);
  });

  it('counts carts, orders, conversion, AR views that led to an add, till sales and pickups waiting', async () => {
    // An AR view, then an add in AR and a web checkout for pickup in Paris.
    const a = await t.guest();
    // AR views are journey analytics: these customers consented to them.
    await a.request('PUT', '/api/customers/me/consent', { analytics: true });
    await a.post('/api/events', { type: 'product.viewed_in_ar', data: { productId: 'armchair-lisa' } }, { 'x-channel': 'ar' });
    const ca = await a.cart('ar');
    await must(a, ca.id, [{ type: 'addLine', productId: 'armchair-lisa', qty: 1, fulfilment: pickupAt('store-paris') }], 'ar');
    expect((await a.checkout(ca.id, randomUUID())).status).toBe(201);
    // An AR view that led nowhere, and a web cart never bought.
    const b = await t.guest();
    await b.request('PUT', '/api/customers/me/consent', { analytics: true });
    await b.post('/api/events', { type: 'product.viewed_in_ar', data: { productId: 'rug-berbere' } }, { 'x-channel': 'ar' });
    const cb = await b.cart();
    await must(b, cb.id, [{ type: 'addLine', productId: 'chair-mora', qty: 1, fulfilment: { type: 'ship' } }]);
    // A till sale at Lyon with a line an advisor suggested earlier.
    const c = await t.login('camille@vitrine.demo');
    const cc = await c.cart();
    const ines = await t.login('ines@vitrine.demo');
    await handCartTo(c, ines, cc.id, 'advisor');
    await must(ines, cc.id, [{ type: 'addLine', productId: 'lamp-galet', qty: 1, fulfilment: { type: 'ship' } }], 'advisor');
    const clerk = await t.login('lyon@vitrine.demo');
    await handCartTo(c, clerk, cc.id);
    const v = await must(clerk, cc.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: takeNowAt('store-lyon') }], 'store');
    const paid = await tillPay(clerk, cc.id, { expectedVersion: v.version });
    expect(paid.status).toBe(201);

    const d = (await (await t.login('admin@vitrine.demo')).get('/api/dashboard?days=7')).body;
    const ch = Object.fromEntries(d.channels.map((x: { channel: string }) => [x.channel, x]));
    expect(ch.ar).toMatchObject({ carts: 1, convertedCarts: 1, conversion: 1 });
    expect(ch.web).toMatchObject({ carts: 1, convertedCarts: 0, orders: 1 });
    expect(ch.store).toMatchObject({ carts: 1, convertedCarts: 1, orders: 1, revenue: paid.body.order.totals.total.amount });
    expect(ch.advisor).toMatchObject({ carts: 1, convertedCarts: 1 });
    expect(d.ar).toMatchObject({ views: 2, viewsLeadingToAdd: 1, rate: 0.5 });
    const lyon = d.stores.find((s: { storeId: string }) => s.storeId === 'store-lyon');
    const paris = d.stores.find((s: { storeId: string }) => s.storeId === 'store-paris');
    expect(lyon).toMatchObject({ tillOrders: 1, tillRevenue: paid.body.order.totals.total.amount });
    expect(paris).toMatchObject({ clickAndCollect: 1, pickupsToPrepare: 1 });
    expect(d.advisors).toEqual([expect.objectContaining({ advisorId: 'u-ines', assistedOrders: 1, assistedRevenue: paid.body.order.totals.total.amount })]);
    expect(d.totals).toMatchObject({ orders: 2 });
    expect(d.daily).toHaveLength(7);
  });
});
