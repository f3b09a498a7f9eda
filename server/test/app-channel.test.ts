import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import { testBackends } from './backends';
import type { CartCommand } from '../../shared/cart/cart-command';

const backends = await testBackends();

describe.each(backends)('the app channel on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  const send = (c: Awaited<ReturnType<TestServer['guest']>>, cartId: string, commands: CartCommand[], key: string, expectedVersion?: number) =>
    c.post(`/api/carts/${cartId}/commands`, { commands, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }, { 'idempotency-key': key, 'x-channel': 'app' });

  it('applies a cart command batch sent with an Idempotency-Key once, however often it is replayed', async () => {
    const g = await t.guest();
    const cart = await g.cart('app');
    const key = randomUUID();
    const add: CartCommand[] = [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }];
    const first = await send(g, cart.id, add, key, cart.version);
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // The answer was lost; the queue sends the very same request again (its expectedVersion now stale).
    const replay = await send(g, cart.id, add, key, cart.version);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const now = (await g.get(`/api/carts/${cart.id}`)).body;
    expect(now.version).toBe(cart.version + 1);
    expect(now.lines.map((l: { qty: number }) => l.qty)).toEqual([1]);
    // The same key for other commands is a client bug, refused.
    expect((await send(g, cart.id, [{ type: 'setQty', lineId: now.lines[0].id, qty: 3 }], key)).status).toBe(422);
  });

  it('applies one of many concurrent copies of a batch, and answers every copy with the same cart', async () => {
    const g = await t.guest();
    const cart = await g.cart('app');
    const key = randomUUID();
    const add: CartCommand[] = [{ type: 'addLine', productId: 'lamp-bulle', qty: 2, fulfilment: { type: 'ship' } }];
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(g, cart.id, add, key)));
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect([200, 409]).toContain(a.status); // 409 "still being applied" is safe to retry
    for (const a of ok) expect(a.body.version).toBe(cart.version + 1);
    const now = (await g.get(`/api/carts/${cart.id}`)).body;
    expect(now.version).toBe(cart.version + 1);
    expect(now.lines[0].qty).toBe(2);
  });

  it('replays an offline queue in order, each batch twice, without losing or duplicating a change', async () => {
    const g = await t.guest();
    const cart = await g.cart('app');
    // Built offline: adds, then changes to lines the server already knows.
    const seed = (await send(g, cart.id, [
      { type: 'addLine', productId: 'chair-mora', qty: 1, fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'stool-tripode', qty: 1, fulfilment: { type: 'ship' } },
    ], randomUUID())).body;
    const [chair, stool] = seed.lines;
    const queue: { key: string; commands: CartCommand[] }[] = [
      { key: randomUUID(), commands: [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship' } }] },
      { key: randomUUID(), commands: [{ type: 'setQty', lineId: chair.id, qty: 4 }] },
      { key: randomUUID(), commands: [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship' } }] },
      { key: randomUUID(), commands: [{ type: 'removeLine', lineId: stool.id }] },
      { key: randomUUID(), commands: [{ type: 'setFulfilment', lineId: chair.id, fulfilment: { type: 'pickup', locationId: 'store-paris' } }] },
    ];
    for (const q of queue) {
      const a = await send(g, cart.id, q.commands, q.key);
      const b = await send(g, cart.id, q.commands, q.key); // the reconnect replays what it is not sure about
      expect(a.status).toBe(200);
      expect(b.body).toEqual(a.body);
    }
    const now = (await g.get(`/api/carts/${cart.id}`)).body;
    expect(now.version).toBe(seed.version + queue.length);
    expect(now.lines.map((l: { productId: string; qty: number; fulfilment: { type: string } }) => [l.productId, l.qty, l.fulfilment.type])).toEqual([
      ['chair-mora', 4, 'pickup'],
      ['clock-gare', 2, 'ship'],
    ]);
  });

  it('stores nothing for a refused batch, so the same key works once stock arrives', async () => {
    const g = await t.guest();
    const cart = await g.cart('app');
    const key = randomUUID();
    const add: CartCommand[] = [{ type: 'addLine', productId: 'armchair-loire', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }];
    expect((await send(g, cart.id, add, key)).status).toBe(409);
    const clerk = await t.login('lyon@vitrine.demo');
    await clerk.post('/api/stores/store-lyon/receive', { items: [{ productId: 'armchair-loire', qty: 1 }] });
    const ok = await send(g, cart.id, add, key);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('idempotent-replayed')).toBeNull();
  });

  it('shows the same customer one cart on a phone and a laptop, live both ways', async () => {
    const laptop = await t.login('hugo@vitrine.demo');
    const phone = await t.login('hugo@vitrine.demo');
    const a = await laptop.cart('web');
    const b = await phone.cart('app');
    expect(b.id).toBe(a.id);
    const onLaptop = await openSse(`${t.url}/api/carts/${a.id}/events?token=${laptop.token}`);
    const onPhone = await openSse(`${t.url}/api/carts/${a.id}/events?token=${phone.token}`);
    await onLaptop.next();
    await onPhone.next();
    const fromPhone = await phone.commands(a.id, [{ type: 'addLine', productId: 'mirror-soleil', qty: 1, fulfilment: { type: 'ship' } }], { channel: 'app' });
    const seen = JSON.parse((await onLaptop.next()).data);
    expect(seen).toEqual(fromPhone.body);
    expect(seen.channel).toBe('app');
    const fromLaptop = await laptop.commands(a.id, [{ type: 'setQty', lineId: seen.lines.at(-1).id, qty: 2 }], { channel: 'web' });
    let back = JSON.parse((await onPhone.next()).data);
    while (back.version < fromLaptop.body.version) back = JSON.parse((await onPhone.next()).data);
    expect(back).toEqual(fromLaptop.body);
    onLaptop.close();
    onPhone.close();
  });
});
