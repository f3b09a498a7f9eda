import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { smtpTestServer } from '../test-support/smtp-test-server';
import { mailOutbox } from '../db/schema/accounts';
import type { HelpRequestView } from '../../shared/room/help';
import { TestClient } from '../test-support/test-client';
import { linkToken } from '../test-support/smtp-catcher';
import { mailOrigin } from '../mail/mail-locale';


describe('"help request answered" mail over a real SMTP server', () => {
  const env = smtpTestServer();

  const helpMails = async (to: string) => {
    await env.t.server.services.mail.idle();
    const rows = await env.t.server.services.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));
    return rows.filter((r) => r.template === 'help-answered');
  };

  it('tells a customer whose page has closed which advisor answered, with a link to the session, once per request', async () => {
    const camille = await env.t.login('camille@vitrine.demo');
    const ines = await env.t.login('ines@vitrine.demo');
    const theo = await env.t.login('theo@vitrine.demo');
    const r = await camille.post<HelpRequestView>('/api/help/requests', { page: '/store' });
    expect(r.status).toBe(201);
    // The customer left: their page stopped following the request a minute ago.
    env.clockOffsetMs = 60_000;
    try {
      const accepted = await ines.post<{ session: { id: string } }>(`/api/help/requests/${r.body.id}/accept`);
      expect(accepted.status).toBe(200);
      const mail = await env.smtp.next('camille@vitrine.demo');
      expect(mail.subject).toMatch(/^Inès .*a répondu à votre demande d’aide$/);
      expect(mail.text).toContain('Bonjour Camille Martin,');
      expect(mail.text).toContain(`/store?session=${accepted.body.session.id}`);
      expect(mail.html).toContain(`href="http`);
      // Handed back and taken again: still one mail for this request.
      expect((await ines.post(`/api/help/requests/${r.body.id}/release`)).status).toBe(200);
      expect((await theo.post(`/api/help/requests/${r.body.id}/accept`)).status).toBe(200);
      expect(await helpMails('camille@vitrine.demo')).toHaveLength(1);
    } finally {
      env.clockOffsetMs = 0;
    }
  });

  it('sends nothing to a customer still on the page, nor to a guest', async () => {
    const hugo = await env.t.login('hugo@vitrine.demo');
    const ines = await env.t.login('ines@vitrine.demo');
    const r = await hugo.post<HelpRequestView>('/api/help/requests', { page: '/' });
    expect((await ines.post(`/api/help/requests/${r.body.id}/accept`)).status).toBe(200);
    expect(await helpMails('hugo@vitrine.demo')).toHaveLength(0);
    const guest = await env.t.guest();
    const g = await guest.post<HelpRequestView>('/api/help/requests', { page: '/' });
    env.clockOffsetMs = 60_000;
    try {
      expect((await ines.post(`/api/help/requests/${g.body.id}/accept`)).status).toBe(200);
    } finally {
      env.clockOffsetMs = 0;
    }
    await env.t.server.services.mail.idle();
    expect(env.smtp.mails.filter((m) => m.subject?.includes('demande d’aide') || m.subject?.includes('help request'))).toHaveLength(1);
  });

  /** A verified customer account of its own (the demo customers keep their open requests). */
  async function customer(email: string): Promise<TestClient> {
    const seen = env.smtp.mails.length;
    await env.t.anonymous().post('/api/auth/sign-up', { email, password: 'une lampe pour le salon', name: 'Lou', language: 'en' });
    const v = await env.t.anonymous().post('/api/auth/verify-email', { token: linkToken((await env.smtp.next(email, seen)).text) });
    expect(v.status).toBe(200);
    return new TestClient(env.t.url, v.body.token);
  }

  it('links back to the page the customer asked from, rejoining the session there; a page off this site falls back to the 3D store', async () => {
    const ines = await env.t.login('ines@vitrine.demo');
    const asked: [string, string][] = [['lou@example.com', '/p/lamp-bulle'], ['mia@example.com', '//evil.com/p/lamp-bulle'], ['noe@example.com', 'https://evil.com/store']];
    const requests: string[] = [];
    for (const [email, page] of asked) {
      const r = await (await customer(email)).post<HelpRequestView>('/api/help/requests', { page });
      expect(r.status).toBe(201);
      requests.push(r.body.id);
    }
    // Written outside a request: links start with the configured public origin.
    const origin = mailOrigin(env.t.server.services.config);
    const seen = env.smtp.mails.length;
    env.clockOffsetMs = 60_000;
    try {
      const sessions: string[] = [];
      for (const id of requests) {
        const accepted = await ines.post<{ session: { id: string } }>(`/api/help/requests/${id}/accept`);
        expect(accepted.status).toBe(200);
        sessions.push(accepted.body.session.id);
      }
      const lou = await env.smtp.next('lou@example.com', seen);
      expect(lou.subject).toBe('Inès Laurent answered your help request');
      expect(lou.text).toContain(`: ${origin}/p/lamp-bulle?session=${sessions[0]}\n`);
      expect(lou.html).toContain(`href="${origin}/p/lamp-bulle?session=${sessions[0]}"`);
      for (const [i, email] of [[1, 'mia@example.com'], [2, 'noe@example.com']] as const) {
        const mail = await env.smtp.next(email, seen);
        expect(mail.text).toContain(`: ${origin}/store?session=${sessions[i]}\n`);
        expect(mail.text).not.toContain('evil.com');
        expect(mail.html).not.toContain('evil.com');
      }
    } finally {
      env.clockOffsetMs = 0;
    }
  });
});
