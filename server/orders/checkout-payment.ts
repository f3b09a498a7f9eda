import type { Money } from '../../shared/money';
import type { Db } from '../db/database';
import type { Services } from '../app/services';
import type { Order } from '../../shared/orders/order';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import { HttpError } from '../http/http-error';

/**
 * The order's payment: a card with the provider's token is authorised at the provider for the
 * order's total (declined: 402, and the whole checkout rolls back); `in_store` is due at the desk.
 * A card without a token is authorised on a sandbox provider's test card (API clients of the demo
 * store) and refused by a real provider: nothing is ever recorded as paid on trust. An order that
 * costs nothing is paid as it is placed.
 */
export async function checkoutPayment(s: Services, payment: CheckoutRequest['payment'], total: Money, orderId: string, within: Pick<Db, 'execute'>): Promise<Order['payment']> {
  if (payment.method === 'in_store') return { method: 'in_store', status: 'due_at_pickup' };
  // Nothing to charge (a promotion gave everything away): the provider refuses to authorise 0,
  // and there is nothing to capture or refund later, so no card is asked.
  if (total.amount === 0) return { method: 'card', status: 'paid' };
  const token = payment.token ?? (await s.payments.sandboxToken?.({ within }));
  if (!token) throw new HttpError(422, 'invalid', 'a card payment needs the token of the provider\'s card page', { field: 'payment.token' });
  const p = await s.payments.authorise({ token, amount: total, reference: orderId }, { within });
  if (p.status !== 'authorised') {
    throw new HttpError(402, 'payment_failed', `the card was declined: ${p.declineReason ?? 'declined'}`, { reason: p.declineReason ?? 'card_declined', brand: p.brand, last4: p.last4 });
  }
  return { method: 'card', status: 'authorised', reference: p.id, brand: p.brand, last4: p.last4 };
}
