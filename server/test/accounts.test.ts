import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import pino from 'pino';
import { eq, sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { linkToken, startSmtpCatcher, type SmtpCatcher } from '../test-support/smtp-catcher';
import { mailOutbox, signUps } from '../db/schema/accounts';
import { queryRows } from '../db/query-rows';
import type { Db } from '../db/database';
import { present } from '../test-support/present';

const PASSWORD = 'une table en chêne clair';
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);

async function outboxFor(admin: TestClient, to: string) {
  const r = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(to)}`);
  expect(r.status).toBe(200);
  return r.body.items as { template: string; language: string; subject: string; text: string; html: string; state: string }[];
}

async function firstMailTo(admin: TestClient, to: string) {
  return present((await outboxFor(admin, to))[0], `a mail to ${to}`);
}

/** Every row of the tables an account request may touch, to prove a refused one changed nothing. */
async function snapshot(db: Db): Promise<string> {
  const parts = [];
  for (const table of ['users', 'sign_ups', 'password_resets', 'passkeys', 'mail_outbox', 'carts', 'events']) {
    parts.push(JSON.stringify(await queryRows(db, sql.raw(`select * from ${table} order by 1`))));
  }
  return parts.join('\n');
}

describe('accounts with the outbox (no SMTP_URL)', () => {
  let t: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded', { now });
    admin = await t.login('admin@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  it('signs up, verifies from the mail in the outbox, then signs in with the password as login always did', async () => {
    const zoe = t.anonymous();
    const r = await zoe.post('/api/auth/sign-up', { email: 'Zoe@Example.com', password: PASSWORD, name: 'Zoé', language: 'fr' });
    expect(r.status).toBe(202);
    expect(r.body).toEqual({ status: 'check_your_mail' });
    const mail = await firstMailTo(admin, 'zoe@example.com');
    expect(mail).toMatchObject({ template: 'verify-email', language: 'fr', subject: 'Confirmez votre adresse e-mail', state: 'outbox' });
    expect(mail.html).toContain('lang="fr"');
    // Not signed in before the link is followed.
    expect((await zoe.post('/api/auth/login', { email: 'zoe@example.com', password: PASSWORD })).status).toBe(401);
    const v = await zoe.post('/api/auth/verify-email', { token: linkToken(mail.text) });
    expect(v.status).toBe(200);
    expect(v.body.user).toMatchObject({ role: 'customer', name: 'Zoé' });
    const login = await zoe.post('/api/auth/login', { email: 'zoe@example.com', password: PASSWORD });
    expect(login.status).toBe(200);
    expect(Object.keys(login.body).sort()).toEqual(['expiresAt', 'token', 'user']);
    // The account's own address comes back to its owner, on every way in (never in the token).
    expect(login.body.user).toEqual({ id: v.body.user.id, role: 'customer', name: 'Zoé', email: 'zoe@example.com' });
    const signedIn = new TestClient(t.url, login.body.token);
    expect((await signedIn.get('/api/auth/me')).body).toEqual(login.body.user);
    const link = await signedIn.post('/api/auth/device-link', { path: '/account' });
    expect((await t.anonymous().post(`/api/auth/device-link/${link.body.code}`)).body.user).toEqual(login.body.user);
    expect(JSON.stringify(decodeJwt(login.body.token))).not.toContain('zoe@');
    // The same link again: refused, and says why.
    const again = await zoe.post('/api/auth/verify-email', { token: linkToken(mail.text) });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid', field: 'token', reason: 'used' });
  });

  it('answers a sign-up with a known e-mail exactly as a new one, and warns the owner instead', async () => {
    const fresh = await t.anonymous().post('/api/auth/sign-up', { email: 'newcomer@example.com', password: PASSWORD, name: 'N', language: 'en' });
    const known = await t.anonymous().post('/api/auth/sign-up', { email: 'camille@vitrine.demo', password: PASSWORD, name: 'Mallory', language: 'en' });
    expect(known.status).toBe(fresh.status);
    expect(known.body).toEqual(fresh.body);
    const warning = await firstMailTo(admin, 'camille@vitrine.demo');
    expect(warning).toMatchObject({ template: 'sign-up-attempt', subject: 'Someone tried to sign up with your address' });
    expect(warning.text).not.toMatch(/#token=/);
    const pending = await t.server.services.database.db.select().from(signUps).where(eq(signUps.email, 'camille@vitrine.demo'));
    expect(pending).toEqual([]);
    // The account is untouched: its password still works.
    expect((await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: 'vitrine' })).status).toBe(200);
  });

  it('answers a reset for an unknown e-mail exactly as for a known one, and mails nothing', async () => {
    const known = await t.anonymous().post('/api/auth/password-reset', { email: 'hugo@vitrine.demo' });
    const unknown = await t.anonymous().post('/api/auth/password-reset', { email: 'nobody@example.com' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(await outboxFor(admin, 'nobody@example.com')).toEqual([]);
    expect((await firstMailTo(admin, 'hugo@vitrine.demo')).template).toBe('password-reset');
  });

  it('merges the cart of the guest who signed up into the new account, even when the link is opened elsewhere', async () => {
    const guest = await t.guest();
    const product = present(t.server.services.catalogue.products[0], 'a product');
    const cart = await guest.cart();
    expect((await guest.commands(cart.id, [{ type: 'addLine', productId: product.id, qty: 2, fulfilment: { type: 'ship' } }])).status).toBe(200);
    expect((await guest.post('/api/auth/sign-up', { email: 'guest.buyer@example.com', password: PASSWORD, name: 'Gaspard', language: 'en' })).status).toBe(202);
    const mail = await firstMailTo(admin, 'guest.buyer@example.com');
    const otherDevice = t.anonymous();
    const v = await otherDevice.post('/api/auth/verify-email', { token: linkToken(mail.text) });
    expect(v.status).toBe(200);
    const me = new TestClient(t.url, v.body.token);
    const mine = await me.cart();
    expect(mine.customerId).toBe(v.body.user.id);
    expect(mine.lines.map((l) => [l.productId, l.qty])).toEqual([[product.id, 2]]);
  });

  it('refuses bad input with a 4xx naming the field, and changes nothing', async () => {
    const { db } = t.server.services.database;
    // A reset link that is valid, to try a weak password with it.
    await t.anonymous().post('/api/auth/password-reset', { email: 'camille@vitrine.demo' });
    const reset = (await outboxFor(admin, 'camille@vitrine.demo')).find((m) => m.template === 'password-reset')!;
    const resetToken = linkToken(reset.text);
    // A sign-up link that has expired.
    await t.anonymous().post('/api/auth/sign-up', { email: 'late@example.com', password: PASSWORD, name: 'Late', language: 'fr' });
    const lateToken = linkToken((await firstMailTo(admin, 'late@example.com')).text);
    clockOffsetMs = 25 * 3600_000;
    const camille = await t.login('camille@vitrine.demo');
    const before = await snapshot(db);
    const anon = t.anonymous();
    const cases: [string, () => Promise<{ status: number; body: { field?: string; message?: unknown } }>, number, string][] = [
      ['malformed e-mail', () => anon.post('/api/auth/sign-up', { email: 'not-an-email', password: PASSWORD, name: 'X', language: 'fr' }), 422, 'email'],
      ['weak password', () => anon.post('/api/auth/sign-up', { email: 'weak@example.com', password: '12345', name: 'X', language: 'fr' }), 422, 'password'],
      ['common password', () => anon.post('/api/auth/sign-up', { email: 'weak@example.com', password: 'motdepasse123', name: 'X', language: 'fr' }), 422, 'password'],
      ['no name', () => anon.post('/api/auth/sign-up', { email: 'x@example.com', password: PASSWORD, name: ' ', language: 'fr' }), 422, 'name'],
      ['unknown language', () => anon.post('/api/auth/sign-up', { email: 'x@example.com', password: PASSWORD, name: 'X', language: 'de' }), 422, 'language'],
      ['no body', () => anon.post('/api/auth/sign-up'), 422, 'email'],
      ['expired verification link', () => anon.post('/api/auth/verify-email', { token: lateToken }), 400, 'token'],
      ['unknown verification link', () => anon.post('/api/auth/verify-email', { token: 'A'.repeat(43) }), 400, 'token'],
      ['mangled verification link', () => anon.post('/api/auth/verify-email', { token: 'abc' }), 422, 'token'],
      ['reset of a malformed e-mail', () => anon.post('/api/auth/password-reset', { email: 'nope' }), 422, 'email'],
      ['expired reset link', () => anon.post('/api/auth/password-reset/confirm', { token: resetToken, password: 'another long passphrase' }), 400, 'token'],
      ['change with a wrong current password', () => camille.post('/api/account/password', { currentPassword: 'wrong', newPassword: 'another long passphrase' }), 403, 'currentPassword'],
      ['change to a weak password', () => camille.post('/api/account/password', { currentPassword: 'vitrine', newPassword: 'short' }), 422, 'newPassword'],
      ['passkey answer that is not one', () => anon.post('/api/auth/passkey/login', { response: { id: 'x' } }), 422, 'response.rawId'],
    ];
    for (const [what, send, status, field] of cases) {
      const r = await send();
      expect({ what, status: r.status, field: r.body?.field }).toEqual({ what, status, field });
      expect(typeof r.body.message).toBe('string');
    }
    clockOffsetMs = 0;
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a weak password on a valid reset link without spending the link', async () => {
    await t.anonymous().post('/api/auth/password-reset', { email: 'hugo@vitrine.demo' });
    const token = linkToken((await firstMailTo(admin, 'hugo@vitrine.demo')).text);
    const weak = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'hugo' });
    expect(weak.status).toBe(422);
    expect(weak.body).toMatchObject({ field: 'password', reason: 'too_short' });
    const ok = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'hugo a choisi mieux' });
    expect(ok.status).toBe(200);
  });

  it('changes a password: other sessions are signed out, the caller gets a new token', async () => {
    const laptop = await t.login('ines@vitrine.demo');
    const phone = await t.login('ines@vitrine.demo');
    const r = await phone.post('/api/account/password', { currentPassword: 'vitrine', newPassword: 'ines change de mot de passe' });
    expect(r.status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await new TestClient(t.url, r.body.token).get('/api/auth/me')).status).toBe(200);
    expect((await t.anonymous().post('/api/auth/login', { email: 'ines@vitrine.demo', password: 'vitrine' })).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { email: 'ines@vitrine.demo', password: 'ines change de mot de passe' })).status).toBe(200);
  });

  it('forgets unfinished sign-ups and spent links a day after they expire', async () => {
    const { db } = t.server.services.database;
    expect((await db.select().from(signUps).where(eq(signUps.email, 'late@example.com'))).length).toBe(1);
    clockOffsetMs = 49 * 3600_000;
    await t.server.sweep();
    clockOffsetMs = 0;
    expect(await db.select().from(signUps).where(eq(signUps.email, 'late@example.com'))).toEqual([]);
  });

  it('sends the order confirmation to the checkout contact once, in the language the page asked in', async () => {
    const camille = await t.login('camille@vitrine.demo');
    const cart = await camille.cart();
    const product = present(t.server.services.catalogue.products.find((p) => p.id === 'lamp-bulle') ?? t.server.services.catalogue.products[0], 'a product');
    await camille.commands(cart.id, [{ type: 'addLine', productId: product.id, qty: 2, fulfilment: { type: 'ship' } }]);
    const body = {
      payment: { method: 'in_store' },
      contact: { email: 'camille.orders@example.com' },
      shippingAddress: { name: 'Camille Martin', line1: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' },
    };
    const key = `order-mail-${Date.now()}`;
    const placed = await camille.checkout(cart.id, key, body);
    expect(placed.status).toBe(201);
    expect((await camille.checkout(cart.id, key, body)).status).toBe(200);
    const mails = (await outboxFor(admin, 'camille.orders@example.com')).filter((m) => m.template === 'order-confirmation');
    expect(mails).toHaveLength(1);
    const mail = present(mails[0], 'the order confirmation');
    expect(mail.subject).toBe(`Commande ${placed.body.number} confirmée`);
    expect(mail.text).toContain(`2 × ${product.name.fr}`);
    expect(mail.text).toContain('Bonjour Camille Martin,');
  });

  it('shows the outbox to the admin only', async () => {
    expect((await (await t.login('camille@vitrine.demo')).get('/api/admin/outbox')).status).toBe(403);
    expect((await t.anonymous().get('/api/admin/outbox')).status).toBe(401);
    const r = await admin.get('/api/admin/outbox?limit=2');
    expect(r.body.mode).toBe('outbox');
    expect(r.body.items).toHaveLength(2);
  });
});

describe('account rate limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded', { rateLimit: true });
  }, 60_000);
  afterAll(() => t?.close());

  it('mails one address a few times an hour at most, known or not, and limits sign-ups per client address', async () => {
    // Each from its own client address (the test is a trusted loopback proxy), so only the per-address-mail limit counts.
    for (const [email, from] of [['nobody@example.com', '203.0.113.1'], ['camille@vitrine.demo', '203.0.113.2']] as const) {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push((await t.anonymous().post('/api/auth/password-reset', { email }, { 'x-forwarded-for': from })).status);
      expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
    }
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await t.anonymous().post('/api/auth/sign-up', {}, { 'x-forwarded-for': '203.0.113.3' })).status);
    expect(answers).toEqual([...Array(10).fill(422), 429]);
  });
});

describe('accounts over a real SMTP server', () => {
  let t: TestServer;
  let smtp: SmtpCatcher;
  const lines: string[] = [];
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    t = await startTestServer('embedded', { now, config: { mail: { smtpUrl: smtp.url, from: 'Vitrine <shop@vitrine.test>' } }, log: pino({ level: 'debug' }, sink) });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('mails the verification link, which creates the account once', async () => {
    const r = await t.anonymous().post('/api/auth/sign-up', { email: 'sam@example.com', password: PASSWORD, name: 'Sam', language: 'en' });
    expect(r.status).toBe(202);
    const mail = await smtp.next('sam@example.com');
    expect(mail.subject).toBe('Confirm your e-mail address');
    expect(mail.from?.text).toContain('shop@vitrine.test');
    expect(mail.html).toContain('Confirm my address');
    const token = linkToken(mail.text);
    expect(mail.html).toContain(`#token=${token}`);
    const v = await t.anonymous().post('/api/auth/verify-email', { token });
    expect(v.status).toBe(200);
    expect((await t.anonymous().post('/api/auth/verify-email', { token })).body.reason).toBe('used');
    // Once sent, the outbox keeps the envelope and not the link.
    await t.server.services.mail.idle();
    const [row] = await t.server.services.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'sam@example.com'));
    expect(row).toMatchObject({ state: 'sent', text: '', html: '' });
  });

  it('resets a password from the mail: old sessions signed out, the link works once, in the account language', async () => {
    await t.anonymous().post('/api/auth/sign-up', { email: 'lou@example.com', password: PASSWORD, name: 'Lou', language: 'fr' });
    const verify = await smtp.next('lou@example.com');
    const v = await t.anonymous().post('/api/auth/verify-email', { token: linkToken(verify.text) });
    const oldSession = new TestClient(t.url, v.body.token);
    expect((await oldSession.get('/api/auth/me')).status).toBe(200);
    const seen = smtp.mails.length;
    expect((await t.anonymous().post('/api/auth/password-reset', { email: 'lou@example.com', language: 'en' })).status).toBe(202);
    const mail = await smtp.next('lou@example.com', seen);
    expect(mail.subject).toBe('Choisir un nouveau mot de passe');
    const token = linkToken(mail.text);
    const r = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'un tout nouveau mot de passe' });
    expect(r.status).toBe(200);
    expect((await oldSession.get('/api/auth/me')).status).toBe(401);
    expect((await new TestClient(t.url, r.body.token).get('/api/auth/me')).status).toBe(200);
    expect((await t.anonymous().post('/api/auth/login', { email: 'lou@example.com', password: PASSWORD })).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { email: 'lou@example.com', password: 'un tout nouveau mot de passe' })).status).toBe(200);
    const replay = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'encore un autre mot de passe' });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ field: 'token', reason: 'used' });
  });

  it('never writes a link secret or a password in the logs', async () => {
    await t.server.services.mail.idle();
    const secrets = smtp.mails.map((m) => linkToken(m.text));
    const all = lines.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const s of [...secrets, PASSWORD]) expect(all).not.toContain(s);
  });
});

describe('e-mail while the SMTP server is down', () => {
  let t: TestServer;
  beforeAll(async () => {
    const smtp = await startSmtpCatcher();
    const url = smtp.url;
    await smtp.close(); // nothing listens on that port any more
    t = await startTestServer('embedded', { config: { mail: { smtpUrl: url, from: 'shop@vitrine.test' } } });
  }, 60_000);
  afterAll(() => t?.close());

  it('still answers the sign-up at once and keeps the mail queued for a retry', async () => {
    const started = Date.now();
    const r = await t.anonymous().post('/api/auth/sign-up', { email: 'patient@example.com', password: PASSWORD, name: 'P', language: 'fr' });
    expect(r.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(3000);
    const { db } = t.server.services.database;
    for (let i = 0; i < 100; i++) {
      const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'patient@example.com'));
      if (row?.lastError) {
        expect(row).toMatchObject({ state: 'queued', lastError: 'ESOCKET' });
        expect(row.text).toContain('#token=');
        return;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('the delivery was never tried');
  });
});
