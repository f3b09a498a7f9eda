import type { Services } from '../app/services';
import type { Money } from '../../shared/money';
import type { TerminalDecision } from '../../shared/pos/payment-terminal';
import type { ProviderCall } from '../payments/payment-provider';

export type TillCharge = TerminalDecision & { providerPaymentId?: string; brand?: string };

/**
 * Charges a till sale: with the token the provider's terminal gave (the clerk never types the
 * card), the provider authorises and at once captures, as the goods leave now.
 *
 * @example await chargeAtTill(s, { token }, order.totals.total, order.id)
 */
export async function chargeAtTill(s: Services, from: { token: string }, amount: Money, reference: string, call: ProviderCall = {}): Promise<TillCharge> {
  const held = await s.payments.authorise({ token: from.token, amount, reference }, call);
  if (held.status !== 'authorised') {
    const reason = held.declineReason === 'unknown_token' || !held.declineReason ? 'card_declined' : held.declineReason;
    return { approved: false, last4: held.last4, reason };
  }
  const taken = await s.payments.capture(held.id, call);
  return { approved: true, last4: taken.last4, providerPaymentId: taken.id, brand: taken.brand };
}
