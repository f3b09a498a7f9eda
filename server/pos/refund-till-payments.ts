import { and, eq, sql } from 'drizzle-orm';
import type { Channel } from '../../shared/channel';
import type { CheckoutTx } from '../orders/checkout';
import { tillPayments } from '../db/schema/stores';
import { recordEvent } from '../timeline/record-event';

/**
 * Writes down that the provider gave an order's till charges back (the order, or one store's
 * part of it, was cancelled), so the till, the order's timeline and the customer's data export
 * say refunded instead of approved. `storeId` limits it to the charges that store's desk took.
 */
export async function refundTillPayments(
  tx: CheckoutTx, order: { id: string; customerId: string }, at: string, channel: Channel, storeId?: string,
): Promise<void> {
  const rows = await tx.update(tillPayments)
    .set({ status: 'refunded', refundedAmount: sql`${tillPayments.amount}`, refundedAt: at })
    .where(and(eq(tillPayments.orderId, order.id), eq(tillPayments.status, 'approved'), ...(storeId ? [eq(tillPayments.storeId, storeId)] : [])))
    .returning();
  for (const r of rows) {
    await recordEvent(tx, {
      customerId: order.customerId, channel, type: 'payment.refunded',
      data: { orderId: order.id, paymentId: r.id, amount: { amount: r.amount, currency: r.currency }, storeId: r.storeId, last4: r.cardLast4 },
    });
  }
}
