import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Order } from '../../shared/orders/order';
import type { Money } from '../../shared/money';
import type { TillCheckoutRequest, TillCheckoutResponse, TillPayment } from '../../shared/pos/till-api';
import type { TerminalDecision } from '../../shared/pos/payment-terminal';
import { chargeAtTill } from './charge-at-till';
import { markHandedOver } from '../../shared/pos/take-now-plan';
import { checkout } from '../orders/checkout';
import { orders } from '../db/schema/commerce';
import { tillPayments } from '../db/schema/stores';
import { findCart } from '../carts/cart-repository';
import { recordEvent } from '../timeline/record-event';
import { forbidden, HttpError } from '../http/http-error';
import { handOverTakeNow } from './hand-over-take-now';
import { declinedPayment, paymentOf } from './till-payments';
import { recordAudit } from '../audit/record-audit';
import { newLocalPaymentId, tillPaidStatus } from './till-payment-id';

class Declined extends Error {
  constructor(readonly decision: Extract<TerminalDecision, { approved: false }>, readonly amount: Money) {
    super('declined');
  }
}

/**
 * The till's checkout: the customer's cart becomes an order, paid on the store's terminal for
 * exactly the order's total, and its "take now" lines leave this store's shelf, all in one
 * transaction. A declined card rolls everything back (nothing reserved, the key not spent) and
 * is answered 402 with the terminal's reason. The same Idempotency-Key never charges twice.
 *
 * @example await tillCheckout(s, clerk, cartId, { card: '4242 4242 4242 4242' }, key)
 */
export async function tillCheckout(s: Services, p: Principal, cartId: string, body: TillCheckoutRequest, key: string): Promise<TillCheckoutResponse & { created: boolean }> {
  const storeId = p.storeId;
  if (p.role !== 'clerk' || !storeId) throw forbidden('only a store clerk can take payment at a till');
  let handed: { productId: string; qty: number }[] = [];
  try {
    const { order, created } = await checkout(
      s, p, cartId,
      { ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}), payment: { method: 'in_store' }, ...(body.contact ? { contact: body.contact } : {}) },
      key, 'store',
      {
        fingerprint: { till: storeId },
        // The clerk takes a delivery address at the counter; only express needs one here.
        requireShippingAddress: false,
        inTransaction: async (tx, placed) => {
          const decision = await chargeAtTill(s, body, placed.totals.total, placed.id, { within: tx });
          if (!decision.approved) throw new Declined(decision, placed.totals.total);
          const paymentId = decision.providerPaymentId ?? newLocalPaymentId();
          const at = s.now().toISOString();
          await tx.insert(tillPayments).values({
            id: paymentId, storeId, clerkId: p.userId, cartId, customerId: placed.customerId, orderId: placed.id,
            amount: placed.totals.total.amount, currency: placed.totals.total.currency, cardLast4: decision.last4, status: 'approved',
          });
          await recordAudit(tx, p, { action: 'payment.taken', targetType: 'order', targetId: placed.id, customerId: placed.customerId, data: { paymentId, amount: placed.totals.total, last4: decision.last4, storeId, at: 'till' } });
          const plan = await handOverTakeNow(tx, placed, storeId, p.userId);
          handed = plan.products;
          const { order: next, complete } = markHandedOver(placed, plan.lineIds, at);
          const paid: Order = {
            ...next,
            payment: { method: 'in_store', status: tillPaidStatus(paymentId), reference: paymentId, ...(decision.brand ? { brand: decision.brand } : {}), last4: decision.last4 },
            ...(complete ? { status: 'picked_up' as const } : {}),
            updatedAt: at,
          };
          await tx.update(orders).set({ lines: paid.lines, payment: paid.payment, status: paid.status, updatedAt: at }).where(eq(orders.id, placed.id));
          const by = { userId: p.userId, role: p.role, name: p.name, storeId };
          if (plan.lineIds.length) {
            await recordEvent(tx, { customerId: placed.customerId, channel: 'store', type: 'order.handed_over', data: { orderId: placed.id, storeId, products: plan.products, by } });
          }
          if (complete) {
            // Through the desk's states, so the order's life reads the same as any pickup.
            await recordEvent(tx, { customerId: placed.customerId, channel: 'store', type: 'order.status_changed', data: { orderId: placed.id, from: 'placed', to: 'ready_for_pickup', atTill: true, by } });
            await recordEvent(tx, { customerId: placed.customerId, channel: 'store', type: 'order.status_changed', data: { orderId: placed.id, from: 'ready_for_pickup', to: 'picked_up', atTill: true, by } });
          }
          return paid;
        },
      },
    );
    const payment = await paymentOf(s, order.id);
    if (!payment) throw new HttpError(409, 'conflict', 'this order was not paid at a till');
    return { order, payment, handedOver: created ? handed : [], created };
  } catch (e) {
    if (!(e instanceof Declined)) throw e;
    const cart = await findCart(s.database.db, cartId);
    const payment: TillPayment = await declinedPayment(s, p, storeId, cartId, cart?.customerId ?? '', e.decision, e.amount);
    throw new HttpError(402, 'payment_failed', `the terminal declined the card: ${e.decision.reason}`, { reason: e.decision.reason, payment });
  }
}
