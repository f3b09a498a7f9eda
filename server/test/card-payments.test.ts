import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import type { Order } from '../../shared/orders/order';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { availableAt, handCartTo, must, pickupAt, takeNowAt } from './pos-helpers';

/** Card payments go through the provider: Vitrine sees a token, then the provider's id, brand and last four digits. */
describe('card payments through the payment provider', () => {
  let t: TestServer;
  let paris: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded');
    paris = await t.login('paris@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  /** What the provider's card page does when the customer types a card: Vitrine never sees this call's body. */
  async function tokenFor(card: string): Promise<string> {
    const r = await t.anonymous().post('/pay/sim/tokens', { card });
    expect(r.status).toBe(201);
    return r.body.token;
  }

  async function cartWithPickup(c: TestClient) {
    const cart = await c.cart();
    await must(c, cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') }]);
    return cart;
  }

  it('serves the provider\'s own card page and terminal, in French and English', async () => {
    const fr = await fetch(`${t.url}/pay/sim/card?lang=fr`);
    expect(fr.status).toBe(200);
    expect(await fr.text()).toContain('Numéro de carte');
    expect(await (await fetch(`${t.url}/pay/sim/terminal?lang=en`)).text()).toContain('Payment terminal');
  });

  it('creates the order with the provider\'s authorised payment, keeping only brand and last four digits, and captures it at hand-over', async () => {
    const c = await t.guest();
    const cart = await cartWithPickup(c);
    const body = { payment: { method: 'card', token: await tokenFor('4242 4242 4242 4242') } };
    const key = randomUUID();
    const placed = await c.checkout(cart.id, key, body);
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.payment).toMatchObject({ method: 'card', status: 'authorised', brand: 'visa', last4: '4242', reference: expect.stringMatching(/^pi_sim_/) });
    expect(JSON.stringify(order)).not.toContain('42424242');
    const again = await c.checkout(cart.id, key, body);
    expect([again.status, again.body.id]).toEqual([200, order.id]);

    expect((await paris.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    const done = await paris.post<Order>(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: order.pickupCode });
    expect(done.status).toBe(200);
    expect(done.body.payment.status).toBe('captured');
    expect((await t.server.services.payments.status(order.payment.reference!))?.status).toBe('captured');
  });

  it('authorises a card checkout sent without a token on the sandbox\'s test card, never recording it as paid on trust; a payment the provider does not know is a 409, not a 500', async () => {
    const c = await t.guest();
    const cart = await cartWithPickup(c);
    const placed = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card' } });
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.payment).toMatchObject({ method: 'card', status: 'authorised', last4: '4242', reference: expect.stringMatching(/^pi_sim_/) });
    expect((await t.server.services.payments.status(order.payment.reference!))?.status).toBe('authorised');

    // The hold was released at the provider behind Vitrine's back: the hand-over cannot capture it,
    // is refused cleanly, and the order stays ready at the desk.
    const other = await c.checkout((await cartWithPickup(c)).id, randomUUID(), { payment: { method: 'card' } });
    expect(other.status).toBe(201);
    await t.server.services.payments.refund(other.body.payment.reference);
    expect((await paris.post(`/api/orders/${other.body.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    const handOver = await paris.post(`/api/orders/${other.body.id}/status`, { status: 'picked_up', pickupCode: other.body.pickupCode });
    expect([handOver.status, handOver.body.error]).toEqual([409, 'payment_failed']);
    expect((await c.get<Order>(`/api/orders/${other.body.id}`)).body.status).toBe('ready_for_pickup');
  });

  it('refuses a declined card with 402 and reserves nothing; a cancelled order gives the hold back', async () => {
    const c = await t.guest();
    const cart = await cartWithPickup(c);
    const before = await availableAt(c, 'clock-gare', 'store-paris');
    const declined = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card', token: await tokenFor(TEST_CARDS.declined) } });
    expect([declined.status, declined.body.error, declined.body.reason]).toEqual([402, 'payment_failed', 'card_declined']);
    const poor = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card', token: await tokenFor(TEST_CARDS.insufficientFunds) } });
    expect([poor.status, poor.body.reason]).toEqual([402, 'insufficient_funds']);
    expect(await availableAt(c, 'clock-gare', 'store-paris')).toBe(before);
    const reused = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card', token: 'tok_sim_not_a_real_one' } });
    expect(reused.status).toBe(402);

    const ok = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card', token: await tokenFor(TEST_CARDS.approved) } });
    expect(ok.status).toBe(201);
    const cancelled = await c.post<Order>(`/api/orders/${ok.body.id}/status`, { status: 'cancelled' });
    expect(cancelled.body.payment.status).toBe('voided');
    expect(await availableAt(c, 'clock-gare', 'store-paris')).toBe(before);
  });

  it('places a card order that costs nothing without asking the provider (which refuses to authorise 0): paid, no charge to capture or refund', async () => {
    const admin = await t.login('admin@vitrine.demo');
    const gift = { id: 'gift-paris-prints', kind: 'bundle', label: { fr: 'Offert', en: 'On the house' }, productIds: ['print-calanques', 'clock-gare'], price: { amount: 0, currency: 'EUR' } };
    expect((await admin.post('/api/admin/promotions', gift)).status).toBe(201);
    try {
      const freeOrder = async () => {
        const c = await t.guest();
        const cart = await c.cart();
        await must(c, cart.id, gift.productIds.map((productId) => ({ type: 'addLine' as const, productId, qty: 1, fulfilment: pickupAt('store-paris') })));
        const placed = await c.checkout(cart.id, randomUUID(), { payment: { method: 'card', token: await tokenFor(TEST_CARDS.approved) } });
        expect(placed.status, JSON.stringify(placed.body)).toBe(201);
        return { c, order: placed.body as Order };
      };
      const { order } = await freeOrder();
      expect(order.totals.total.amount).toBe(0);
      expect(order.payment).toEqual({ method: 'card', status: 'paid' });
      expect((await paris.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
      const done = await paris.post<Order>(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: order.pickupCode });
      expect([done.status, done.body.payment.status]).toEqual([200, 'paid']);

      const other = await freeOrder();
      const cancelled = await other.c.post<Order>(`/api/orders/${other.order.id}/status`, { status: 'cancelled' });
      expect([cancelled.status, cancelled.body.status], JSON.stringify(cancelled.body)).toEqual([200, 'cancelled']);
    } finally {
      await admin.request('DELETE', `/api/admin/promotions/${gift.id}`);
    }
  });

  it('takes a till payment from the provider\'s terminal: the clerk sends a token, never a card number', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await handCartTo(c, paris, cart.id);
    await must(paris, cart.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: takeNowAt('store-paris') }], 'store');
    const token = await tokenFor(TEST_CARDS.approved);
    const r = await paris.post(`/api/pos/carts/${cart.id}/checkout`, { token }, { 'idempotency-key': randomUUID(), 'x-channel': 'store' });
    expect(r.status).toBe(201);
    expect(r.body.order.payment).toMatchObject({ status: 'captured', brand: 'visa', last4: '4242' });
    expect(r.body.payment).toMatchObject({ status: 'approved', last4: '4242' });
  });

  it('refunds, through the provider, a till-paid order that is cancelled before the goods leave', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await handCartTo(c, paris, cart.id);
    // Paid at the till but collected later: the order waits at the desk with its money taken.
    await must(paris, cart.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: pickupAt('store-paris') }], 'store');
    const r = await paris.post(`/api/pos/carts/${cart.id}/checkout`, { token: await tokenFor(TEST_CARDS.approved) }, { 'idempotency-key': randomUUID(), 'x-channel': 'store' });
    expect(r.status).toBe(201);
    const order = r.body.order as Order;
    expect([order.status, order.payment.status]).toEqual(['placed', 'captured']);
    // The customer changes their mind before collecting: their own placed order may be cancelled.
    const cancelled = await c.post<Order>(`/api/orders/${order.id}/status`, { status: 'cancelled' });
    expect([cancelled.status, cancelled.body.payment?.status]).toEqual([200, 'refunded']);
    expect((await t.server.services.payments.status(order.payment.reference!))?.status).toBe('refunded');
  });
});
