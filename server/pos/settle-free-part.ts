import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Money } from '../../shared/money';
import type { Order } from '../../shared/orders/order';
import { paidByParts, settlingPartPayment } from '../../shared/orders/part-payments';
import { orderPickups, orders } from '../db/schema/commerce';
import { HttpError } from '../http/http-error';
import { recordAudit } from '../audit/record-audit';
import { partFromRow } from '../orders/pickup-part-row';
import { newLocalPaymentId, tillPaidStatus } from './till-payment-id';

/**
 * Writes down a part of an order paid at pickup that is worth nothing at its desk (its lines were
 * free, see shared/orders/desk-charge.ts) as settled with 0, without the terminal, which refuses
 * to charge nothing. No till charge is kept (no card, no money), so there is no receipt and nothing
 * to refund. Once every part still to collect is settled, the order reads paid.
 *
 * @example await settleFreePart(s, clerk, order, 'store-lyon', money(0))
 */
export async function settleFreePart(s: Services, p: Principal, order: Order, storeId: string, amount: Money): Promise<void> {
  const id = newLocalPaymentId();
  await s.database.db.transaction(async (tx) => {
    // The order row is locked first, as when a desk charges a part: two desks settling the last parts see each other's.
    await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, order.id)).for('update');
    const marked = await tx.update(orderPickups)
      .set({ paymentId: id, paidAmount: amount.amount })
      .where(and(eq(orderPickups.orderId, order.id), eq(orderPickups.storeId, storeId), isNull(orderPickups.paymentId)))
      .returning();
    if (!marked.length) throw new HttpError(409, 'conflict', 'this part was settled meanwhile; hand it over again');
    await recordAudit(tx, p, { action: 'payment.nothing_due', targetType: 'order', targetId: order.id, customerId: order.customerId, data: { paymentId: id, amount, storeId, at: 'pickup_desk' } });
    const parts = (await tx.select().from(orderPickups).where(eq(orderPickups.orderId, order.id))).map(partFromRow);
    const by = paidByParts(parts) ? settlingPartPayment(parts) : undefined;
    if (by) {
      await tx.update(orders)
        .set({ payment: { method: order.payment.method, status: tillPaidStatus(by.paymentId), reference: by.paymentId } })
        .where(and(eq(orders.id, order.id), sql`${orders.payment}->>'status' = 'due_at_pickup'`));
    }
  });
}
