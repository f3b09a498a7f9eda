import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Order } from '../../shared/orders/order';
import type { HandOverRequest, TillPayment } from '../../shared/pos/till-api';
import { chargeAtTill } from './charge-at-till';
import { orders } from '../db/schema/commerce';
import { tillPayments } from '../db/schema/stores';
import { findOrder } from '../orders/order-repository';
import { changeOrderStatus } from '../orders/change-order-status';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { declinedPayment, paymentFromRow } from './till-payments';
import { recordAudit } from '../audit/record-audit';
import { onlyRow } from '../db/only-row';

/**
 * The pickup desk hands its store's ready part of an order over: the customer's code is checked first; an order still to
 * be paid is charged on the terminal (once: a paid order is never charged again), then the order
 * becomes `picked_up` and its reserved units leave the shelf.
 *
 * @example await handOverPickup(s, clerk, orderId, { pickupCode: '482913' })
 */
export async function handOverPickup(s: Services, p: Principal, orderId: string, body: HandOverRequest): Promise<{ order: Order; payment?: TillPayment }> {
  if (p.role !== 'clerk' || !p.storeId) throw forbidden('only a store clerk hands orders over');
  const order = await findOrder(s.database.db, orderId);
  if (!order) throw notFound('order');
  // Only this store's part: its own lines, its own code (another store's code opens nothing here).
  const part = order.pickups?.find((pt) => pt.storeId === p.storeId);
  if (!part) throw forbidden('this order is handed over at another store');
  if (part.status !== 'ready_for_pickup') throw new HttpError(409, 'illegal_transition', `a pickup that is ${part.status} cannot be handed over`, { status: part.status });
  if (body.pickupCode !== part.code) throw new HttpError(422, 'invalid', 'the pickup code does not match this order', { reason: 'wrong_pickup_code' });
  let payment: TillPayment | undefined;
  // An order paid at pickup is paid whole at the first desk that hands a part over; the other desks then find it paid.
  if (order.payment.status === 'due_at_pickup') {
    if (!body.token) throw new HttpError(402, 'payment_failed', 'this order is paid at pickup: present a card', { reason: 'payment_required', amount: order.totals.total });
    const decision = await chargeAtTill(s, { token: body.token }, order.totals.total, order.id);
    if (!decision.approved) {
      payment = await declinedPayment(s, p, p.storeId, order.cartId, order.customerId, decision, order.totals.total, order.id);
      throw new HttpError(402, 'payment_failed', `the terminal declined the card: ${decision.reason}`, { reason: decision.reason, payment });
    }
    const id = decision.providerPaymentId ?? `pay_${randomUUID()}`;
    payment = await s.database.db.transaction(async (tx) => {
      // Guarded on the payment still being due, so two desks charging at once charge once.
      const paid = await tx.update(orders)
        .set({ payment: { method: order.payment.method, status: decision.providerPaymentId ? 'captured' : 'paid', reference: id, ...(decision.brand ? { brand: decision.brand } : {}), last4: decision.last4 } })
        .where(and(eq(orders.id, order.id), sql`${orders.payment}->>'status' = 'due_at_pickup'`))
        .returning({ id: orders.id });
      if (!paid.length) throw new HttpError(409, 'conflict', 'this order was paid meanwhile; hand it over again');
      const r = onlyRow(await tx.insert(tillPayments).values({
        id, storeId: p.storeId!, clerkId: p.userId, cartId: order.cartId, customerId: order.customerId, orderId: order.id,
        amount: order.totals.total.amount, currency: order.totals.total.currency, cardLast4: decision.last4, status: 'approved',
      }).returning(), 'insert till payment');
      await recordAudit(tx, p, { action: 'payment.taken', targetType: 'order', targetId: order.id, customerId: order.customerId, data: { paymentId: id, amount: order.totals.total, last4: decision.last4, storeId: p.storeId, at: 'pickup_desk' } });
      return paymentFromRow(r);
    });
  }
  const done = await changeOrderStatus(s, p, order.id, 'picked_up', body.pickupCode, 'store', p.storeId);
  return { order: done, ...(payment ? { payment } : {}) };
}
