import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Locale } from '../../shared/i18n-text';
import type { Order } from '../../shared/orders/order';
import type { Cart } from '../../shared/cart/cart';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import { planReservations } from '../../shared/stock/plan-reservations';
import { repriceCart } from '../../shared/cart/apply-cart-commands';
import { reconcileLinePrices } from '../../shared/cart/reconcile-line-prices';
import { expressStoreFor } from '../../shared/delivery/quote-delivery';
import { findCart } from '../carts/cart-repository';
import { assertCartAccess } from '../carts/cart-access';
import { readCandidates } from '../stock/stock-repository';
import { publishCart } from '../carts/publish-cart';
import { refreshCartPrices } from '../carts/refresh-cart-prices';
import { HttpError, notFound } from '../http/http-error';
import { announceOrder } from '../stores/announce-order';
import { blockedCheckout, OutOfStock, PricesMoved, refuseDelivery, refuseShortStock } from './checkout-refusals';
import { checkoutRequestHash, claimKey, orderOfSpentKey, spendKey, type KeyRef } from './checkout-idempotency';
import { lockOpenCart } from './checkout-lock-cart';
import { reserveStock } from './checkout-reserve-stock';
import { placeOrder } from './checkout-place-order';
import type { CheckoutTx } from './checkout-tx';

export type { CheckoutTx } from './checkout-tx';
export { IDEMPOTENCY_KEY_HOURS } from './checkout-idempotency';

/** Tries when a concurrent checkout takes a planned stock row that another location could replace. */
const RESERVE_ATTEMPTS = 5;

/** How another path (the till) extends checkout without copying it. */
export interface CheckoutOptions {
  /** Added to the request fingerprint, so a key reused by another kind of checkout is refused. */
  fingerprint?: Record<string, unknown>;
  /**
   * Runs inside the checkout transaction once the order and its reservations are written (e.g. take
   * the payment and hand "take now" lines over); returns the order as answered. Throwing rolls the
   * whole checkout back: nothing reserved, the key not spent.
   */
  inTransaction?: (tx: CheckoutTx, order: Order) => Promise<Order>;
  /** False where the address of shipped lines is taken another way (the till); express still needs one. */
  requireShippingAddress?: boolean;
  /** The language the customer bought in, kept for the order's later mails. */
  language?: Locale;
}

export interface CheckoutResult {
  order: Order;
  /** False when the same key and body were seen before and the stored order is returned. */
  created: boolean;
}

/** One checkout call, as its steps share it. */
interface Attempt {
  s: Services;
  p: Principal;
  cartId: string;
  body: CheckoutRequest;
  channel: Channel;
  opts: CheckoutOptions;
  key: KeyRef;
  /** Express lines are served from the store of the address's city (docs/delivery.md). */
  expressFrom: string | undefined;
}

/**
 * Turns a cart into an order in one transaction: the idempotency key first (a retry finds it and
 * gets the same order), the cart closed by version, then the stock reserved row by row. Any short
 * row rolls the whole transaction back: nothing is reserved, and the answer lists every short line.
 *
 * @example await checkout(services, principal, cartId, { payment: { method: 'card' } }, key, 'web');
 */
export async function checkout(
  s: Services,
  p: Principal,
  cartId: string,
  body: CheckoutRequest,
  idempotencyKey: string,
  channel: Channel,
  opts: CheckoutOptions = {},
): Promise<CheckoutResult> {
  const a: Attempt = {
    s, p, cartId, body, channel, opts,
    key: { customerId: p.userId, key: idempotencyKey, requestHash: checkoutRequestHash(cartId, body, opts.fingerprint) },
    expressFrom: expressStoreFor(body.shippingAddress, s.catalogue.locations)?.id,
  };
  const before = await findCart(s.database.db, cartId);
  if (!before) throw notFound('cart');
  await assertCartAccess(s.database.db, p, before, s.now());
  const spent = await orderOfSpentKey(s.database.db, a.key);
  if (spent.order) return { order: spent.order, created: false };
  if (!spent.seen) await refuseEarly(a, before);
  return reserveAndPlace(a, before, 1);
}

/**
 * Cheap refusals before any transaction: in a rush for the last unit, every loser stops here
 * instead of queueing on the row lock. A catalogue change not yet told to the cart is told now.
 */
async function refuseEarly(a: Attempt, before: Cart): Promise<void> {
  if (before.status !== 'active' || !before.lines.length) return;
  const current = (await refreshCartPrices(a.s, a.cartId)) ?? before;
  const blocked = blockedCheckout(current.lines);
  if (blocked) throw blocked;
  refuseDelivery(a.s, before.lines, a.body, a.opts.requireShippingAddress ?? true);
  const plan = planReservations(before.lines, await readCandidates(a.s.database.db, a.s.catalogue, [...new Set(before.lines.map((l) => l.productId))]), { expressFrom: a.expressFrom });
  if (!plan.ok) await refuseShortStock(a.s, before, plan.short, a.channel);
}

/** The transaction, and what a failure inside it answers. */
async function reserveAndPlace(a: Attempt, before: Cart, attempt: number): Promise<CheckoutResult> {
  const { s } = a;
  try {
    const result = await s.database.db.transaction(async (tx) => {
      const prior = await claimKey(tx, a.key);
      if (prior) return { order: prior, created: false, closedCart: undefined };
      const cart = await lockOpenCart(tx, a.cartId, a.body.expectedVersion);
      refuseDelivery(s, cart.lines, a.body, a.opts.requireShippingAddress ?? true);
      // Each line is charged the price the customer accepted, which must still be the catalogue's:
      // a change that reached neither the cart nor the customer refuses the checkout (see below).
      const blocked = blockedCheckout(cart.lines) ?? (reconcileLinePrices(cart.lines, s.catalogue.cartLookups.product).changed ? new PricesMoved() : undefined);
      if (blocked) throw blocked;
      const priced = repriceCart(cart, { ...s.catalogue.cartLookups, now: s.now().toISOString() });
      const reservations = await reserveStock(tx, s, priced.lines, a.expressFrom);
      const { order, closedCart } = await placeOrder(tx, s, {
        cart: priced, lockedVersion: cart.version, reservations, body: a.body, channel: a.channel, by: a.p, language: a.opts.language,
      });
      await spendKey(tx, a.key, order.id);
      const answered = a.opts.inTransaction ? await a.opts.inTransaction(tx, order) : order;
      return { order: answered, created: true, closedCart };
    });
    if (result.closedCart) publishCart(s, result.closedCart);
    if (result.created) announceOrder(s, result.order);
    return { order: result.order, created: result.created };
  } catch (e) {
    if (e instanceof PricesMoved) {
      const current = await refreshCartPrices(s, a.cartId);
      throw (current && blockedCheckout(current.lines)) ?? new HttpError(409, 'version_conflict', 'the catalogue changed during checkout; try again', { cart: current });
    }
    if (!(e instanceof OutOfStock)) throw e;
    // A concurrent checkout took the stock between the plan and the update: report from a fresh read.
    if (e.short.length) return refuseShortStock(s, before, e.short, a.channel);
    const fresh = await readCandidates(s.database.db, s.catalogue, [...new Set(before.lines.map((l) => l.productId))]);
    const again = planReservations(before.lines, fresh, { expressFrom: a.expressFrom });
    // The row planned on was taken, but the lines can still be served from elsewhere (ship-from-store): plan again.
    if (again.ok && attempt < RESERVE_ATTEMPTS) return reserveAndPlace(a, before, attempt + 1);
    return refuseShortStock(s, before, again.ok ? [] : again.short, a.channel);
  }
}
