import type { orders } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import type { PickupPart } from '../../shared/orders/pickup-part';
import type { Channel } from '../../shared/channel';

type OrderRow = typeof orders.$inferSelect;

/**
 * The order as answered, with its pickup parts in the order of its lines. `pickupCode` stays the
 * code of an order collected at one store; an order collected at several has one per part only.
 */
export function orderFromRow(r: OrderRow, parts: readonly PickupPart[] = []): Order {
  const first = new Map(r.lines.map((l, i) => [l.id, i]));
  const currency = r.totals.total.currency;
  const pickups = [...parts].map((p) => inCurrency(p, currency)).sort((a, b) => (first.get(a.lineIds[0] ?? '') ?? 0) - (first.get(b.lineIds[0] ?? '') ?? 0));
  const pickupCode = pickups.length === 1 ? pickups[0]!.code : pickups.length ? undefined : r.pickupCode;
  return {
    id: r.id,
    number: r.number,
    cartId: r.cartId,
    customerId: r.customerId,
    status: r.status,
    lines: r.lines,
    totals: r.totals,
    payment: r.payment,
    channel: r.channel as Channel,
    ...(pickupCode ? { pickupCode } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.shippingAddress ? { shippingAddress: r.shippingAddress } : {}),
    ...(r.delivery ? { delivery: r.delivery } : {}),
    ...(r.pickupBy ? { pickupBy: new Date(r.pickupBy).toISOString() } : {}),
    ...(pickups.length ? { pickups } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** A part's amounts in the order's currency (its row keeps minor units only). */
function inCurrency(p: PickupPart, currency: string): PickupPart {
  return {
    ...p,
    ...(p.paid ? { paid: { ...p.paid, amount: { ...p.paid.amount, currency } } } : {}),
    ...(p.refunded ? { refunded: { ...p.refunded, currency } } : {}),
  };
}
