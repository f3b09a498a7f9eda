import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import { orderPickups } from '../db/schema/commerce';
import type { Channel } from '../../shared/channel';
import type { Order } from '../../shared/orders/order';
import type { PickupPart } from '../../shared/orders/pickup-part';
import { partAmountAt } from '../../shared/orders/pickup-part-amounts';
import { money, type Money } from '../../shared/money';
import type { CheckoutTx } from './checkout';
import { PaymentProviderError } from '../payments/payment-provider';
import { HttpError } from '../http/http-error';
import { refundTillPaymentById } from '../pos/refund-till-payments';
import { recordEvent } from '../timeline/record-event';
import { isLocalPayment } from '../pos/till-payment-id';

/**
 * Gives back what was paid for pickup parts just cancelled while the rest of the order goes on
 * (another part collected or still waiting, lines taken at the till): a part paid at its own desk
 * gets its charge back whole; a part of an order paid as a whole (card at checkout, or at a till)
 * gets its share back (its lines and pickup fee with their share of discounts:
 * `partAmountAt(order, storeId, { rest: 'apart' })`), never more than is left of the payment. The
 * provider is asked in the same transaction: a refusal rolls the cancellation back.
 *
 * Returns the order's payment as it now stands.
 *
 * @example payment = await refundCancelledParts(s, tx, order, [parisPart], now, 'store')
 */
export async function refundCancelledParts(
  s: Services, tx: CheckoutTx, order: Order, cancelled: readonly PickupPart[], at: string, channel: Channel, opts: { wholeOrderShare: boolean },
): Promise<Order['payment']> {
  let payment = order.payment;
  for (const part of cancelled) {
    if (part.paid) {
      // Charged at this part's desk, then not handed over (the hand-over failed after the charge).
      await provider(s, tx, part.paid.paymentId, undefined);
      await refundTillPaymentById(tx, order, part.paid.paymentId, part.paid.amount, at, channel, part.storeId);
      if (part.paid.amount.amount > 0) await notePartRefund(tx, order.id, part.storeId, part.paid.amount.amount);
      continue;
    }
    if (!opts.wholeOrderShare || !payment.reference || !['authorised', 'captured', 'paid'].includes(payment.status)) continue;
    const share = partAmountAt(order, part.storeId, { rest: 'apart' });
    const paid = order.totals.total.amount - (payment.refunded?.amount ?? 0);
    const amount = Math.min(share?.amount ?? 0, paid);
    if (amount <= 0) continue;
    const back = money(amount, order.totals.total.currency);
    const answer = payment.status === 'paid' ? undefined : await provider(s, tx, payment.reference, back);
    const atTill = await refundTillPaymentById(tx, order, payment.reference, back, at, channel, part.storeId);
    if (!atTill) {
      // Paid by card at checkout: no till keeps it, the timeline says it here.
      await recordEvent(tx, { customerId: order.customerId, channel, type: 'payment.refunded', data: { orderId: order.id, paymentId: payment.reference, amount: back, partStoreId: part.storeId, card: true, ...(payment.last4 ? { last4: payment.last4 } : {}) } });
    }
    await notePartRefund(tx, order.id, part.storeId, amount);
    const refunded = money((payment.refunded?.amount ?? 0) + amount, back.currency);
    const all = refunded.amount >= order.totals.total.amount;
    payment = { ...payment, refunded, status: answer?.status ?? (all ? 'refunded' : payment.status) };
  }
  return payment;
}

/**
 * Writes on the part what its cancellation gave back, so the customer's order page says it next
 * to that store's part.
 */
export async function notePartRefund(tx: CheckoutTx, orderId: string, storeId: string, amount: number): Promise<void> {
  await tx.update(orderPickups)
    .set({ refundedAmount: sql`coalesce(${orderPickups.refundedAmount}, 0) + ${amount}` })
    .where(and(eq(orderPickups.orderId, orderId), eq(orderPickups.storeId, storeId)));
}

/** Asks the provider to give `amount` (all, without it) of a payment back; a till's own reference has nothing to ask. */
async function provider(s: Services, tx: CheckoutTx, paymentId: string, amount: Money | undefined) {
  if (isLocalPayment(paymentId)) return undefined;
  try {
    return await s.payments.refund(paymentId, { within: tx }, amount);
  } catch (e) {
    if (e instanceof PaymentProviderError) throw new HttpError(409, 'payment_failed', `the payment provider refused: ${e.message}`);
    throw e;
  }
}
