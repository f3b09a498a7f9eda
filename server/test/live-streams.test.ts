import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import type { Cart } from '../../shared/cart/cart';

describe('cart event streams in one process', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded');
  }, 60_000);
  afterAll(() => t?.close());

  it('sends the current cart first, then one event per change from any channel, id = version', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const phone = await openSse(`${t.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${c.token}` });
    expect(phone.status).toBe(200);
    expect(phone.headers.get('content-type')).toMatch(/text\/event-stream/);
    const first = await phone.next();
    expect(first).toMatchObject({ event: 'cart', id: String(cart.version) });
    await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }], { channel: 'vr' });
    await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }], { channel: 'ar' });
    const e1 = await phone.next();
    const e2 = await phone.next();
    expect([e1.id, e2.id]).toEqual([String(cart.version + 1), String(cart.version + 2)]);
    expect((JSON.parse(e1.data) as Cart).channel).toBe('vr');
    expect((JSON.parse(e2.data) as Cart).lines[0]?.qty).toBe(2);
    phone.close();
  });

  it('accepts the token as a query parameter (EventSource cannot send headers) and refuses strangers', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const ok = await openSse(`${t.url}/api/carts/${cart.id}/events?token=${c.token}`);
    expect((await ok.next()).id).toBe(String(cart.version));
    ok.close();
    const stranger = await t.guest();
    const no = await openSse(`${t.url}/api/carts/${cart.id}/events?token=${stranger.token}`);
    expect(no.status).toBe(403);
  });

  it('resumes with Last-Event-ID: nothing re-sent when up to date, the latest cart when behind', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const r = await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }]);
    const upToDate = await openSse(`${t.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${c.token}`, 'last-event-id': String(r.body.version) });
    await expect(upToDate.next(300)).rejects.toThrow(/no event/);
    await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }]);
    expect((await upToDate.next()).id).toBe(String(r.body.version + 1));
    upToDate.close();
    const behind = await openSse(`${t.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${c.token}`, 'last-event-id': String(cart.version) });
    expect((await behind.next()).id).toBe(String(r.body.version + 1));
    behind.close();
  });

  it('tells a clerk\'s open stream that the customer checked out', async () => {
    const customer = await t.login('camille@vitrine.demo');
    const clerk = await t.login('paris@vitrine.demo');
    const cart = await customer.cart();
    await customer.commands(cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship' } }]);
    const code = (await customer.post(`/api/carts/${cart.id}/handoff`)).body.code;
    await clerk.post(`/api/handoff/${code}`);
    const till = await openSse(`${t.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${clerk.token}` });
    await till.next();
    expect((await customer.checkout(cart.id, 'stream-checkout-1')).status).toBe(201);
    expect((JSON.parse((await till.next()).data) as Cart).status).toBe('checked_out');
    till.close();
  });
});
