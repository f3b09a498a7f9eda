import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { testBackends } from './backends';
import { CartSchema } from '../../shared/cart/cart';
import { OrderSchema } from '../../shared/orders/order';
import { ProductSchema } from '../../shared/catalogue/product';
import { present } from '../test-support/present';

const backends = await testBackends();

describe.each(backends)('public contract on the %s database', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('reports health with the database and presence in use', async () => {
    const r = await t.anonymous().get('/api/health');
    expect(r.body).toEqual({ ok: true, db: backend === 'embedded' ? 'embedded' : 'postgres', presence: 'local' });
  });

  it('lists and searches the catalogue in both languages, accents ignored', async () => {
    const all = await t.anonymous().get('/api/products');
    expect(all.body.items.length).toBeGreaterThanOrEqual(24);
    for (const p of all.body.items) ProductSchema.parse(p);
    const sofas = all.body.items.filter((p: { category: string }) => p.category === 'sofas').map((p: { id: string }) => p.id);
    const fr = await t.anonymous().get('/api/products?q=canape');
    expect(fr.body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(sofas));
    expect(fr.body.items.length).toBeLessThan(all.body.items.length);
    const en = await t.anonymous().get('/api/products?q=OSLO%20sofa');
    expect(en.body.items.map((p: { id: string }) => p.id)).toEqual(['sofa-oslo-3']);
    const cat = await t.anonymous().get('/api/products?category=lighting');
    expect(cat.body.items.length).toBeGreaterThan(0);
    expect(cat.body.items.every((p: { category: string }) => p.category === 'lighting')).toBe(true);
    expect((await t.anonymous().get('/api/products?category=spaceships')).status).toBe(422);
    expect((await t.anonymous().get('/api/products/nope')).status).toBe(404);
  });

  it('lists locations and availability as on hand minus reserved', async () => {
    const locs = await t.anonymous().get('/api/locations');
    expect(locs.body.items.map((l: { kind: string }) => l.kind).sort()).toEqual(['store', 'store', 'store', 'warehouse']);
    const av = await t.anonymous().get('/api/products/lamp-phare/availability');
    expect(av.body.productId).toBe('lamp-phare');
    expect(av.body.items).toHaveLength(4);
  });

  it('answers availability for many products in one call, and refuses unknown ones', async () => {
    const r = await t.anonymous().get('/api/availability?productIds=lamp-phare,sofa-oslo-3');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { productId: string }) => i.productId)).toEqual(['lamp-phare', 'sofa-oslo-3']);
    const one = await t.anonymous().get('/api/products/sofa-oslo-3/availability');
    expect(r.body.items[1].items).toEqual(one.body.items);
    expect((await t.anonymous().get('/api/availability?productIds=lamp-phare,nope')).status).toBe(404);
    expect((await t.anonymous().get('/api/availability')).status).toBe(422);
  });

  it('compresses JSON but never buffers event streams', async () => {
    const r = await fetch(`${t.url}/api/products`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
  });

  it('gives a guest a cart, returns the same active cart twice (201 then 200)', async () => {
    const g = await t.guest();
    expect(g.user).toMatchObject({ role: 'customer', guest: true });
    const first = await g.post('/api/carts');
    const second = await g.post('/api/carts');
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    CartSchema.parse(first.body);
  });

  it('applies commands atomically, bumps the version by one and records the channel', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const r = await c.commands(cart.id, [
      { type: 'addLine', productId: 'chair-mora', qty: 2, fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } },
    ], { channel: 'vr' });
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(cart.version + 1);
    expect(r.body.channel).toBe('vr');
    expect(r.body.lines).toHaveLength(2);
    expect(r.body.totals.items.amount).toBe(2 * 12900 + 6900);
    const bad = await c.commands(cart.id, [
      { type: 'addLine', productId: 'chair-mora', qty: 1, fulfilment: { type: 'ship' } },
      { type: 'removeLine', lineId: 'does-not-exist' },
    ]);
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBe('invalid');
    const after = await c.get(`/api/carts/${cart.id}`);
    expect(after.body.version).toBe(r.body.version);
    expect(after.body.lines).toEqual(r.body.lines);
  });

  it('answers 409 version_conflict with the current cart when expectedVersion is stale', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }]);
    const stale = await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }], { expectedVersion: cart.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('version_conflict');
    expect(stale.body.cart.version).toBe(cart.version + 1);
  });

  it('refuses quantities beyond what the line\'s location has, listing the short lines', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const av = await c.get('/api/products/sofa-oslo-3/availability');
    const lyon = av.body.items.find((i: { locationId: string }) => i.locationId === 'store-lyon').available;
    const r = await c.commands(cart.id, [{ type: 'addLine', productId: 'sofa-oslo-3', qty: lyon + 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }]);
    expect(r.status).toBe(409);
    expect(r.body.error).toBe('insufficient_stock');
    expect(r.body.lines[0]).toMatchObject({ productId: 'sofa-oslo-3', locationId: 'store-lyon', requested: lyon + 1, available: lyon });
  });

  it('keeps carts private: another customer gets 403, no token gets 401', async () => {
    const a = await t.guest();
    const b = await t.guest();
    const cart = await a.cart();
    expect((await b.get(`/api/carts/${cart.id}`)).status).toBe(403);
    expect((await b.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }])).status).toBe(403);
    expect((await t.anonymous().get(`/api/carts/${cart.id}`)).status).toBe(401);
    expect((await b.checkout(cart.id, 'stranger-key-1')).status).toBe(403);
  });

  it('checks out with an idempotency key: same key and body replays, other body is 422', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'stool-tripode', qty: 1, fulfilment: { type: 'ship' } }]);
    expect((await c.checkout(cart.id, '')).status).toBe(400);
    const first = await c.checkout(cart.id, 'key-0001-abc');
    expect(first.status).toBe(201);
    OrderSchema.parse(first.body);
    const again = await c.checkout(cart.id, 'key-0001-abc');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await c.checkout(cart.id, 'key-0001-abc', { payment: { method: 'in_store' } });
    expect(other.status).toBe(422);
    const closed = await c.get(`/api/carts/${cart.id}`);
    expect(closed.body.status).toBe('checked_out');
    const fresh = await c.post('/api/carts');
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(cart.id);
    const order = await c.get(`/api/orders/${first.body.id}`);
    expect(order.body.status).toBe('placed');
    expect((await (await t.guest()).get(`/api/orders/${first.body.id}`)).status).toBe(404);
  });

  it('refuses a checkout that cannot be reserved and reserves nothing', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const avail = async (id: string) => (await c.get(`/api/products/${id}/availability`)).body.items as { locationId: string; available: number }[];
    const before = await avail('rug-berbere');
    const store = before.find((i) => i.locationId.startsWith('store-') && i.available > 0)!;
    const lyon = store.available;
    await c.commands(cart.id, [
      { type: 'addLine', productId: 'rug-berbere', qty: lyon, fulfilment: { type: 'pickup', locationId: store.locationId } },
      { type: 'addLine', productId: 'lamp-galet', qty: 1, fulfilment: { type: 'ship' } },
    ]);
    // Someone else takes one unit at Lyon before our checkout.
    const other = await t.guest();
    const oc = await other.cart();
    await other.commands(oc.id, [{ type: 'addLine', productId: 'rug-berbere', qty: 1, fulfilment: { type: 'pickup', locationId: store.locationId } }]);
    expect((await other.checkout(oc.id, 'other-key-1')).status).toBe(201);
    const lampBefore = await avail('lamp-galet');
    const r = await c.checkout(cart.id, 'short-key-1');
    expect(r.status).toBe(409);
    expect(r.body.error).toBe('insufficient_stock');
    expect(r.body.lines).toEqual([expect.objectContaining({ productId: 'rug-berbere', locationId: store.locationId, requested: lyon, available: lyon - 1 })]);
    expect(await avail('lamp-galet')).toEqual(lampBefore);
    expect((await c.get(`/api/carts/${cart.id}`)).body.status).toBe('active');
  });

  it('hands a cart to a clerk with a one-time code; the code cannot be replayed', async () => {
    const customer = await t.login('camille@vitrine.demo');
    const clerk = await t.login('lyon@vitrine.demo');
    const cart = await customer.cart();
    expect((await clerk.get(`/api/carts/${cart.id}`)).status).toBe(403);
    const h = await customer.post(`/api/carts/${cart.id}/handoff`);
    expect(h.status).toBe(201);
    expect(h.body.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(h.body.qr).toMatch(/^data:image\/png;base64,/);
    expect((await clerk.post(`/api/carts/${cart.id}/handoff`)).status).toBe(403);
    expect((await customer.post(`/api/handoff/${h.body.code}`)).status).toBe(403);
    const opened = await clerk.post(`/api/handoff/${h.body.code}`, undefined, { 'x-channel': 'store' });
    expect(opened.status).toBe(200);
    expect(opened.body.id).toBe(cart.id);
    const changed = await clerk.commands(cart.id, [{ type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'ship' } }], { channel: 'store' });
    expect(changed.status).toBe(200);
    expect(changed.body.lines.at(-1)?.addedBy).toMatchObject({ role: 'clerk' });
    const advisor = await t.login('ines@vitrine.demo');
    expect((await advisor.post(`/api/handoff/${h.body.code}`)).status).toBe(410);
    expect((await advisor.post('/api/handoff/ZZZZZZ')).status).toBe(404);
    expect((await advisor.post('/api/handoff/not-a-code')).status).toBe(422);
  });

  it('moves orders only through legal transitions, checking the pickup code, and settles stock', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const onHand = async () => (await c.get('/api/products/planter-terrazzo/availability')).body.items.find((i: { locationId: string }) => i.locationId === 'store-paris').available as number;
    const start = await onHand();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'planter-terrazzo', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } }]);
    const order = (await c.checkout(cart.id, 'pickup-key-1')).body;
    expect(await onHand()).toBe(start - 1);
    const parisClerk = await t.login('paris@vitrine.demo');
    const lyonClerk = await t.login('lyon@vitrine.demo');
    expect((await c.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(403);
    expect((await lyonClerk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' })).status).toBe(404); // another store's order is not confirmed to exist
    expect((await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'shipped' })).status).toBe(409);
    expect((await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: order.pickupCode })).status).toBe(409);
    const ready = await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'ready_for_pickup' });
    expect(ready.status).toBe(200);
    expect(ready.body.pickupBy).toBeDefined();
    expect((await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: '000000' })).status).toBe(422);
    const done = await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'picked_up', pickupCode: order.pickupCode });
    expect(done.body.status).toBe('picked_up');
    expect(await onHand()).toBe(start - 1);
    expect((await parisClerk.post(`/api/orders/${order.id}/status`, { status: 'cancelled' })).status).toBe(409);
  });

  it('puts every step on the customer timeline with its channel, and merges a guest cart at sign-in', async () => {
    const g = await t.guest();
    const gc = await g.cart('app');
    await g.commands(gc.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 2, fulfilment: { type: 'ship' } }], { channel: 'ar' });
    // Views are journey analytics: recorded with the customer's consent only.
    await g.request('PUT', '/api/customers/me/consent', { analytics: true });
    await g.post('/api/events', { type: 'product.viewed_in_ar', data: { productId: 'vase-bulle-verre' } }, { 'x-channel': 'ar' });
    const hugo = await t.login('hugo@vitrine.demo');
    const mine = await hugo.cart();
    await hugo.commands(mine.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'ship' } }]);
    const signedIn = await g.post('/api/auth/login', { email: 'hugo@vitrine.demo', password: 'vitrine' });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.mergedCartId).toBe(mine.id);
    hugo.token = signedIn.body.token;
    const merged = await hugo.get(`/api/carts/${mine.id}`);
    expect(merged.body.lines.map((l: { productId: string; qty: number }) => [l.productId, l.qty])).toEqual([['vase-bulle-verre', 3]]);
    expect((await hugo.get(`/api/carts/${gc.id}`)).status).toBe(403);
    const tl = await hugo.get('/api/customers/me/timeline');
    const seen = tl.body.items.map((e: { type: string; channel: string }) => `${e.type}@${e.channel}`);
    expect(seen).toEqual(expect.arrayContaining(['cart.created@app', 'cart.changed@ar', 'product.viewed_in_ar@ar', 'cart.merged@web', 'session.signed_in@web']));
  });

  it('refuses bad credentials, forged and expired tokens with 401', async () => {
    expect((await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: 'wrong' })).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { email: 'nobody@vitrine.demo', password: 'vitrine' })).status).toBe(401);
    const g = await t.guest();
    const [h, p, signature] = present(g.token, 'a guest token').split('.');
    const forged = JSON.parse(Buffer.from(present(p, 'a token payload'), 'base64url').toString());
    forged.role = 'admin';
    const forgedToken = `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const r = await t.anonymous().post('/api/carts', undefined, { authorization: `Bearer ${forgedToken}` });
    expect(r.status).toBe(401);
    const expired = await t.server.services.tokens.issue({ userId: g.user!.id, role: 'customer', guest: true }, -10);
    const e = await t.anonymous().post('/api/carts', undefined, { authorization: `Bearer ${expired.token}` });
    expect(e.status).toBe(401);
    expect(e.body.message).toMatch(/expired/);
  });

  it('serves the OpenAPI document generated from the schemas, and a readable page', async () => {
    const doc = await t.anonymous().get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/carts/{id}/commands', '/api/carts/{id}/checkout']));
    expect(doc.body.components.schemas.Cart.properties.lines).toBeDefined();
    const page = await fetch(`${t.url}/api/docs`);
    expect(await page.text()).toContain('/api/carts/{id}/checkout');
  });
});
