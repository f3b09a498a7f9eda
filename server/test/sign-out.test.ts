import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { serviceAvailable, TEST_REDIS_URL } from '../test-support/services-available';
import { twoProcessesOnPostgres } from '../test-support/two-processes';
import { openSse } from '../test-support/sse-reader';
import { users } from '../db/schema/commerce';

const SECRET = 's'.repeat(48);
const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = await serviceAvailable('Redis');
const REDIS_DB = 12;

function forge(claims: Record<string, unknown>, opts: { exp?: boolean; jti?: boolean } = {}) {
  let jwt = new SignJWT({ role: 'customer', ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer('vitrine').setIssuedAt();
  if (opts.exp !== false) jwt = jwt.setExpirationTime('1h');
  if (opts.jti !== false) jwt = jwt.setJti(crypto.randomUUID());
  return jwt.sign(new TextEncoder().encode(SECRET));
}

describe('signing out', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded', { config: { jwtSecret: SECRET, sessionCheckMs: 200 } });
  });
  afterAll(() => t?.close());

  it('refuses a token once it signed out, and only that one', async () => {
    const laptop = await t.login('camille@vitrine.demo');
    const phone = await t.login('camille@vitrine.demo');
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await laptop.post('/api/auth/logout')).status).toBe(204);
    const after = await laptop.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error).toBe('unauthorized');
    expect((await laptop.cart().catch((e: Error) => e.message))).toMatch(/401/);
    expect((await phone.get('/api/auth/me')).status).toBe(200);
  });

  it('ends the open event streams of a session once it is signed out, and only those', async () => {
    const laptop = await t.login('camille@vitrine.demo');
    const phone = await t.login('camille@vitrine.demo');
    const cart = await laptop.cart();
    const follow = async (who: typeof laptop) => {
      const s = await openSse(`${t.url}/api/carts/${cart.id}/events?token=${who.token}`);
      expect(s.status).toBe(200);
      await s.next();
      return s;
    };
    const [onLaptop, onPhone] = [await follow(laptop), await follow(phone)];
    const endedWithin = (s: { ended: Promise<void> }, ms: number) =>
      Promise.race([s.ended.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
    expect((await laptop.post('/api/auth/logout')).status).toBe(204);
    expect(await endedWithin(onLaptop, 3000)).toBe(true);
    expect(await endedWithin(onPhone, 1000)).toBe(false);
    // The phone's stream still follows the cart.
    const added = await phone.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }]);
    expect(added.status).toBe(200);
    expect(Number((await onPhone.next()).id)).toBeGreaterThan(cart.version);
    expect((await phone.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect(await endedWithin(onPhone, 3000)).toBe(true);
  });

  it('signs every device out everywhere, and a new sign-in works', async () => {
    const laptop = await t.login('hugo@vitrine.demo');
    const phone = await t.login('hugo@vitrine.demo');
    expect((await phone.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const again = await t.login('hugo@vitrine.demo');
    expect((await again.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses the tokens of a deactivated account at once, and its sign-in', async () => {
    const clerk = await t.login('paris@vitrine.demo');
    expect((await clerk.get('/api/auth/me')).status).toBe(200);
    const { db } = t.server.services.database;
    await db.update(users).set({ deactivatedAt: new Date().toISOString() }).where(eq(users.email, 'paris@vitrine.demo'));
    expect((await clerk.get('/api/auth/me')).status).toBe(401);
    expect((await clerk.get('/api/stores/store-paris/pickups')).status).toBe(401);
    const signIn = await t.anonymous().post('/api/auth/login', { email: 'paris@vitrine.demo', password: 'vitrine' });
    expect(signIn.status).toBe(403);
    expect(signIn.body.token).toBeUndefined();
  });

  it('refuses a well-signed token without an expiry, without an id, or for nobody', async () => {
    const camille = await t.login('camille@vitrine.demo');
    const camilleId = camille.user!.id;
    const noExp = new TestClient(t.url, await forge({ sub: camilleId }, { exp: false }));
    expect((await noExp.get('/api/auth/me')).status).toBe(401);
    const noJti = new TestClient(t.url, await forge({ sub: camilleId }, { jti: false }));
    expect((await noJti.get('/api/auth/me')).status).toBe(401);
    const ghost = new TestClient(t.url, await forge({ sub: 'u_nobody' }));
    expect((await ghost.post('/api/carts')).status).toBe(401);
    const fine = new TestClient(t.url, await forge({ sub: camilleId }));
    expect((await fine.get('/api/auth/me')).status).toBe(200);
  });

  it('reads ?token= on event streams only', async () => {
    const guest = await t.guest();
    const cart = await guest.cart();
    const q = `?token=${encodeURIComponent(guest.token!)}`;
    expect((await t.anonymous().get(`/api/auth/me${q}`)).status).toBe(401);
    expect((await t.anonymous().post(`/api/carts${q}`)).status).toBe(401);
    expect((await t.anonymous().get(`/api/carts/${cart.id}${q}`)).status).toBe(401);
    const stream = await openSse(`${t.url}/api/carts/${cart.id}/events${q}`);
    expect(stream.status).toBe(200);
    expect((await stream.next()).id).toBe(String(cart.version));
    stream.close();
  });
});

describe('sign-in limits', () => {
  it('stops many passwords tried over many accounts from one address', async () => {
    const t = await startTestServer('embedded', { rateLimit: true });
    try {
      const emails = ['camille', 'hugo', 'ines', 'theo', 'lyon', 'paris', 'bordeaux'].map((n) => `${n}@vitrine.demo`);
      const statuses: number[] = [];
      for (let i = 0; i < 28; i++) statuses.push((await t.anonymous().post('/api/auth/login', { email: emails[i % 7], password: `guess-${i}` })).status);
      expect(statuses).toContain(429);
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    } finally {
      await t.close();
    }
  }, 120_000);

  it.runIf(hasRedis)('shares the budget between processes through Redis', async () => {
    const redisUrl = `${TEST_REDIS_URL}/${REDIS_DB}`;
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    const a = await startTestServer('embedded', { rateLimit: true, config: { redisUrl } });
    const b = await startTestServer('embedded', { rateLimit: true, config: { redisUrl } });
    try {
      const email = `nobody-${Date.now()}@example.test`;
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await (i % 2 ? a : b).anonymous().post('/api/auth/login', { email, password: `guess-${i}` })).status);
      // 20 wrong passwords per e-mail in all, 12 on each process: only a shared count reaches the limit.
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await redis.flushdb();
      redis.disconnect();
    }
  }, 120_000);
});

describe.runIf(hasPg)('signing out across processes on one PostgreSQL', () => {
  const processes = twoProcessesOnPostgres();

  it('refuses on process B a token signed out on process A, at once', async () => {
    const [a, b] = processes();
    const onA = await TestClient.login(a.url, 'camille@vitrine.demo');
    const onB = new TestClient(b.url, onA.token);
    // Both processes have seen (and could have remembered) the token.
    expect((await onA.get('/api/auth/me')).status).toBe(200);
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    expect((await onB.get('/api/auth/me')).status).toBe(401);
    expect((await onB.post('/api/carts')).status).toBe(401);

    const other = await TestClient.login(b.url, 'hugo@vitrine.demo');
    expect((await new TestClient(a.url, other.token).get('/api/auth/me')).status).toBe(200);
    expect((await other.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await new TestClient(a.url, other.token).get('/api/auth/me')).status).toBe(401);
  }, 30_000);
});
