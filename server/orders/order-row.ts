import type { orders } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import type { Channel } from '../../shared/channel';

type OrderRow = typeof orders.$inferSelect;

export function orderFromRow(r: OrderRow): Order {
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
    ...(r.pickupCode ? { pickupCode: r.pickupCode } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.shippingAddress ? { shippingAddress: r.shippingAddress } : {}),
    ...(r.delivery ? { delivery: r.delivery } : {}),
    ...(r.pickupBy ? { pickupBy: new Date(r.pickupBy).toISOString() } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
