import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Cart } from '../../shared/cart/cart';
import { handoffCodes } from '../db/schema/commerce';
import { findCart } from '../carts/cart-repository';
import { grantCartAccess } from '../carts/cart-access';
import { HttpError } from '../http/http-error';
import { recordEvent } from '../timeline/record-event';
import { hashCode } from './handoff-code';

/**
 * A clerk or advisor redeems a customer's code and may then read and change that cart for a while.
 * The conditional update makes the code single-use even when two tills scan it at once.
 */
export async function redeemHandoff(s: Services, p: Principal, code: string, channel: Channel): Promise<Cart> {
  const { db } = s.database;
  const now = s.now();
  const codeHash = hashCode(code);
  const cartId = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(handoffCodes).where(eq(handoffCodes.codeHash, codeHash)).limit(1);
    if (!row) throw new HttpError(404, 'handoff_invalid', 'no such code; ask the customer to show it again');
    if (row.redeemedAt) throw new HttpError(410, 'handoff_invalid', 'this code has already been used; ask the customer for a new one');
    if (new Date(row.expiresAt) <= now) throw new HttpError(410, 'handoff_invalid', 'this code has expired; ask the customer for a new one');
    const taken = await tx
      .update(handoffCodes)
      .set({ redeemedAt: now.toISOString(), redeemedBy: p.userId })
      .where(and(eq(handoffCodes.codeHash, codeHash), isNull(handoffCodes.redeemedAt)))
      .returning({ codeHash: handoffCodes.codeHash });
    if (!taken.length) throw new HttpError(410, 'handoff_invalid', 'this code has already been used; ask the customer for a new one');
    await grantCartAccess(tx, row.cartId, p.userId, `handoff:${p.role}`, now);
    const cart = await findCart(tx, row.cartId);
    if (cart) {
      await recordEvent(tx, {
        customerId: cart.customerId,
        channel,
        type: 'cart.handoff_redeemed',
        data: { cartId: cart.id, by: { userId: p.userId, role: p.role, name: p.name, storeId: p.storeId } },
      });
    }
    return row.cartId;
  });
  const cart = await findCart(db, cartId);
  if (!cart) throw new HttpError(404, 'not_found', 'the cart behind this code no longer exists');
  return cart;
}
