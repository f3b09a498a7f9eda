import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { tables } from '../db/tables';
import { queryRows } from '../db/query-rows';
import type { Db } from '../db/database';
import { hashPassword } from '../auth/passwords';
import { deviceLinks, events, orders, users } from '../db/schema/commerce';
import { advisorSlots, bookings, helpRequests, liveSessions, sessionEvents, sessionMembers } from '../db/schema/sessions';
import { cartCommandKeys, tillPayments } from '../db/schema/stores';
import { auditLog } from '../db/schema/operations';
import { emailChanges, emailChangeUndos, mailOutbox, passkeys, passwordResets, signUps } from '../db/schema/accounts';
import { NOT_EXPORTED } from '../privacy/export-customer-data';

const PASSWORD = 'une armoire normande en chêne';
/** Columns that tie a row to a person: their id, or their address. */
const PERSON_COLUMNS = ['customer_id', 'user_id', 'email', 'to_address'];
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);

/** Every table with a column naming a person, and those columns. */
function personalTables(): { name: string; columns: string[] }[] {
  return (Object.values(tables) as unknown[])
    .filter((x): x is PgTable => typeof x === 'object' && x !== null && Symbol.for('drizzle:IsDrizzleTable') in x)
    .map((tbl) => ({ name: getTableName(tbl), columns: Object.values(getTableColumns(tbl)).map((c) => c.name).filter((c) => PERSON_COLUMNS.includes(c)) }))
    .filter((x) => x.columns.length > 0 || x.name === 'users');
}

async function rowsAbout(db: Db, table: string, columns: string[], id: string, email: string): Promise<number> {
  const cols = table === 'users' ? ['id'] : columns;
  const where = cols.map((c) => `"${c}" = ${c === 'email' || c === 'to_address' ? `'${email}'` : `'${id}'`}`).join(' or ');
  const [r] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}" where ${where}`));
  return r?.n ?? 0;
}

describe('privacy: consent, export, erasure, retention', () => {
  let t: TestServer;
  let db: Db;
  beforeAll(async () => {
    t = await startTestServer('embedded', { now });
    db = t.server.services.database.db;
  }, 60_000);
  afterAll(() => t?.close());

  async function newCustomer(email: string): Promise<TestClient> {
    await db.insert(users).values({ id: `u-${randomUUID()}`, email, name: 'Léa Privée', role: 'customer', passwordHash: await hashPassword(PASSWORD), language: 'fr' });
    return TestClient.login(t.url, email, PASSWORD);
  }

  it('records views only after the customer said yes, and a later no deletes them', async () => {
    const g = await t.guest();
    const view = () => g.post('/api/events', { type: 'product.viewed', data: { productId: 'lamp-bulle' } });
    const viewed = async () => (await g.get('/api/customers/me/timeline')).body.items.filter((e: { type: string }) => e.type === 'product.viewed').length;
    expect((await g.get('/api/customers/me/consent')).body).toEqual({ analytics: null, decidedAt: null });
    const dropped = await view();
    expect(dropped.status).toBe(202);
    expect(dropped.body).toEqual({ ok: true, recorded: false });
    expect(await viewed()).toBe(0);
    expect((await g.request('PUT', '/api/customers/me/consent', { analytics: true })).body).toMatchObject({ analytics: true });
    expect((await view()).status).toBe(201);
    expect(await viewed()).toBe(1);
    // Carts are essential, not analytics: kept whatever the choice.
    await g.cart();
    expect((await g.request('PUT', '/api/customers/me/consent', { analytics: false })).status).toBe(200);
    expect(await viewed()).toBe(0);
    expect((await view()).status).toBe(202);
    const types = (await g.get('/api/customers/me/timeline')).body.items.map((e: { type: string }) => e.type);
    expect(types).toContain('cart.created');
    expect((await g.request('PUT', '/api/customers/me/consent', { analytics: 'maybe' })).status).toBe(422);
  });

  it('exports a row of every table that names the customer, and erases them all but the orders, anonymised', async () => {
    const email = 'lea.privee@example.com';
    const lea = await newCustomer(email);
    const id = lea.user!.id;
    await lea.request('PUT', '/api/customers/me/consent', { analytics: true });
    await lea.post('/api/events', { type: 'product.viewed_in_ar', data: { productId: 'armchair-lisa' } }, { 'x-channel': 'ar' });
    const cart = await lea.cart();
    const add = await lea.request('POST', `/api/carts/${cart.id}/commands`, { commands: [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'ship' } }] }, { 'idempotency-key': randomUUID() });
    expect(add.status).toBe(200);
    const placed = await lea.checkout(cart.id, randomUUID(), { payment: { method: 'in_store' }, contact: { email }, shippingAddress: { name: 'Léa Privée', line1: '3 rue des Lilas', postcode: '69003', city: 'Lyon', country: 'FR' } });
    expect(placed.status).toBe(201);
    // What other flows leave behind (help, consultations, sessions, links, mails, payments at a till, staff reads).
    const sessionId = `s-${randomUUID()}`;
    const slotId = `slot-${randomUUID()}`;
    const at = new Date(Date.now() + 86_400_000).toISOString();
    await db.insert(liveSessions).values({ id: sessionId, kind: 'consultation', hostId: 'advisor', customerId: id, title: 'Léa' });
    await db.insert(sessionMembers).values({ sessionId, userId: id });
    await db.insert(sessionEvents).values({ sessionId, type: 'spotlight', actorId: id, data: {} });
    await db.insert(advisorSlots).values({ id: slotId, advisorId: 'advisor', startsAt: at, endsAt: new Date(Date.parse(at) + 1_800_000).toISOString(), status: 'booked' });
    await db.insert(bookings).values({ id: `b-${randomUUID()}`, slotId, customerId: id, advisorId: 'advisor', sessionId, note: 'un canapé', startsAt: at, endsAt: at });
    await db.insert(helpRequests).values({ id: `h-${randomUUID()}`, customerId: id, customerName: 'Léa', status: 'done', context: {} as never, channel: 'web', closedAt: new Date().toISOString() });
    await db.insert(passkeys).values({ id: `pk-${randomUUID()}`, userId: id, publicKey: 'cHVibGlj' });
    await db.insert(passwordResets).values({ tokenHash: randomUUID(), userId: id, expiresAt: at });
    await db.insert(emailChanges).values({ tokenHash: randomUUID(), userId: id, newEmail: 'lea.ailleurs@example.com', expiresAt: at });
    await db.insert(emailChangeUndos).values({ tokenHash: randomUUID(), userId: id, oldEmail: 'lea.avant@example.com', newEmail: email, expiresAt: at });
    await db.insert(deviceLinks).values({ codeHash: randomUUID(), userId: id, expiresAt: at });
    await db.insert(cartCommandKeys).values({ userId: id, key: randomUUID(), cartId: cart.id, requestHash: 'h' });
    await db.insert(tillPayments).values({ id: `tp-${randomUUID()}`, storeId: 'store-paris', clerkId: 'clerk', cartId: cart.id, customerId: id, amount: 100, currency: 'EUR', cardLast4: '4242', status: 'declined' });
    await db.insert(auditLog).values({ actorId: 'advisor', actorRole: 'advisor', action: 'timeline.read', targetType: 'customer', targetId: id, customerId: id });
    await db.insert(signUps).values({ tokenHash: randomUUID(), email, name: 'Léa', language: 'fr', passwordHash: 'secret-hash', expiresAt: at });
    await db.insert(mailOutbox).values({ id: randomUUID(), toAddress: email, language: 'fr', template: 'verify-email', subject: 'Bienvenue', text: 'lien secret', html: 'lien secret', state: 'outbox' });

    const exported = await lea.get('/api/customers/me/data');
    expect(exported.status).toBe(200);
    const data = exported.body as Record<string, unknown[]>;
    // The list is read from the schema, so a new table with a customer column fails here until exported.
    expect(personalTables().map((x) => x.name)).toEqual(expect.arrayContaining(['users', 'carts', 'orders', 'events', 'help_requests', 'bookings', 'passkeys', 'mail_outbox', 'consents']));
    const missing: string[] = [];
    for (const { name } of personalTables()) {
      if (name in NOT_EXPORTED) continue;
      if (!Array.isArray(data[name]) || data[name].length === 0) missing.push(name);
    }
    expect(missing).toEqual([]);
    expect(data.orders).toEqual([expect.objectContaining({ id: placed.body.id, number: placed.body.number })]);
    const text = JSON.stringify(data);
    for (const secret of ['passwordHash', 'tokenHash', 'codeHash', 'secret-hash', 'lien secret']) expect(text).not.toContain(secret);

    // An order still to ship: erasure waits.
    const early = await lea.post('/api/customers/me/erase', { password: PASSWORD });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: 'open_orders', orders: [placed.body.number] });
    await db.update(orders).set({ status: 'shipped' }).where(eq(orders.id, placed.body.id));
    expect((await lea.post('/api/customers/me/erase', {})).status).toBe(403);
    expect((await lea.post('/api/customers/me/erase', { password: 'wrong one' })).status).toBe(403);
    expect((await lea.post('/api/customers/me/erase', { password: PASSWORD })).status).toBe(204);

    // Kept for the accounts: the order (totals intact, no contact nor address), the user row reduced to
    // its id, the payment at the till, and the staff's audit trail.
    const kept = new Set(['users', 'orders', 'carts', 'till_payments', 'audit_log']);
    const left: string[] = [];
    for (const { name, columns } of personalTables()) {
      if (kept.has(name)) continue;
      if ((await rowsAbout(db, name, columns, id, email)) > 0) left.push(name);
    }
    expect(left).toEqual([]);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.body.id));
    expect(order?.totals).toEqual(placed.body.totals);
    expect(order?.contact).toBeNull();
    expect(order?.shippingAddress).toBeNull();
    const [u] = await db.select().from(users).where(eq(users.id, id));
    expect(u).toMatchObject({ email: null, name: null, passwordHash: null });
    expect(u?.deactivatedAt).not.toBeNull();
    const [slot] = await db.select().from(advisorSlots).where(eq(advisorSlots.id, slotId));
    expect(slot?.status).toBe('free');
    // Signed out everywhere, and the e-mail opens nothing any more.
    expect((await lea.get('/api/customers/me/timeline')).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
  });

  it('lets a guest erase with their token alone, and refuses staff', async () => {
    const g = await t.guest();
    await g.cart();
    expect((await g.post('/api/customers/me/erase', {})).status).toBe(204);
    expect((await g.get('/api/customers/me/timeline')).status).toBe(401);
    const clerk = await t.login('lyon@vitrine.demo');
    expect((await clerk.post('/api/customers/me/erase', {})).status).toBe(403);
    expect((await clerk.get('/api/customers/me/data')).status).toBe(403);
  });

  it('deletes idle guests after 30 days, closed help after a year and analytics after 13 months, and keeps the rest', async () => {
    const idle = await t.guest();
    await idle.cart();
    const buyer = await t.guest();
    const bc = await buyer.cart();
    expect((await buyer.commands(bc.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'ship' } }])).status).toBe(200);
    expect((await buyer.checkout(bc.id, randomUUID())).status).toBe(201);
    const camille = await t.login('camille@vitrine.demo');
    const cid = camille.user!.id;
    const ago = (months: number) => new Date(Date.now() + 31 * 86_400_000 - months * 31 * 86_400_000).toISOString();
    await db.insert(events).values([
      { customerId: cid, channel: 'web', type: 'product.viewed', data: { productId: 'old' }, at: ago(14) },
      { customerId: cid, channel: 'web', type: 'product.viewed', data: { productId: 'recent' }, at: ago(2) },
      { customerId: cid, channel: 'web', type: 'order.placed', data: { orderId: 'old-order' }, at: ago(14) },
    ]);
    const oldHelp = `h-${randomUUID()}`;
    const recentHelp = `h-${randomUUID()}`;
    await db.insert(helpRequests).values([
      { id: oldHelp, customerId: cid, status: 'done', context: {} as never, channel: 'web', closedAt: ago(13) },
      { id: recentHelp, customerId: cid, status: 'cancelled', context: {} as never, channel: 'web', closedAt: ago(3) },
    ]);

    await t.server.sweep();
    expect(await rowsAbout(db, 'users', [], idle.user!.id, '')).toBe(1);
    clockOffsetMs = 31 * 86_400_000;
    try {
      await t.server.sweep();
    } finally {
      clockOffsetMs = 0;
    }
    expect(await rowsAbout(db, 'users', [], idle.user!.id, '')).toBe(0);
    expect(await rowsAbout(db, 'carts', ['customer_id'], idle.user!.id, '')).toBe(0);
    // A guest who ordered stays (the order needs its customer), and so does a signed-up account.
    expect(await rowsAbout(db, 'users', [], buyer.user!.id, '')).toBe(1);
    expect(await rowsAbout(db, 'users', [], cid, '')).toBe(1);
    const left = await db.select({ type: events.type, data: events.data }).from(events).where(eq(events.customerId, cid));
    expect(left.map((e) => e.data.productId ?? e.data.orderId)).toEqual(expect.arrayContaining(['recent', 'old-order']));
    expect(left.some((e) => e.data.productId === 'old')).toBe(false);
    const help = (await db.select({ id: helpRequests.id }).from(helpRequests).where(eq(helpRequests.customerId, cid))).map((h) => h.id);
    expect(help).toContain(recentHelp);
    expect(help).not.toContain(oldHelp);
  });
});
