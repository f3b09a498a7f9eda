import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Money } from '../../shared/money';
import type { Order } from '../../shared/orders/order';
import type { TillPayment } from '../../shared/pos/till-api';
import { paidByParts } from '../../shared/orders/part-payments';
import type { TillCharge } from './charge-at-till';
import { orderPickups, orders } from '../db/schema/commerce';
import { tillPayments } from '../db/schema/stores';
import { HttpError } from '../http/http-error';
import { recordAudit } from '../audit/record-audit';
import { recordEvent } from '../timeline/record-event';
import { onlyRow } from '../db/only-row';
import { partFromRow } from '../orders/pickup-part-row';
import { paymentFromRow } from './till-payments';
import { newLocalPaymentId, tillPaidStatus } from './till-payment-id';

/**
 * Writes down a part of an order paid at its pickup desk: the part remembers its till payment,
 * the till keeps the charge with this part's amount, the customer's timeline says what was paid
 * where. Once every part still to collect is paid, the order itself reads paid. A part two desks
 * charged at once is recorded once; the other charge is given back at once.
 *
 * @example await recordPartPayment(s, clerk, order, 'store-lyon', money(5800), decision)
 */
export async function recordPartPayment(
  s: Services, p: Principal, order: Order, storeId: string, amount: Money, decision: Extract<TillCharge, { approved: true }>,
): Promise<TillPayment> {
  const id = decision.providerPaymentId ?? newLocalPaymentId();
  try {
    return await s.database.db.transaction(async (tx) => {
      // The order row is locked first, so two desks paying the last two parts at once see each other's.
      await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, order.id)).for('update');
      const marked = await tx.update(orderPickups)
        .set({ paymentId: id, paidAmount: amount.amount })
        .where(and(eq(orderPickups.orderId, order.id), eq(orderPickups.storeId, storeId), isNull(orderPickups.paymentId)))
        .returning();
      if (!marked.length) throw new HttpError(409, 'conflict', 'this part was paid meanwhile; hand it over again');
      const r = onlyRow(await tx.insert(tillPayments).values({
        id, storeId, clerkId: p.userId, cartId: order.cartId, customerId: order.customerId, orderId: order.id,
        amount: amount.amount, currency: amount.currency, cardLast4: decision.last4, status: 'approved',
      }).returning(), 'insert till payment');
      await recordAudit(tx, p, { action: 'payment.taken', targetType: 'order', targetId: order.id, customerId: order.customerId, data: { paymentId: id, amount, last4: decision.last4, storeId, at: 'pickup_desk' } });
      await recordEvent(tx, { customerId: order.customerId, channel: 'store', type: 'payment.taken', data: { orderId: order.id, number: order.number, paymentId: id, amount, storeId, last4: decision.last4, at: 'pickup_desk' } });
      const parts = (await tx.select().from(orderPickups).where(eq(orderPickups.orderId, order.id))).map(partFromRow);
      if (paidByParts(parts)) {
        // Guarded on the payment still being due, like every other change of it.
        await tx.update(orders)
          .set({ payment: { method: order.payment.method, status: tillPaidStatus(id), reference: id, ...(decision.brand ? { brand: decision.brand } : {}), last4: decision.last4 } })
          .where(and(eq(orders.id, order.id), sql`${orders.payment}->>'status' = 'due_at_pickup'`));
      }
      return paymentFromRow(r);
    });
  } catch (e) {
    // Nothing was recorded: the money taken for it goes back to the card.
    // A refund that fails here is logged for the back office to give back by hand; the desk's answer stays the conflict.
    if (decision.providerPaymentId) {
      const paymentId = decision.providerPaymentId;
      await s.payments.refund(paymentId).catch((err) => s.log.error({ err, paymentId, orderId: order.id, amount }, 'a charge for a part paid twice was not given back'));
    }
    throw e;
  }
}
