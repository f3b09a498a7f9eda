import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { SoftwareAuthenticator } from '../test-support/software-authenticator';
import { passkeys, webauthnChallenges } from '../db/schema/accounts';
import { present } from '../test-support/present';
import { testBackends } from './backends';

const ORIGIN = 'https://shop.example';
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);
const backends = await testBackends();

describe.each(backends)('passkeys on the %s database', (backend) => {
  let t: TestServer;
  let camille: TestClient;
  const key = new SoftwareAuthenticator();
  beforeAll(async () => {
    // The relying party comes from the configured public URL, not from the request.
    t = await startTestServer(backend, { now, config: { publicUrl: ORIGIN } });
    camille = await t.login('camille@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  const storedKeys = () => t.server.services.database.db.select().from(passkeys).where(eq(passkeys.userId, camille.user!.id));

  it('adds a passkey for this origin and RP ID, and refuses the same answer replayed', async () => {
    const options = await camille.post('/api/account/passkeys/options');
    expect(options.status).toBe(200);
    expect(options.body.rp).toEqual({ name: 'Vitrine', id: 'shop.example' });
    const answer = key.register(options.body, ORIGIN);
    const added = await camille.post('/api/account/passkeys', { response: answer });
    expect(added.status).toBe(201);
    expect(added.body.id).toBe(key.id);
    const replay = await camille.post('/api/account/passkeys', { response: answer });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: 'invalid', field: 'response' });
    expect((await camille.get('/api/account/passkeys')).body.items.map((k: { id: string }) => k.id)).toEqual([key.id]);
  });

  it('refuses a registration answered on another origin, and stores nothing', async () => {
    const other = new SoftwareAuthenticator();
    const options = await camille.post('/api/account/passkeys/options');
    const r = await camille.post('/api/account/passkeys', { response: other.register(options.body, 'https://evil.example') });
    expect(r.status).toBe(400);
    expect(r.body.reason).toMatch(/origin/i);
    expect((await storedKeys()).map((k) => k.id)).toEqual([key.id]);
  });

  it('signs in with the passkey, with no e-mail typed, and merges the guest cart', async () => {
    const guest = await t.guest();
    const product = present(t.server.services.catalogue.products[1], 'a second product');
    const cart = await guest.cart();
    await guest.commands(cart.id, [{ type: 'addLine', productId: product.id, qty: 1, fulfilment: { type: 'ship' } }]);
    const options = await guest.post('/api/auth/passkey/options');
    expect(options.status).toBe(200);
    expect(options.body.rpId).toBe('shop.example');
    const answer = key.authenticate(options.body, ORIGIN);
    const r = await guest.post('/api/auth/passkey/login', { response: answer });
    expect(r.status).toBe(200);
    expect(r.body.user).toEqual({ id: camille.user!.id, role: 'customer', name: 'Camille Martin', email: 'camille@vitrine.demo' });
    expect(r.body.mergedCartId).toBeTruthy();
    const me = new TestClient(t.url, r.body.token);
    expect((await me.cart()).lines.some((l) => l.productId === product.id)).toBe(true);
    // The same signed answer again: its challenge is spent.
    const replay = await t.anonymous().post('/api/auth/passkey/login', { response: answer });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ field: 'response', reason: 'unknown, used or expired challenge' });
  });

  it('refuses an answer from another origin, an expired challenge and an unknown passkey, changing nothing', async () => {
    const [before] = await storedKeys();
    const evil = await t.anonymous().post('/api/auth/passkey/login', { response: key.authenticate((await t.anonymous().post('/api/auth/passkey/options')).body, 'https://evil.example') });
    expect(evil.status).toBe(400);
    expect(evil.body.reason).toMatch(/origin/i);

    const late = (await t.anonymous().post('/api/auth/passkey/options')).body;
    clockOffsetMs = 3 * 60_000;
    const expired = await t.anonymous().post('/api/auth/passkey/login', { response: key.authenticate(late, ORIGIN) });
    clockOffsetMs = 0;
    expect(expired.status).toBe(400);
    expect(expired.body.reason).toBe('unknown, used or expired challenge');

    const stranger = new SoftwareAuthenticator();
    const unknown = await t.anonymous().post('/api/auth/passkey/login', { response: stranger.authenticate((await t.anonymous().post('/api/auth/passkey/options')).body, ORIGIN) });
    expect(unknown.status).toBe(401);

    const [after] = await storedKeys();
    // The refused answers moved no counter; only the challenge table shrank or grew.
    expect(after?.counter).toBe(before?.counter);
    const challenges = await t.server.services.database.db.select().from(webauthnChallenges);
    expect(challenges.length).toBeLessThanOrEqual(2);
  });

  it('adds a passkey only within 10 minutes of signing in: an older session is asked to sign in again and stores nothing', async () => {
    const camilleAgain = await t.login('camille@vitrine.demo');
    const fresh = await camilleAgain.post('/api/account/passkeys/options');
    expect(fresh.status).toBe(200);
    const before = (await storedKeys()).map((k) => k.id);
    const late = new SoftwareAuthenticator();
    clockOffsetMs = 10 * 60_000 + 1_000;
    try {
      const options = await camilleAgain.post('/api/account/passkeys/options');
      expect(options.status).toBe(403);
      expect(options.body).toMatchObject({ error: 'reauthentication_required' });
      expect(options.body.message).toMatch(/sign in again/i);
      // An answer to options handed out while the sign-in was fresh is refused all the same.
      const added = await camilleAgain.post('/api/account/passkeys', { response: late.register(fresh.body, ORIGIN) });
      expect(added.status).toBe(403);
      expect(added.body.error).toBe('reauthentication_required');
      expect((await storedKeys()).map((k) => k.id)).toEqual(before);
      // Signing in again opens the way.
      const again = await t.login('camille@vitrine.demo');
      const reopened = await again.post('/api/account/passkeys/options');
      expect(reopened.status).toBe(200);
      expect((await again.post('/api/account/passkeys', { response: late.register(reopened.body, ORIGIN) })).status).toBe(201);
      expect((await storedKeys()).map((k) => k.id)).toContain(late.id);
      expect((await again.request('DELETE', `/api/account/passkeys/${late.id}`)).status).toBe(204);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('refuses a session that never signed in (a device link, a hand-made token) as not recent', async () => {
    const me = await t.login('camille@vitrine.demo');
    const { token } = await t.server.services.tokens.issue({ userId: me.user!.id, role: 'customer', guest: false });
    const r = await new TestClient(t.url, token).post('/api/account/passkeys/options');
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('reauthentication_required');
  });

  it('removes a passkey only within 10 minutes of signing in: an older session or a device link is asked to sign in again and removes nothing', async () => {
    const before = (await storedKeys()).map((k) => k.id);
    expect(before).toContain(key.id);
    const { token } = await t.server.services.tokens.issue({ userId: camille.user!.id, role: 'customer', guest: false });
    const neverSignedIn = await new TestClient(t.url, token).request('DELETE', `/api/account/passkeys/${key.id}`);
    expect(neverSignedIn.status).toBe(403);
    expect(neverSignedIn.body.error).toBe('reauthentication_required');
    clockOffsetMs = 10 * 60_000 + 1_000;
    try {
      const late = await camille.request('DELETE', `/api/account/passkeys/${key.id}`);
      expect(late.status).toBe(403);
      expect(late.body).toMatchObject({ error: 'reauthentication_required' });
      expect(late.body.message).toMatch(/sign in again to remove a passkey/i);
    } finally {
      clockOffsetMs = 0;
    }
    expect((await storedKeys()).map((k) => k.id)).toEqual(before);
  });

  it('removes a passkey of ones own only', async () => {
    const hugo = await t.login('hugo@vitrine.demo');
    expect((await hugo.request('DELETE', `/api/account/passkeys/${key.id}`)).status).toBe(404);
    expect((await camille.request('DELETE', `/api/account/passkeys/${key.id}`)).status).toBe(204);
    expect(await storedKeys()).toEqual([]);
  });
});
