import { describe, expect, it } from 'vitest';
import { smtpTestServer } from '../test-support/smtp-test-server';
import { TestClient } from '../test-support/test-client';
import { linkToken } from '../test-support/smtp-catcher';

const PASSWORD = 'une table en chêne clair';

describe('change of e-mail address over a real SMTP server', () => {
  const env = smtpTestServer();

  /** A verified account, signed in. */
  async function account(email: string, language: 'fr' | 'en'): Promise<TestClient> {
    const seen = env.smtp.mails.length;
    await env.t.anonymous().post('/api/auth/sign-up', { email, password: PASSWORD, name: 'Alix', language });
    const v = await env.t.anonymous().post('/api/auth/verify-email', { token: linkToken((await env.smtp.next(email, seen)).text) });
    expect(v.status).toBe(200);
    return new TestClient(env.t.url, v.body.token);
  }
  const signIn = (email: string) => env.t.anonymous().post('/api/auth/login', { email, password: PASSWORD });

  it('mails the link to the new address and a notice to the old one; the address changes only when the link is followed, once', async () => {
    const me = await account('alix@example.com', 'fr');
    const seen = env.smtp.mails.length;
    expect((await me.post('/api/account/email', { newEmail: 'alix@new.example', currentPassword: 'wrong password here' })).body)
      .toMatchObject({ field: 'currentPassword' });
    const r = await me.post('/api/account/email', { newEmail: 'Alix@New.example', currentPassword: PASSWORD });
    expect(r.status).toBe(202);
    expect(r.body).toEqual({ status: 'check_your_mail' });
    const link = await env.smtp.next('alix@new.example', seen);
    expect(link.subject).toBe('Confirmez votre nouvelle adresse e-mail');
    const token = linkToken(link.text);
    expect(link.html).toContain(`/account/new-email#token=${token}`);
    const notice = await env.smtp.next('alix@example.com', seen);
    expect(notice.subject).toBe('Changement d’adresse e-mail demandé');
    expect(notice.text).toContain('a•••@n•••.example');
    expect(notice.text).not.toContain('alix@new.example');
    expect(notice.text).not.toContain('#token=');
    // Until the link is followed, the old address is the one that signs in.
    expect((await signIn('alix@example.com')).status).toBe(200);
    expect((await signIn('alix@new.example')).status).toBe(401);

    const done = await env.t.anonymous().post('/api/auth/email-change/confirm', { token });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'email_changed' });
    expect((await me.get('/api/account/passkeys')).status).toBe(401);
    // The old address is told where the account went (in part) and what to do if it was not its owner.
    const changed = await env.smtp.next('alix@example.com', env.smtp.mails.indexOf(notice) + 1);
    expect(changed.subject).toBe('Votre adresse e-mail a été changée');
    expect(changed.text).toContain('a•••@n•••.example');
    expect(changed.text).not.toContain('alix@new.example');
    expect(changed.text).toContain('Ce n’était pas vous ?');
    // Its button gives the address back (a reset asked for the old address would find no account).
    expect(changed.html).toMatch(/href="http:\/\/[^"]+\/account\/email-undo#token=[A-Za-z0-9_-]{43}"/);
    expect((await signIn('alix@new.example')).status).toBe(200);
    expect((await signIn('alix@example.com')).status).toBe(401);
    const replay = await env.t.anonymous().post('/api/auth/email-change/confirm', { token });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ field: 'token', reason: 'used' });
  });

  it('signs every other session of the account out when the link is followed; the session that followed it gets a fresh one', async () => {
    const me = await account('sacha@example.com', 'en');
    const phone = new TestClient(env.t.url, (await signIn('sacha@example.com')).body.token);
    const tablet = new TestClient(env.t.url, (await signIn('sacha@example.com')).body.token);
    for (const c of [me, phone, tablet]) expect((await c.get('/api/account/passkeys')).status).toBe(200);
    const seen = env.smtp.mails.length;
    await me.post('/api/account/email', { newEmail: 'sacha@new.example', currentPassword: PASSWORD });
    const token = linkToken((await env.smtp.next('sacha@new.example', seen)).text);

    // The link followed on the phone, signed in to this account.
    const done = await phone.post('/api/auth/email-change/confirm', { token });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'email_changed', session: { token: expect.any(String), user: { role: 'customer', name: 'Alix' } } });
    for (const c of [me, tablet, phone]) {
      const r = await c.get('/api/account/passkeys');
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ message: 'this session was signed out, sign in again' });
    }
    expect((await new TestClient(env.t.url, done.body.session.token).get('/api/account/passkeys')).status).toBe(200);

    const changed = await env.smtp.next('sacha@example.com', seen + 2);
    expect(changed.subject).toBe('Your e-mail address was changed');
    expect(changed.text).toContain('s•••@n•••.example');
    expect(changed.text).toContain('Was this not you?');
    expect(changed.text).toMatch(/It wasn’t me: recover my account: http:\/\/\S+\/account\/email-undo#token=[A-Za-z0-9_-]{43}\n/);
  });

  it('signs the account out everywhere when the link is followed without a session, and gives no session to another account', async () => {
    const me = await account('robin@example.com', 'fr');
    const other = await account('other.robin@example.com', 'fr');
    const seen = env.smtp.mails.length;
    await me.post('/api/account/email', { newEmail: 'robin@new.example', currentPassword: PASSWORD });
    const token = linkToken((await env.smtp.next('robin@new.example', seen)).text);
    const done = await other.post('/api/auth/email-change/confirm', { token });
    expect(done.body).toEqual({ status: 'email_changed' });
    expect((await me.get('/api/account/passkeys')).status).toBe(401);
    // Someone else's session, on the device that followed the link, is not touched.
    expect((await other.get('/api/account/passkeys')).status).toBe(200);
  });

  it('answers the same when the new address already has an account, whose owner is told instead', async () => {
    const owner = 'owner@example.com';
    await account(owner, 'en');
    const me = await account('someone@example.com', 'fr');
    const seen = env.smtp.mails.length;
    const taken = await me.post('/api/account/email', { newEmail: owner, currentPassword: PASSWORD });
    const free = await me.post('/api/account/email', { newEmail: 'free@example.com', currentPassword: PASSWORD });
    expect([taken.status, taken.body]).toEqual([free.status, free.body]);
    const warning = await env.smtp.next(owner, seen);
    expect(warning.subject).toBe('Someone tried to use your address');
    expect(warning.text).not.toContain('#token=');
    expect(warning.text).not.toContain('someone@example.com');
    // The requester's own mailbox gets the same notice either way.
    await env.smtp.next('free@example.com', seen);
    const notices = () => env.smtp.mails.slice(seen).filter((m) => [m.to ?? []].flat().some((a) => a.text.includes('someone@example.com')));
    await env.t.server.services.mail.idle();
    expect(notices().map((m) => m.subject)).toEqual(['Changement d’adresse e-mail demandé', 'Changement d’adresse e-mail demandé']);
    expect((await signIn(owner)).status).toBe(200);
  });

  it('refuses an expired link with a 4xx and keeps the old address; refuses the address the account already has', async () => {
    const me = await account('late@example.com', 'en');
    const seen = env.smtp.mails.length;
    expect((await me.post('/api/account/email', { newEmail: 'late@example.com', currentPassword: PASSWORD })).status).toBe(422);
    await me.post('/api/account/email', { newEmail: 'later@example.com', currentPassword: PASSWORD });
    const token = linkToken((await env.smtp.next('later@example.com', seen)).text);
    env.clockOffsetMs = 25 * 3600_000;
    try {
      const r = await env.t.anonymous().post('/api/auth/email-change/confirm', { token });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ field: 'token', reason: 'expired' });
    } finally {
      env.clockOffsetMs = 0;
    }
    expect((await signIn('late@example.com')).status).toBe(200);
    expect((await env.t.anonymous().post('/api/auth/email-change/confirm', { token: 'x'.repeat(43) })).body).toMatchObject({ reason: 'unknown' });
    expect((await env.t.anonymous().post('/api/account/email', { newEmail: 'a@b.example', currentPassword: PASSWORD })).status).toBe(401);
  });
});
