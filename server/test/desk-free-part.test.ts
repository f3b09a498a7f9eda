import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { must, pickupAt, terminalToken } from './pos-helpers';
import { pickupPartAmounts } from '../../shared/orders/pickup-part-amounts';
import type { Order } from '../../shared/orders/order';
import type { Promotion } from '../../shared/pricing/promotion';
import { promotions } from '../db/schema/commerce';
import { auditLog } from '../db/schema/operations';

const backends = await testBackends();

// A set a promotion offers whole: collected at Lyon, its two units cost nothing.
const gift: Promotion = {
  id: 'gift-lyon-opening', kind: 'bundle', label: { fr: 'Offert pour l\'ouverture', en: 'Free for the opening' },
  productIds: ['sconce-halo', 'lamp-galet'], price: { amount: 0, currency: 'EUR' },
};

describe.each(backends)('a pickup part with nothing to collect at its desk (%s database)', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
    await t.server.services.database.db.insert(promotions).values({ id: gift.id, data: gift });
    await t.server.services.catalogue.reload();
  }, 60_000);
  afterAll(() => t?.close());

  it('is handed over without the terminal, settled with 0, while the other desk still charges its own part', async () => {
    const [hugo, paris, lyon] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'stool-bar-haut', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'sconce-halo', qty: 1, fulfilment: pickupAt('store-lyon') },
      { type: 'addLine', productId: 'lamp-galet', qty: 1, fulfilment: pickupAt('store-lyon') },
    ]);
    const placed = await hugo.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } });
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.payment.status).toBe('due_at_pickup');
    // The offered set makes Lyon's part worth nothing; Paris's carries the whole order.
    expect(pickupPartAmounts(order).parts.map((p) => [p.storeId, p.amount.amount])).toEqual([['store-paris', order.totals.total.amount], ['store-lyon', 0]]);
    expect(order.totals.total.amount).toBeGreaterThan(0);
    const [parisCode, lyonCode] = order.pickups!.map((p) => p.code!);

    // Every other rule still holds: ready first, the right code, the right store.
    expect((await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode })).status).toBe(409);
    for (const desk of [lyon, paris]) expect((await desk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).status).toBe(200);
    const desk = (await lyon.get('/api/stores/store-lyon/pickups')).body as { waiting: { id: string; due?: { amount: number } }[] };
    expect(desk.waiting.find((o) => o.id === order.id)?.due).toEqual({ amount: 0, currency: 'EUR' });
    expect((await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode })).body.reason).toBe('wrong_pickup_code');
    expect((await paris.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode })).status).toBe(422);

    // No card asked, nothing charged: the part is handed over and reads settled with 0.
    const handed = await lyon.post<{ order: Order; payment?: unknown }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.payment).toBeUndefined();
    const lyonPart = handed.body.order.pickups!.find((p) => p.storeId === 'store-lyon')!;
    expect([lyonPart.status, lyonPart.paid?.amount]).toEqual(['picked_up', { amount: 0, currency: 'EUR' }]);
    expect(handed.body.order.payment.status).toBe('due_at_pickup');
    const audit = await t.server.services.database.db.select().from(auditLog).where(eq(auditLog.targetId, order.id));
    expect(audit.filter((a) => a.action === 'payment.nothing_due').map((a) => a.storeId)).toEqual(['store-lyon']);
    const data = (await hugo.get('/api/customers/me/data')).body as { till_payments: { order_id?: string; orderId?: string }[] };
    expect(data.till_payments.filter((p) => (p.orderId ?? p.order_id) === order.id)).toEqual([]);

    // Paris still charges the whole of its part on the terminal; then the order reads paid by that card.
    const asked = await paris.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode });
    expect([asked.status, asked.body.reason]).toEqual([402, 'payment_required']);
    const paid = await paris.post<{ order: Order; payment: { id: string; amount: { amount: number } } }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode, token: await terminalToken(paris) });
    expect(paid.status).toBe(200);
    expect(paid.body.payment.amount.amount).toBe(order.totals.total.amount);
    expect([paid.body.order.status, paid.body.order.payment.status, paid.body.order.payment.reference]).toEqual(['picked_up', 'captured', paid.body.payment.id]);
  }, 60_000);
});
