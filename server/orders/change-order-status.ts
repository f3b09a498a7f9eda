import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Order, OrderStatus } from '../../shared/orders/order';
import { canTransition } from '../../shared/orders/order-status';
import { orders, orderPickups, orderReservations } from '../db/schema/commerce';
import { canMovePart, orderStatusFromParts, partUnits, type PickupPart } from '../../shared/orders/pickup-part';
import { partFromRow } from './pickup-part-row';
import type { CheckoutTx } from './checkout';
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
import { onlyRow } from '../db/only-row';
import { sendReadyForPickup } from './send-ready-for-pickup';
import { refundTillPayments } from '../pos/refund-till-payments';
import { notePartRefund, refundCancelledParts } from './refund-cancelled-parts';
import { paidByParts, settlingPartPayment } from '../../shared/orders/part-payments';
import { tillPaidStatus } from '../pos/till-payment-id';

/** How long a ready pickup waits at the desk before it is released back to stock. */
export const PICKUP_HOLD_DAYS = 3;

/** What a status change does to the order's reserved stock. */
export async function settleStock(tx: Pick<Db, 'select' | 'execute'>, orderId: string, to: OrderStatus): Promise<void> {
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
async function settlePayment(s: Services, payment: Order['payment'], to: OrderStatus, within: Pick<Db, 'execute'>): Promise<Order['payment']> {
  if (!payment.reference || (payment.status !== 'authorised' && payment.status !== 'captured')) return payment;
  try {
    if (to === 'picked_up' || to === 'shipped') return { ...payment, status: (await s.payments.capture(payment.reference, { within })).status };
    if (to === 'cancelled') return { ...payment, status: (await s.payments.refund(payment.reference, { within })).status };
  } catch (e) {
    // The provider refused (it does not know the payment, or its state forbids it): the order stays as it was.
    if (e instanceof PaymentProviderError) throw new HttpError(409, 'payment_failed', `the payment provider refused: ${e.message}`, { status: payment.status });
    throw e;
  }
  return payment;
}

/** Which pickup parts a status change moves: the caller's desk's part, the named store's, or every part that can make the move. */
function partsToMove(order: Order, p: Principal, to: OrderStatus, storeId: string | undefined): PickupPart[] {
  const parts = order.pickups ?? [];
  const desk = storeId ?? ((p.role === 'clerk' || p.role === 'manager') && parts.some((pt) => pt.storeId === p.storeId) ? p.storeId : undefined);
  if (desk) {
    const part = parts.find((pt) => pt.storeId === desk);
    if (!part) throw new HttpError(409, 'illegal_transition', 'this order has nothing to collect at that store', { status: order.status });
    return [part];
  }
  return parts.filter((pt) => canMovePart(pt, to));
}

/**
 * Moves an order along its life (ready at the desk, handed over, shipped, cancelled), settling its
 * reserved stock in the same transaction. An order collected at stores moves part by part: a desk
 * moves its own store's part (`storeId`, else the clerk's store), the units of that part settle
 * at that store, and the order's status follows its parts. The status guards in the UPDATEs make
 * a double click or two tills acting at once apply the change once.
 */
export async function changeOrderStatus(
  s: Services,
  p: Principal,
  orderId: string,
  to: OrderStatus,
  pickupCode: string | undefined,
  channel: Channel,
  storeId?: string,
  /** The public origin for links in the mails the change sends (the request's, when there is one). */
  origin?: string,
): Promise<Order> {
  const { db } = s.database;
  const order = await findOrder(db, orderId);
  if (!order) throw notFound('order');
  const rel = await orderRelation(db, p, order, s.now());
  // Someone else's order answers like a missing one: ids are not confirmed to strangers.
  if (!orderAsSeenBy(p, rel, order)) throw notFound('order');
  const targets = order.pickups?.length ? partsToMove(order, p, to, storeId) : [];
  const single = targets.length === 1 && (order.pickups!.length > 1 || storeId !== undefined || p.role === 'clerk' || p.role === 'manager') ? targets[0] : undefined;
  if (single) {
    if (!canMovePart(single, to)) throw new HttpError(409, 'illegal_transition', `a pickup that is ${single.status} cannot become ${to}`, { status: single.status });
  } else {
    const check = canTransition(order, to);
    if (!check.ok) throw new HttpError(409, 'illegal_transition', check.message, { status: order.status });
  }
  // A part of an order paid at pickup that its desk has charged is paid, whatever the other parts owe.
  const allowed = mayChangeStatus(p.role, rel, { status: single?.status ?? order.status, payment: single?.paid ? { status: 'paid' } : order.payment }, to);
  if (!allowed.ok) {
    if (allowed.error === 'payment_due') throw new HttpError(409, 'payment_due', allowed.message, { status: order.status, payment: order.payment.status });
    throw forbidden(allowed.message);
  }
  const code = single?.code ?? order.pickupCode;
  if (to === 'picked_up' && p.role !== 'admin' && pickupCode !== code) {
    throw new HttpError(422, 'invalid', 'the pickup code does not match this order');
  }
  const moving = single ? [single] : targets.filter((pt) => canMovePart(pt, to));
  const now = s.now().toISOString();
  const pickupBy = new Date(s.now().getTime() + PICKUP_HOLD_DAYS * 86_400_000).toISOString();
  const updated = await db.transaction(async (tx) => {
    const moved = await moveParts(tx, order, moving, to, now, pickupBy);
    const parts = (order.pickups ?? []).map((pt) => moved.find((m) => m.storeId === pt.storeId) ?? pt);
    const next = order.pickups?.length ? orderStatusFromParts(parts, order.status) : to;
    const [changed] = await tx
      .update(orders)
      .set({ status: next, updatedAt: now, pickupBy: earliestPickupBy(parts) ?? (to === 'ready_for_pickup' ? pickupBy : order.pickupBy ?? null) })
      .where(and(eq(orders.id, orderId), eq(orders.status, order.status)))
      .returning();
    if (!changed) throw new HttpError(409, 'illegal_transition', 'the order changed meanwhile; reload it');
    // What no part holds (shipped lines, an order without parts) settles when the order itself ends.
    if (next !== order.status) await settleStock(tx, orderId, next);
    const payment = await settleOrderPayment(s, tx, order, parts, moved, next, now, channel);
    const row = payment === order.payment ? changed : onlyRow(await tx.update(orders).set({ payment }).where(eq(orders.id, orderId)).returning(), 'update order payment');
    const by = { userId: p.userId, role: p.role, storeId: p.storeId };
    // Several stores: each desk's move is told with its store; one store reads as before.
    if ((order.pickups?.length ?? 0) > 1) {
      for (const m of moved) {
        const from = order.pickups!.find((pt) => pt.storeId === m.storeId)!.status;
        await recordEvent(tx, { customerId: order.customerId, channel, type: 'order.pickup_changed', data: { orderId, number: order.number, storeId: m.storeId, from, to: m.status, by } });
      }
    }
    if (next !== order.status) {
      await recordEvent(tx, { customerId: order.customerId, channel, type: 'order.status_changed', data: { orderId, from: order.status, to: next, by } });
    }
    await auditStaffAccess(tx, p, { action: 'order.status_changed', targetType: 'order', targetId: orderId, customerId: order.customerId, before: { status: order.status }, after: { status: next, ...(single ? { storeId: single.storeId, part: to } : {}) } });
    return orderFromRow(row, parts);
  });
  announceOrder(s, { ...updated, pickupStoreId: order.pickupStoreId });
  if (to === 'ready_for_pickup') {
    // One mail per store whose part has just become ready, with that store's code and lines.
    for (const part of updated.pickups ?? []) {
      const before = order.pickups?.find((pt) => pt.storeId === part.storeId);
      if (part.status !== 'ready_for_pickup' || before?.status === 'ready_for_pickup' || !part.code) continue;
      const lines = updated.lines.filter((l) => part.lineIds.includes(l.id));
      await sendReadyForPickup(s, { order: updated, storeId: part.storeId, code: part.code, lines }, origin);
    }
  }
  return updated;
}

/**
 * What the parts just moved do to the money: parts cancelled while some goods left (another part,
 * lines taken at the till) give back their own share; when nothing left at all, the whole payment
 * goes back; the card is captured when the first goods leave; an order paid at pickup whose unpaid
 * parts were released, the others paid, is paid. Returns the payment as it now stands.
 */
export async function settleOrderPayment(
  s: Services, tx: CheckoutTx, order: Order, parts: readonly PickupPart[], moved: readonly PickupPart[], next: OrderStatus, now: string, channel: Channel,
): Promise<Order['payment']> {
  const goodsLeft = parts.some((pt) => pt.status === 'picked_up') || order.lines.some((l) => l.handedOverAt);
  const cancelledNow = moved.filter((m) => m.status === 'cancelled');
  let payment = cancelledNow.length
    ? await refundCancelledParts(s, tx, order, cancelledNow, now, channel, { wholeOrderShare: goodsLeft || next !== 'cancelled' })
    : order.payment;
  const payTo = moved.some((m) => m.status === 'picked_up') ? 'picked_up' : next;
  const settled = payTo !== order.status && !(payTo === 'cancelled' && goodsLeft) ? await settlePayment(s, payment, payTo, tx) : payment;
  // A charge taken at a till is given back with the order: the till's own record says so too.
  if (settled !== payment && (settled.status === 'refunded' || settled.status === 'voided')) await refundTillPayments(tx, order, now, channel);
  // The last part cancelled took back what was left of a payment taken: that part says so.
  const last = cancelledNow.length === 1 ? cancelledNow[0] : undefined;
  if (last && settled !== payment && settled.status === 'refunded' && payment.status !== 'authorised') {
    const left = order.totals.total.amount - (payment.refunded?.amount ?? 0);
    if (left > 0) await notePartRefund(tx, order.id, last.storeId, left);
  }
  payment = settled;
  if (payment.status === 'due_at_pickup' && paidByParts(parts)) {
    const by = settlingPartPayment(parts)!;
    payment = { method: payment.method, status: tillPaidStatus(by.paymentId), reference: by.paymentId };
  }
  return payment;
}

export function earliestPickupBy(parts: readonly PickupPart[]): string | undefined {
  return parts.filter((pt) => pt.status === 'ready_for_pickup' && pt.pickupBy).map((pt) => pt.pickupBy!).sort()[0];
}

/**
 * Moves pickup parts, each guarded on the status it was read with, and settles their units at
 * their store: handed over, they leave the shelf; released, they go back on sale. The order then
 * holds only what is left.
 */
export async function moveParts(tx: CheckoutTx, order: Order, parts: readonly PickupPart[], to: OrderStatus, at: string, pickupBy: string): Promise<PickupPart[]> {
  const moved: PickupPart[] = [];
  for (const part of parts) {
    if (!canMovePart(part, to)) continue;
    const rows = await tx.update(orderPickups)
      .set({ status: to, updatedAt: at, ...(to === 'ready_for_pickup' ? { pickupBy } : {}) })
      .where(and(eq(orderPickups.orderId, order.id), eq(orderPickups.storeId, part.storeId), eq(orderPickups.status, part.status)))
      .returning();
    if (!rows.length) throw new HttpError(409, 'illegal_transition', 'the pickup changed meanwhile; reload it');
    if (to === 'picked_up' || to === 'cancelled') await settlePart(tx, order, part, to);
    moved.push(partFromRow(rows[0]!));
  }
  return moved;
}

async function settlePart(tx: CheckoutTx, order: Order, part: PickupPart, to: 'picked_up' | 'cancelled'): Promise<void> {
  for (const { productId, qty } of partUnits(part, order.lines)) {
    const taken = to === 'cancelled' ? 0 : qty;
    const rows = await queryRows(tx, sql`
      update stock set reserved = reserved - ${qty}, on_hand = on_hand - ${taken}, updated_at = now()
      where product_id = ${productId} and location_id = ${part.storeId} and reserved >= ${qty} and on_hand >= ${taken}
      returning product_id`);
    if (!rows.length) throw new Error(`stock row ${productId}@${part.storeId} does not hold order ${order.id}'s pickup`);
    const whole = await tx.delete(orderReservations)
      .where(and(eq(orderReservations.orderId, order.id), eq(orderReservations.productId, productId), eq(orderReservations.locationId, part.storeId), eq(orderReservations.qty, qty)))
      .returning({ qty: orderReservations.qty });
    if (!whole.length) {
      const left = await tx.update(orderReservations).set({ qty: sql`${orderReservations.qty} - ${qty}` })
        .where(and(eq(orderReservations.orderId, order.id), eq(orderReservations.productId, productId), eq(orderReservations.locationId, part.storeId), sql`${orderReservations.qty} > ${qty}`))
        .returning({ qty: orderReservations.qty });
      if (!left.length) throw new Error(`order ${order.id} holds fewer than ${qty} of ${productId}@${part.storeId}`);
    }
  }
}
