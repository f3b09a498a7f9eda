import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TEST_ADDRESS, type TestClient } from '../test-support/test-client';
import { testBackends } from './backends';
import { OrderSchema, type Order } from '../../shared/orders/order';
import { DeliveryQuoteSchema, type DeliveryQuote } from '../../shared/delivery/delivery-schemas';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { queryRows } from '../db/query-rows';

const backends = await testBackends();
// Monday 7 December 2026, 11:00 in Paris: stores open, the warehouse ships today.
const NOW = new Date('2026-12-07T10:00:00Z');

describe.each(backends)('checkout with contact, address, delivery and order number on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend, { now: () => NOW });
    const { db } = t.server.services.database;
    // Known stock: the warehouse and Paris hold the lamp and the clock; Lyon the Bulle lamp.
    await db.execute(sql`update stock set on_hand = 20, reserved = 0 where product_id in ('lamp-phare', 'clock-gare', 'lamp-bulle')`);
    await db.execute(sql`update stock set on_hand = 0 where product_id = 'clock-gare' and location_id = 'store-bordeaux'`);
  }, 60_000);
  afterAll(() => t?.close());

  async function threeWays(c: TestClient) {
    const cart = await c.cart();
    const r = await c.commands(cart.id, [
      { type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship', method: 'express' } },
      { type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } },
    ]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { id: string; version: number; totals: { total: { amount: number } } };
  }
  const tokenFor = async (card: string) => (await t.anonymous().post('/pay/sim/tokens', { card })).body.token as string;
  const reservedOf = async (productId: string, locationId: string) =>
    (await queryRows<{ reserved: number }>(t.server.services.database.db, sql`select reserved from stock where product_id = ${productId} and location_id = ${locationId}`))[0]!.reserved;

  it('quotes each group with its fee and promised date, and charges exactly that: 201 with a VT- number', async () => {
    const c = await t.guest();
    const cart = await threeWays(c);
    const quote = await c.post<DeliveryQuote>(`/api/carts/${cart.id}/delivery-quote`, { shippingAddress: { postcode: '75004', city: 'Paris', country: 'FR' } });
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    DeliveryQuoteSchema.parse(quote.body);
    expect(quote.body.problems).toEqual([]);
    expect(quote.body.groups.map((g) => [g.method, g.fee.amount, g.locationId ?? null])).toEqual([['standard', 990, null], ['express', 1990, 'store-paris'], ['pickup', 0, 'store-lyon']]);
    expect(quote.body.totals.total.amount).toBe(cart.totals.total.amount + 2980);
    expect(quote.body.totals.vat.amount).toBe(Math.round((quote.body.totals.total.amount * 20) / 120));
    const byGet = await c.get<DeliveryQuote>(`/api/carts/${cart.id}/delivery-quote?postcode=75004&city=Paris&country=FR`);
    expect(byGet.body.totals).toEqual(quote.body.totals);

    const body = {
      payment: { method: 'card', token: await tokenFor(TEST_CARDS.approved) },
      contact: { email: 'ada@example.org', phone: '06 12 34 56 78' },
      shippingAddress: { ...TEST_ADDRESS, line2: 'Bâtiment B' },
    };
    const key = randomUUID();
    const placed = await c.checkout(cart.id, key, body);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = OrderSchema.parse(placed.body);
    expect(order.number).toMatch(/^VT-\d{6}$/);
    expect(order.totals).toEqual(quote.body.totals);
    expect(order.payment.status).toBe('authorised');
    expect((await t.server.services.payments.status(order.payment.reference!))?.amount).toEqual(order.totals.total);
    expect(order.contact).toEqual(body.contact);
    expect(order.shippingAddress).toMatchObject({ postcode: '75004', line2: 'Bâtiment B' });
    expect(order.delivery?.map((g) => g.method)).toEqual(['standard', 'express', 'pickup']);
    expect(order.lines.find((l) => l.productId === 'clock-gare')?.sourceLocationId).toBe('store-paris');

    // The same key and body: the same order; the same key with another address: refused.
    const again = await c.checkout(cart.id, key, body);
    expect([again.status, again.body.id, again.body.number]).toEqual([200, order.id, order.number]);
    const moved = await c.checkout(cart.id, key, { ...body, shippingAddress: { ...body.shippingAddress, line1: '1 rue ailleurs' } });
    expect([moved.status, moved.body.error]).toEqual([422, 'idempotency_key_reused']);

    const read = await c.get<Order>(`/api/orders/${order.id}`);
    expect([read.body.number, read.body.totals]).toEqual([order.number, order.totals]);
  });

  it('numbers orders one after the other, never twice', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await t.guest();
      const cart = await c.cart();
      await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }]);
      numbers.push((await c.checkout(cart.id, randomUUID())).body.number);
    }
    const n = numbers.map((x) => Number(x.slice(3)));
    expect(n[1]! - n[0]!).toBeGreaterThan(0);
    expect(n[2]! - n[1]!).toBeGreaterThan(0);
    const [dupes] = await queryRows<{ n: number }>(t.server.services.database.db, sql`select count(*)::int - count(distinct number)::int as n from orders`);
    expect(dupes!.n).toBe(0);
  });

  it('refuses lines to ship without an address with 422 naming shippingAddress, and reserves nothing', async () => {
    const c = await t.guest();
    const cart = await threeWays(c);
    const before = await reservedOf('lamp-phare', 'wh-lyon');
    const r = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, contact: { email: 'ada@example.org' } });
    expect([r.status, r.body.error, r.body.field]).toEqual([422, 'invalid', 'shippingAddress']);
    expect(r.body.message).toContain('shippingAddress');
    const badPostcode = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, shippingAddress: { ...TEST_ADDRESS, postcode: '7500' } });
    expect([badPostcode.status, badPostcode.body.field]).toEqual([422, 'shippingAddress.postcode']);
    const abroad = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, shippingAddress: { ...TEST_ADDRESS, country: 'de' } });
    expect([abroad.status, abroad.body.field]).toEqual([422, 'shippingAddress.country']);
    const noCourier = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, shippingAddress: { ...TEST_ADDRESS, postcode: '13001', city: 'Marseille' } });
    expect([noCourier.status, noCourier.body.field, noCourier.body.reason]).toEqual([422, 'shippingAddress.city', 'express_no_store']);
    const badContact = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, contact: { email: 'not-an-email' }, shippingAddress: TEST_ADDRESS });
    expect([badContact.status, badContact.body.issues?.[0]?.path]).toEqual([422, 'contact.email']);
    expect(await reservedOf('lamp-phare', 'wh-lyon')).toBe(before);
  });

  it('keeps pickup-only checkouts without contact or address working, and free of fees', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 2, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }]);
    const r = await c.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } });
    expect(r.status).toBe(201);
    expect(r.body.totals.delivery.amount).toBe(0);
    expect(r.body.shippingAddress).toBeUndefined();
  });

  it('sends express lines from the store of the address, and refuses with 409 when it lacks the stock', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship', method: 'express' } }]);
    const bordeaux = { ...TEST_ADDRESS, postcode: '33000', city: 'Bordeaux' };
    const q = await c.post<DeliveryQuote>(`/api/carts/${cart.id}/delivery-quote`, { shippingAddress: bordeaux });
    expect(q.body.problems).toEqual([{ key: 'ship:express', reason: 'express_no_stock' }]);
    const r = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' }, shippingAddress: bordeaux });
    expect([r.status, r.body.error, r.body.lines?.[0]?.locationId]).toEqual([409, 'insufficient_stock', 'store-bordeaux']);
  });

  it('shows the number on the customer\'s order list', async () => {
    const camille = await t.login('camille@vitrine.demo');
    const cart = await camille.cart();
    await camille.commands(cart.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'ship' } }]);
    const placed = await camille.checkout(cart.id, randomUUID());
    expect(placed.status).toBe(201);
    const list = await camille.get<{ items: Order[] }>('/api/customers/me/orders');
    expect(list.body.items.find((o) => o.id === placed.body.id)?.number).toBe(placed.body.number);
    // The address her order went to is offered at the next checkout, once.
    const saved = await camille.get<{ items: unknown[] }>('/api/customers/me/addresses');
    expect(saved.body.items).toEqual([TEST_ADDRESS]);
    expect((await t.anonymous().get('/api/customers/me/addresses')).status).toBe(401);
  });
});
