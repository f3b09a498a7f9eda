import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import { testBackends } from './backends';
import { releaseExpiredPickups } from '../orders/release-expired-pickups';
import { pickupPartAmounts } from '../../shared/orders/pickup-part-amounts';
import type { Order } from '../../shared/orders/order';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { availableAt, handCartTo, must, pickupAt, shelf, takeNowAt, terminalToken, tillPay } from './pos-helpers';

const backends = await testBackends();

describe.each(backends)('click and collect and store stock on the %s database', (backend) => {
  let t: TestServer;
  let clock = new Date();
  beforeAll(async () => {
    t = await startTestServer(backend, { now: () => clock });
  }, 60_000);
  afterAll(() => t?.close());

  it('shows a pickup order on the store\'s live desk list, notifies the customer when ready, and hands it over against the code', async () => {
    const clerk = await t.login('paris@vitrine.demo');
    const camille = await t.login('camille@vitrine.demo');
    const desk = await openSse(`${t.url}/api/stores/store-paris/pickups/events?token=${clerk.token}`);
    const mine = await openSse(`${t.url}/api/customers/me/orders/events?token=${camille.token}`);
    expect(desk.status).toBe(200);
    const first = JSON.parse((await desk.next()).data);
    expect(first.storeId).toBe('store-paris');
    await mine.next();
    const startAvail = await availableAt(t.anonymous(), 'print-calanques', 'store-paris');

    const cart = await camille.cart();
    await must(camille, cart.id, [{ type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const placed = await camille.checkout(cart.id, randomUUID());
    expect(placed.status).toBe(201);
    expect(placed.body.pickupCode).toMatch(/^\d{6}$/);

    // The desk's stream brings the new order (without its code); the customer's stream too.
    let list = JSON.parse((await desk.next()).data);
    while (!list.waiting.some((o: { id: string }) => o.id === placed.body.id)) list = JSON.parse((await desk.next()).data);
    const onDesk = list.waiting.find((o: { id: string }) => o.id === placed.body.id);
    expect(onDesk).toMatchObject({ status: 'placed', customer: { id: camille.user!.id, name: 'Camille Martin' } });
    expect(JSON.stringify(list)).not.toContain(placed.body.pickupCode);

    expect((await clerk.post(`/api/orders/${placed.body.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).status).toBe(200);
    let orders = JSON.parse((await mine.next()).data);
    while (orders.items.find((o: { id: string }) => o.id === placed.body.id)?.status !== 'ready_for_pickup') orders = JSON.parse((await mine.next()).data);
    const timeline = (await camille.get('/api/customers/me/timeline')).body.items;
    expect(timeline.at(-1)).toMatchObject({ channel: 'store', type: 'order.status_changed', data: { orderId: placed.body.id, to: 'ready_for_pickup' } });

    // Wrong code refused; the right one hands it over and the unit leaves the Paris shelf for good.
    const wrong = await clerk.post(`/api/pos/orders/${placed.body.id}/handover`, { pickupCode: '000000' });
    expect(wrong.status).toBe(422);
    const handed = await clerk.post(`/api/pos/orders/${placed.body.id}/handover`, { pickupCode: placed.body.pickupCode });
    expect(handed.status).toBe(200);
    expect(handed.body.order.status).toBe('picked_up');
    expect(await availableAt(t.anonymous(), 'print-calanques', 'store-paris')).toBe(startAvail - 1);
    list = JSON.parse((await desk.next()).data);
    while (list.waiting.some((o: { id: string }) => o.id === placed.body.id)) list = JSON.parse((await desk.next()).data);
    expect(list.recent[0]).toMatchObject({ id: placed.body.id, status: 'picked_up' });
    desk.close();
    mine.close();
  });

  it('charges an order due at pickup on the terminal before handing it over, once', async () => {
    const clerk = await t.login('paris@vitrine.demo');
    const g = await t.guest();
    const cart = await g.cart();
    await must(g, cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const o = (await g.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } })).body;
    expect(o.payment.status).toBe('due_at_pickup');
    await clerk.post(`/api/orders/${o.id}/status`, { status: 'ready_for_pickup' });
    expect((await clerk.post(`/api/pos/orders/${o.id}/handover`, { pickupCode: o.pickupCode })).body.reason).toBe('payment_required');
    const declined = await clerk.post(`/api/pos/orders/${o.id}/handover`, { pickupCode: o.pickupCode, token: await terminalToken(clerk, TEST_CARDS.declined) });
    expect(declined.status).toBe(402);
    const ok = await clerk.post(`/api/pos/orders/${o.id}/handover`, { pickupCode: o.pickupCode, token: await terminalToken(clerk, TEST_CARDS.approved) });
    expect(ok.status).toBe(200);
    expect(ok.body.payment).toMatchObject({ status: 'approved', amount: o.totals.total });
    expect(ok.body.order).toMatchObject({ status: 'picked_up', payment: { status: 'captured' } });
  });

  it('lists only what waits at this desk: take-now lines are gone, ship lines are not there', async () => {
    const clerk = await t.login('lyon@vitrine.demo');
    const hugo = await t.login('hugo@vitrine.demo');
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'lamp-galet', qty: 1, fulfilment: pickupAt('store-lyon') },
      { type: 'addLine', productId: 'rug-berbere', qty: 1, fulfilment: { type: 'ship' } },
    ]);
    await handCartTo(hugo, clerk, cart.id);
    const c = await must(clerk, cart.id, [{ type: 'addLine', productId: 'shelf-flotte', qty: 1, fulfilment: takeNowAt('store-lyon') }], 'store');
    const paid = await tillPay(clerk, cart.id, { expectedVersion: c.version });
    expect(paid.status).toBe(201);
    expect(paid.body.order.status).toBe('placed');
    const list = (await clerk.get('/api/stores/store-lyon/pickups')).body;
    const o = list.waiting.find((x: { id: string }) => x.id === paid.body.order.id);
    expect(o.lines.map((l: { productId: string }) => l.productId)).toEqual(['lamp-galet']);
    expect(o.otherLines).toBe(2);
    expect(o.payment.status).toBe('captured');
    // Other stores' clerks do not see Lyon's desk or stock.
    const paris = await t.login('paris@vitrine.demo');
    expect((await paris.get('/api/stores/store-lyon/pickups')).status).toBe(403);
    expect((await paris.post('/api/stores/store-lyon/receive', { items: [{ productId: 'lamp-bulle', qty: 1 }] })).status).toBe(403);
    expect((await hugo.get('/api/stores/store-lyon/stock')).status).toBe(403);
  });

  it('releases a ready pickup nobody collected back to stock, and the desk and customer see it', async () => {
    const clerk = await t.login('bordeaux@vitrine.demo');
    const g = await t.guest();
    const cart = await g.cart();
    const before = await availableAt(g, 'planter-terrazzo', 'store-bordeaux');
    await must(g, cart.id, [{ type: 'addLine', productId: 'planter-terrazzo', qty: 2, fulfilment: pickupAt('store-bordeaux') }]);
    const o = (await g.checkout(cart.id, randomUUID())).body;
    await clerk.post(`/api/orders/${o.id}/status`, { status: 'ready_for_pickup' });
    expect(await availableAt(g, 'planter-terrazzo', 'store-bordeaux')).toBe(before - 2);
    clock = new Date(clock.getTime() + 4 * 86_400_000);
    try {
      expect(await releaseExpiredPickups(t.server.services)).toContain(o.id);
    } finally {
      clock = new Date();
    }
    expect(await availableAt(g, 'planter-terrazzo', 'store-bordeaux')).toBe(before);
    expect((await g.get(`/api/orders/${o.id}`)).body.status).toBe('cancelled');
    const list = (await clerk.get('/api/stores/store-bordeaux/pickups')).body;
    expect(list.waiting.some((x: { id: string }) => x.id === o.id)).toBe(false);
    const last = (await g.get('/api/customers/me/timeline')).body.items.at(-1);
    expect(last).toMatchObject({ type: 'order.status_changed', data: { to: 'cancelled', reason: 'not_collected' } });
  });

  it('gives back the share of a part released uncollected when the other part was collected, and releases the whole hold when nothing was', async () => {
    const [hugo, lyon, paris] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('lyon@vitrine.demo'), t.login('paris@vitrine.demo')]);
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: pickupAt('store-lyon') },
    ]);
    const o = (await hugo.checkout(cart.id, randomUUID(), { payment: { method: 'card' } })).body as Order;
    const parisShare = pickupPartAmounts(o, { rest: 'apart' }).parts.find((p) => p.storeId === 'store-paris')!.amount;
    await lyon.post(`/api/orders/${o.id}/status`, { status: 'ready_for_pickup' });
    await paris.post(`/api/orders/${o.id}/status`, { status: 'ready_for_pickup' });
    expect((await lyon.post(`/api/pos/orders/${o.id}/handover`, { pickupCode: o.pickups!.find((p) => p.storeId === 'store-lyon')!.code })).status).toBe(200);
    clock = new Date(clock.getTime() + 4 * 86_400_000);
    try {
      expect(await releaseExpiredPickups(t.server.services)).toContain(o.id);
    } finally {
      clock = new Date();
    }
    const after = (await hugo.get(`/api/orders/${o.id}`)).body as Order;
    expect(after.pickups?.map((p) => p.status)).toEqual(['cancelled', 'picked_up']);
    expect(after.payment).toMatchObject({ status: 'captured', refunded: parisShare });
    expect(await t.server.services.payments.status(o.payment.reference!)).toMatchObject({ status: 'captured', refunded: parisShare });

    // Nothing collected at all: the card's hold is released whole.
    const again = await hugo.cart();
    await must(hugo, again.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const lone = (await hugo.checkout(again.id, randomUUID(), { payment: { method: 'card' } })).body as Order;
    await paris.post(`/api/orders/${lone.id}/status`, { status: 'ready_for_pickup' });
    clock = new Date(clock.getTime() + 4 * 86_400_000);
    try {
      expect(await releaseExpiredPickups(t.server.services)).toContain(lone.id);
    } finally {
      clock = new Date();
    }
    expect((await hugo.get(`/api/orders/${lone.id}`)).body).toMatchObject({ status: 'cancelled', payment: { status: 'voided' } });
    expect((await t.server.services.payments.status(lone.payment.reference!))?.status).toBe('voided');
  });

  it('receives and counts stock at the store; a count never goes below what is reserved', async () => {
    const clerk = await t.login('bordeaux@vitrine.demo');
    const before = await shelf(clerk, 'store-bordeaux', 'rug-jute-rond');
    const got = await clerk.post('/api/stores/store-bordeaux/receive', { items: [{ productId: 'rug-jute-rond', qty: 4 }] });
    expect(got.status).toBe(200);
    expect(got.body.items[0]).toMatchObject({ onHand: before.onHand + 4 });
    expect(await availableAt(t.anonymous(), 'rug-jute-rond', 'store-bordeaux')).toBe(before.available + 4);

    // A product never stocked here can be received too (a new row).
    const fresh = await clerk.post('/api/stores/store-bordeaux/receive', { items: [{ productId: 'sofa-oslo-3', qty: 1 }] });
    expect(fresh.body.items[0]).toMatchObject({ productId: 'sofa-oslo-3', onHand: 1 });

    // Reserve two for a pickup, then count: below two is refused, two is accepted and leaves none on sale.
    const g = await t.guest();
    const cart = await g.cart();
    await must(g, cart.id, [{ type: 'addLine', productId: 'rug-jute-rond', qty: 2, fulfilment: pickupAt('store-bordeaux') }]);
    expect((await g.checkout(cart.id, randomUUID())).status).toBe(201);
    const low = await clerk.post('/api/stores/store-bordeaux/count', { productId: 'rug-jute-rond', counted: 1 });
    expect(low.status).toBe(409);
    expect(low.body).toMatchObject({ error: 'below_reserved', reserved: 2 });
    const ok = await clerk.post('/api/stores/store-bordeaux/count', { productId: 'rug-jute-rond', counted: 2 });
    expect(ok.body).toEqual({ productId: 'rug-jute-rond', onHand: 2, reserved: 2, available: 0 });
    expect(await availableAt(t.anonymous(), 'rug-jute-rond', 'store-bordeaux')).toBe(0);
    expect((await clerk.post('/api/stores/store-bordeaux/count', { productId: 'nope', counted: 2 })).status).toBe(422);
    expect((await clerk.post('/api/stores/store-bordeaux/receive', { items: [{ productId: 'rug-jute-rond', qty: -1 }] })).status).toBe(422);
  });
});
