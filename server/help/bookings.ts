import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import { advisorSlots, bookings } from '../db/schema/sessions';
import { recordEvent } from '../timeline/record-event';
import { HttpError, forbidden, notFound } from '../http/http-error';
import { createSession, markSessionEnded } from './live-sessions';
import { sessionView } from './session-view';
import { onlyRow } from '../db/only-row';
import { sendBookingMail } from './send-booking-mail';

export const SlotsInputSchema = z.object({
  slots: z
    .array(z.object({ startsAt: z.iso.datetime({ offset: true }), minutes: z.number().int().min(10).max(180).default(30) }))
    .min(1)
    .max(50),
});
export const BookingInputSchema = z.object({
  slotId: z.string().min(1).max(64),
  productId: z.string().min(1).max(64).optional(),
  note: z.string().max(500).optional(),
});

/** Bookings show a reminder on the customer's pages this long before they start. */
export const REMINDER_MINUTES = 15;

type SlotRow = typeof advisorSlots.$inferSelect;
type BookingRow = typeof bookings.$inferSelect;
const iso = (v: string) => new Date(v).toISOString();

export function slotView(r: SlotRow) {
  return { id: r.id, advisor: { id: r.advisorId, name: r.advisorName ?? 'Advisor' }, startsAt: iso(r.startsAt), endsAt: iso(r.endsAt), status: r.status };
}

export function bookingView(r: BookingRow, now: Date, advisorName?: string | null) {
  const starts = new Date(r.startsAt).getTime();
  return {
    id: r.id,
    slotId: r.slotId,
    sessionId: r.sessionId,
    customerId: r.customerId,
    advisorId: r.advisorId,
    advisor: { id: r.advisorId, name: advisorName ?? 'Advisor' },
    ...(r.productId ? { productId: r.productId } : {}),
    ...(r.note ? { note: r.note } : {}),
    status: r.status,
    startsAt: iso(r.startsAt),
    endsAt: iso(r.endsAt),
    joinPath: `/store?session=${r.sessionId}`,
    /** True from 15 minutes before the start until the end: the pages show a reminder with the join link. */
    remind: r.status === 'booked' && now.getTime() >= starts - REMINDER_MINUTES * 60_000 && now.getTime() <= new Date(r.endsAt).getTime(),
  };
}

/** An advisor publishes free time; a start already published is skipped. */
export async function publishSlots(s: Services, p: Principal, input: z.infer<typeof SlotsInputSchema>) {
  const now = s.now().getTime();
  const rows = input.slots.map((slot) => {
    const start = new Date(slot.startsAt);
    if (start.getTime() < now) throw new HttpError(422, 'invalid', 'a slot cannot start in the past');
    return {
      id: randomUUID(),
      advisorId: p.userId,
      advisorName: p.name,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + slot.minutes * 60_000).toISOString(),
    };
  });
  const inserted = await s.database.db.insert(advisorSlots).values(rows).onConflictDoNothing().returning();
  return inserted.map(slotView);
}

/** Free slots from now on (or in a window), soonest first. */
export async function freeSlots(db: Pick<Db, 'select'>, now: Date, opts: { from?: string; to?: string; advisorId?: string }) {
  const from = opts.from && new Date(opts.from) > now ? new Date(opts.from) : now;
  const rows = await db
    .select()
    .from(advisorSlots)
    .where(and(
      eq(advisorSlots.status, 'free'),
      gte(advisorSlots.startsAt, from.toISOString()),
      opts.to ? lte(advisorSlots.startsAt, new Date(opts.to).toISOString()) : undefined,
      opts.advisorId ? eq(advisorSlots.advisorId, opts.advisorId) : undefined,
    ))
    .orderBy(asc(advisorSlots.startsAt))
    .limit(200);
  return rows.map(slotView);
}

export async function slotsOf(db: Pick<Db, 'select'>, advisorId: string, now: Date) {
  const rows = await db
    .select()
    .from(advisorSlots)
    .where(and(eq(advisorSlots.advisorId, advisorId), gte(advisorSlots.endsAt, now.toISOString())))
    .orderBy(asc(advisorSlots.startsAt))
    .limit(200);
  return rows.map(slotView);
}

export async function withdrawSlot(s: Services, p: Principal, slotId: string) {
  const [row] = await s.database.db
    .update(advisorSlots)
    .set({ status: 'withdrawn' })
    .where(and(eq(advisorSlots.id, slotId), eq(advisorSlots.advisorId, p.userId), eq(advisorSlots.status, 'free')))
    .returning();
  if (!row) throw new HttpError(409, 'conflict', 'only your own free slots can be withdrawn');
  return slotView(row);
}

/**
 * A customer books a consultation: the slot is taken once (two customers racing get one booking
 * and one 409), a private session is prepared, and the booking lands on their timeline with its
 * join link.
 */
export async function bookSlot(s: Services, p: Principal, input: z.infer<typeof BookingInputSchema>, channel: Channel, origin?: string) {
  if (input.productId && !s.catalogue.product(input.productId)) throw new HttpError(422, 'invalid', `no product "${input.productId}"`);
  const { db } = s.database;
  const now = s.now();
  const result = await db.transaction(async (tx) => {
    const [slot] = await tx
      .update(advisorSlots)
      .set({ status: 'booked' })
      .where(and(eq(advisorSlots.id, input.slotId), eq(advisorSlots.status, 'free'), gte(advisorSlots.startsAt, now.toISOString())))
      .returning();
    if (!slot) return undefined;
    const product = input.productId ? s.catalogue.product(input.productId) : undefined;
    const session = await createSession(tx, {
      kind: 'consultation',
      hostId: slot.advisorId,
      hostName: slot.advisorName ?? undefined,
      customerId: p.userId,
      title: product ? `Consultation: ${product.name.en}` : 'Private consultation',
      startsAt: slot.startsAt,
      capacity: 4,
    });
    const booking = onlyRow(await tx
      .insert(bookings)
      .values({
        id: randomUUID(),
        slotId: slot.id,
        customerId: p.userId,
        advisorId: slot.advisorId,
        sessionId: session.id,
        productId: input.productId,
        note: input.note,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      })
      .returning(), 'insert booking');
    await recordEvent(tx, {
      customerId: p.userId,
      channel,
      type: 'booking.created',
      data: { bookingId: booking.id, sessionId: session.id, startsAt: iso(slot.startsAt), advisor: { id: slot.advisorId, name: slot.advisorName }, joinPath: sessionView(session, { withInvite: false }).joinPath, productId: input.productId },
    });
    return { booking, advisorName: slot.advisorName };
  });
  if (!result) {
    const [exists] = await db.select({ id: advisorSlots.id }).from(advisorSlots).where(eq(advisorSlots.id, input.slotId)).limit(1);
    if (!exists) throw notFound('slot');
    throw new HttpError(409, 'conflict', 'this slot is no longer free');
  }
  await sendBookingMail(s, result.booking, { advisorName: result.advisorName }, origin);
  return bookingView(result.booking, now, result.advisorName);
}

/** Bookings of a customer or of an advisor, upcoming first. */
export async function bookingsOf(db: Pick<Db, 'select'>, p: Principal, now: Date) {
  const rows = await db
    .select({ b: bookings, advisorName: advisorSlots.advisorName })
    .from(bookings)
    .leftJoin(advisorSlots, eq(advisorSlots.id, bookings.slotId))
    .where(and(
      p.role === 'customer' ? eq(bookings.customerId, p.userId) : or(eq(bookings.advisorId, p.userId), eq(bookings.customerId, p.userId)),
      gte(bookings.endsAt, new Date(now.getTime() - 24 * 3600_000).toISOString()),
    ))
    .orderBy(asc(bookings.startsAt))
    .limit(200);
  return rows.map((r) => bookingView(r.b, now, r.advisorName));
}

/**
 * Either side cancels: the slot is free again, the prepared session is closed and
 * `booking.cancelled` (saying by whom) lands on the customer's timeline.
 *
 * @example await cancelBooking(s, principal, bookingId, 'web');
 */
export async function cancelBooking(s: Services, p: Principal, bookingId: string, channel?: Channel, origin?: string) {
  const { db } = s.database;
  const now = s.now();
  const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId)).limit(1);
  if (!row) throw notFound('booking');
  if (row.customerId !== p.userId && row.advisorId !== p.userId && p.role !== 'admin') throw forbidden('this is not your booking');
  if (row.status === 'cancelled') return bookingView(row, now);
  let mail: { advisorName?: string | null; by: 'customer' | 'advisor' | 'staff' } | undefined;
  const updated = await db.transaction(async (tx) => {
    const [b] = await tx.update(bookings).set({ status: 'cancelled' }).where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked'))).returning();
    if (!b) return row;
    // The advisor withdrawing a booking does not republish the time; the customer cancelling does.
    const [slot] = await tx
      .update(advisorSlots)
      .set({ status: p.userId === row.advisorId ? 'withdrawn' : 'free' })
      .where(eq(advisorSlots.id, row.slotId))
      .returning({ advisorName: advisorSlots.advisorName });
    await markSessionEnded(tx, row.sessionId, now.toISOString());
    const by = p.userId === row.customerId ? 'customer' : p.userId === row.advisorId ? 'advisor' : 'staff';
    await recordEvent(tx, {
      customerId: row.customerId,
      channel: channel ?? (by === 'customer' ? 'web' : 'advisor'),
      type: 'booking.cancelled',
      data: { bookingId, sessionId: row.sessionId, startsAt: iso(row.startsAt), by, advisor: { id: row.advisorId, name: slot?.advisorName ?? undefined } },
    });
    mail = { advisorName: slot?.advisorName, by };
    return b;
  });
  // Only the call that cancelled mails: a second cancel of the same booking sends nothing.
  if (mail) await sendBookingMail(s, updated, mail, origin);
  return bookingView(updated, now);
}
