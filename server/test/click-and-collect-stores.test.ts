import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { sql } from 'drizzle-orm';
import { handCartTo, must, pickupAt, shelf, terminalToken, tillPay } from './pos-helpers';
import { pickupPartAmounts } from '../../shared/orders/pickup-part-amounts';
import { queryRows } from '../db/query-rows';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { formatMoney, money } from '../../shared/money';
import { vatIncluded } from '../../shared/delivery/vat-included';
import type { Order } from '../../shared/orders/order';
import type { StoreStats } from '../../shared/dashboard/store-activity';

const backends = await testBackends();
if (!backends.includes('postgres')) console.warn('click-and-collect-stores: PostgreSQL unreachable (VITRINE_TEST_DATABASE_URL), running on the embedded database only');

type Desk = { waiting: { id: string; status: string; lines: { productId: string }[] }[]; recent: { id: string; status: string }[] };

describe.each(backends)('click and collect at several stores on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('gives each store its own part, code and desk; handing Lyon\'s over leaves Paris\'s ready, and stock and dashboard follow per store', async () => {
    const [hugo, paris, lyon, admin] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo'), t.login('admin@vitrine.demo')]);
    const storesBefore = (await admin.get('/api/dashboard?days=1')).body.stores as StoreStats[];
    const lyonBefore = await shelf(lyon, 'store-lyon', 'lamp-galet');
    const parisBefore = await shelf(paris, 'store-paris', 'clock-gare');

    // A clock to collect at Paris and two lamps at Lyon.
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'lamp-galet', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    const placed = await hugo.checkout(cart.id, randomUUID(), { payment: { method: 'card' } });
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.status).toBe('placed');
    expect(order.pickups?.map((p) => [p.storeId, p.status])).toEqual([['store-paris', 'placed'], ['store-lyon', 'placed']]);
    const [parisCode, lyonCode] = order.pickups!.map((p) => p.code!);
    expect(parisCode).toMatch(/^\d{6}$/);
    expect(lyonCode).toMatch(/^\d{6}$/);
    expect(parisCode).not.toBe(lyonCode);
    // No single code stands for both stores.
    expect(order.pickupCode).toBeUndefined();

    // Each desk lists its own part: its lines, its state, no code.
    const lyonDesk = (await lyon.get('/api/stores/store-lyon/pickups')).body as Desk;
    const atLyon = lyonDesk.waiting.find((o) => o.id === order.id);
    expect(atLyon).toMatchObject({ status: 'placed', lines: [{ productId: 'lamp-galet' }] });
    const parisDesk = (await paris.get('/api/stores/store-paris/pickups')).body as Desk;
    expect(parisDesk.waiting.find((o) => o.id === order.id)).toMatchObject({ lines: [{ productId: 'clock-gare' }] });
    expect(JSON.stringify([lyonDesk, parisDesk])).not.toMatch(new RegExp(`${parisCode}|${lyonCode}`));
    // A desk reads the order with its own store's code only.
    const seenAtLyon = (await lyon.get(`/api/orders/${order.id}`)).body as Order;
    expect(seenAtLyon.pickups?.map((p) => p.code)).toEqual([undefined, lyonCode]);

    // Lyon prepares its part: Paris's is still to prepare, so the order is still placed.
    const lyonReady = await lyon.post<Order>(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' });
    expect(lyonReady.status).toBe(200);
    expect(lyonReady.body.status).toBe('placed');
    expect((await paris.post<Order>(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).body.status).toBe('ready_for_pickup');

    // Lyon's code opens nothing at Paris; at Lyon it hands over Lyon's part only.
    const wrongDesk = await paris.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode });
    expect(wrongDesk.status).toBe(422);
    expect(wrongDesk.body.reason).toBe('wrong_pickup_code');
    const handed = await lyon.post<{ order: Order }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode });
    expect(handed.status).toBe(200);
    expect(handed.body.order.status).toBe('ready_for_pickup');
    expect(handed.body.order.pickups?.map((p) => [p.storeId, p.status])).toEqual([['store-paris', 'ready_for_pickup'], ['store-lyon', 'picked_up']]);

    // Stock settles per store: Lyon's two lamps are sold, Paris's clock still reserved.
    expect(await shelf(lyon, 'store-lyon', 'lamp-galet')).toMatchObject({ onHand: lyonBefore.onHand - 2, reserved: lyonBefore.reserved });
    expect(await shelf(paris, 'store-paris', 'clock-gare')).toMatchObject({ onHand: parisBefore.onHand, reserved: parisBefore.reserved + 1 });
    expect(((await lyon.get('/api/stores/store-lyon/pickups')).body as Desk).recent.find((o) => o.id === order.id)?.status).toBe('picked_up');
    expect(((await paris.get('/api/stores/store-paris/pickups')).body as Desk).waiting.find((o) => o.id === order.id)?.status).toBe('ready_for_pickup');

    // The dashboard counts a click-and-collect at each store, in each store's state.
    const stores = (await admin.get('/api/dashboard?days=1')).body.stores as StoreStats[];
    const delta = (id: string, k: keyof StoreStats) => (stores.find((x) => x.storeId === id)![k] as number) - (storesBefore.find((x) => x.storeId === id)![k] as number);
    expect([delta('store-lyon', 'clickAndCollect'), delta('store-lyon', 'collected')]).toEqual([1, 1]);
    expect([delta('store-paris', 'clickAndCollect'), delta('store-paris', 'pickupsReady')]).toEqual([1, 1]);

    // Paris hands its part over: the order is collected, the clock leaves the Paris shelf.
    const done = await paris.post<{ order: Order }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode });
    expect(done.body.order.status).toBe('picked_up');
    expect(await shelf(paris, 'store-paris', 'clock-gare')).toMatchObject({ onHand: parisBefore.onHand - 1, reserved: parisBefore.reserved });
    const mine = (await hugo.get(`/api/orders/${order.id}`)).body as Order;
    expect(mine.pickups?.map((p) => [p.status, p.code])).toEqual([['picked_up', parisCode], ['picked_up', lyonCode]]);
    const timeline = (await hugo.get('/api/customers/me/timeline')).body.items as { type: string; data: Record<string, unknown> }[];
    expect(timeline.filter((e) => e.type === 'order.pickup_changed' && e.data.orderId === order.id).map((e) => `${String(e.data.storeId)}:${String(e.data.to)}`))
      .toEqual(['store-lyon:ready_for_pickup', 'store-paris:ready_for_pickup', 'store-lyon:picked_up', 'store-paris:picked_up']);
  }, 60_000);

  it('charges an order paid at pickup part by part: each desk its own part\'s amount, the order paid once both are', async () => {
    const [camille, paris, lyon] = await Promise.all([t.login('camille@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo')]);
    const cart = await camille.cart();
    await must(camille, cart.id, [
      { type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'lamp-galet', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    const placed = await camille.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } });
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.payment.status).toBe('due_at_pickup');
    const lineTotal = (productId: string) => order.lines.filter((l) => l.productId === productId).reduce((n, l) => n + (l.price?.total.amount ?? l.unitPrice.amount * l.qty), 0);
    const parisDue = lineTotal('clock-gare');
    const lyonDue = lineTotal('lamp-galet');
    expect(parisDue + lyonDue).toBe(order.totals.total.amount);
    const [parisCode, lyonCode] = order.pickups!.map((p) => p.code!);
    for (const desk of [lyon, paris]) expect((await desk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).status).toBe(200);

    // Lyon asks for its own part's amount, charges it, and hands its lamps over; the order still owes Paris's part.
    const asked = await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode });
    expect([asked.status, asked.body.reason, asked.body.amount]).toEqual([402, 'payment_required', { amount: lyonDue, currency: 'EUR' }]);
    const atLyon = await lyon.post<{ order: Order; payment: { amount: { amount: number }; status: string } }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode, token: await terminalToken(lyon, TEST_CARDS.approved) });
    expect(atLyon.status).toBe(200);
    expect(atLyon.body.payment).toMatchObject({ status: 'approved', amount: { amount: lyonDue } });
    expect(atLyon.body.order.payment.status).toBe('due_at_pickup');
    expect(atLyon.body.order.pickups?.map((p) => [p.storeId, p.status, p.paid?.amount.amount])).toEqual([['store-paris', 'ready_for_pickup', undefined], ['store-lyon', 'picked_up', lyonDue]]);
    // The receipt of Lyon's payment lists Lyon's part: its amount, not the order's total.
    await t.server.services.mail.idle();
    const admin = await t.login('admin@vitrine.demo');
    const mails = (await admin.get('/api/admin/outbox?to=camille%40vitrine.demo')).body.items as { template: string; text: string }[];
    const receipt = mails.find((m) => m.template === 'till-receipt' && m.text.includes(order.number));
    const shown = (n: number) => [formatMoney(money(n), 'fr-FR'), formatMoney(money(n), 'en-GB')];
    expect(shown(lyonDue).some((x) => receipt?.text.includes(x))).toBe(true);
    expect(shown(order.totals.total.amount).some((x) => receipt?.text.includes(x))).toBe(false);
    expect(shown(vatIncluded(money(lyonDue)).amount).some((x) => receipt?.text.includes(x))).toBe(true);
    // Handing Lyon's part over again charges nothing more.
    expect((await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode, token: await terminalToken(lyon) })).status).toBe(409);

    // Paris's desk shows and charges Paris's part only; then the order is paid, and collected.
    const parisList = (await paris.get('/api/stores/store-paris/pickups')).body as { waiting: { id: string; due?: { amount: number } }[] };
    expect(parisList.waiting.find((o) => o.id === order.id)?.due).toEqual({ amount: parisDue, currency: 'EUR' });
    const declined = await paris.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode, token: await terminalToken(paris, TEST_CARDS.declined) });
    expect([declined.status, declined.body.payment?.amount?.amount]).toEqual([402, parisDue]);
    const atParis = await paris.post<{ order: Order; payment: { amount: { amount: number } } }>(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode, token: await terminalToken(paris) });
    expect(atParis.status).toBe(200);
    expect(atParis.body.payment.amount.amount).toBe(parisDue);
    expect(atParis.body.order).toMatchObject({ status: 'picked_up', payment: { status: 'captured' } });

    // Each till recorded its own part; the customer's timeline says what was paid where.
    const rows = await queryRows<{ store_id: string; amount: number; status: string }>(t.server.services.database.db,
      sql`select store_id, amount, status from till_payments where order_id = ${order.id} and status = 'approved' order by store_id`);
    expect(rows.map((r) => [r.store_id, Number(r.amount)])).toEqual([['store-lyon', lyonDue], ['store-paris', parisDue]]);
    const timeline = (await camille.get('/api/customers/me/timeline')).body.items as { type: string; data: { orderId?: string; storeId?: string; amount?: { amount: number } } }[];
    expect(timeline.filter((e) => e.type === 'payment.taken' && e.data.orderId === order.id).map((e) => [e.data.storeId, e.data.amount?.amount]).sort())
      .toEqual([['store-lyon', lyonDue], ['store-paris', parisDue]]);
  }, 60_000);

  type Refund = { type: string; data: { orderId?: string; amount?: { amount: number }; partStoreId?: string; card?: boolean } };
  const refundsOf = async (customer: Awaited<ReturnType<TestServer['login']>>, orderId: string) =>
    ((await customer.get('/api/customers/me/timeline')).body.items as Refund[]).filter((e) => e.type === 'payment.refunded' && e.data.orderId === orderId);

  it('gives back, from a card paid at checkout, the share of a part cancelled after the other was collected', async () => {
    const [hugo, lyon, admin] = await Promise.all([t.login('hugo@vitrine.demo'), t.login('lyon@vitrine.demo'), t.login('admin@vitrine.demo')]);
    const cart = await hugo.cart();
    await must(hugo, cart.id, [
      { type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'sconce-halo', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    const order = (await hugo.checkout(cart.id, randomUUID(), { payment: { method: 'card' } })).body as Order;
    const paris = pickupPartAmounts(order, { rest: 'apart' }).parts.find((p) => p.storeId === 'store-paris')!.amount;
    await lyon.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' });
    expect((await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: order.pickups![1]!.code })).status).toBe(200);
    // Paris's part is never collected: cancelling it gives its share back, the lamps stay paid.
    const cancelled = await admin.post<Order>(`/api/orders/${order.id}/status`, { status: 'cancelled', storeId: 'store-paris' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('picked_up');
    expect(cancelled.body.payment).toMatchObject({ status: 'captured', refunded: paris });
    expect(await t.server.services.payments.status(order.payment.reference!)).toMatchObject({ status: 'captured', amount: order.totals.total, refunded: paris });
    expect((await refundsOf(hugo, order.id)).map((e) => [e.data.amount?.amount, e.data.partStoreId, e.data.card])).toEqual([[paris.amount, 'store-paris', true]]);
  }, 60_000);

  it('gives back, from a till payment of the whole order, only the share of the part cancelled; the till row keeps the rest approved', async () => {
    const [camille, parisClerk, admin] = await Promise.all([t.login('camille@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('admin@vitrine.demo')]);
    const cart = await camille.cart();
    await must(camille, cart.id, [
      { type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'sconce-halo', qty: 2, fulfilment: pickupAt('store-lyon') },
    ]);
    await handCartTo(camille, parisClerk, cart.id);
    const paid = await tillPay(parisClerk, cart.id);
    expect(paid.status).toBe(201);
    const order = paid.body.order as Order;
    const lyonShare = pickupPartAmounts(order, { rest: 'apart' }).parts.find((p) => p.storeId === 'store-lyon')!.amount;
    await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' });
    const parisCode = ((await camille.get(`/api/orders/${order.id}`)).body as Order).pickups!.find((p) => p.storeId === 'store-paris')!.code;
    expect((await parisClerk.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: parisCode })).status).toBe(200);
    const cancelled = await admin.post<Order>(`/api/orders/${order.id}/status`, { status: 'cancelled', storeId: 'store-lyon' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.payment).toMatchObject({ status: 'captured', refunded: lyonShare });
    const [row] = await queryRows<{ status: string; amount: number; refunded_amount: number }>(t.server.services.database.db,
      sql`select status, amount, refunded_amount from till_payments where order_id = ${order.id} and status <> 'declined'`);
    expect([row?.status, Number(row?.amount), Number(row?.refunded_amount)]).toEqual(['approved', order.totals.total.amount, lyonShare.amount]);
    expect((await refundsOf(camille, order.id)).map((e) => [e.data.amount?.amount, e.data.partStoreId])).toEqual([[lyonShare.amount, 'store-lyon']]);
  }, 60_000);

  it('refunds nothing when the unpaid part of an order paid at pickup is released; what remains is paid', async () => {
    const [camille, lyon, admin] = await Promise.all([t.login('camille@vitrine.demo'), t.login('lyon@vitrine.demo'), t.login('admin@vitrine.demo')]);
    const cart = await camille.cart();
    await must(camille, cart.id, [
      { type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') },
      { type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: pickupAt('store-lyon') },
    ]);
    const order = (await camille.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } })).body as Order;
    await lyon.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' });
    const lyonCode = order.pickups!.find((p) => p.storeId === 'store-lyon')!.code;
    expect((await lyon.post(`/api/pos/orders/${order.id}/handover`, { pickupCode: lyonCode, token: await terminalToken(lyon) })).status).toBe(200);
    const cancelled = await admin.post<Order>(`/api/orders/${order.id}/status`, { status: 'cancelled', storeId: 'store-paris' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'picked_up', payment: { status: 'captured' } });
    expect(cancelled.body.payment.refunded).toBeUndefined();
    expect(await refundsOf(camille, order.id)).toEqual([]);
  }, 60_000);
});
