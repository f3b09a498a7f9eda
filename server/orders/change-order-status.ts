import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Order, OrderStatus } from '../../shared/orders/order';
import { canTransition } from '../../shared/orders/order-status';
import { orders, orderReservations } from '../db/schema/commerce';
import { queryRows } from '../db/query-rows';
import { recordEvent } from '../timeline/record-event';
import { HttpError, notFound, forbidden } from '../http/http-error';
import { PaymentProviderError } from '../payments/payment-provider';
import { findOrder } from './order-repository';
import { orderAsSeenBy, orderRelation } from './order-relation';
import { mayChangeStatus } from '../../shared/orders/order-permissions';
import { orderFromRow } from './order-row';
import type { Db } from '../db/database';
import { announceOrder } from '../stores/announce-order';
import { auditStaffAccess } from '../audit/audit-staff-access';
import { sendReadyForPickup } from './send-ready-for-pickup';

/** How long a ready pickup waits at the desk before it is released back to stock. */
export const PICKUP_HOLD_DAYS = 3;

/** What a status change does to the order's reserved stock. */
async function settleStock(tx: Pick<Db, 'select' | 'execute'>, orderId: string, to: OrderStatus): Promise<void> {
  if (to !== 'picked_up' && to !== 'shipped' && to !== 'cancelled') return;
  const held = await tx.select().from(orderReservations).where(eq(orderReservations.orderId, orderId));
  for (const h of held) {
    // Handed over or shipped: the units leave the building. Cancelled: they go back on sale.
    const taken = to === 'cancelled' ? 0 : h.qty;
    const rows = await queryRows(tx, sql`
      update stock set reserved = reserved - ${h.qty}, on_hand = on_hand - ${taken}, updated_at = now()
      where product_id = ${h.productId} and location_id = ${h.locationId} and reserved >= ${h.qty} and on_hand >= ${taken}
      returning product_id`);
    if (!rows.length) throw new Error(`stock row ${h.productId}@${h.locationId} does not hold order ${orderId}'s reservation`);
  }
}

/**
 * What a status change does to a card payment held at the provider: captured when the goods leave
 * (handed over, shipped), released or refunded when the order is cancelled. Runs inside the status
 * change's transaction: a provider refusal rolls the change back.
 */
async function settlePayment(s: Services, payment: Order['payment'], to: OrderStatus): Promise<Order['payment']> {
  if (!payment.reference || (payment.status !== 'authorised' && payment.status !== 'captured')) return payment;
  try {
    if (to === 'picked_up' || to === 'shipped') return { ...payment, status: (await s.payments.capture(payment.reference)).status };
    if (to === 'cancelled') return { ...payment, status: (await s.payments.refund(payment.reference)).status };
  } catch (e) {
    // The provider refused (it does not know the payment, or its state forbids it): the order stays as it was.
    if (e instanceof PaymentProviderError) throw new HttpError(409, 'payment_failed', `the payment provider refused: ${e.message}`, { status: payment.status });
    throw e;
  }
  return payment;
}

/**
 * Moves an order along its life (ready at the desk, handed over, shipped, cancelled), settling its
 * reserved stock in the same transaction. The status guard in the UPDATE makes a double click or
 * two tills acting at once apply the change once.
 */
export async function changeOrderStatus(
  s: Services,
  p: Principal,
  orderId: string,
  to: OrderStatus,
  pickupCode: string | undefined,
  channel: Channel,
  /** The public origin for links in the mails the change sends (the request's, when there is one). */
  origin?: string,
): Promise<Order> {
  const { db } = s.database;
  const order = await findOrder(db, orderId);
  if (!order) throw notFound('order');
  const rel = await orderRelation(db, p, order, s.now());
  // Someone else's order answers like a missing one: ids are not confirmed to strangers.
  if (!orderAsSeenBy(p, rel, order)) throw notFound('order');
  const check = canTransition(order, to);
  if (!check.ok) throw new HttpError(409, 'illegal_transition', check.message, { status: order.status });
  const allowed = mayChangeStatus(p.role, rel, order, to);
  if (!allowed.ok) {
    if (allowed.error === 'payment_due') throw new HttpError(409, 'payment_due', allowed.message, { status: order.status, payment: order.payment.status });
    throw forbidden(allowed.message);
  }
  if (to === 'picked_up' && p.role !== 'admin' && pickupCode !== order.pickupCode) {
    throw new HttpError(422, 'invalid', 'the pickup code does not match this order');
  }
  const now = s.now();
  const updated = await db.transaction(async (tx) => {
    const rows = await tx
      .update(orders)
      .set({
        status: to,
        updatedAt: now.toISOString(),
        ...(to === 'ready_for_pickup' ? { pickupBy: new Date(now.getTime() + PICKUP_HOLD_DAYS * 86_400_000).toISOString() } : {}),
      })
      .where(and(eq(orders.id, orderId), eq(orders.status, order.status)))
      .returning();
    if (!rows.length) throw new HttpError(409, 'illegal_transition', 'the order changed meanwhile; reload it');
    await settleStock(tx, orderId, to);
    const payment = await settlePayment(s, order.payment, to);
    if (payment !== order.payment) rows[0] = (await tx.update(orders).set({ payment }).where(eq(orders.id, orderId)).returning())[0];
    await recordEvent(tx, {
      customerId: order.customerId,
      channel,
      type: 'order.status_changed',
      data: { orderId, from: order.status, to, by: { userId: p.userId, role: p.role, storeId: p.storeId } },
    });
    await auditStaffAccess(tx, p, { action: 'order.status_changed', targetType: 'order', targetId: orderId, customerId: order.customerId, before: { status: order.status }, after: { status: to } });
    return orderFromRow(rows[0]);
  });
  announceOrder(s, { ...updated, pickupStoreId: order.pickupStoreId });
  if (to === 'ready_for_pickup' && order.pickupStoreId && updated.pickupCode) {
    const storeId = order.pickupStoreId;
    const lines = updated.lines.filter((l) => l.fulfilment.type === 'pickup' && l.fulfilment.locationId === storeId && !l.handedOverAt);
    await sendReadyForPickup(s, { order: updated, storeId, code: updated.pickupCode, lines }, origin);
  }
  return updated;
}

/**
 * Releases pickups nobody collected in time back to stock. Run periodically; each order is
 * cancelled by the same guarded update as a clerk would use, so a run racing a hand-over is safe.
 */
export async function releaseExpiredPickups(s: Services): Promise<string[]> {
  const { db } = s.database;
  const now = s.now().toISOString();
  const expired = await db.select().from(orders).where(and(eq(orders.status, 'ready_for_pickup'), sql`${orders.pickupBy} < ${now}`)).limit(100);
  const released: string[] = [];
  for (const o of expired) {
    await db.transaction(async (tx) => {
      const rows = await tx.update(orders).set({ status: 'cancelled', updatedAt: now })
        .where(and(eq(orders.id, o.id), eq(orders.status, 'ready_for_pickup'))).returning({ id: orders.id });
      if (!rows.length) return;
      await settleStock(tx, o.id, 'cancelled');
      await recordEvent(tx, { customerId: o.customerId, channel: 'store', type: 'order.status_changed', data: { orderId: o.id, from: 'ready_for_pickup', to: 'cancelled', reason: 'not_collected' } });
      released.push(o.id);
    });
    if (released.includes(o.id)) announceOrder(s, o);
  }
  return released;
}
