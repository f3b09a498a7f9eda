import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import { users } from '../db/schema/commerce';
import type { bookings } from '../db/schema/sessions';
import { icsCalendar } from '../../shared/calendar/ics-calendar';
import { formatMailDate } from '../../shared/mail/mail-date';
import { mailOrigin } from '../mail/mail-locale';

type BookingRow = typeof bookings.$inferSelect;

/** The calendar UID of a booking: the same in its invitation and its cancellation. */
export const bookingUid = (bookingId: string) => `booking-${bookingId}@vitrine`;

/** The address part of `Vitrine <shop@vitrine.test>`. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * Mails the customer of a booking, with a calendar part their mail program reads: on `booked`
 * an invitation (METHOD:REQUEST, SEQUENCE 0), on `cancelled` its cancellation (METHOD:CANCEL,
 * the same UID, SEQUENCE 1) so the event leaves their calendar. Only accounts with an address get
 * one. A mail that cannot be queued is logged and never undoes the booking. Resolves to the outbox id.
 *
 * @example await sendBookingMail(s, booking, { advisorName: 'Inès', by: 'customer' }, origin);
 */
export async function sendBookingMail(
  s: Services, b: BookingRow, about: { advisorName?: string | null; by?: 'customer' | 'advisor' | 'staff' }, origin = mailOrigin(s.config),
): Promise<string | undefined> {
  try {
    const [u] = await s.database.db.select().from(users).where(eq(users.id, b.customerId)).limit(1);
    if (!u?.email || u.guest) return undefined;
    const l = u.language ?? 'fr';
    const advisor = about.advisorName ?? (l === 'fr' ? 'votre conseiller' : 'your advisor');
    const when = formatMailDate(b.startsAt, l);
    const joinLink = `${origin}/store?session=${b.sessionId}`;
    const product = b.productId ? s.catalogue.anyProduct(b.productId)?.name[l] : undefined;
    const cancelled = b.status === 'cancelled';
    const ics = icsCalendar({
      method: cancelled ? 'CANCEL' : 'REQUEST',
      uid: bookingUid(b.id),
      sequence: cancelled ? 1 : 0,
      stamp: s.now(),
      start: new Date(b.startsAt),
      end: new Date(b.endsAt),
      summary: l === 'fr' ? `Rendez-vous conseil Vitrine avec ${advisor}` : `Vitrine advice appointment with ${advisor}`,
      ...(product ? { description: product } : {}),
      location: joinLink,
      url: joinLink,
      organizer: { name: `${advisor} (Vitrine)`, email: addressOf(s.config.mail.from) },
      attendee: { ...(u.name ? { name: u.name } : {}), email: u.email },
    });
    const attachments = [{ filename: 'invite.ics', contentType: 'text/calendar', content: Buffer.from(ics, 'utf8').toString('base64'), method: cancelled ? 'CANCEL' as const : 'REQUEST' as const }];
    const minutes = Math.round((new Date(b.endsAt).getTime() - new Date(b.startsAt).getTime()) / 60_000);
    const greeting = u.name ? { name: u.name } : {};
    return cancelled
      ? await s.mail.send(u.email, 'booking-cancelled', { ...greeting, advisor, when, by: about.by ?? 'customer', bookLink: `${origin}/account` }, l, { attachments })
      : await s.mail.send(u.email, 'booking-confirmed', { ...greeting, advisor, when, minutes, ...(product ? { product } : {}), joinLink, manageLink: `${origin}/account` }, l, { attachments });
  } catch (e) {
    s.log.warn({ err: e, bookingId: b.id }, 'booking mail not queued');
    return undefined;
  }
}
