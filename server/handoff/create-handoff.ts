import { and, eq, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Handoff } from '../../shared/http/api-schemas';
import { handoffCodes } from '../db/schema/commerce';
import { findCart } from '../carts/cart-repository';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { recordEvent } from '../timeline/record-event';
import { HANDOFF_TTL_MINUTES, hashCode, newHandoffCode } from './handoff-code';

/**
 * A one-time code (and its QR) with which the customer lets a clerk at the till or an advisor open
 * their cart. Only the cart's own customer can make one, a few per hour (`s.limits.handoff`); a
 * cart has one live code at a time, the newest (the database keeps only its hash).
 */
export async function createHandoff(s: Services, p: Principal, cartId: string, channel: Channel, origin: string): Promise<Handoff> {
  const { db } = s.database;
  const cart = await findCart(db, cartId);
  if (!cart) throw notFound('cart');
  if (p.role !== 'customer' || cart.customerId !== p.userId) throw forbidden('only the cart\'s customer can hand it over');
  if (cart.status !== 'active') throw new HttpError(409, 'cart_closed', 'this cart is already checked out');
  await s.limits.handoff.consume(`handoff:${p.userId}`);
  const expiresAt = new Date(s.now().getTime() + HANDOFF_TTL_MINUTES * 60_000).toISOString();
  let code = '';
  await db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 5 && !code; attempt++) {
      // The previous live code stops working. A conflict below is a code already taken, or another
      // request making one for this cart at the same time: the next attempt replaces that one too.
      await tx.delete(handoffCodes).where(and(eq(handoffCodes.cartId, cartId), isNull(handoffCodes.redeemedAt)));
      const candidate = newHandoffCode();
      const rows = await tx.insert(handoffCodes).values({ codeHash: hashCode(candidate), cartId, createdBy: p.userId, expiresAt }).onConflictDoNothing().returning();
      if (rows.length) code = candidate;
    }
    if (!code) throw new Error('could not allocate a handoff code');
    await recordEvent(tx, { customerId: cart.customerId, channel, type: 'cart.handoff_created', data: { cartId, expiresAt } });
  });
  const url = `${origin}/pos?code=${code}`;
  const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 256 });
  return { code, expiresAt, qr, url };
}
