import { randomUUID } from 'node:crypto';
import { present } from '../test-support/present';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-client';
import { serviceAvailable } from '../test-support/services-available';
import { twoProcessesOnPostgres } from '../test-support/two-processes';
import type { Order } from '../../shared/orders/order';
import { must, pickupAt, terminalToken } from './pos-helpers';

const hasPg = await serviceAvailable('PostgreSQL');

/**
 * The sandbox provider behind nginx: whichever process served the card page, whichever takes the
 * checkout, hand-over or cancel, it is one provider, and a token pays once.
 */
describe.runIf(hasPg)('card payments across processes on one PostgreSQL', () => {
  const processes = twoProcessesOnPostgres();

  async function pickupCart(c: TestClient) {
    const cart = await c.cart();
    await must(c, cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: pickupAt('store-paris') }]);
    return cart;
  }

  async function payOn(c: TestClient, cartId: string, token: string) {
    return c.checkout(cartId, randomUUID(), { payment: { method: 'card', token } });
  }

  it('pays on process B with a card typed on process A, captures from A at hand-over, and refuses the token again on either', async () => {
    const [a, b] = processes();
    const onB = await TestClient.guest(b.url);
    const token = await terminalToken(new TestClient(a.url));
    const placed = await payOn(onB, (await pickupCart(onB)).id, token);
    expect(placed.status).toBe(201);
    const order = placed.body as Order;
    expect(order.payment).toMatchObject({ method: 'card', status: 'authorised', last4: '4242' });

    const paris = await TestClient.login(a.url, 'paris@vitrine.demo');
    expect((await paris.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(200);
    const done = await paris.post<Order>(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: order.pickupCode });
    expect([done.status, done.body.payment?.status]).toEqual([200, 'captured']);

    for (const server of [a, b]) {
      const again = await TestClient.guest(server.url);
      const replay = await payOn(again, (await pickupCart(again)).id, token);
      expect([replay.status, replay.body.reason]).toEqual([402, 'unknown_token']);
    }
  }, 60_000);

  it('gives the money back when the order is cancelled on the other process', async () => {
    const [a, b] = processes();
    const onA = await TestClient.guest(a.url);
    const placed = await payOn(onA, (await pickupCart(onA)).id, await terminalToken(new TestClient(b.url)));
    expect(placed.status).toBe(201);
    const cancelled = await new TestClient(b.url, onA.token).post<Order>(`/api/orders/${placed.body.id}/status`, { status: 'cancelled' });
    expect([cancelled.status, cancelled.body.payment?.status]).toEqual([200, 'voided']);
  }, 60_000);

  it('lets exactly one of two processes redeeming the same token at once win', async () => {
    const [a, b] = processes();
    const token = await terminalToken(new TestClient(a.url));
    const buyers = await Promise.all([TestClient.guest(a.url), TestClient.guest(b.url)]);
    const carts = await Promise.all(buyers.map(pickupCart));
    const tries = await Promise.all(buyers.map((c, i) => payOn(c, present(carts[i], 'a cart').id, token)));
    expect(tries.map((t) => t.status).sort()).toEqual([201, 402]);
  }, 60_000);
});
