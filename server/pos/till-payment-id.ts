import { randomUUID } from 'node:crypto';
import type { Order } from '../../shared/orders/order';

/** Ids Vitrine gives till charges that no payment provider holds (the terminal alone took them). */
const LOCAL_PREFIX = 'pay_';

/** A new id for a till charge with no provider payment behind it (or a declined attempt). */
export const newLocalPaymentId = (): string => `${LOCAL_PREFIX}${randomUUID()}`;

/** Whether a till charge is Vitrine's own record only: no provider to ask for a refund. */
export const isLocalPayment = (paymentId: string): boolean => paymentId.startsWith(LOCAL_PREFIX);

/**
 * How an order settled at a till reads: `captured` when a provider took the money, `paid` when
 * the terminal alone did.
 *
 * @example tillPaidStatus('pi_sim_4f1c') // 'captured'
 */
export const tillPaidStatus = (paymentId: string): Order['payment']['status'] => (isLocalPayment(paymentId) ? 'paid' : 'captured');
