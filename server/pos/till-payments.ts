import { desc, eq, and, ne } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Money } from '../../shared/money';
import type { TerminalDecision } from '../../shared/pos/payment-terminal';
import type { TillPayment } from '../../shared/pos/till-api';
import { tillPayments } from '../db/schema/stores';
import { recordEvent } from '../timeline/record-event';
import { recordAudit } from '../audit/record-audit';
import { onlyRow } from '../db/only-row';
import { newLocalPaymentId } from './till-payment-id';

type Row = typeof tillPayments.$inferSelect;

export function paymentFromRow(r: Row): TillPayment {
  return {
    id: r.id,
    status: r.status,
    amount: { amount: r.amount, currency: r.currency },
    last4: r.cardLast4,
    ...(r.reason ? { reason: r.reason as TillPayment['reason'] } : {}),
    ...(r.refundedAmount !== null ? { refunded: { amount: r.refundedAmount, currency: r.currency } } : {}),
    ...(r.refundedAt ? { refundedAt: new Date(r.refundedAt).toISOString() } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

/** The till payment of an order (approved, or refunded since), if it was paid at a till. */
export async function paymentOf(s: Services, orderId: string): Promise<TillPayment | undefined> {
  const [r] = await s.database.db.select().from(tillPayments)
    .where(and(eq(tillPayments.orderId, orderId), ne(tillPayments.status, 'declined'))).orderBy(desc(tillPayments.createdAt)).limit(1);
  return r ? paymentFromRow(r) : undefined;
}

/** Keeps a declined attempt (the till shows it, the timeline says so) without touching stock or the order. */
export async function declinedPayment(
  s: Services, p: Principal, storeId: string, cartId: string, customerId: string,
  decision: Extract<TerminalDecision, { approved: false }>, amount: Money, orderId?: string,
): Promise<TillPayment> {
  const id = newLocalPaymentId();
  const r = await s.database.db.transaction(async (tx) => {
    const row = onlyRow(await tx.insert(tillPayments).values({
      id, storeId, clerkId: p.userId, cartId, customerId, orderId: orderId ?? null,
      amount: amount.amount, currency: amount.currency, cardLast4: decision.last4, status: 'declined', reason: decision.reason,
    }).returning(), 'insert till payment');
    await recordAudit(tx, p, { action: 'payment.declined', targetType: orderId ? 'order' : 'cart', targetId: orderId ?? cartId, customerId: customerId || null, data: { paymentId: id, amount, reason: decision.reason, last4: decision.last4, storeId } });
    if (customerId) {
      await recordEvent(tx, { customerId, channel: 'store', type: 'payment.declined', data: { cartId, ...(orderId ? { orderId } : {}), amount, reason: decision.reason, storeId } });
    }
    return row;
  });
  return paymentFromRow(r);
}
