import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { must, pickupAt, shelf } from './pos-helpers';
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
});
