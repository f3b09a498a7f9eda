import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import type { Cart } from '../../shared/cart/cart';
import type { Promotion } from '../../shared/pricing/promotion';

const backends = await testBackends();

// A set the shop gives away: its two units cost nothing while the promotion runs.
const gift: Promotion = {
  id: 'gift-vase-clock', kind: 'bundle', label: { fr: 'Offert', en: 'On the house' },
  productIds: ['vase-bulle-verre', 'clock-gare'], price: { amount: 0, currency: 'EUR' },
};

describe.each(backends)('promotions started and ended from the back office (%s database)', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('prices carts with a promotion as soon as an admin starts it, and without it once ended', async () => {
    const [admin, clerk, hugo] = await Promise.all([t.login('admin@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('hugo@vitrine.demo')]);
    const cart = await hugo.cart();
    const lines = gift.productIds.map((productId) => ({ type: 'addLine', productId, qty: 1, fulfilment: { type: 'ship' } }));
    const before = (await hugo.commands(cart.id, lines)).body as Cart;
    expect(before.totals.total.amount).toBeGreaterThan(0);

    expect((await clerk.post('/api/admin/promotions', gift)).status).toBe(403);
    const started = await admin.post('/api/admin/promotions', gift);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await admin.post('/api/admin/promotions', gift)).status).toBe(409);
    const unknown = await admin.post('/api/admin/promotions', { ...gift, id: 'gift-nothing', productIds: ['clock-gare', 'no-such-product'] });
    expect([unknown.status, unknown.body.field]).toEqual([422, 'productIds']);
    expect(((await hugo.get('/api/promotions')).body as { items: Promotion[] }).items.map((p) => p.id)).toContain(gift.id);

    const free = (await hugo.commands(cart.id, [{ type: 'setQty', lineId: before.lines[0]!.id, qty: 1 }])).body as Cart;
    expect(free.totals.total.amount, JSON.stringify(free.totals)).toBe(0);

    expect((await clerk.request('DELETE', `/api/admin/promotions/${gift.id}`)).status).toBe(403);
    expect((await admin.request('DELETE', `/api/admin/promotions/${gift.id}`)).status).toBe(204);
    expect((await admin.request('DELETE', `/api/admin/promotions/${gift.id}`)).status).toBe(404);
    const paid = (await hugo.commands(cart.id, [{ type: 'setQty', lineId: before.lines[0]!.id, qty: 1 }])).body as Cart;
    expect(paid.totals.total.amount).toBe(before.totals.total.amount);
  }, 60_000);
});
