import { describe, expect, it } from 'vitest';
import { smtpTestServer } from '../test-support/smtp-test-server';
import { TestClient } from '../test-support/test-client';
import { linkToken } from '../test-support/smtp-catcher';

const PASSWORD = 'une table en chêne clair';
const NEW_PASSWORD = 'un buffet en noyer massif';

describe('"it wasn’t me": the old address takes its account back, over a real SMTP server', () => {
  const env = smtpTestServer();
  const anonymous = () => env.t.anonymous();
  const signIn = (email: string, password = PASSWORD) => anonymous().post('/api/auth/login', { email, password });
  const undo = (token: string) => anonymous().post('/api/auth/email-change/undo', { token });

  /** A verified account, signed in. */
  async function account(email: string, language: 'fr' | 'en'): Promise<TestClient> {
    const seen = env.smtp.mails.length;
    await anonymous().post('/api/auth/sign-up', { email, password: PASSWORD, name: 'Alix', language });
    const v = await anonymous().post('/api/auth/verify-email', { token: linkToken((await env.smtp.next(email, seen)).text) });
    expect(v.status).toBe(200);
    return new TestClient(env.t.url, v.body.token);
  }

  /** The first mail to `to` after the `since`th with one of these subjects (others to that address, such as notices, are passed over). */
  async function mailTitled(to: string, subjects: string[], since: number) {
    for (let i = since; ;) {
      const m = await env.smtp.next(to, i);
      if (subjects.includes(m.subject ?? '')) return m;
      i = env.smtp.mails.indexOf(m) + 1;
    }
  }

  /** Moves the account of `me` from `from` to `to` through the mailed link; answers the "address changed" mail to `from`. */
  async function moveAccount(me: TestClient, from: string, to: string) {
    const seen = env.smtp.mails.length;
    expect((await me.post('/api/account/email', { newEmail: to, currentPassword: PASSWORD })).status).toBe(202);
    const confirm = await anonymous().post('/api/auth/email-change/confirm', { token: linkToken((await env.smtp.next(to, seen)).text) });
    expect(confirm.status).toBe(200);
    return mailTitled(from, ['Votre adresse e-mail a été changée', 'Your e-mail address was changed'], seen);
  }

  it('gives the old address back once, signs every session out, spends the links mailed before, and mails that address a link to choose a new password', async () => {
    const me = await account('noe@example.com', 'fr');
    const changed = await moveAccount(me, 'noe@example.com', 'noe@taken-over.example');
    expect(changed.subject).toBe('Votre adresse e-mail a été changée');
    expect(changed.text).toContain('Ce n’était pas vous ?');
    expect(changed.text).toContain('7 jours');
    const token = linkToken(changed.text);
    expect(changed.text).toContain(`/account/email-undo#token=${token}`);
    expect(changed.html).toContain(`/account/email-undo#token=${token}`);

    // Whoever moved the account signs in with the new address, asks to move it again and asks for a reset.
    const intruder = new TestClient(env.t.url, (await signIn('noe@taken-over.example')).body.token);
    expect((await intruder.get('/api/account/passkeys')).status).toBe(200);
    const seen = env.smtp.mails.length;
    await intruder.post('/api/account/email', { newEmail: 'noe@elsewhere.example', currentPassword: PASSWORD });
    const pendingChange = linkToken((await env.smtp.next('noe@elsewhere.example', seen)).text);
    await anonymous().post('/api/auth/password-reset', { email: 'noe@taken-over.example' });
    const pendingReset = linkToken((await mailTitled('noe@taken-over.example', ['Choisir un nouveau mot de passe'], seen)).text);

    const before = env.smtp.mails.length;
    const done = await undo(token);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'email_restored' });

    // Every session is out, the old password opens nothing, and neither does any link mailed before.
    expect((await intruder.get('/api/account/passkeys')).status).toBe(401);
    for (const email of ['noe@example.com', 'noe@taken-over.example']) expect((await signIn(email)).status).toBe(401);
    const change = await anonymous().post('/api/auth/email-change/confirm', { token: pendingChange });
    expect([change.status, change.body.reason]).toEqual([400, 'used']);
    const reset = await anonymous().post('/api/auth/password-reset/confirm', { token: pendingReset, password: 'le mot de passe de l’intrus' });
    expect([reset.status, reset.body.reason]).toEqual([400, 'used']);

    // The restored address gets the link to a new password; with it, the owner is back in.
    const restored = await mailTitled('noe@example.com', ['Votre adresse e-mail vous est rendue'], before);
    expect(restored.subject).toBe('Votre adresse e-mail vous est rendue');
    const resetLink = restored.text?.match(/\S+\/account\/reset#token=\S+/)?.[0];
    expect(restored.html).toContain(`href="${resetLink}"`);
    const back = await anonymous().post('/api/auth/password-reset/confirm', { token: linkToken(resetLink), password: NEW_PASSWORD });
    expect(back.status).toBe(200);
    expect((await signIn('noe@example.com', NEW_PASSWORD)).status).toBe(200);
    expect((await signIn('noe@taken-over.example', NEW_PASSWORD)).status).toBe(401);

    const again = await undo(token);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ field: 'token', reason: 'used' });
  });

  it('spends the device-link codes issued before it, so no phone signs in with one', async () => {
    const me = await account('sacha@example.com', 'fr');
    const changed = await moveAccount(me, 'sacha@example.com', 'sacha@taken-over.example');
    const intruder = new TestClient(env.t.url, (await signIn('sacha@taken-over.example')).body.token);
    // Whoever holds the account sends it to a phone: the code signs in whoever has it, for minutes after.
    const link = await intruder.post('/api/auth/device-link', { path: '/account' });
    expect(link.status).toBe(201);

    expect((await undo(linkToken(changed.text))).status).toBe(200);
    const redeemed = await anonymous().post(`/api/auth/device-link/${link.body.code}`);
    expect([redeemed.status, redeemed.body.error]).toEqual([410, 'handoff_invalid']);
  });

  it('says 409 while another account holds the old address, changing nothing; the link still works once the address is free', async () => {
    const me = await account('maud@example.com', 'en');
    const changed = await moveAccount(me, 'maud@example.com', 'maud@new.example');
    expect(changed.subject).toBe('Your e-mail address was changed');
    expect(changed.text).toMatch(/It wasn’t me: recover my account: \S+\/account\/email-undo#token=/);
    const token = linkToken(changed.text);
    const squatter = await account('maud@example.com', 'fr');

    const refused = await undo(token);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'conflict', field: 'email' });
    expect((await signIn('maud@new.example')).status).toBe(200);

    expect((await squatter.post('/api/customers/me/erase', { password: PASSWORD })).status).toBe(204);
    expect((await undo(token)).status).toBe(200);
    expect((await signIn('maud@new.example')).status).toBe(401);
  });

  it('gives the first address back even after a second change, whose own undo link is then spent', async () => {
    const me = await account('ilan@example.com', 'en');
    const first = linkToken((await moveAccount(me, 'ilan@example.com', 'ilan@second.example')).text);
    const intruder = new TestClient(env.t.url, (await signIn('ilan@second.example')).body.token);
    const second = linkToken((await moveAccount(intruder, 'ilan@second.example', 'ilan@third.example')).text);

    expect((await undo(first)).status).toBe(200);
    const late = await undo(second);
    expect([late.status, late.body.reason]).toEqual([400, 'used']);
    const seen = env.smtp.mails.length;
    await anonymous().post('/api/auth/password-reset', { email: 'ilan@example.com' });
    expect((await mailTitled('ilan@example.com', ['Choose a new password'], seen)).text).toContain('/account/reset#token=');
  });

  it('refuses a link past its week, and one it never mailed', async () => {
    const me = await account('late.noe@example.com', 'fr');
    const token = linkToken((await moveAccount(me, 'late.noe@example.com', 'late.noe@new.example')).text);
    env.clockOffsetMs = 7 * 24 * 3600_000 + 60_000;
    try {
      const r = await undo(token);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ field: 'token', reason: 'expired' });
    } finally {
      env.clockOffsetMs = 0;
    }
    expect((await signIn('late.noe@new.example')).status).toBe(200);
    expect((await undo('x'.repeat(43))).body).toMatchObject({ reason: 'unknown' });
    expect((await undo('not a token')).status).toBe(422);
  });
});
