import { randomInt, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Locale } from '../../shared/i18n-text';
import type { Cart } from '../../shared/cart/cart';
import type { Order, OrderLine } from '../../shared/orders/order';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import type { Reservation } from '../../shared/stock/plan-reservations';
import { carts, orders, orderPickups } from '../db/schema/commerce';
import { groupPickupParts } from '../../shared/orders/pickup-part';
import { formatOrderNumber } from '../../shared/orders/order-number';
import { quoteDelivery } from '../../shared/delivery/quote-delivery';
import { queryRows } from '../db/query-rows';
import { recordEvent } from '../timeline/record-event';
import { cartFromRow } from '../carts/cart-row';
import { HttpError } from '../http/http-error';
import { checkoutPayment } from './checkout-payment';
import { recordOrderReservations } from './checkout-reserve-stock';
import type { CheckoutTx } from './checkout-tx';

export interface PlaceOrder {
  /** The locked cart, repriced at this moment. */
  cart: Cart;
  /** The version the cart row was locked at. */
  lockedVersion: number;
  reservations: readonly Reservation[];
  body: CheckoutRequest;
  channel: Channel;
  by: Principal;
  language?: Locale;
}

/**
 * Writes the order of a reserved cart: its number, delivery quote, payment, pickup parts with
 * their codes, the closed cart and the timeline event. Returns the order and the closed cart.
 */
export async function placeOrder(tx: CheckoutTx, s: Services, o: PlaceOrder): Promise<{ order: Order; closedCart: Cart }> {
  const { cart, body, channel } = o;
  const now = s.now();
  const source = new Map(o.reservations.flatMap((r) => r.lineIds.map((id) => [id, r.locationId] as const)));
  const lines: OrderLine[] = cart.lines.map((l) => ({ ...l, sourceLocationId: source.get(l.id)! }));
  // One part per store with lines to collect, each with its own code (shared/orders/pickup-part.ts).
  const pickups = groupPickupParts(lines, () => String(randomInt(100000, 1000000)), now.toISOString());
  const orderId = `ord_${randomUUID()}`;
  // Taken from the sequence here (not by the column's default) so the answer carries it; a
  // rolled-back checkout leaves a gap, which order numbers may have.
  const [seq] = await queryRows<{ n: string }>(tx, sql`select nextval('order_number_seq')::text as n`);
  // The same rules and function as the cart page's quote: the fee shown is the fee charged.
  const quote = quoteDelivery({
    now, lines: cart.lines, cartTotals: cart.totals, locations: s.catalogue.locations,
    address: body.shippingAddress, sourceOf: (id) => source.get(id), storeHas: () => true,
  });
  const order: Order = {
    id: orderId,
    number: formatOrderNumber(seq!.n),
    cartId: cart.id,
    customerId: cart.customerId,
    status: 'placed',
    lines,
    totals: quote.totals,
    payment: await checkoutPayment(s, body.payment, quote.totals.total, orderId, tx),
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
    .set({ status: 'checked_out', version: o.lockedVersion + 1, channel, updatedAt: now.toISOString() })
    .where(and(eq(carts.id, cart.id), eq(carts.version, o.lockedVersion)))
    .returning();
  if (!closed) throw new HttpError(409, 'version_conflict', 'the cart changed during checkout', { cart });
  await tx.insert(orders).values({
    ...order,
    pickupStoreId: pickups[0]?.storeId ?? null,
    pickupCode: order.pickupCode ?? null,
    language: o.language ?? null,
  });
  if (pickups.length) {
    await tx.insert(orderPickups).values(pickups.map((pt) => ({ orderId, storeId: pt.storeId, code: pt.code!, status: pt.status, lineIds: pt.lineIds, updatedAt: pt.updatedAt })));
  }
  await recordOrderReservations(tx, orderId, o.reservations);
  await recordEvent(tx, {
    customerId: cart.customerId,
    channel,
    type: 'order.placed',
    data: { orderId, number: order.number, cartId: cart.id, total: order.totals.total, lines: lines.length, payment: order.payment.method, by: { userId: o.by.userId, role: o.by.role } },
  });
  return { order, closedCart: cartFromRow(closed) };
}
