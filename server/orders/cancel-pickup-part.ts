import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Order } from '../../shared/orders/order';
import { mayCancelPart, type CancelPickupPartRequest } from '../../shared/orders/part-cancellation';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { recordAudit } from '../audit/record-audit';
import { announceOrder } from '../stores/announce-order';
import { findOrder } from './order-repository';
import { orderAsSeenBy, orderRelation } from './order-relation';
import { releasePickupPart } from './release-pickup-part';

/**
 * A store's desk cancels its own part of an order that was not handed over (the customer never
 * came, or changed their mind at the desk): its units go back on that store's shelf, what was paid
 * for it is refunded, the order's other parts wait as before, and the audit log keeps who did it
 * and why. Another store's staff and advisors are refused (403), a part already handed over too (409).
 *
 * @example await cancelPickupPart(s, lyonClerk, order.id, { reason: 'no_show' })
 */
export async function cancelPickupPart(s: Services, p: Principal, orderId: string, body: CancelPickupPartRequest): Promise<Order> {
  const { db } = s.database;
  const order = await findOrder(db, orderId);
  if (!order) throw notFound('order');
  const part = order.pickups?.find((pt) => pt.storeId === p.storeId);
  const allowed = mayCancelPart(p, part);
  if (!allowed.ok) {
    if (allowed.error === 'forbidden') throw forbidden(allowed.message);
    throw new HttpError(409, 'illegal_transition', allowed.message, { status: part?.status });
  }
  const now = s.now().toISOString();
  const by = { userId: p.userId, role: p.role, storeId: p.storeId };
  await db.transaction(async (tx) => {
    const { next } = await releasePickupPart(s, tx, order, part!, now, { reason: body.reason, channel: 'store', by });
    await recordAudit(tx, p, {
      action: 'order.pickup_cancelled', targetType: 'order', targetId: order.id, customerId: order.customerId,
      before: { status: order.status, part: part!.status }, after: { status: next, part: 'cancelled' },
      data: { storeId: part!.storeId, reason: body.reason, ...(body.note ? { note: body.note } : {}) },
    });
  });
  const updated = (await findOrder(db, orderId))!;
  announceOrder(s, updated);
  const seen = orderAsSeenBy(p, await orderRelation(db, p, updated, s.now()), updated);
  if (!seen) throw notFound('order');
  const { pickupStoreId: _, ...plain } = seen;
  return plain;
}
