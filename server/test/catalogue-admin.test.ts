import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { openSse } from '../test-support/sse-reader';
import { TestClient } from '../test-support/test-client';
import { testBackends } from './backends';
import { stock, users } from '../db/schema/commerce';
import { auditLog } from '../db/schema/operations';
import type { Cart } from '../../shared/cart/cart';
import type { Product } from '../../shared/catalogue/product';

const backends = await testBackends();
const ship = { type: 'ship' } as const;

/** The body the back office sends to change a product: the product without its model and thumbnail. */
function inputOf(p: Product, change: Partial<Product> = {}) {
  const { model: _m, thumbnail: _t, ...rest } = { ...p, ...change };
  return { ...rest, variants: rest.variants.map(({ model: _vm, ...v }) => v) };
}

async function managerOf(t: TestServer): Promise<TestClient> {
  const { db } = t.server.services.database;
  await db.insert(users).values({ id: 'manager-lyon', email: 'manager-lyon@vitrine.test', name: 'Manon', role: 'manager', storeId: 'store-lyon' }).onConflictDoNothing();
  const { token } = await t.server.services.tokens.issue({ userId: 'manager-lyon', role: 'manager', storeId: 'store-lyon', guest: false, name: 'Manon' });
  return new TestClient(t.url, token);
}

describe.each(backends)('the merchant edits the catalogue (%s)', (backend) => {
  let t: TestServer;
  let other: SpawnedServer | undefined;
  let dropDb = async () => {};
  beforeAll(async () => {
    if (backend === 'postgres') {
      const db = await createPostgresTestDatabase();
      dropDb = db.drop;
      t = await startTestServer('postgres', { databaseUrl: db.url });
      // A second process on the same database, as a second machine behind a load balancer.
      other = await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    } else {
      t = await startTestServer('embedded');
    }
  }, 120_000);
  afterAll(async () => {
    await other?.stop();
    await t?.close();
    await dropDb();
  });

  it('lets a manager read but not write, and customers neither', async () => {
    const manager = await managerOf(t);
    const customer = await t.login('camille@vitrine.demo');
    const list = await manager.get('/api/admin/products?pageSize=5&page=2');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 2, pageSize: 5 });
    expect(list.body.items).toHaveLength(5);
    const product = (await manager.get('/api/admin/products/chair-arc')).body as Product;
    expect(product.id).toBe('chair-arc');
    for (const c of [manager, customer]) {
      expect((await c.request('PUT', '/api/admin/products/chair-arc', inputOf(product, { price: { amount: 1, currency: 'EUR' } }))).status).toBe(403);
      expect((await c.post('/api/admin/products/chair-arc/unpublish')).status).toBe(403);
      expect((await c.post('/api/admin/products', inputOf(product, { id: 'stolen', sku: 'X-1' }))).status).toBe(403);
    }
    expect((await customer.get('/api/admin/products')).status).toBe(403);
    expect((await t.anonymous().get('/api/admin/products')).status).toBe(401);
    expect((await t.anonymous().request('PUT', '/api/admin/products/chair-arc', inputOf(product))).status).toBe(401);
    expect((await t.anonymous().get('/api/products/chair-arc')).body.price.amount).toBe(15900);
  });

  it('names the field of a bad input and changes nothing', async () => {
    const admin = await t.login('admin@vitrine.demo');
    const product = (await admin.get('/api/admin/products/chair-arc')).body as Product;
    const r = await admin.request('PUT', '/api/admin/products/chair-arc', inputOf(product, { dimensionsM: { w: -1, h: 1, d: 1 } }));
    expect(r.status).toBe(422);
    expect(r.body.issues[0].path).toBe('dimensionsM.w');
    const taken = await admin.request('PUT', '/api/admin/products/chair-arc', inputOf(product, { sku: 'VT-SOF-001' }));
    expect(taken).toMatchObject({ status: 409, body: { error: 'sku_taken' } });
    expect((await admin.get('/api/admin/products/chair-arc')).body).toEqual(product);
  });

  it('shows a price change live on every process, page and cart, and checkout waits for the customer to accept it', async () => {
    const admin = await t.login('admin@vitrine.demo');
    const customer = await t.guest();
    const cart = await customer.cart();
    const added = await customer.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 2, fulfilment: ship }]);
    expect(added.status).toBe(200);
    const base = other?.url ?? t.url;
    const page = await openSse(`${base}/api/catalogue/events`);
    expect((await page.next()).event).toBe('catalogue');
    const cartStream = await openSse(`${base}/api/carts/${cart.id}/events`, { authorization: `Bearer ${customer.token}` });
    expect(JSON.parse((await cartStream.next()).data).version).toBe(added.body.version);

    const product = (await admin.get('/api/admin/products/chair-arc')).body as Product;
    const put = await admin.request('PUT', '/api/admin/products/chair-arc', inputOf(product, { price: { amount: 17900, currency: 'EUR' } }));
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ price: { amount: 17900 }, model: product.model, thumbnail: product.thumbnail });

    const heard = JSON.parse((await page.next(10_000)).data);
    expect(heard.ids).toEqual(['chair-arc']);
    expect((await new TestClient(base).get('/api/products/chair-arc')).body.price.amount).toBe(17900);
    const pushed = JSON.parse((await cartStream.next(10_000)).data) as Cart;
    expect(pushed.lines[0]).toMatchObject({ unitPrice: { amount: 17900 }, priceChange: { from: { amount: 15900 }, to: { amount: 17900 } } });
    page.close();
    cartStream.close();

    const refused = await customer.checkout(cart.id, 'price-change-key-1');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'price_changed', lines: [{ productId: 'chair-arc', from: { amount: 15900 }, to: { amount: 17900 } }] });
    const accepted = await customer.commands(cart.id, [{ type: 'acceptPrices' }]);
    expect(accepted.body.lines[0].priceChange).toBeUndefined();
    const order = await customer.checkout(cart.id, 'price-change-key-2');
    expect(order.status).toBe(201);
    expect(order.body.totals.items.amount).toBe(2 * 17900);

    const audit = await t.server.services.database.db.select().from(auditLog).where(eq(auditLog.targetId, 'chair-arc'));
    const entry = audit.find((a) => a.action === 'product.updated');
    expect(entry).toMatchObject({ actorRole: 'admin', targetType: 'product' });
    expect((entry!.before as Product).price.amount).toBe(15900);
    expect((entry!.after as Product).price.amount).toBe(17900);
  }, 60_000);

  it('keeps drafts out of public view and marks cart lines of a product taken off sale', async () => {
    const admin = await t.login('admin@vitrine.demo');
    const template = (await admin.get('/api/admin/products/vase-amphore')).body as Product;
    const created = await admin.post('/api/admin/products', { ...inputOf(template, { sku: 'VT-NEW-001', name: { fr: 'Vase Nouveau', en: 'New vase' } }), id: undefined, status: undefined });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'new-vase', status: 'draft', model: { glb: '', usdz: '' } });
    const base = other?.url ?? t.url;
    const visitor = new TestClient(base);
    expect((await visitor.get('/api/products/new-vase')).status).toBe(404);
    expect((await visitor.get('/api/products')).body.items.some((p: Product) => p.id === 'new-vase')).toBe(false);
    expect((await admin.get('/api/admin/products?status=draft')).body.items.map((p: Product) => p.id)).toContain('new-vase');
    expect((await admin.post('/api/admin/products/new-vase/publish')).status).toBe(200);
    await expect.poll(async () => (await visitor.get('/api/products/new-vase')).status, { timeout: 10_000 }).toBe(200);

    await t.server.services.database.db.insert(stock).values({ productId: 'new-vase', locationId: 'wh-lyon', onHand: 5 });
    const customer = await t.guest();
    const cart = await customer.cart();
    const added = await customer.commands(cart.id, [{ type: 'addLine', productId: 'new-vase', qty: 1, fulfilment: ship }, { type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: ship }]);
    expect(added.status).toBe(200);
    expect((await admin.post('/api/admin/products/new-vase/unpublish')).body.status).toBe('draft');
    await expect.poll(async () => (await visitor.get('/api/products/new-vase')).status, { timeout: 10_000 }).toBe(404);
    const now = (await customer.get(`/api/carts/${cart.id}`)).body as Cart;
    expect(now.lines.find((l) => l.productId === 'new-vase')?.unavailable).toBe(true);
    expect(now.totals.items.amount).toBe(template.price.amount);
    const refused = await customer.checkout(cart.id, 'unavailable-key-1');
    expect(refused).toMatchObject({ status: 409, body: { error: 'unavailable_lines', lines: [{ productId: 'new-vase' }] } });
    expect((await customer.commands(cart.id, [{ type: 'addLine', productId: 'new-vase', qty: 1, fulfilment: ship }])).status).toBe(422);
  }, 60_000);
});
