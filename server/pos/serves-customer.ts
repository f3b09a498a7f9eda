import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import { cartAccess, carts } from '../db/schema/commerce';

/**
 * Whether a staff member is serving this customer right now: an admin always; a clerk or advisor
 * while a handoff code or help session gives them one of the customer's carts.
 */
export async function servesCustomer(db: Pick<Db, 'select'>, p: Principal, customerId: string, now: Date): Promise<boolean> {
  if (p.role === 'admin') return true;
  if (p.role === 'customer') return p.userId === customerId;
  const [grant] = await db
    .select({ cartId: cartAccess.cartId })
    .from(cartAccess)
    .innerJoin(carts, eq(carts.id, cartAccess.cartId))
    .where(and(eq(cartAccess.userId, p.userId), eq(carts.customerId, customerId), gt(cartAccess.expiresAt, now.toISOString())))
    .limit(1);
  return !!grant;
}
