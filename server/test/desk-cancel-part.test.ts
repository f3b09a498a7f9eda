import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { handCartTo, must, pickupAt, shelf, tillPay } from './pos-helpers';
import { partAmountAt } from '../../shared/orders/pickup-part-amounts';
import type { Order } from '../../shared/orders/order';
import type { TestClient } from '../test-support/test-client';
import { auditLog } from '../db/schema/operations';

const backends = await testBackends();

type Item = { type: string; data: Record<string, unknown> };

describe.each(backends)('a desk cancelling its own store\'s part of an order (%s database)', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  /** A clock to collect at Paris and two lamps at Lyon, both parts made ready. */
  async function twoStoreOrder(customer: TestClient, payment: 'card' | 'in_store'): Promise<Order> {
    const [paris, lyon] = await Promise.all([t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
    const cart = await customer.cart();
    await must(customer, cart.id, [
      { type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'lamp-galet', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    const placed = await customer.checkout(cart.id, randomUUID(), { payment: { method: payment } });
    if (placed.status !== 201) throw new Error(`checkout ${placed.status}`);
    for (const desk of [lyon, paris]) expect((await desk.post(`/api/orders/${placed.body.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).status).toBe(200);
    return placed.body as Order;
  }

  it('releases and refunds the part of an order paid by card, leaves the other part waiting, and tells the customer and the audit log', async () => {
    const [hugo, paris, lyon] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
    const before = await shelf(lyon, 'store-lyon', 'lamp-galet');
    const order = await twoStoreOrder(hugo, 'card');
    expect(await shelf(lyon, 'store-lyon', 'lamp-galet')).toMatchObject({ onHand: before.onHand, reserved: before.reserved + 2 });
    const share = partAmountAt(order, 'store-lyon', { rest: 'apart' })!;
    expect(share.amount).toBeGreaterThan(0);

    const r = await lyon.post<Order>(`/api/pos/orders/${order.id}/cancel-part`, { reason: 'no_show', note: 'called twice' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('ready_for_pickup');
    expect(r.body.pickups?.map((p) => [p.storeId, p.status, p.cancelReason, p.refunded?.amount])).toEqual([
      ['store-paris', 'ready_for_pickup', undefined, undefined],
      ['store-lyon', 'cancelled', 'no_show', share.amount],
    ]);
    // The lamps are back on sale at Lyon; the order's money gives Lyon's share back through the provider.
    expect(await shelf(lyon, 'store-lyon', 'lamp-galet')).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
    const mine = (await hugo.get(`/api/orders/${order.id}`)).body as Order;
    expect(mine.payment.refunded).toEqual(share);
    expect(mine.pickups?.find((p) => p.storeId === 'store-lyon')?.refunded).toEqual(share);
    const timeline = (await hugo.get('/api/customers/me/timeline')).body.items as Item[];
    const told = timeline.filter((e) => e.data.orderId === order.id);
    expect(told.find((e) => e.type === 'order.pickup_changed' && e.data.to === 'cancelled')?.data).toMatchObject({ storeId: 'store-lyon', reason: 'no_show', by: { role: 'clerk', storeId: 'store-lyon' } });
    expect(told.find((e) => e.type === 'payment.refunded')?.data).toMatchObject({ amount: share, partStoreId: 'store-lyon' });
    const audit = await t.server.services.database.db.select().from(auditLog).where(and(eq(auditLog.targetId, order.id), eq(auditLog.action, 'order.pickup_cancelled')));
    expect(audit.map((a) => [a.actorId, a.storeId, a.data])).toEqual([['u-clerk-lyon', 'store-lyon', { storeId: 'store-lyon', reason: 'no_show', note: 'called twice' }]]);

    // Cancelled once: again is a conflict. Paris hands its own part over as before.
    expect((await lyon.post(`/api/pos/orders/${order.id}/cancel-part`, { reason: 'no_show' })).status).toBe(409);
    const handed = await paris.post<{ order: Order }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: order.pickups![0]!.code });
    expect(handed.status).toBe(200);
    expect(handed.body.order.status).toBe('picked_up');
    // Handed over: that part can no longer be cancelled.
    const late = await paris.post(`/api/pos/orders/${order.id}/cancel-part`, { reason: 'changed_mind' });
    expect([late.status, late.body.status]).toEqual([409, 'picked_up']);
  }, 90_000);

  it('gives the last part cancelled what is left of a till payment, and cancels the order; a card hold is released instead', async () => {
    const [hugo, paris, lyon] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
    // Paid at the Paris till for goods to collect at Paris and Lyon: the money is taken at once.
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'sconce-halo', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    await handCartTo(hugo, paris, cart.id);
    const paid = await tillPay(paris, cart.id);
    expect(paid.status).toBe(201);
    const order = paid.body.order as Order;
    const lyonShare = partAmountAt(order, 'store-lyon', { rest: 'apart' })!.amount;
    expect((await lyon.post(`/api/pos/orders/${order.id}/cancel-part`, { reason: 'changed_mind' })).status).toBe(200);
    const last = await paris.post<Order>(`/api/pos/orders/${order.id}/cancel-part`, { reason: 'no_show' });
    expect(last.status).toBe(200);
    expect([last.body.status, last.body.payment.status]).toEqual(['cancelled', 'refunded']);
    expect(last.body.pickups?.map((p) => [p.storeId, p.refunded?.amount])).toEqual([['store-paris', order.totals.total.amount - lyonShare], ['store-lyon', lyonShare]]);

    // Paid by card at checkout, the money is only held: the last cancellation releases the hold, nothing is refunded for it.
    const held = await twoStoreOrder(hugo, 'card');
    expect((await lyon.post(`/api/pos/orders/${held.id}/cancel-part`, { reason: 'no_show' })).status).toBe(200);
    const released = await paris.post<Order>(`/api/pos/orders/${held.id}/cancel-part`, { reason: 'no_show' });
    expect([released.body.status, released.body.payment.status]).toEqual(['cancelled', 'voided']);
    expect(released.body.pickups?.find((p) => p.storeId === 'store-paris')?.refunded).toBeUndefined();
  }, 90_000);

  it('cancels the order only once every part is, and refuses other stores, advisors, customers and a missing reason', async () => {
    const [camille, lyonManager, paris, bordeaux, advisor] = await Promise.all([
      t.login('camille@vitrine.demo'), t.login('manager.lyon@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('bordeaux@vitrine.demo'), t.login('theo@vitrine.demo'),
    ]);
    const order = await twoStoreOrder(camille, 'in_store');
    const path = `/api/pos/orders/${order.id}/cancel-part`;
    expect((await bordeaux.post(path, { reason: 'no_show' })).status).toBe(403);
    expect((await advisor.post(path, { reason: 'no_show' })).status).toBe(403);
    expect((await camille.post(path, { reason: 'no_show' })).status).toBe(403);
    expect((await lyonManager.post(path, {})).status).toBe(422);
    expect((await lyonManager.post(path, { reason: 'not_collected' })).status).toBe(422);
    expect(((await camille.get(`/api/orders/${order.id}`)).body as Order).pickups?.map((p) => p.status)).toEqual(['ready_for_pickup', 'ready_for_pickup']);

    // Nothing was paid yet (due at pickup): the Lyon part is released with nothing to refund.
    const lyonDone = await lyonManager.post<Order>(path, { reason: 'changed_mind' });
    expect(lyonDone.status).toBe(200);
    expect([lyonDone.body.status, lyonDone.body.payment.status]).toEqual(['ready_for_pickup', 'due_at_pickup']);
    expect(lyonDone.body.pickups?.find((p) => p.storeId === 'store-lyon')?.refunded).toBeUndefined();
    const parisDone = await paris.post<Order>(path, { reason: 'other' });
    expect(parisDone.status).toBe(200);
    expect(parisDone.body.status).toBe('cancelled');
    const timeline = (await camille.get('/api/customers/me/timeline')).body.items as Item[];
    expect(timeline.find((e) => e.type === 'order.status_changed' && e.data.orderId === order.id && e.data.to === 'cancelled')?.data).toMatchObject({ reason: 'other' });
  }, 90_000);
});
