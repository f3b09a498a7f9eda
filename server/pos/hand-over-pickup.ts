import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Order } from '../../shared/orders/order';
import type { HandOverRequest, TillPayment } from '../../shared/pos/till-api';
import { deskCharge } from '../../shared/orders/desk-charge';
import { chargeAtTill } from './charge-at-till';
import { findOrder } from '../orders/order-repository';
import { changeOrderStatus } from '../orders/change-order-status';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { declinedPayment } from './till-payments';
import { recordPartPayment } from './record-part-payment';
import { settleFreePart } from './settle-free-part';

/**
 * The pickup desk hands its store's ready part of an order over: the customer's code is checked
 * first; an order still to be paid is charged on the terminal for this part's amount only (once: a
 * paid part is never charged again; a part worth nothing here is settled without the terminal;
 * shared/orders/desk-charge.ts), then the part becomes
 * `picked_up` and its reserved units leave the shelf.
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
  // An order paid at pickup is paid part by part: this desk charges its own part's amount, once;
  // a part worth nothing here is settled with 0 without the terminal, which refuses to charge 0.
  const charge = deskCharge(order, p.storeId);
  if (charge?.kind === 'settle') await settleFreePart(s, p, order, p.storeId, charge.amount);
  if (charge?.kind === 'charge') {
    const { amount } = charge;
    if (!body.token) throw new HttpError(402, 'payment_failed', 'this order is paid at pickup: present a card', { reason: 'payment_required', amount });
    const decision = await chargeAtTill(s, { token: body.token }, amount, order.id);
    if (!decision.approved) {
      payment = await declinedPayment(s, p, p.storeId, order.cartId, order.customerId, decision, amount, order.id);
      throw new HttpError(402, 'payment_failed', `the terminal declined the card: ${decision.reason}`, { reason: decision.reason, payment });
    }
    payment = await recordPartPayment(s, p, order, p.storeId, amount, decision);
  }
  const done = await changeOrderStatus(s, p, order.id, 'picked_up', body.pickupCode, 'store', p.storeId);
  return { order: done, ...(payment ? { payment } : {}) };
}
