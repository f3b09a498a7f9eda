import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { cartAccess } from '../db/schema/commerce';
import type { Principal } from '../auth/tokens';
import type { Cart } from '../../shared/cart/cart';
import { forbidden } from '../http/http-error';

/** How long a handoff or a help session lets staff work on a customer's cart. */
export const STAFF_ACCESS_MINUTES = 120;

/**
 * Who may read and change a cart: its customer; an admin; a clerk or advisor only while a handoff
 * code or an assigned help session has granted them access.
 */
export async function canAccessCart(db: Db, p: Principal, cart: Pick<Cart, 'id' | 'customerId'>, now: Date): Promise<boolean> {
  if (p.role === 'customer') return cart.customerId === p.userId;
  if (p.role === 'admin') return true;
  const [grant] = await db
    .select({ cartId: cartAccess.cartId })
    .from(cartAccess)
    .where(and(eq(cartAccess.cartId, cart.id), eq(cartAccess.userId, p.userId), gt(cartAccess.expiresAt, now.toISOString())))
    .limit(1);
  return !!grant;
}

export async function assertCartAccess(db: Db, p: Principal, cart: Pick<Cart, 'id' | 'customerId'>, now: Date): Promise<void> {
  if (!(await canAccessCart(db, p, cart, now))) throw forbidden('this cart belongs to someone else');
}

/** Lets a staff member work on a cart for a while (handoff code redeemed, help session accepted). */
export async function grantCartAccess(db: Pick<Db, 'insert'>, cartId: string, userId: string, via: string, now: Date): Promise<void> {
  const expiresAt = new Date(now.getTime() + STAFF_ACCESS_MINUTES * 60_000).toISOString();
  await db
    .insert(cartAccess)
    .values({ cartId, userId, via, expiresAt })
    .onConflictDoUpdate({ target: [cartAccess.cartId, cartAccess.userId], set: { via, expiresAt } });
}
