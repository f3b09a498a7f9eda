import { describe, expect, it } from 'vitest';
import type { EventRow, OrderRow } from './dashboard-rows';
import { channelFunnel } from './channel-funnel';
import { storeActivity } from './store-activity';
import { arToCart } from './ar-to-cart';
import { assistedSales } from './assisted-sales';
import { dailyOrders } from './daily-orders';
import { buildDashboard } from './build-dashboard';

const t = (h: number) => new Date(Date.UTC(2026, 4, 10, h)).toISOString();
const add = (customerId: string, channel: EventRow['channel'], cartId: string, productId: string, at: string): EventRow => ({
  at, customerId, channel, type: 'cart.changed', data: { cartId, commands: [{ type: 'addLine', productId, qty: 1, fulfilment: { type: 'ship' } }] },
});
const order = (o: Partial<OrderRow> & Pick<OrderRow, 'id' | 'cartId' | 'customerId' | 'channel'>): OrderRow => ({
  status: 'placed', total: 10000, createdAt: t(12), pickupStoreId: null, tillStoreId: null,
  lines: [{ productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } }], ...o,
});

// Camille looks at a sofa in AR, adds it in AR, then pays at the Lyon till with an advisor's lamp.
// Hugo adds a chair on the web and never buys; he views a rug in AR without adding it.
// A guest orders a pickup at Paris on the web, which is ready; another was cancelled.
const events: EventRow[] = [
  { at: t(8), customerId: 'camille', channel: 'ar', type: 'product.viewed_in_ar', data: { productId: 'sofa' } },
  add('camille', 'ar', 'c1', 'sofa', t(9)),
  { at: t(9), customerId: 'camille', channel: 'advisor', type: 'help.accepted', data: { advisor: { id: 'ines', name: 'Inès' } } },
  add('camille', 'advisor', 'c1', 'lamp', t(10)),
  add('camille', 'store', 'c1', 'vase', t(11)),
  add('hugo', 'web', 'c2', 'chair', t(9)),
  { at: t(9), customerId: 'hugo', channel: 'ar', type: 'product.viewed_in_ar', data: { productId: 'rug' } },
  add('guest', 'web', 'c3', 'lamp', t(9)),
  add('guest2', 'web', 'c4', 'lamp', t(9)),
];
const orders: OrderRow[] = [
  order({
    id: 'o1', cartId: 'c1', customerId: 'camille', channel: 'store', status: 'picked_up', total: 150000, tillStoreId: 'store-lyon', pickupStoreId: 'store-lyon',
    lines: [
      { productId: 'sofa', qty: 1, fulfilment: { type: 'ship' } },
      { productId: 'lamp', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon', takeNow: true }, addedBy: { role: 'advisor', userId: 'ines', name: 'Inès' }, handedOverAt: t(12) },
    ],
  }),
  order({ id: 'o2', cartId: 'c3', customerId: 'guest', channel: 'web', status: 'ready_for_pickup', pickupStoreId: 'store-paris', lines: [{ productId: 'lamp', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } }] }),
  order({ id: 'o3', cartId: 'c4', customerId: 'guest2', channel: 'web', status: 'cancelled', pickupStoreId: 'store-paris', lines: [{ productId: 'lamp', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } }] }),
];

describe('dashboard figures', () => {
  it('counts carts per channel touched, and converts a cart on every channel it went through', () => {
    const by = Object.fromEntries(channelFunnel(events, orders).map((c) => [c.channel, c]));
    expect(by.ar).toMatchObject({ carts: 1, convertedCarts: 1, conversion: 1, orders: 0, adds: 1 });
    expect(by.store).toMatchObject({ carts: 1, convertedCarts: 1, orders: 1, revenue: 150000 });
    // c2 never bought, c3 bought, c4 cancelled: one in three web carts converted.
    expect(by.web).toMatchObject({ carts: 3, convertedCarts: 1, orders: 1, revenue: 10000 });
    expect(by.web!.conversion).toBeCloseTo(1 / 3);
    expect(by.vr).toMatchObject({ carts: 0, conversion: 0 });
  });

  it('reports each store\'s till sales and its desk: to prepare, ready, collected, released', () => {
    const [lyon, paris] = storeActivity(orders, ['store-lyon', 'store-paris']);
    expect(lyon).toMatchObject({ tillOrders: 1, tillRevenue: 150000, clickAndCollect: 0, pickupsReady: 0 });
    expect(paris).toMatchObject({ tillOrders: 0, clickAndCollect: 2, pickupsToPrepare: 0, pickupsReady: 1, released: 1 });
  });

  it('counts an AR view as leading to an add only when the same customer adds that product afterwards', () => {
    const ar = arToCart(events);
    expect(ar).toMatchObject({ views: 2, viewsLeadingToAdd: 1, rate: 0.5 });
    expect(ar.products.find((p) => p.productId === 'sofa')).toMatchObject({ views: 1, viewsLeadingToAdd: 1 });
    expect(ar.products.find((p) => p.productId === 'rug')).toMatchObject({ views: 1, viewsLeadingToAdd: 0 });
    const before = arToCart([add('x', 'web', 'c', 'sofa', t(7)), { at: t(8), customerId: 'x', channel: 'ar', type: 'product.viewed_in_ar', data: { productId: 'sofa' } }]);
    expect(before.viewsLeadingToAdd).toBe(0);
  });

  it('credits an advisor once per order they helped with, by suggestion or by help session', () => {
    expect(assistedSales(events, orders)).toEqual([{ advisorId: 'ines', name: 'Inès', sessions: 1, assistedOrders: 1, assistedRevenue: 150000 }]);
  });

  it('lays orders out per day and channel with empty days kept, cancelled ones left out', () => {
    const d = dailyOrders(orders, t(20), 3);
    expect(d.map((x) => x.day)).toEqual(['2026-05-08', '2026-05-09', '2026-05-10']);
    expect(d[2]!.byChannel).toMatchObject({ store: 1, web: 1, ar: 0 });
  });

  it('puts it together with totals', () => {
    const all = buildDashboard({ events, orders, storeIds: ['store-lyon', 'store-paris'], from: t(0), to: t(20), days: 7 });
    expect(all.totals).toEqual({ orders: 2, revenue: 160000, carts: 4, customers: 2 });
    expect(all.channels).toHaveLength(6);
  });
});

describe('guest carts merged at sign-in', () => {
  it('convert when the account cart they were merged into is ordered', () => {
    const ev: EventRow[] = [
      add('guest', 'web', 'g1', 'lamp', t(8)),
      { at: t(9), customerId: 'hugo', channel: 'web', type: 'cart.merged', data: { from: 'g1', into: 'h1' } },
    ];
    const ord = [order({ id: 'o9', cartId: 'h1', customerId: 'hugo', channel: 'web' })];
    expect(channelFunnel(ev, ord).find((c) => c.channel === 'web')).toMatchObject({ carts: 1, convertedCarts: 1, conversion: 1 });
  });
});

describe('latest orders on the dashboard', () => {
  it('lists the latest sales by their number, newest first, never by id', () => {
    const rows = [
      order({ id: 'ord_1', number: 'VT-000001', cartId: 'c1', customerId: 'u1', channel: 'web', createdAt: t(9) }),
      order({ id: 'ord_2', number: 'VT-000002', cartId: 'c2', customerId: 'u2', channel: 'store', createdAt: t(11), total: 2500 }),
      order({ id: 'ord_3', number: 'VT-000003', cartId: 'c3', customerId: 'u3', channel: 'web', createdAt: t(10), status: 'cancelled' }),
    ];
    const d = buildDashboard({ events: [], orders: rows, storeIds: [], from: t(0), to: t(23), days: 1 });
    expect(d.recent.map((o) => [o.number, o.total])).toEqual([['VT-000002', 2500], ['VT-000001', 10000]]);
    expect(JSON.stringify(d.recent)).not.toContain('ord_');
  });
});

describe('click and collect at several stores', () => {
  it('counts each store\'s part at that store', () => {
    const o = order({
      id: 'm1', cartId: 'cm', customerId: 'hugo', channel: 'web', status: 'ready_for_pickup', pickupStoreId: 'store-paris',
      lines: [{ productId: 'table', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } }, { productId: 'lamp', qty: 2, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }],
      pickups: [{ storeId: 'store-paris', status: 'ready_for_pickup' }, { storeId: 'store-lyon', status: 'picked_up' }],
    });
    const [lyon, paris] = storeActivity([o], ['store-lyon', 'store-paris']);
    expect(lyon).toMatchObject({ clickAndCollect: 1, collected: 1, pickupsReady: 0 });
    expect(paris).toMatchObject({ clickAndCollect: 1, collected: 0, pickupsReady: 1 });
  });
});
