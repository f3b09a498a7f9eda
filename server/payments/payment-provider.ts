import type { Money } from '../../shared/money';
import type { Db } from '../db/database';

/**
 * What a card payment is at the provider. Vitrine keeps only the provider's id, the card brand
 * and the last four digits; the card number never reaches Vitrine's server, database or till.
 */
export type ProviderPaymentStatus = 'authorised' | 'captured' | 'refunded' | 'voided' | 'declined';

export interface ProviderPayment {
  id: string;
  status: ProviderPaymentStatus;
  amount: Money;
  brand: string;
  last4: string;
  /** Given back so far, when part of a captured payment was refunded (it stays `captured` until all of it is). */
  refunded?: Money;
  /** Why the bank refused, when declined. */
  declineReason?: 'card_declined' | 'insufficient_funds' | 'invalid_card' | 'amount_over_limit' | 'invalid_amount' | 'unknown_token';
}

/**
 * Where the caller stands when it calls the provider. A sandbox that keeps its state in Vitrine's
 * own database writes through the caller's open transaction (the embedded database serves one
 * transaction at a time, so a second connection would wait for ever); a real provider ignores it.
 */
export interface ProviderCall {
  within?: Pick<Db, 'execute'>;
}

/**
 * A card payment provider (acquirer, PSP). The card is typed into the provider's own page (or
 * presented to its terminal), which gives Vitrine a one-time token; Vitrine authorises the order's
 * amount against that token, captures when the goods leave, and refunds or releases on cancel.
 *
 * @example const auth = await provider.authorise({ token, amount: order.totals.total, reference: order.id });
 */
export interface PaymentProvider {
  readonly name: string;
  /** Holds the amount on the card the token stands for; a declined answer is a payment, not an exception. */
  authorise(req: { token: string; amount: Money; reference: string }, call?: ProviderCall): Promise<ProviderPayment>;
  /** Takes the held amount (goods handed over or shipped). */
  capture(paymentId: string, call?: ProviderCall): Promise<ProviderPayment>;
  /**
   * Gives the money back: releases an authorisation (`voided`), refunds a capture (`refunded`).
   * With `amount`, only that much (one cancelled pickup part of an order paid as a whole): an
   * authorisation is lowered by it, a capture keeps `captured` with `refunded` until all of it is
   * given back. More than is left is refused (PaymentProviderError).
   */
  refund(paymentId: string, call?: ProviderCall, amount?: Money): Promise<ProviderPayment>;
  status(paymentId: string): Promise<ProviderPayment | undefined>;
  /**
   * A sandbox's own approved test card, for callers that pay by card without a card page (API
   * clients, load tests). A real provider has none: there a card payment needs the page's token.
   */
  sandboxToken?(call?: ProviderCall): Promise<string>;
}

/** A provider refused an operation that its state does not allow (capturing a voided payment...). */
export class PaymentProviderError extends Error {}
