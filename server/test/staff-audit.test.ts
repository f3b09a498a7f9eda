import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { auditLog } from '../db/schema/operations';
import type { HelpRequestView } from '../../shared/room/help';
import { handCartTo, must, pickupAt, takeNowAt, tillPay } from './pos-helpers';

/** What staff did to or read of a customer's carts, orders and data is on the audit log; customers' own steps are not. */
describe('the staff audit log', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded');
  }, 60_000);
  afterAll(() => t?.close());

  const logOf = async (customerId: string) =>
    (await t.server.services.database.db.select().from(auditLog).where(eq(auditLog.customerId, customerId)))
      .map((r) => `${r.actorRole} ${r.action}`).sort();

  it('records reads, cart opens, status changes and till payments by staff, with who did them', async () => {
    const c = await t.guest();
    const customerId = c.user!.id;
    const cart = await c.cart();
    await must(c, cart.id, [{ type: 'addLine', productId: 'planter-terrazzo', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const order = (await c.checkout(cart.id, randomUUID())).body;
    await c.get(`/api/orders/${order.id}`);
    await c.get('/api/customers/me/timeline');
    expect(await logOf(customerId)).toEqual([]);

    const paris = await t.login('paris@vitrine.demo');
    expect((await paris.get(`/api/orders/${order.id}`)).status).toBe(200);
    expect((await paris.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);

    const walkIn = await c.cart();
    await handCartTo(c, paris, walkIn.id);
    await paris.get(`/api/carts/${walkIn.id}`);
    await must(paris, walkIn.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: takeNowAt('store-paris') }], 'store');
    expect((await paris.get(`/api/customers/${customerId}/timeline`)).status).toBe(200);
    expect((await tillPay(paris, walkIn.id)).status).toBe(201);

    const ines = await t.login('ines@vitrine.demo');
    const asked = await c.post<HelpRequestView>('/api/help/requests', { page: '/account' });
    expect((await ines.post(`/api/help/requests/${asked.body.id}/accept`)).status).toBe(200);
    await ines.get(`/api/orders/${order.id}`);

    expect(await logOf(customerId)).toEqual([
      'advisor cart.opened',
      'advisor order.read',
      'clerk cart.changed',
      'clerk cart.opened',
      'clerk cart.read',
      'clerk order.read',
      'clerk order.status_changed',
      'clerk payment.taken',
      'clerk timeline.read',
    ]);
    const [change] = await t.server.services.database.db.select().from(auditLog).where(eq(auditLog.action, 'order.status_changed'));
    expect(change).toMatchObject({ storeId: 'store-paris', targetId: order.id, before: { status: 'placed' }, after: { status: 'ready_for_pickup' } });
  });
});
