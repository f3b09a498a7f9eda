import { randomUUID } from 'node:crypto';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Cart } from '../../shared/cart/cart';
import { users } from '../db/schema/commerce';
import { getOrCreateActiveCart } from '../carts/cart-repository';
import { grantCartAccess } from '../carts/cart-access';
import { recordEvent } from '../timeline/record-event';
import { forbidden } from '../http/http-error';

/**
 * A customer at the till without the app: the clerk opens a fresh cart for them (a guest customer,
 * like any first visit), with access to it as if the customer had shown a code.
 *
 * @example const cart = await startWalkIn(services, clerk);
 */
export async function startWalkIn(s: Services, p: Principal): Promise<Cart> {
  if (p.role !== 'clerk' || !p.storeId) throw forbidden('only a store clerk opens a walk-in sale');
  const { db } = s.database;
  const id = `g_${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ id, role: 'customer', guest: true });
    await recordEvent(tx, { customerId: id, channel: 'store', type: 'session.started', data: { guest: true, walkIn: true, storeId: p.storeId } });
  });
  const { cart } = await getOrCreateActiveCart(db, id, 'store');
  await grantCartAccess(db, cart.id, p.userId, 'walk_in', s.now());
  await recordEvent(db, { customerId: id, channel: 'store', type: 'cart.created', data: { cartId: cart.id, by: { userId: p.userId, role: p.role, storeId: p.storeId } } });
  return cart;
}
