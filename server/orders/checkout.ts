import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Money } from '../../shared/money';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Locale } from '../../shared/i18n-text';
import type { Order, OrderLine } from '../../shared/orders/order';
import type { Cart } from '../../shared/cart/cart';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import { planReservations, type ShortLine } from '../../shared/stock/plan-reservations';
import { repriceCart } from '../../shared/cart/apply-cart-commands';
import { carts, idempotencyKeys, orders, orderPickups, orderReservations } from '../db/schema/commerce';
import { groupPickupParts } from '../../shared/orders/pickup-part';
import { cartFromRow } from '../carts/cart-row';
import { findCart } from '../carts/cart-repository';
import { assertCartAccess } from '../carts/cart-access';
import { readCandidates } from '../stock/stock-repository';
import { queryRows } from '../db/query-rows';
import { recordEvent } from '../timeline/record-event';
import { publishCart } from '../carts/publish-cart';
import { HttpError, notFound } from '../http/http-error';
import { findOrder } from './order-repository';
import { announceOrder } from '../stores/announce-order';
import { checkoutBlockers, reconcileLinePrices } from '../../shared/cart/reconcile-line-prices';
import { refreshCartPrices } from '../carts/refresh-cart-prices';
import type { Line } from '../../shared/cart/cart';
import { formatOrderNumber } from '../../shared/orders/order-number';
import { deliveryRefusal } from '../../shared/delivery/delivery-refusal';
import { expressStoreFor, quoteDelivery } from '../../shared/delivery/quote-delivery';

/** Tries when a concurrent checkout takes a planned stock row that another location could replace. */
const RESERVE_ATTEMPTS = 5;

/** Keys are kept at least this long; a purge removes older ones. */
export const IDEMPOTENCY_KEY_HOURS = 48;

/** Lines the customer must look at before paying (docs/price-changes.md): a 409 naming them. */
function blockedCheckout(lines: readonly Line[]): HttpError | undefined {
  const { priceChanged, unavailable } = checkoutBlockers(lines);
  if (unavailable.length) {
    return new HttpError(409, 'unavailable_lines', 'some products in the cart are no longer sold; remove them to check out', {
      lines: unavailable.map((l) => ({ lineId: l.id, productId: l.productId, ...(l.variantId ? { variantId: l.variantId } : {}) })),
    });
  }
  if (priceChanged.length) {
    return new HttpError(409, 'price_changed', 'some prices changed since they were added; accept them (command acceptPrices) to check out', {
      lines: priceChanged.map((l) => ({ lineId: l.id, productId: l.productId, ...(l.variantId ? { variantId: l.variantId } : {}), from: l.priceChange!.from, to: l.priceChange!.to })),
    });
  }
  return undefined;
}

/** The catalogue moved between the refresh before the transaction and the transaction itself. */
class PricesMoved extends Error {}

class OutOfStock extends Error {
  constructor(readonly short: ShortLine[]) {
    super('out of stock');
  }
}

/** The transaction checkout runs in, for steps that join it. */
export type CheckoutTx = Parameters<Parameters<Services['database']['db']['transaction']>[0]>[0];

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

/** A 422 naming the field, like a schema mismatch, for a delivery the lines cannot have. */
function refuseDelivery(s: Services, lines: readonly Line[], body: CheckoutRequest, opts: CheckoutOptions): void {
  const r = deliveryRefusal(lines, body.shippingAddress, s.catalogue.locations, { requireAddress: opts.requireShippingAddress ?? true });
  if (r) throw new HttpError(422, 'invalid', `invalid request body: ${r.field}: ${r.message}`, { field: r.field, reason: r.reason, issues: [{ path: r.field, message: r.message }] });
}

export interface CheckoutResult {
  order: Order;
  /** False when the same key and body were seen before and the stored order is returned. */
  created: boolean;
}

function hashRequest(cartId: string, body: CheckoutRequest, fingerprint?: Record<string, unknown>): string {
  // Contact and address join the fingerprint only when sent, so keys stored before they existed still match.
  const base = {
    cartId, expectedVersion: body.expectedVersion ?? null, payment: body.payment,
    ...(body.contact ? { contact: body.contact } : {}),
    ...(body.shippingAddress ? { shippingAddress: body.shippingAddress } : {}),
  };
  return createHash('sha256').update(JSON.stringify(fingerprint ? { ...base, ...fingerprint } : base)).digest('hex');
}

/**
 * Turns a cart into an order in one transaction: the idempotency key first (a retry finds it and
 * gets the same order), the cart closed by version, then one conditional update per stock row in
 * (product, location) order, so concurrent checkouts neither oversell nor deadlock. Any short
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
  // Which try this is, when a planned stock row was taken meanwhile (see RESERVE_ATTEMPTS).
  attempt = 1,
): Promise<CheckoutResult> {
  const { db } = s.database;
  const requestHash = hashRequest(cartId, body, opts.fingerprint);
  // Express lines are served from the store of the address's city (docs/delivery.md).
  const expressFrom = expressStoreFor(body.shippingAddress, s.catalogue.locations)?.id;
  const before = await findCart(db, cartId);
  if (!before) throw notFound('cart');
  await assertCartAccess(db, p, before, s.now());

  // Cheap refusals before any transaction: a replayed key, and a cart that clearly cannot be
  // reserved (in a rush for the last unit, every loser stops here instead of queueing on the row lock).
  const [seen] = await db.select().from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.customerId, p.userId), eq(idempotencyKeys.key, idempotencyKey))).limit(1);
  if (seen?.orderId) {
    if (seen.requestHash !== requestHash) throw new HttpError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for another request');
    const order = await findOrder(db, seen.orderId);
    if (order) {
      const { pickupStoreId: _, ...plain } = order;
      return { order: plain, created: false };
    }
  }
  if (before.status === 'active' && before.lines.length && !seen) {
    // A catalogue change not yet told to this cart is told now, and refuses this checkout.
    const current = (await refreshCartPrices(s, cartId)) ?? before;
    const blocked = blockedCheckout(current.lines);
    if (blocked) throw blocked;
    refuseDelivery(s, before.lines, body, opts);
    const plan = planReservations(before.lines, await readCandidates(db, s.catalogue, [...new Set(before.lines.map((l) => l.productId))]), { expressFrom });
    if (!plan.ok) return refuse(s, before, plan.short, channel);
  }

  try {
    const result = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(idempotencyKeys)
        .values({ customerId: p.userId, key: idempotencyKey, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (!claimed.length) {
        const [prior] = await tx.select().from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.customerId, p.userId), eq(idempotencyKeys.key, idempotencyKey))).limit(1);
        if (!prior || prior.requestHash !== requestHash) {
          throw new HttpError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for another request');
        }
        const order = prior.orderId ? await findOrder(tx, prior.orderId) : undefined;
        if (!order) throw new HttpError(409, 'conflict', 'a checkout with this key is still in progress');
        const { pickupStoreId: _, ...plain } = order;
        return { order: plain, created: false, closedCart: undefined };
      }

      // Locks the cart row: a second checkout of the same cart waits here, then finds it closed.
      const [row] = await tx.select().from(carts).where(eq(carts.id, cartId)).for('update');
      if (!row) throw notFound('cart');
      const cart = cartFromRow(row);
      if (cart.status !== 'active') throw new HttpError(409, 'cart_closed', 'this cart is already checked out', { cart });
      if (body.expectedVersion !== undefined && body.expectedVersion !== cart.version) {
        throw new HttpError(409, 'version_conflict', `the cart is at version ${cart.version}, not ${body.expectedVersion}`, { cart });
      }
      if (!cart.lines.length) throw new HttpError(422, 'empty_cart', 'the cart is empty');
      refuseDelivery(s, cart.lines, body, opts);

      const now = s.now();
      // Each line is charged the price the customer accepted, which must still be the catalogue's:
      // a change that reached neither the cart nor the customer refuses the checkout (see after the transaction).
      const blocked = blockedCheckout(cart.lines) ?? (reconcileLinePrices(cart.lines, s.catalogue.cartLookups.product).changed ? new PricesMoved() : undefined);
      if (blocked) throw blocked;
      const priced = repriceCart(cart, { ...s.catalogue.cartLookups, now: now.toISOString() });

      const candidates = await readCandidates(tx, s.catalogue, [...new Set(priced.lines.map((l) => l.productId))]);
      const plan = planReservations(priced.lines, candidates, { expressFrom });
      if (!plan.ok) throw new OutOfStock(plan.short);
      for (const r of plan.reservations) {
        const ok = await queryRows<{ product_id: string }>(tx, sql`
          update stock set reserved = reserved + ${r.qty}, updated_at = now()
          where product_id = ${r.productId} and location_id = ${r.locationId} and on_hand - reserved >= ${r.qty}
          returning product_id`);
        if (!ok.length) throw new OutOfStock([]);
      }

      const source = new Map(plan.reservations.flatMap((r) => r.lineIds.map((id) => [id, r.locationId] as const)));
      const lines: OrderLine[] = priced.lines.map((l) => ({ ...l, sourceLocationId: source.get(l.id)! }));
      // One part per store with lines to collect, each with its own code (shared/orders/pickup-part.ts).
      const pickups = groupPickupParts(lines, () => String(randomInt(100000, 1000000)), now.toISOString());
      const orderId = `ord_${randomUUID()}`;
      // Taken from the sequence here (not by the column's default) so the answer carries it; a
      // rolled-back checkout leaves a gap, which order numbers may have.
      const [seq] = await queryRows<{ n: string }>(tx, sql`select nextval('order_number_seq')::text as n`);
      // The same rules and function as the cart page's quote: the fee shown is the fee charged.
      const quote = quoteDelivery({
        now, lines: priced.lines, cartTotals: priced.totals, locations: s.catalogue.locations,
        address: body.shippingAddress, sourceOf: (id) => source.get(id), storeHas: () => true,
      });
      const order: Order = {
        id: orderId,
        number: formatOrderNumber(seq!.n),
        cartId,
        customerId: cart.customerId,
        status: 'placed',
        lines,
        totals: quote.totals,
        payment: await paymentFor(s, body.payment, quote.totals.total, orderId, tx),
        channel,
        ...(body.contact ? { contact: body.contact } : {}),
        ...(body.shippingAddress && lines.some((l) => l.fulfilment.type === 'ship') ? { shippingAddress: body.shippingAddress } : {}),
        delivery: quote.groups.map(({ options: _, ...g }) => g),
        ...(pickups.length === 1 ? { pickupCode: pickups[0]!.code } : {}),
        ...(pickups.length ? { pickups } : {}),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const [closed] = await tx
        .update(carts)
        .set({ status: 'checked_out', version: cart.version + 1, channel, updatedAt: now.toISOString() })
        .where(and(eq(carts.id, cartId), eq(carts.version, cart.version)))
        .returning();
      if (!closed) throw new HttpError(409, 'version_conflict', 'the cart changed during checkout', { cart });
      await tx.insert(orders).values({
        ...order,
        pickupStoreId: pickups[0]?.storeId ?? null,
        pickupCode: order.pickupCode ?? null,
        language: opts.language ?? null,
      });
      if (pickups.length) {
        await tx.insert(orderPickups).values(pickups.map((pt) => ({ orderId, storeId: pt.storeId, code: pt.code!, status: pt.status, lineIds: pt.lineIds, updatedAt: pt.updatedAt })));
      }
      // Several plan entries can share a stock row (a pickup and a shipped line served by the same store).
      const held = new Map<string, { productId: string; locationId: string; qty: number }>();
      for (const r of plan.reservations) {
        const k = `${r.productId}|${r.locationId}`;
        const h = held.get(k) ?? { productId: r.productId, locationId: r.locationId, qty: 0 };
        h.qty += r.qty;
        held.set(k, h);
      }
      await tx.insert(orderReservations).values([...held.values()].map((h) => ({ orderId, ...h })));
      await tx.update(idempotencyKeys).set({ orderId })
        .where(and(eq(idempotencyKeys.customerId, p.userId), eq(idempotencyKeys.key, idempotencyKey)));
      await recordEvent(tx, {
        customerId: cart.customerId,
        channel,
        type: 'order.placed',
        data: { orderId, number: order.number, cartId, total: order.totals.total, lines: lines.length, payment: order.payment.method, by: { userId: p.userId, role: p.role } },
      });
      const answered = opts.inTransaction ? await opts.inTransaction(tx, order) : order;
      return { order: answered, created: true, closedCart: cartFromRow(closed) };
    });
    if (result.closedCart) publishCart(s, result.closedCart);
    if (result.created) announceOrder(s, result.order);
    return { order: result.order, created: result.created };
  } catch (e) {
    if (e instanceof PricesMoved) {
      const current = await refreshCartPrices(s, cartId);
      throw (current && blockedCheckout(current.lines)) ?? new HttpError(409, 'version_conflict', 'the catalogue changed during checkout; try again', { cart: current });
    }
    if (!(e instanceof OutOfStock)) throw e;
    // A concurrent checkout took the stock between the plan and the update: report from a fresh read.
    let short = e.short;
    if (!short.length) {
      const fresh = await readCandidates(db, s.catalogue, [...new Set(before.lines.map((l) => l.productId))]);
      const again = planReservations(before.lines, fresh, { expressFrom });
      // The row planned on was taken, but the lines can still be served from elsewhere (ship-from-store): plan again.
      if (again.ok && attempt < RESERVE_ATTEMPTS) return checkout(s, p, cartId, body, idempotencyKey, channel, opts, attempt + 1);
      short = again.ok ? [] : again.short;
    }
    return refuse(s, before, short, channel);
  }
}

/**
 * The order's payment: a card with the provider's token is authorised at the provider for the
 * order's total (declined: 402, and the whole checkout rolls back); `in_store` is due at the desk.
 * A card without a token is authorised on a sandbox provider's test card (API clients of the demo
 * store) and refused by a real provider: nothing is ever recorded as paid on trust.
 */
async function paymentFor(s: Services, payment: CheckoutRequest['payment'], total: Money, orderId: string, within: Pick<Db, 'execute'>): Promise<Order['payment']> {
  if (payment.method === 'in_store') return { method: 'in_store', status: 'due_at_pickup' };
  const token = payment.token ?? (await s.payments.sandboxToken?.({ within }));
  if (!token) throw new HttpError(422, 'invalid', 'a card payment needs the token of the provider\'s card page', { field: 'payment.token' });
  const p = await s.payments.authorise({ token, amount: total, reference: orderId }, { within });
  if (p.status !== 'authorised') {
    throw new HttpError(402, 'payment_failed', `the card was declined: ${p.declineReason ?? 'declined'}`, { reason: p.declineReason ?? 'card_declined', brand: p.brand, last4: p.last4 });
  }
  return { method: 'card', status: 'authorised', reference: p.id, brand: p.brand, last4: p.last4 };
}

async function refuse(s: Services, cart: Cart, short: ShortLine[], channel: Channel): Promise<never> {
  await recordEvent(s.database.db, { customerId: cart.customerId, channel, type: 'checkout.refused', data: { cartId: cart.id, reason: 'insufficient_stock', lines: short } });
  throw new HttpError(409, 'insufficient_stock', 'some lines cannot be reserved; nothing was reserved', { lines: short });
}
