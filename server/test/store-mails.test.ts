import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import type { ParsedMail } from 'mailparser';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { startSmtpCatcher, type SmtpCatcher } from '../test-support/smtp-catcher';
import sharp from 'sharp';
import { readIcs } from '../../shared/calendar/read-ics';
import { handCartTo, must, pickupAt, takeNowAt, terminalToken, tillPay } from './pos-helpers';

/** Mails received so far to one address. */
const to = (smtp: SmtpCatcher, address: string) => smtp.mails.filter((m) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === address)));

/** The pickup QR code of a mail, decoded as the desk's scanner would. */
async function qrOf(mail: ParsedMail): Promise<string | undefined> {
  const png = mail.attachments.find((a) => a.contentType === 'image/png');
  if (!png) return undefined;
  const { data, info } = await sharp(png.content).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

describe('order and appointment mails over a real SMTP server', () => {
  let t: TestServer;
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestServer('embedded', { config: { mail: { smtpUrl: smtp.url, from: 'Vitrine <shop@vitrine.test>' } } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('confirms a web order once in the page language, then mails the pickup code and its QR code when the order is ready', async () => {
    const camille = await t.login('camille@vitrine.demo');
    const clerk = await t.login('paris@vitrine.demo');
    const cart = await camille.cart();
    await must(camille, cart.id, [{ type: 'addLine', productId: 'print-calanques', qty: 2, fulfilment: pickupAt('store-paris') }]);
    const body = { payment: { method: 'in_store' }, contact: { email: 'camille.pickup@example.com' } };
    const key = randomUUID();
    const send = () => camille.post(`/api/carts/${cart.id}/checkout`, body, { 'idempotency-key': key, 'accept-language': 'en-GB,en;q=0.9' });
    const placed = await send();
    expect(placed.status).toBe(201);
    expect((await send()).status).toBe(200);
    const confirmation = await smtp.next('camille.pickup@example.com');
    expect(confirmation.subject).toBe(`Order ${placed.body.number} confirmed`);
    expect(confirmation.text).toContain('2 × Calanques');
    expect(confirmation.html).toContain('lang="en"');

    expect((await clerk.post(`/api/orders/${placed.body.id}/status`, { status: 'ready_for_pickup' }, { 'x-channel': 'store' })).status).toBe(200);
    const ready = await smtp.next('camille.pickup@example.com', smtp.mails.indexOf(confirmation) + 1);
    expect(ready.subject).toBe(`Order ${placed.body.number} is ready at Vitrine Paris Marais`);
    expect(ready.text).toContain(`Pickup code: ${placed.body.pickupCode}`);
    expect(ready.text).toContain('You pay at the desk');
    const png = ready.attachments.find((a) => a.contentType === 'image/png')!;
    expect(png.contentId).toBe('<pickup-code@vitrine>');
    // mailparser turns the cid reference into the image itself: the HTML shows that very attachment.
    expect(ready.html).toContain(`src="data:image/png;base64,${png.content.toString('base64')}"`);
    expect(ready.html).toContain(`href="${t.url}/account"`);
    expect(await qrOf(ready)).toBe(placed.body.pickupCode);

    // Paid at the desk: the receipt of that payment, in the order's language.
    const handed = await clerk.post(`/api/pos/orders/${placed.body.id}/handover`, { pickupCode: placed.body.pickupCode, token: await terminalToken(clerk) });
    expect(handed.status).toBe(200);
    const receipt = await smtp.next('camille.pickup@example.com', smtp.mails.indexOf(ready) + 1);
    expect(receipt.subject).toBe(`Your receipt – order ${placed.body.number}`);
    expect(receipt.text).toContain('•••• 4242');
    expect(receipt.text).not.toContain('Still to come');
    await t.server.services.mail.idle();
    expect(to(smtp, 'camille.pickup@example.com').map((m) => m.subject)).toHaveLength(3);
  });

  it('mails the till receipt once, in French, to the account of the customer served, with lines, total, card and number', async () => {
    const hugo = await t.login('hugo@vitrine.demo');
    const clerk = await t.login('paris@vitrine.demo');
    const cart = await hugo.cart();
    await must(hugo, cart.id, [{ type: 'addLine', productId: 'print-calanques', qty: 1, fulfilment: pickupAt('store-paris') }]);
    await handCartTo(hugo, clerk, cart.id);
    await must(clerk, cart.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: takeNowAt('store-paris') }], 'store');
    const before = to(smtp, 'hugo@vitrine.demo').length;
    const key = randomUUID();
    const paid = await tillPay(clerk, cart.id, { key });
    expect(paid.status).toBe(201);
    expect((await tillPay(clerk, cart.id, { key })).status).toBe(200);
    await smtp.next('hugo@vitrine.demo', smtp.mails.length);
    await t.server.services.mail.idle();
    const mails = to(smtp, 'hugo@vitrine.demo').slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`Votre ticket de caisse – commande ${paid.body.order.number}`);
    const text = mails[0]?.text ?? '';
    expect(text).toContain('Bonjour Hugo Bernard,');
    expect(text).toContain('Vitrine Paris');
    expect(text).toMatch(/1 × .+: .+€/);
    expect(text).toContain('•••• 4242');
    // The line not taken now waits at the desk, and the receipt says so.
    expect(text).toContain('À venir :');
    expect(text).toContain('à retirer à Vitrine Paris');
  });

  it('mails a walk-in receipt only to the address given at the till', async () => {
    const clerk = await t.login('paris@vitrine.demo');
    const walkIn = (await clerk.post('/api/pos/walk-in')).body;
    await must(clerk, walkIn.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: takeNowAt('store-paris') }], 'store');
    const paid = await clerk.post(`/api/pos/carts/${walkIn.id}/checkout`, { token: await terminalToken(clerk), contact: { email: 'walk.in@example.com' } }, { 'idempotency-key': randomUUID() });
    expect(paid.status).toBe(201);
    const receipt = await smtp.next('walk.in@example.com');
    expect(receipt.subject).toBe(`Votre ticket de caisse – commande ${paid.body.order.number}`);
    expect(receipt.text).not.toContain('À venir');
  });

  it('mails a booking with its calendar invitation, and its cancellation with the same UID and a higher sequence', async () => {
    const advisor = await t.login('theo@vitrine.demo');
    const camille = await t.login('camille@vitrine.demo');
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(13, 0, 0, 0);
    const slots = await advisor.post('/api/advisor/slots', { slots: [{ startsAt: startsAt.toISOString(), minutes: 45 }] });
    expect(slots.status).toBe(201);
    const since = smtp.mails.length;
    const booked = await camille.post('/api/bookings', { slotId: slots.body.items?.[0]?.id ?? slots.body[0].id, productId: 'lamp-bulle' });
    expect(booked.status).toBe(201);
    const invite = await smtp.next('camille@vitrine.demo', since);
    expect(invite.subject).toBe('Rendez-vous confirmé avec Théo Moreau');
    expect(invite.text).toContain('45 minutes');
    expect(invite.text).toContain(`/store?session=${booked.body.sessionId}`);
    const calendarOf = (m: ParsedMail) => {
      const part = m.attachments.find((a) => /calendar|ics/.test(a.contentType));
      expect(part, 'a calendar part').toBeDefined();
      const props = readIcs(part!.content.toString('utf8'));
      return (name: string) => props.find((p) => p.name === name)?.value;
    };
    const first = calendarOf(invite);
    expect(first('METHOD')).toBe('REQUEST');
    expect(first('UID')).toBe(`booking-${booked.body.id}@vitrine`);
    expect(first('SEQUENCE')).toBe('0');
    expect(first('DTSTART')).toBe(startsAt.toISOString().replace(/[-:]/g, '').replace('.000', ''));
    expect(first('DTEND')).toBe(new Date(startsAt.getTime() + 45 * 60_000).toISOString().replace(/[-:]/g, '').replace('.000', ''));
    expect(first('STATUS')).toBe('CONFIRMED');
    expect(first('ORGANIZER')).toBe('mailto:shop@vitrine.test');
    expect(first('ATTENDEE')).toBe('mailto:camille@vitrine.demo');

    const cancelled = await camille.request('DELETE', `/api/bookings/${booked.body.id}`);
    expect(cancelled.status).toBe(200);
    expect((await camille.request('DELETE', `/api/bookings/${booked.body.id}`)).status).toBe(200);
    const cancel = await smtp.next('camille@vitrine.demo', smtp.mails.indexOf(invite) + 1);
    expect(cancel.subject).toMatch(/^Rendez-vous du .+ annulé$/);
    const second = calendarOf(cancel);
    expect([second('METHOD'), second('UID'), second('SEQUENCE'), second('STATUS')]).toEqual(['CANCEL', first('UID'), '1', 'CANCELLED']);
    await t.server.services.mail.idle();
    expect(to(smtp, 'camille@vitrine.demo').slice(to(smtp, 'camille@vitrine.demo').indexOf(invite))).toHaveLength(2);
  });
});
