import { and, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Channel } from '../../shared/channel';
import type { Role } from '../../shared/auth/role';
import type { Order, OrderStatus } from '../../shared/orders/order';
import { orderStatusFromParts, type PickupPart } from '../../shared/orders/pickup-part';
import type { PartCancelReason } from '../../shared/orders/part-cancellation';
import { orderPickups, orders } from '../db/schema/commerce';
import { HttpError } from '../http/http-error';
import { recordEvent } from '../timeline/record-event';
import type { CheckoutTx } from './checkout';
import { earliestPickupBy, moveParts, settleOrderPayment, settleStock } from './change-order-status';

export interface PartRelease {
  reason: PartCancelReason;
  channel: Channel;
  /** The staff member who cancelled it at the desk; absent when its hold ran out. */
  by?: { userId: string; role: Role; storeId?: string | null };
}

/**
 * Inside a transaction: cancels one store's part still waiting at its desk. Its units go back on
 * sale at that store, what was paid for it is given back (refund-cancelled-parts.ts), the other
 * parts are left as they are, and the order is cancelled only once every part is. The order row
 * is locked and must still read as `order` did: a desk racing another change gets a 409.
 *
 * @example const { next } = await releasePickupPart(s, tx, order, lyonPart, now, { reason: 'no_show', channel: 'store', by })
 */
export async function releasePickupPart(
  s: Services, tx: CheckoutTx, order: Order, part: PickupPart, now: string, release: PartRelease,
): Promise<{ next: OrderStatus; payment: Order['payment'] }> {
  const [locked] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for('update');
  if (locked?.status !== order.status) throw new HttpError(409, 'illegal_transition', 'the order changed meanwhile; reload it');
  const moved = await moveParts(tx, order, [part], 'cancelled', now, now);
  await tx.update(orderPickups).set({ cancelReason: release.reason })
    .where(and(eq(orderPickups.orderId, order.id), eq(orderPickups.storeId, part.storeId)));
  const parts = order.pickups!.map((pt) => moved.find((m) => m.storeId === pt.storeId) ?? pt);
  const next = orderStatusFromParts(parts, order.status);
  await tx.update(orders).set({ status: next, updatedAt: now, pickupBy: earliestPickupBy(parts) ?? null }).where(eq(orders.id, order.id));
  if (next !== order.status) await settleStock(tx, order.id, next);
  const payment = await settleOrderPayment(s, tx, order, parts, moved, next, now, release.channel);
  if (payment !== order.payment) await tx.update(orders).set({ payment }).where(eq(orders.id, order.id));
  const told = { reason: release.reason, ...(release.by ? { by: release.by } : {}) };
  if (order.pickups!.length > 1) {
    await recordEvent(tx, { customerId: order.customerId, channel: release.channel, type: 'order.pickup_changed', data: { orderId: order.id, number: order.number, storeId: part.storeId, from: part.status, to: 'cancelled', ...told } });
  }
  if (next !== order.status) {
    await recordEvent(tx, { customerId: order.customerId, channel: release.channel, type: 'order.status_changed', data: { orderId: order.id, from: order.status, to: next, ...told } });
  }
  return { next, payment };
}
