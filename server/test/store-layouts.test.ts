import { users } from '../db/schema/commerce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from './backends';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { serviceAvailable } from '../test-support/services-available';
import { openSse } from '../test-support/sse-reader';
import { TestClient } from '../test-support/test-client';
import { queryRows } from '../db/query-rows';
import { sql } from 'drizzle-orm';
import { followStoreLayout } from '../rooms/follow-store-layout';
import type { StoreLayout } from '../../shared/store-layout/store-layout-schema';

const backends = await testBackends();
const hasPg = await serviceAvailable('PostgreSQL');

async function managerOf(t: TestServer, storeId: string): Promise<TestClient> {
  // Tokens are only honoured for accounts that exist.
  await t.server.services.database.db.insert(users).values({ id: `manager-${storeId}`, role: 'manager', storeId, name: `Manager ${storeId}` }).onConflictDoNothing();
  const { token } = await t.server.services.tokens.issue({ userId: `manager-${storeId}`, role: 'manager', storeId, guest: false });
  return new TestClient(t.url, token);
}

/** The published layout with one gondola moved by `dx` metres. */
function moved(layout: StoreLayout, id: string, dx: number): StoreLayout {
  const copy = structuredClone(layout);
  const f = copy.fixtures.find((x) => x.id === id) as { x: number };
  f.x += dx;
  return copy;
}

describe.each(backends)('store layouts (%s)', (backend) => {
  let t: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestServer(backend);
    admin = await t.login('admin@vitrine.demo');
  }, 120_000);
  afterAll(() => t?.close());

  it('gives every store the bundled layout as published version 1', async () => {
    for (const storeId of ['store-lyon', 'store-paris', 'store-bordeaux']) {
      const r = await t.anonymous().get(`/api/stores/${storeId}/layout`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ storeId, version: 1 });
      expect(r.body.layout.fixtures.some((f: { id: string }) => f.id === 'gondola-1')).toBe(true);
    }
    expect((await t.anonymous().get('/api/stores/wh-lyon/layout')).status).toBe(404);
  });

  it('saves drafts, refuses bad ones naming the fixture, publishes, archives and audits', async () => {
    const v1 = (await t.anonymous().get('/api/stores/store-lyon/layout')).body.layout as StoreLayout;

    const outside = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: moved(v1, 'gondola-1', 40) });
    expect(outside.status).toBe(422);
    expect(outside.body.error).toBe('invalid');
    expect(outside.body.message).toMatch(/gondola-1/);
    expect(outside.body.issues).toContainEqual(expect.objectContaining({ code: 'out_of_bounds', fixtureId: 'gondola-1' }));

    const overlapping = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: moved(v1, 'gondola-2', -5) });
    expect(overlapping.status).toBe(422);
    expect(overlapping.body.issues).toContainEqual(expect.objectContaining({ code: 'overlap', fixtureId: 'gondola-1', otherId: 'gondola-2' }));

    const unknown = structuredClone(v1);
    Object.assign(unknown.fixtures.find((f) => f.id === 'gondola-1')!, { products: ['no-such-product'] });
    const r0 = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: unknown });
    expect(r0.status).toBe(422);
    expect(r0.body.issues).toContainEqual(expect.objectContaining({ code: 'unknown_product', fixtureId: 'gondola-1' }));
    // Nothing was written by the refusals.
    expect((await admin.get('/api/admin/stores/store-lyon/layouts')).body.items).toHaveLength(1);

    const draft = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: moved(v1, 'gondola-1', -0.5) });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ storeId: 'store-lyon', version: 2, status: 'draft' });
    // Saving again edits the same draft.
    const again = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: moved(v1, 'gondola-1', -1) });
    expect(again.body.version).toBe(2);
    // Visitors still walk version 1.
    expect((await t.anonymous().get('/api/stores/store-lyon/layout')).body.version).toBe(1);

    const published = await admin.post('/api/admin/stores/store-lyon/layouts/draft/publish');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2, status: 'published' });
    const pub = await t.anonymous().get('/api/stores/store-lyon/layout');
    expect(pub.body.version).toBe(2);
    expect(pub.body.layout.fixtures.find((f: { id: string }) => f.id === 'gondola-1').x).toBe(13);
    // Other stores keep theirs.
    expect((await t.anonymous().get('/api/stores/store-paris/layout')).body.version).toBe(1);

    const list = (await admin.get('/api/admin/stores/store-lyon/layouts')).body.items;
    expect(list.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'archived']]);
    expect(list[0].publishedAt).toEqual(expect.any(String));
    const one = await admin.get('/api/admin/stores/store-lyon/layouts/1');
    expect(one.body).toMatchObject({ version: 1, status: 'archived' });
    expect((await admin.get('/api/admin/stores/store-lyon/layouts/99')).status).toBe(404);
    expect((await admin.post('/api/admin/stores/store-lyon/layouts/draft/publish')).status).toBe(409);

    const audit = await queryRows<{ action: string; target_id: string }>(t.server.services.database.db, sql`select action, target_id from audit_log where target_type = 'store_layout' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['store_layout.draft_saved', 'store_layout.draft_saved', 'store_layout.published']);
    expect(audit[2]?.target_id).toBe('store-lyon/2');
  });

  it('lets a manager edit their own store only, and nobody else', async () => {
    const paris = await managerOf(t, 'store-paris');
    const v1 = (await t.anonymous().get('/api/stores/store-paris/layout')).body.layout as StoreLayout;
    expect((await paris.get('/api/admin/stores/store-paris/layouts')).status).toBe(200);
    expect((await paris.request('PUT', '/api/admin/stores/store-paris/layouts/draft', { layout: v1 })).status).toBe(200);
    expect((await paris.post('/api/admin/stores/store-paris/layouts/draft/publish')).body.version).toBe(2);

    expect((await paris.get('/api/admin/stores/store-lyon/layouts')).status).toBe(403);
    expect((await paris.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: v1 })).status).toBe(403);
    expect((await paris.post('/api/admin/stores/store-lyon/layouts/draft/publish')).status).toBe(403);
    const clerk = await t.login('lyon@vitrine.demo');
    expect((await clerk.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: v1 })).status).toBe(403);
    const customer = await t.login('camille@vitrine.demo');
    expect((await customer.get('/api/admin/stores/store-lyon/layouts')).status).toBe(403);
    expect((await t.anonymous().get('/api/admin/stores/store-lyon/layouts')).status).toBe(401);
    expect((await admin.get('/api/admin/stores/store-nowhere/layouts')).status).toBe(404);
  });

  it('lets a store manager dress a room set: refused on a fixture with the item named, published once placed', async () => {
    const manager = await managerOf(t, 'store-paris');
    const published = (await t.anonymous().get('/api/stores/store-paris/layout')).body.layout as StoreLayout;
    const withSet = (x: number, z: number): StoreLayout => ({
      ...structuredClone(published),
      sets: [...published.sets, { id: 'room-set-1', name: { fr: 'La chambre', en: 'The bedroom' }, items: [{ id: 'sofa', productId: 'sofa-oslo-3', x, z, rotYDeg: 0 }] }],
    });
    const empty = { ...structuredClone(published), sets: [...published.sets, { id: 'room-set-1', name: { fr: 'La chambre', en: 'The bedroom' }, items: [] }] };
    expect((await manager.request('PUT', '/api/admin/stores/store-paris/layouts/draft', { layout: empty })).status).toBe(200);

    const gondola = published.fixtures.find((f) => f.id === 'gondola-1') as { x: number; z: number };
    // The sofa's centre is clear of the gondola, but at its catalogue width its arm is not.
    const refused = await manager.request('PUT', '/api/admin/stores/store-paris/layouts/draft', { layout: withSet(gondola.x + 1.4, gondola.z) });
    expect(refused.status).toBe(422);
    expect(refused.body.issues).toContainEqual(expect.objectContaining({ code: 'overlap', fixtureId: 'room-set-1', itemId: 'sofa', otherId: 'gondola-1' }));

    expect((await manager.request('PUT', '/api/admin/stores/store-paris/layouts/draft', { layout: withSet(0, -8.5) })).status).toBe(200);
    expect((await manager.post('/api/admin/stores/store-paris/layouts/draft/publish')).status).toBe(200);
    const now = (await t.anonymous().get('/api/stores/store-paris/layout')).body.layout as StoreLayout;
    expect(now.sets.find((s) => s.id === 'room-set-1')?.items).toEqual([expect.objectContaining({ productId: 'sofa-oslo-3', x: 0, z: -8.5 })]);
  });

  it('renames a room set in a saved draft, and refuses a blank, overlong or twin name naming the set', async () => {
    const published = (await t.anonymous().get('/api/stores/store-lyon/layout')).body.layout as StoreLayout;
    const named = (name: { fr: string; en: string }): StoreLayout => ({ ...structuredClone(published), sets: published.sets.map((s) => (s.id === 'living-room' ? { ...s, name } : s)) });

    const blank = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: named({ fr: '  ', en: 'The living room' }) });
    expect(blank.status).toBe(422);
    expect(blank.body.message).toMatch(/living-room.*French/);
    expect(blank.body.issues).toEqual([expect.objectContaining({ code: 'invalid_name', fixtureId: 'living-room', path: 'sets.0.name.fr' })]);
    const long = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: named({ fr: 'Le salon', en: 'x'.repeat(81) }) });
    expect(long.status).toBe(422);
    expect(long.body.issues).toEqual([expect.objectContaining({ code: 'invalid_name', fixtureId: 'living-room', path: 'sets.0.name.en' })]);
    const twin = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: named({ fr: 'La salle à manger', en: 'The living room' }) });
    expect(twin.status).toBe(422);
    expect(twin.body.issues).toEqual([expect.objectContaining({ code: 'invalid_name', fixtureId: 'dining-room', message: expect.stringMatching(/same French name as room set "living-room"/) })]);

    const saved = await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: named({ fr: 'Le grand salon', en: 'The large living room' }) });
    expect(saved.status).toBe(200);
    const draft = await admin.get(`/api/admin/stores/store-lyon/layouts/${saved.body.version}`);
    expect(draft.body.layout.sets.find((s: { id: string }) => s.id === 'living-room')).toMatchObject({ name: { fr: 'Le grand salon', en: 'The large living room' } });
  });

  it('tells open store views of that store at once', async () => {
    const stream = await openSse(`${t.url}/api/stores/store-bordeaux/layout/events`);
    const first = await stream.next();
    expect(first.event).toBe('layout');
    expect(JSON.parse(first.data).version).toBe(1);
    const v1 = JSON.parse(first.data).layout as StoreLayout;
    await admin.request('PUT', '/api/admin/stores/store-bordeaux/layouts/draft', { layout: moved(v1, 'gondola-1', -0.5) });
    await admin.post('/api/admin/stores/store-bordeaux/layouts/draft/publish');
    const next = await stream.next(5000);
    expect(JSON.parse(next.data)).toMatchObject({ storeId: 'store-bordeaux', version: 2 });
    stream.close();
  });
});

describe.runIf(hasPg)('a layout published through one server reaches another on the same PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    a = await startTestServer('postgres', { databaseUrl: db.url });
    b = await startTestServer('postgres', { databaseUrl: db.url });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('in its store view streams and its showroom rooms', async () => {
    const stream = await openSse(`${b.url}/api/stores/store-lyon/layout/events`);
    expect(JSON.parse((await stream.next()).data).version).toBe(1);
    const seen: number[] = [];
    const off = followStoreLayout(b.server.services, 'store-lyon', (v) => seen.push(v));
    await expect.poll(() => seen).toEqual([1]);

    const admin = await a.login('admin@vitrine.demo');
    const v1 = (await a.anonymous().get('/api/stores/store-lyon/layout')).body.layout as StoreLayout;
    expect((await admin.request('PUT', '/api/admin/stores/store-lyon/layouts/draft', { layout: moved(v1, 'gondola-1', -0.5) })).status).toBe(200);
    const sent = performance.now();
    await admin.post('/api/admin/stores/store-lyon/layouts/draft/publish');
    const e = await stream.next(5000);
    console.log(`layout published on one server reached the other's stream in ${(performance.now() - sent).toFixed(0)} ms`);
    expect(JSON.parse(e.data).version).toBe(2);
    await expect.poll(() => seen.at(-1)).toBe(2);
    off();
    stream.close();
  }, 60_000);
});
