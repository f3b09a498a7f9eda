import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import { testBackends } from './backends';
import { products, stock } from '../db/schema/commerce';

/** The problems as outside clients read them (`message`, in English), without the bilingual `text`. */
const englishOf = (errors: { text?: unknown }[]) => errors.map(({ text: _, ...e }) => e);

const backends = await testBackends();

const csvHeaders = { 'content-type': 'text/csv' };

/** Follows a job until it ends, as the back office's progress bar does. */
async function jobOutcome(c: TestClient, jobId: string) {
  for (let i = 0; i < 300; i++) {
    const r = await c.get(`/api/admin/jobs/${jobId}`);
    expect(r.status).toBe(200);
    if (r.body.state === 'succeeded' || r.body.state === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** Raw bytes in the body, as a browser uploads a file. */
async function upload(c: TestClient, path: string, body: string | Uint8Array) {
  const res = await fetch(c.baseUrl + path, { method: 'POST', headers: { ...csvHeaders, authorization: `Bearer ${c.token}` }, body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe.each(backends)('back-office imports, exports, staff and audit on the %s database', (backend) => {
  let t: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestServer(backend);
    admin = await t.login('admin@vitrine.demo');
  }, 180_000);
  afterAll(() => t?.close());

  it('exporting the products and importing the file back changes nothing', async () => {
    const exported = await admin.get('/api/admin/exports/products');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = exported.body as string;
    expect(csv.replace(/^\uFEFF/, '').startsWith('Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name')).toBe(true);
    const dry = await upload(admin, '/api/admin/imports/products?dryRun=1', csv);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ preview: { create: 0, update: 0, unchanged: 29, changes: [], warnings: [] }, errors: [] });
    const queued = await upload(admin, '/api/admin/imports/products', csv);
    expect(queued.status).toBe(202);
    const job = await jobOutcome(admin, queued.body.jobId);
    expect(job).toMatchObject({ kind: 'import.products', state: 'succeeded', result: { create: 0, update: 0, unchanged: 29 } });
    expect((await admin.get('/api/admin/exports/products')).body).toBe(csv);
  });

  it('previews then applies a French Excel file (Windows-1252, ";") through a job, audited', async () => {
    const oslo = (await admin.get('/api/products/sofa-oslo-3')).body;
    const text = 'Handle;Title;Title FR;Body (HTML);Type;Variant SKU;Variant Price;Width cm;Height cm;Depth cm;Placement;Status\r\n'
      + 'chaise-ete;Summer chair;Chaise d\'été;<p>Légère</p>;chairs;VT-ETE-1;89,50;45,5;80;50;floor;draft\r\n'
      + `sofa-oslo-3;${oslo.name.en};${oslo.name.fr};${oslo.description.en};sofas;VT-SOF-001;1099,00;214;82;92;floor;active\r\n`;
    const bytes = Uint8Array.from([...text].map((ch) => ({ 'é': 0xe9 })[ch] ?? ch.charCodeAt(0)));
    const dry = await upload(admin, '/api/admin/imports/products?dryRun=1', bytes);
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.preview).toMatchObject({ create: 1, update: 1, unchanged: 0 });
    expect(dry.body.preview.changes).toContainEqual({ handle: 'sofa-oslo-3', kind: 'update', fields: expect.arrayContaining(['price', 'variants']) });
    expect((await admin.get('/api/products/chaise-ete')).status).toBe(404);

    const job = await jobOutcome(admin, (await upload(admin, '/api/admin/imports/products', bytes)).body.jobId);
    expect(job.state).toBe('succeeded');
    expect((await admin.get('/api/products/sofa-oslo-3')).body.price.amount).toBe(109900);
    const exported = (await admin.get('/api/admin/exports/products')).body as string;
    expect(exported).toContain('chaise-ete,Summer chair,Légère');
    const audit = await admin.get('/api/admin/audit?targetType=product&targetId=chaise-ete');
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'product.created', actorId: 'u-admin', data: { via: 'import' } })]);
    expect(audit.body.items[0].after).toMatchObject({ id: 'chaise-ete', name: { fr: "Chaise d'été" }, status: 'draft' });
  });

  it('an active product imported without a 3D model goes on sale with its photo only: warned in the preview, no model URL served', async () => {
    const csv = 'Handle,Title,Title FR,Body (HTML),Type,Variant SKU,Variant Price,Width cm,Height cm,Depth cm,Placement,Status\n'
      + 'lamp-bare,Bare lamp,Lampe nue,Bright,lighting,VT-BARE-1,59.00,20,40,20,table,active\n'
      + 'lamp-bare-draft,Draft lamp,Lampe brouillon,Dim,lighting,VT-BARE-2,59.00,20,40,20,table,draft\n';
    const dry = await upload(admin, '/api/admin/imports/products?dryRun=1', csv);
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([]);
    // The draft is not on sale: nothing to warn of.
    expect(dry.body.preview.warnings).toEqual([{
      handle: 'lamp-bare', code: 'no_model',
      message: expect.stringContaining('without a 3D model'),
      text: { en: expect.stringContaining('without a 3D model'), fr: expect.stringContaining('sans modèle 3D') },
    }]);

    const job = await jobOutcome(admin, (await upload(admin, '/api/admin/imports/products', csv)).body.jobId);
    expect(job).toMatchObject({ state: 'succeeded', result: { create: 2, withoutModel: ['lamp-bare'] } });
    expect(job.messageTexts.at(-1)).toEqual({ en: expect.stringContaining('lamp-bare'), fr: expect.stringContaining('sans modèle 3D') });

    const visitor = t.anonymous();
    await expect.poll(async () => (await visitor.get('/api/products/lamp-bare')).status, { timeout: 10_000 }).toBe(200);
    const shown = (await visitor.get('/api/products/lamp-bare')).body;
    expect(shown).toMatchObject({ id: 'lamp-bare', status: 'published', price: { amount: 5900 }, model: { glb: '', usdz: '' } });
    // Its picture's address shows a plain outline until a model (and so a poster) is uploaded.
    const picture = await fetch(new URL(shown.thumbnail, t.url));
    expect([picture.status, picture.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^image\//)]);
    expect((await visitor.get('/api/products?q=lampe%20nue')).body.items.map((p: { id: string; model: unknown }) => [p.id, p.model])).toEqual([['lamp-bare', { glb: '', usdz: '' }]]);
    // On sale: it goes in a cart like any product.
    await t.server.services.database.db.insert(stock).values({ productId: 'lamp-bare', locationId: 'wh-lyon', onHand: 3 });
    const customer = await t.guest();
    const cart = await customer.cart();
    expect((await customer.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bare', qty: 1, fulfilment: { type: 'ship' } }])).status).toBe(200);
  });

  it('a product stored with a model path whose file is not there is served without it', async () => {
    const template = (await admin.get('/api/admin/products/lamp-galet')).body;
    const ghost = { ...template, id: 'lamp-ghost', sku: 'VT-GHOST-1', status: 'published', model: { glb: '/models/lamp-ghost.glb', usdz: '/models/lamp-ghost.usdz' }, variants: [] };
    await t.server.services.database.db.insert(products).values({ id: ghost.id, sku: ghost.sku, category: ghost.category, data: ghost });
    await t.server.services.catalogue.reload();
    const visitor = t.anonymous();
    expect((await visitor.get('/api/products/lamp-ghost')).body.model).toEqual({ glb: '', usdz: '' });
    expect((await admin.get('/api/admin/products/lamp-ghost')).body.model).toEqual({ glb: '', usdz: '' });
    // Re-importing it, active, warns that it has no model.
    const csv = (await admin.get('/api/admin/exports/products')).body as string;
    const dry = await upload(admin, '/api/admin/imports/products?dryRun=1', csv);
    expect(dry.body.preview.warnings.map((w: { handle: string }) => w.handle)).toContain('lamp-ghost');
    // Every model and picture URL the public catalogue hands out answers with a file.
    const items = (await visitor.get('/api/products')).body.items as { id: string; thumbnail: string; model: { glb: string; usdz: string } }[];
    const urls = items.flatMap((p) => [p.model.glb, p.model.usdz]).filter(Boolean);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect((await fetch(new URL(url, t.url), { method: 'HEAD' })).status, url).toBe(200);
    for (const p of items) expect((await fetch(new URL(p.thumbnail, t.url), { method: 'HEAD' })).status, p.id).toBe(200);
  });

  it('a file with any wrong row applies nothing and names every problem', async () => {
    const before = (await admin.get('/api/admin/exports/products')).body;
    const bad = 'Handle,Title,Body (HTML),Type,Variant SKU,Variant Price,Width cm,Height cm,Depth cm,Placement\n'
      + 'lamp-new,New lamp,Bright,lighting,VT-NEW-1,49.90,20,40,20,table\n'
      + 'lamp-neg,Neg lamp,Bright,lamps,VT-NEW-2,-3,20,40,20,table\n';
    const dry = await upload(admin, '/api/admin/imports/products?dryRun=1', bad);
    expect(englishOf(dry.body.errors)).toEqual([
      { row: 2, field: 'Type', message: expect.stringContaining('"lamps" is not a category') },
      { row: 2, field: 'Variant Price', message: expect.stringContaining('"-3" is not a price') },
    ]);
    const job = await jobOutcome(admin, (await upload(admin, '/api/admin/imports/products', bad)).body.jobId);
    expect(job.state).toBe('failed');
    expect(job.errors).toHaveLength(2);
    expect((await admin.get('/api/admin/exports/products')).body).toBe(before);
    expect((await admin.get('/api/products/lamp-new')).status).toBe(404);
  });

  it('refuses non-admins, empty bodies and files over the limit clearly', async () => {
    const clerk = await t.login('lyon@vitrine.demo');
    expect((await upload(clerk, '/api/admin/imports/products?dryRun=1', 'Handle\n')).status).toBe(403);
    expect((await upload(await t.login('manager.lyon@vitrine.demo'), '/api/admin/imports/products?dryRun=1', 'Handle\n')).status).toBe(403);
    expect((await upload(admin, '/api/admin/imports/products?dryRun=1', '')).status).toBe(422);
    const huge = await upload(admin, '/api/admin/imports/products?dryRun=1', 'x'.repeat(21 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({ error: 'payload_too_large', message: expect.stringContaining('20 MB') });
  });

  it('imports a store count through a job, a manager only for its own store', async () => {
    const manager = await t.login('manager.lyon@vitrine.demo');
    const exported = await manager.get('/api/admin/exports/stock?locationId=store-lyon');
    expect(exported.status).toBe(200);
    expect((exported.body as string).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('SKU,location,on hand');
    const same = await upload(manager, '/api/admin/imports/stock?dryRun=1', exported.body);
    expect(same.body).toMatchObject({ errors: [], preview: { create: 0, update: 0, changes: [] } });

    expect((await manager.get('/api/admin/exports/stock?locationId=store-paris')).status).toBe(403);
    expect((await upload(manager, '/api/admin/imports/stock?dryRun=1', 'SKU;location;on hand\nVT-LUM-002;store-paris;3\n')).status).toBe(403);

    const bad = await upload(manager, '/api/admin/imports/stock?dryRun=1', 'SKU,location,on hand\nVT-NOPE,store-lyon,1\nVT-LUM-002,store-nowhere,1\nVT-LUM-002,store-lyon,-2\nVT-LUM-001,store-lyon,1.5\n');
    // The back office shows each problem in the merchant's language.
    expect(bad.body.errors[1].text).toEqual({ en: 'no location "store-nowhere"', fr: 'aucun lieu « store-nowhere »' });
    expect(englishOf(bad.body.errors)).toEqual([
      { row: 1, field: 'SKU', message: 'no product has SKU "VT-NOPE"' },
      { row: 2, field: 'location', message: 'no location "store-nowhere"' },
      { row: 3, field: 'on hand', message: expect.stringContaining('"-2" is not a whole number') },
      { row: 4, field: 'on hand', message: expect.stringContaining('"1.5" is not a whole number') },
    ]);

    const queued = await upload(manager, '/api/admin/imports/stock', 'SKU;location;on hand\nVT-LUM-002;store-lyon;12\n');
    expect(queued.status).toBe(202);
    const job = await jobOutcome(manager, queued.body.jobId);
    expect(job).toMatchObject({ state: 'succeeded', result: { update: 1 } });
    const shelf = await (await t.login('lyon@vitrine.demo')).get('/api/stores/store-lyon/stock');
    expect(shelf.body.items.find((i: { productId: string }) => i.productId === 'lamp-bulle')).toMatchObject({ onHand: 12 });
    const audit = await admin.get('/api/admin/audit?action=stock.counted');
    expect(audit.body.items[0]).toMatchObject({ actorId: 'u-manager-lyon', targetId: 'lamp-bulle@store-lyon', after: { onHand: 12 } });
    // The manager follows its own jobs only.
    const adminJob = await upload(admin, '/api/admin/imports/stock', 'SKU,location,on hand\nVT-LUM-002,store-paris,2\n');
    expect((await manager.get(`/api/admin/jobs/${adminJob.body.jobId}`)).status).toBe(404);
    expect((await manager.get('/api/admin/jobs')).body.items.every((j: { id: string }) => j.id !== adminJob.body.jobId)).toBe(true);
    expect((await admin.get('/api/admin/jobs?kind=import.stock')).body.items.map((j: { id: string }) => j.id)).toContain(adminJob.body.jobId);
  });

  it('refuses a count below what is reserved for orders, saying how many are reserved', async () => {
    const c = await t.login('hugo@vitrine.demo');
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-galet', qty: 2, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }]);
    const placed = await c.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' } });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const r = await upload(admin, '/api/admin/imports/stock?dryRun=1', 'SKU,location,on hand\nVT-LUM-003,store-lyon,1\n');
    expect(englishOf(r.body.errors)).toEqual([{ row: 1, field: 'on hand', message: expect.stringContaining('2 unit(s) of "lamp-galet" are reserved') }]);
  });

  it('creates, scopes, deactivates and reactivates staff, audited', async () => {
    const manager = await t.login('manager.lyon@vitrine.demo');
    const list = await manager.get('/api/admin/staff');
    expect(list.body.items.map((m: { email: string }) => m.email)).toEqual(['lyon@vitrine.demo']);
    expect((await manager.post('/api/admin/staff', { email: 'x@vitrine.demo', name: 'X', role: 'manager', storeId: 'store-lyon', password: 'long-enough-1' })).status).toBe(403);
    expect((await manager.post('/api/admin/staff', { email: 'x@vitrine.demo', name: 'X', role: 'clerk', storeId: 'store-paris', password: 'long-enough-1' })).status).toBe(403);
    expect((await manager.post('/api/admin/staff/u-clerk-paris/deactivate')).status).toBe(403);

    const made = await manager.post('/api/admin/staff', { email: `zoe.${backend}@vitrine.demo`, name: 'Zoé', role: 'clerk', password: 'long-enough-1' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ role: 'clerk', storeId: 'store-lyon', active: true });
    expect((await manager.post('/api/admin/staff', { email: `zoe.${backend}@vitrine.demo`, name: 'Zoé', role: 'clerk', password: 'long-enough-1' })).status).toBe(409);
    const zoe = await (await import('../test-support/test-client')).TestClient.login(t.url, `zoe.${backend}@vitrine.demo`, 'long-enough-1');
    expect((await zoe.get('/api/stores/store-lyon/stock')).status).toBe(200);

    const off = await manager.post(`/api/admin/staff/${made.body.id}/deactivate`);
    expect(off.body).toMatchObject({ id: made.body.id, active: false });
    expect((await zoe.post('/api/auth/login', { email: `zoe.${backend}@vitrine.demo`, password: 'long-enough-1' })).status).toBe(403);
    expect((await manager.post(`/api/admin/staff/${made.body.id}/reactivate`)).body.active).toBe(true);
    expect((await zoe.post('/api/auth/login', { email: `zoe.${backend}@vitrine.demo`, password: 'long-enough-1' })).status).toBe(200);

    const made2 = await admin.post('/api/admin/staff', { email: `m.${backend}@vitrine.demo`, name: 'M', role: 'manager', storeId: 'store-paris', password: 'long-enough-1' });
    expect(made2.status).toBe(201);
    const audit = await admin.get(`/api/admin/audit?targetId=${made.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['staff.reactivated', 'staff.deactivated', 'staff.created']);
    expect(audit.body.total).toBe(3);
    expect((await manager.get('/api/admin/audit')).status).toBe(403);
    expect((await admin.get('/api/admin/audit?page=0')).status).toBe(422);
  });
});
