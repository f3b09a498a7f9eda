import { eq } from 'drizzle-orm';
import type { Cart } from '../../shared/cart/cart';
import { carts } from '../db/schema/commerce';
import { cartFromRow } from '../carts/cart-row';
import { HttpError, notFound } from '../http/http-error';
import type { CheckoutTx } from './checkout-tx';

/**
 * Locks the cart row: a second checkout of the same cart waits here, then finds it closed. Refuses
 * a closed cart, one at another version than the client saw, and an empty one.
 */
export async function lockOpenCart(tx: CheckoutTx, cartId: string, expectedVersion: number | undefined): Promise<Cart> {
  const [row] = await tx.select().from(carts).where(eq(carts.id, cartId)).for('update');
  if (!row) throw notFound('cart');
  const cart = cartFromRow(row);
  if (cart.status !== 'active') throw new HttpError(409, 'cart_closed', 'this cart is already checked out', { cart });
  if (expectedVersion !== undefined && expectedVersion !== cart.version) {
    throw new HttpError(409, 'version_conflict', `the cart is at version ${cart.version}, not ${expectedVersion}`, { cart });
  }
  if (!cart.lines.length) throw new HttpError(422, 'empty_cart', 'the cart is empty');
  return cart;
}
