import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { smtpTestServer } from '../test-support/smtp-test-server';
import { mailOutbox } from '../db/schema/accounts';
import type { HelpRequestView } from '../../shared/room/help';


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
});
