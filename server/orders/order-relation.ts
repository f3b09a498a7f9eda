import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import type { Order } from '../../shared/orders/order';
import { orderVisibility, type OrderRelation } from '../../shared/orders/order-permissions';
import { cartAccess, carts } from '../db/schema/commerce';
import { visiblePickupCodes } from '../../shared/orders/visible-pickup-codes';

/**
 * Through what a staff member serves a customer right now: an assigned help session (its cart
 * grant is `session:<id>`) or a handoff code; nothing once the grant has expired or was taken back.
 *
 * @example await servingCustomer(db, advisor, order.customerId, now) // 'session'
 */
export async function servingCustomer(db: Pick<Db, 'select'>, p: Principal, customerId: string, now: Date): Promise<OrderRelation['serving']> {
  if (p.role === 'customer') return undefined;
  const grants = await db
    .select({ via: cartAccess.via })
    .from(cartAccess)
    .innerJoin(carts, eq(carts.id, cartAccess.cartId))
    .where(and(eq(cartAccess.userId, p.userId), eq(carts.customerId, customerId), gt(cartAccess.expiresAt, now.toISOString())))
    .limit(20);
  if (!grants.length) return undefined;
  return grants.some((g) => g.via.startsWith('session:')) ? 'session' : 'handoff';
}

/** How the caller stands towards an order (see `shared/orders/order-permissions.ts` for what each relation allows). */
export async function orderRelation(
  db: Pick<Db, 'select'>,
  p: Principal,
  order: Pick<Order, 'customerId' | 'pickups'> & { pickupStoreId: string | null },
  now: Date,
): Promise<OrderRelation> {
  const owner = p.role === 'customer' && order.customerId === p.userId;
  // A store's staff reach an order through their own store's pickup part (the legacy column for orders without parts).
  const stores = order.pickups?.length ? order.pickups.map((pt) => pt.storeId) : [order.pickupStoreId];
  const pickupStore = (p.role === 'clerk' || p.role === 'manager') && !!p.storeId && stores.includes(p.storeId);
  const serving = owner || pickupStore || p.role === 'admin' ? undefined : await servingCustomer(db, p, order.customerId, now);
  return { owner, pickupStore, ...(serving ? { serving } : {}) };
}

/**
 * The order as this caller may see it, or undefined when they may not see it at all (answered
 * like a missing order: ids are not confirmed to strangers).
 */
export function orderAsSeenBy<T extends Order>(p: Principal, rel: OrderRelation, order: T): T | undefined {
  const seen = orderVisibility(p.role, rel);
  if (seen === 'none') return undefined;
  const desk = (p.role === 'clerk' || p.role === 'manager') && rel.pickupStore ? p.storeId : undefined;
  return visiblePickupCodes(order, seen, desk);
}
