import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { linkToken } from '../test-support/smtp-catcher';
import { present } from '../test-support/present';

const PASSWORD = 'une table en chêne clair';
const NEW_PASSWORD = 'un buffet en noyer massif';

/**
 * Each way of signing every session of an account out (sign out everywhere, a new password, a
 * reset) must leave nothing issued before it that still opens the account: no session, no
 * device-link code for a phone, no pending change of address, no reset link. What is issued after
 * it works.
 */
describe('what signing every session out voids (outbox, no SMTP_URL)', () => {
  let t: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded');
    admin = await t.login('admin@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  const anonymous = () => t.anonymous();

  /** The link of the newest mail of `template` to `to`. */
  async function linkMailed(to: string, template: string): Promise<string> {
    const r = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(to)}`);
    const mail = present((r.body.items as { template: string; text: string }[]).find((m) => m.template === template), `a ${template} mail to ${to}`);
    return linkToken(mail.text);
  }

  /** A verified customer account, signed in. */
  async function account(email: string): Promise<TestClient> {
    await anonymous().post('/api/auth/sign-up', { email, password: PASSWORD, name: 'Alix', language: 'fr' });
    const v = await anonymous().post('/api/auth/verify-email', { token: await linkMailed(email, 'verify-email') });
    expect(v.status).toBe(200);
    return new TestClient(t.url, v.body.token);
  }

  /** Everything that can open the account later, issued now: another session, a phone's code, a change of address, a reset link. */
  async function credentials(email: string, me: TestClient, password = PASSWORD) {
    const laptop = new TestClient(t.url, (await anonymous().post('/api/auth/login', { email, password })).body.token);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    const link = await me.post('/api/auth/device-link', { path: '/account' });
    expect(link.status).toBe(201);
    const newEmail = `elsewhere.${email}`;
    expect((await me.post('/api/account/email', { newEmail, currentPassword: password })).status).toBe(202);
    const change = await linkMailed(newEmail, 'verify-new-email');
    expect((await anonymous().post('/api/auth/password-reset', { email })).status).toBe(202);
    const reset = await linkMailed(email, 'password-reset');
    return { laptop, deviceCode: link.body.code as string, change, reset };
  }

  /** None of them opens anything any more. */
  async function expectVoided(c: Awaited<ReturnType<typeof credentials>>) {
    expect((await c.laptop.get('/api/auth/me')).status).toBe(401);
    const phone = await anonymous().post(`/api/auth/device-link/${c.deviceCode}`);
    expect([phone.status, phone.body.error], 'device-link code').toEqual([410, 'handoff_invalid']);
    const change = await anonymous().post('/api/auth/email-change/confirm', { token: c.change });
    expect([change.status, change.body.reason], 'change of address').toEqual([400, 'used']);
    const reset = await anonymous().post('/api/auth/password-reset/confirm', { token: c.reset, password: 'le mot de passe de quelqu’un d’autre' });
    expect([reset.status, reset.body.reason], 'reset link').toEqual([400, 'used']);
  }

  /** A code issued by a session opened after the sign-out still brings a phone in. */
  async function expectFreshCodeWorks(session: TestClient) {
    const link = await session.post('/api/auth/device-link', { path: '/account' });
    expect(link.status).toBe(201);
    expect((await anonymous().post(`/api/auth/device-link/${link.body.code}`)).status).toBe(200);
  }

  it('sign out everywhere voids every session, phone code, pending change of address and reset link issued before it', async () => {
    const me = await account('lou@example.com');
    const before = await credentials('lou@example.com', me);
    expect((await me.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await me.get('/api/auth/me')).status).toBe(401);
    await expectVoided(before);
    const again = new TestClient(t.url, (await anonymous().post('/api/auth/login', { email: 'lou@example.com', password: PASSWORD })).body.token);
    expect((await again.get('/api/auth/me')).status).toBe(200);
    await expectFreshCodeWorks(again);
  });

  it('a new password voids every session, phone code, pending change of address and reset link issued before it; the caller’s new session works', async () => {
    const me = await account('eden@example.com');
    const before = await credentials('eden@example.com', me);
    const changed = await me.post('/api/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    await expectVoided(before);
    const fresh = new TestClient(t.url, changed.body.token);
    expect((await fresh.get('/api/auth/me')).status).toBe(200);
    await expectFreshCodeWorks(fresh);
  });

  it('a reset voids every session, phone code, pending change of address and other reset link issued before it', async () => {
    const me = await account('sasha@example.com');
    const before = await credentials('sasha@example.com', me);
    expect((await anonymous().post('/api/auth/password-reset', { email: 'sasha@example.com' })).status).toBe(202);
    const used = await linkMailed('sasha@example.com', 'password-reset');
    expect(used).not.toBe(before.reset);
    const done = await anonymous().post('/api/auth/password-reset/confirm', { token: used, password: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect((await me.get('/api/auth/me')).status).toBe(401);
    await expectVoided(before);
    const fresh = new TestClient(t.url, done.body.token);
    expect((await fresh.get('/api/auth/me')).status).toBe(200);
    await expectFreshCodeWorks(fresh);
  });

  it('leaves the "it wasn’t me" link of a previous address working: whoever took the account cannot void it by changing the password or signing out everywhere', async () => {
    const me = await account('mika@example.com');
    expect((await me.post('/api/account/email', { newEmail: 'mika@taken-over.example', currentPassword: PASSWORD })).status).toBe(202);
    expect((await anonymous().post('/api/auth/email-change/confirm', { token: await linkMailed('mika@taken-over.example', 'verify-new-email') })).status).toBe(200);
    const undo = await linkMailed('mika@example.com', 'email-changed');
    const intruder = new TestClient(t.url, (await anonymous().post('/api/auth/login', { email: 'mika@taken-over.example', password: PASSWORD })).body.token);
    const changed = await intruder.post('/api/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    expect((await new TestClient(t.url, changed.body.token).post('/api/auth/logout-everywhere')).status).toBe(204);
    const back = await anonymous().post('/api/auth/email-change/undo', { token: undo });
    expect([back.status, back.body]).toEqual([200, { status: 'email_restored' }]);
  });
});
