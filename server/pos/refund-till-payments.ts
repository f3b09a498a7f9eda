import { and, eq } from 'drizzle-orm';
import type { Channel } from '../../shared/channel';
import type { Money } from '../../shared/money';
import type { CheckoutTx } from '../orders/checkout';
import { tillPayments } from '../db/schema/stores';
import { recordEvent } from '../timeline/record-event';

type Row = typeof tillPayments.$inferSelect;

/**
 * Writes down that the provider gave an order's till charges back (the order, or one store's
 * part of it, was cancelled), so the till, the order's timeline and the customer's data export
 * say refunded instead of approved. `storeId` limits it to the charges that store's desk took.
 * What a charge had already given back (one cancelled part's share) is not counted twice: the
 * timeline says what this refund gave.
 */
export async function refundTillPayments(
  tx: CheckoutTx, order: { id: string; customerId: string }, at: string, channel: Channel, storeId?: string,
): Promise<void> {
  const rows = await tx.select().from(tillPayments)
    .where(and(eq(tillPayments.orderId, order.id), eq(tillPayments.status, 'approved'), ...(storeId ? [eq(tillPayments.storeId, storeId)] : [])));
  for (const r of rows) await refundTillPayment(tx, order, r, r.amount - (r.refundedAmount ?? 0), at, channel);
}

/**
 * Gives back `amount` of one till charge (all of what is left of it, or one cancelled pickup
 * part's share): the charge reads refunded once nothing of it is left, else stays approved with
 * what was refunded so far. Returns false when the charge is not (or no longer) approved.
 */
export async function refundTillPaymentById(
  tx: CheckoutTx, order: { id: string; customerId: string }, paymentId: string, amount: Money, at: string, channel: Channel, storeId?: string,
): Promise<boolean> {
  const [row] = await tx.select().from(tillPayments)
    .where(and(eq(tillPayments.id, paymentId), eq(tillPayments.orderId, order.id), eq(tillPayments.status, 'approved'))).for('update');
  if (!row) return false;
  await refundTillPayment(tx, order, row, Math.min(amount.amount, row.amount - (row.refundedAmount ?? 0)), at, channel, storeId);
  return true;
}

async function refundTillPayment(tx: CheckoutTx, order: { id: string; customerId: string }, r: Row, amount: number, at: string, channel: Channel, partStoreId?: string): Promise<void> {
  if (amount <= 0) return;
  const refunded = (r.refundedAmount ?? 0) + amount;
  await tx.update(tillPayments)
    .set({ status: refunded >= r.amount ? 'refunded' : 'approved', refundedAmount: refunded, refundedAt: at })
    .where(and(eq(tillPayments.id, r.id), eq(tillPayments.status, 'approved')));
  await recordEvent(tx, {
    customerId: order.customerId, channel, type: 'payment.refunded',
    data: { orderId: order.id, paymentId: r.id, amount: { amount, currency: r.currency }, storeId: r.storeId, last4: r.cardLast4, ...(partStoreId ? { partStoreId } : {}) },
  });
}
