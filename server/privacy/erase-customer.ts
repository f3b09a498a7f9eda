import { and, eq, gt, inArray, notInArray, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { cartAccess, carts, deviceLinks, events, handoffCodes, idempotencyKeys, orders, users } from '../db/schema/commerce';
import { advisorSlots, bookings, helpRequests, liveSessions, sessionEvents, sessionMembers } from '../db/schema/sessions';
import { cartCommandKeys } from '../db/schema/stores';
import { emailChanges, emailChangeUndos, mailOutbox, passkeys, passwordResets, signUps, webauthnChallenges } from '../db/schema/accounts';
import { consents } from '../db/schema/privacy';
import { isFinal } from '../../shared/orders/order-status';

/** Why an account cannot be erased yet. */
export type EraseRefusal = { refused: 'open_orders'; orders: string[] };

/**
 * Erases a customer (GDPR article 17) in one transaction: their name, e-mail, password, passkeys,
 * carts, journey, help requests, bookings, links and mails go; orders stay for the accounts (ten
 * years under the Code de commerce) with their contact and delivery address removed, under a user
 * row that keeps only its id and is deactivated, so every token of it is refused. Refused while an
 * order is still open (to be shipped or picked up): the store needs a name to hand it over.
 *
 * @example const refusal = await eraseCustomer(db, me.userId, new Date());
 */
export async function eraseCustomer(db: Db, userId: string, now: Date): Promise<EraseRefusal | null> {
  return db.transaction(async (tx) => {
    // Locks the account so an order placed meanwhile cannot slip past the check below.
    const [u] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!u) return null;
    const mine = await tx.select({ id: orders.id, number: orders.number, status: orders.status, cartId: orders.cartId }).from(orders).where(eq(orders.customerId, userId));
    const open = mine.filter((o) => !isFinal(o.status));
    if (open.length) return { refused: 'open_orders', orders: open.map((o) => o.number) };

    // Orders keep their cart (its lines are the order's); every other cart goes with its grants and codes.
    const keptCarts = mine.map((o) => o.cartId);
    const cartsToGo = (await tx.select({ id: carts.id }).from(carts)
      .where(keptCarts.length ? and(eq(carts.customerId, userId), notInArray(carts.id, keptCarts)) : eq(carts.customerId, userId))).map((c) => c.id);
    const myCarts = [...cartsToGo, ...keptCarts];
    if (myCarts.length) {
      await tx.delete(cartAccess).where(inArray(cartAccess.cartId, myCarts));
      await tx.delete(handoffCodes).where(inArray(handoffCodes.cartId, myCarts));
    }
    if (cartsToGo.length) await tx.delete(carts).where(inArray(carts.id, cartsToGo));
    await tx.update(orders).set({ contact: null, shippingAddress: null, updatedAt: now.toISOString() }).where(eq(orders.customerId, userId));

    await tx.delete(events).where(eq(events.customerId, userId));
    await tx.delete(helpRequests).where(eq(helpRequests.customerId, userId));
    // A consultation still to come frees its advisor's slot.
    const booked = await tx.select({ slotId: bookings.slotId }).from(bookings)
      .where(and(eq(bookings.customerId, userId), eq(bookings.status, 'booked'), gt(bookings.startsAt, now.toISOString())));
    if (booked.length) await tx.update(advisorSlots).set({ status: 'free' }).where(inArray(advisorSlots.id, booked.map((b) => b.slotId)));
    await tx.delete(bookings).where(eq(bookings.customerId, userId));
    // Sessions are the advisors' records too: they stay, without who the customer was.
    await tx.delete(sessionEvents).where(eq(sessionEvents.actorId, userId));
    await tx.delete(sessionMembers).where(eq(sessionMembers.userId, userId));
    await tx.update(liveSessions).set({ customerId: null }).where(eq(liveSessions.customerId, userId));
    await tx.update(liveSessions).set({ hostId: null, hostName: null, title: '' }).where(eq(liveSessions.hostId, userId));

    await tx.delete(passkeys).where(eq(passkeys.userId, userId));
    await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
    await tx.delete(emailChanges).where(eq(emailChanges.userId, userId));
    await tx.delete(emailChangeUndos).where(eq(emailChangeUndos.userId, userId));
    await tx.delete(webauthnChallenges).where(eq(webauthnChallenges.userId, userId));
    await tx.delete(deviceLinks).where(eq(deviceLinks.userId, userId));
    await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.customerId, userId));
    await tx.delete(cartCommandKeys).where(eq(cartCommandKeys.userId, userId));
    await tx.delete(consents).where(eq(consents.userId, userId));
    await tx.delete(signUps).where(u.email ? or(eq(signUps.email, u.email), eq(signUps.guestId, userId)) : eq(signUps.guestId, userId));
    if (u.email) await tx.delete(mailOutbox).where(eq(mailOutbox.toAddress, u.email));
    await tx.update(users).set({
      email: null, name: null, passwordHash: null, language: null,
      deactivatedAt: u.deactivatedAt ?? now.toISOString(), tokensValidAfter: now.toISOString(),
    }).where(eq(users.id, userId));
    return null;
  });
}
