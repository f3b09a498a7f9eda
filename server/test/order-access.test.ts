import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import type { Order } from '../../shared/orders/order';
import type { HelpRequestView } from '../../shared/room/help';
import { must, pickupAt } from './pos-helpers';

/** Staff reach a customer's orders only through the customer, or as the desk that hands them over. */
describe('who reaches an order', () => {
  let t: TestServer;
  let ines: TestClient;
  let theo: TestClient;
  let paris: TestClient;
  let lyon: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded');
    [ines, theo, paris, lyon] = await Promise.all([t.login('ines@vitrine.demo'), t.login('theo@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
  }, 60_000);
  afterAll(() => t?.close());

  async function pickupOrder(customer: TestClient, payment: 'card' | 'in_store' = 'card'): Promise<Order> {
    const cart = await customer.cart();
    await must(customer, cart.id, [{ type: 'addLine', productId: 'planter-terrazzo', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const r = await customer.checkout(cart.id, randomUUID(), { payment: { method: payment } });
    if (r.status !== 201) throw new Error(`checkout ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  it('hides an order from advisors and other stores\' clerks the customer did not bring to it', async () => {
    const c = await t.guest();
    const order = await pickupOrder(c);
    for (const staff of [ines, lyon]) {
      expect((await staff.get(`/api/orders/${order.id}`)).status).toBe(404);
      expect((await staff.post(`/api/orders/${order.id}/status`, { status: 'cancelled' })).status).toBe(404);
    }
    expect((await (await t.guest()).get(`/api/orders/${order.id}`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/orders/${order.id}`)).status).toBe(401);
    const desk = await paris.get<Order>(`/api/orders/${order.id}`);
    expect(desk.status).toBe(200);
    expect(desk.body.pickupCode).toBe(order.pickupCode);
    expect((await c.get<Order>(`/api/orders/${order.id}`)).body.status).toBe('placed');
  });

  it('opens the order to the advisor of an assigned help session only, without the pickup code, and lets them only cancel a placed order', async () => {
    const c = await t.guest();
    const order = await pickupOrder(c);
    const other = await pickupOrder(c);
    const asked = await c.post<HelpRequestView>('/api/help/requests', { page: '/account' });
    expect((await ines.post(`/api/help/requests/${asked.body.id}/accept`)).status).toBe(200);
    const seen = await ines.get<Order>(`/api/orders/${order.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.pickupCode).toBeUndefined();
    expect((await theo.get(`/api/orders/${order.id}`)).status).toBe(404);
    expect((await ines.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(403);
    expect((await paris.post(`/api/orders/${other.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    // Being prepared: no longer the advisor's to cancel.
    expect((await ines.post(`/api/orders/${other.id}/status`, { status: 'cancelled' })).status).toBe(403);
    const cancelled = await ines.post<Order>(`/api/orders/${order.id}/status`, { status: 'cancelled' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('lets a clerk only prepare and hand over, and never hand over an unpaid order outside the till\'s payment', async () => {
    const c = await t.guest();
    const due = await pickupOrder(c, 'in_store');
    expect((await paris.post(`/api/orders/${due.id}/status`, { status: 'cancelled' })).status).toBe(403);
    expect((await paris.post(`/api/orders/${due.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    const handed = await paris.post(`/api/orders/${due.id}/status`, { status: 'picked_up', pickupCode: due.pickupCode });
    expect(handed.status).toBe(409);
    expect(handed.body.error).toBe('payment_due');
    expect((await c.get<Order>(`/api/orders/${due.id}`)).body.status).toBe('ready_for_pickup');
    const admin = await t.login('admin@vitrine.demo');
    expect((await admin.post(`/api/orders/${due.id}/status`, { status: 'picked_up' })).status).toBe(409);
  });

  it('shows advisors the queue without other customers\' cart ids or event data', async () => {
    const c = await t.guest();
    const order = await pickupOrder(c);
    const asked = await c.post<HelpRequestView>('/api/help/requests', { page: '/account' });
    const queue = await theo.get<{ items: HelpRequestView[] }>('/api/help/queue');
    const entry = queue.body.items.find((i) => i.id === asked.body.id)!;
    expect(entry.context.recent.map((e) => e.type)).toContain('order.placed');
    expect(entry.context.cartId).toBeUndefined();
    expect(JSON.stringify(queue.body)).not.toContain(order.id);
    expect(JSON.stringify((await theo.get(`/api/help/requests/${asked.body.id}`)).body)).not.toContain(order.id);
    expect((await paris.get(`/api/help/requests/${asked.body.id}`)).status).toBe(403);
    // The customer keeps the full context of their own request.
    expect(JSON.stringify((await c.get(`/api/help/requests/${asked.body.id}`)).body)).toContain(order.id);
  });
});
